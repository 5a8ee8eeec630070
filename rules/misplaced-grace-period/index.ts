import { DEFAULT_G, PROXY_CONFIG_ANNOTATION, WORKLOAD_TEMPLATE, defineRule, drainDurationForGrace, fixOf, formatSeconds, isRecord, parseGoDuration, resourceId, valueList } from '../../src/rule-api.js';
import type { Fix, Path, PathSeg, Ref, RelatedValue, ResolvedWorkload, Valued, Workload } from '../../src/rule-api.js';
const KEY = 'terminationGracePeriodSeconds';
/** In ProxyConfig and MeshConfig text istiod also accepts snake_case keys, so a user may write either. */
const PROXY_CONFIG_KEYS = [KEY, 'termination_grace_period_seconds'];
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
/** Probes that have a terminationGracePeriodSeconds of their own (KEP-2238: on by default since Kubernetes 1.25, GA 1.27). */
const PROBES_WITH_GRACE = new Set(['livenessProbe', 'startupProbe']);
const STRICT = 'strict field validation (the default of kubectl apply since Kubernetes 1.25) rejects an unknown field, and other clients drop it silently';

/**
 * Every path (relative to `value`) of a map key named terminationGracePeriodSeconds. It visits every
 * node of every workload: one path is kept while walking, and copied only for a key found.
 */
function findKeys(value: unknown): PathSeg[][] {
  const out: PathSeg[][] = [];
  const path: PathSeg[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        walk(node[i]);
        path.pop();
      }
    } else if (isRecord(node)) {
      for (const k of Object.keys(node)) {
        path.push(k);
        if (k === KEY) out.push([...path]);
        walk(node[k]);
        path.pop();
      }
    }
  };
  walk(value);
  return out;
}

function dotted(path: Path): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => path[i] === s);
}

/** The whole seconds the user meant, for the suggested `terminationGracePeriodSeconds: N`. */
function meant(value: unknown): string {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return String(value);
  if (typeof value === 'string') {
    if (/^\d+$/.test(value.trim())) return String(Number(value.trim()));
    const secs = parseGoDuration(value.trim());
    if (secs !== undefined && secs >= 0) return String(Math.ceil(secs));
  }
  return '<whole seconds>';
}

/**
 * The help's own change: set the pod spec's grace period to the seconds meant (a whole number
 * written as one moves as written, with its comment) and remove the key where it is, or only
 * remove it when the pod spec already sets one (that value is the grace period either way).
 */
function moveFix(w: Workload, at: Ref, raw: unknown, podSet: boolean): Fix | undefined {
  if (podSet) return fixOf('layout', [{ op: 'remove', at }]);
  const want = meant(raw);
  if (w.origin === 'gateway-values' || !/^\d+$/.test(want)) return undefined;
  const to: Ref = { view: w.view, path: [...w.podSpecPath, KEY] };
  const moved = typeof raw === 'number' && !at.view.host ? { op: 'set' as const, at: to, from: at } : { op: 'set' as const, at: to, text: want };
  return fixOf('layout', [moved, { op: 'remove', at }]);
}

/** Where the key sits, in words ("container search") and as a path relative to the resource root. */
function place(w: Workload, parent: Path, template: Path): { name: string; path: string } {
  const podSpec = [...template, 'spec'];
  const path = dotted(parent);
  const named = (name: string) => ({ name, path: path || '(top level)' });
  if (parent.length === 0) return named(`the ${w.kind} itself`);
  if (parent.length === 1 && parent[0] === 'metadata') return named(`the ${w.kind}'s metadata`);
  if (parent.length === 1 && parent[0] === 'spec') return named(`the ${w.kind} spec`);
  if (template.length > 0 && parent.length === template.length && startsWith(parent, template)) return named('the pod template');
  if (startsWith(parent, [...template, 'metadata'])) return named(template.length === 0 ? "the Pod's metadata" : "the pod template's metadata");
  if (w.kind === 'CronJob' && path === 'spec.jobTemplate.spec') return named('the Job spec');
  if (startsWith(parent, podSpec) && parent.length >= podSpec.length + 2 && CONTAINER_LISTS.has(String(parent[podSpec.length]))) {
    const c = w.containers.find((x) => dotted(x.path.slice(w.base.length)) === dotted(parent.slice(0, podSpec.length + 2)));
    const name = c?.name ? `container ${c.name}` : 'a container';
    return named(parent.length === podSpec.length + 2 ? name : `the ${String(parent[parent.length - 1])} of ${name}`);
  }
  return named(path);
}

/** A written value with where it sits, for the help's list of values. */
function writtenAt(value: unknown, source: string, ref: Ref): Valued<unknown> {
  return { value, prov: { level: 'pod-spec', source, ref } };
}

export default defineRule({
  meta: {
    id: 'misplaced-grace-period',
    severity: 'error',
    description: 'terminationGracePeriodSeconds written anywhere but the pod spec (workload spec, a container, pod template metadata, the proxy.istio.io/config annotation, a mesh config), where it never sets the grace period.',
    help: "Write terminationGracePeriodSeconds in the pod spec (spec.template.spec; for a CronJob spec.jobTemplate.spec.template.spec) and remove it elsewhere: it is a field of the pod spec only, and there is no mesh-wide grace period.",
    fixable: true,
    fixTypes: ['layout'],
    messages: {
      notAField: {
        message: '{{key}} is not a field of {{place}}: kubectl apply rejects it, and the grace period stays {{grace}} (default).',
        help: 'Set it {{setWhere}}: {{want}}{{also}}, and remove it from {{place}} ({{path}}). There is no such field there: {{strict}}. Values: {{values}}.',
      },
      notAFieldBesidePodSpec: {
        message: "{{key}} is not a field of {{place}}: kubectl apply rejects it; the grace period is the pod spec's {{grace}}.",
        help: 'Remove it from {{place}} ({{path}}){{orSet}}. There is no such field there: {{strict}}. Values: {{values}}.',
      },
      readinessProbe: {
        message: '{{key}} is not a field of a readinessProbe: the API server rejects the pod template.',
        help: "Remove it from {{place}} ({{path}}). Kubernetes (≥ 1.25) has a probe-level {{key}} on livenessProbe and startupProbe only; the pod's own grace period is {{specPath}}.{{key}}.",
      },
      inAnnotation: {
        message: '{{annotation}} has no {{key}}: istiod drops the key, and the grace period stays {{grace}} (default).',
        help: "Set it {{setWhere}}: {{want}}{{also}}, and remove it from the annotation. It is a pod field, not a ProxyConfig field, and istiod drops unknown ProxyConfig keys silently. Values: {{values}}.",
      },
      inAnnotationBesidePodSpec: {
        message: "{{annotation}} has no {{key}}: istiod drops the key; the grace period is the pod spec's {{grace}}.",
        help: 'Remove it from the annotation{{orSet}}. It is a pod field, not a ProxyConfig field, and istiod drops unknown ProxyConfig keys silently. Values: {{values}}.',
      },
      inMeshConfig: {
        message: 'There is no mesh-wide grace period: istiod drops {{key}} from {{site}}.',
        help: 'Set {{field}}: {{want}} in the pod spec of each workload that needs it, and remove this key. {{what}} has no such field, and istiod drops unknown keys silently: each pod keeps its own {{field}} (default 30). Values: {{values}}.',
      },
    },
  },
  create(ctx) {
    /** What the pod's grace period is, and the data its help needs. */
    const podGrace = (rw: ResolvedWorkload, w: Workload, want: string, written: [string, Valued<unknown>]): { podSet: boolean; alone: boolean; data: Record<string, string>; related: RelatedValue[] } => {
      // The gateway chart renders its pod spec's grace period from a value of the same name.
      const chartValue = w.origin === 'gateway-values';
      const podKey = chartValue ? KEY : `${dotted(w.podSpecPath.slice(w.base.length))}.${KEY}`;
      const setWhere = chartValue ? `as a value of the gateway chart instead: ${podKey}` : `in the pod spec instead: ${podKey}`;
      const g = rw.grace;
      const values = valueList([written, [KEY, g]]);
      if (g.prov.level === 'default') {
        // The value taking effect lets the drain run longer: drainDuration must then cover it too.
        const dd = /^\d+$/.test(want) ? drainDurationForGrace(rw, Number(want), ctx.config.istioVersion) : undefined;
        const also = dd === undefined ? '' : ` (and raise drainDuration to at least ${formatSeconds(dd)}, or Envoy stops accepting connections before the drain ends)`;
        return { podSet: false, alone: dd === undefined, data: { setWhere, want, also, values: dd === undefined ? values : valueList([written, [KEY, g], [rw.ez.value ? 'MINIMUM_DRAIN_DURATION' : 'terminationDrainDuration', rw.ez.value ? rw.min : rw.tdd], ['drainDuration', rw.dd]]), grace: String(g.value ?? DEFAULT_G) }, related: [] };
      }
      const related: RelatedValue[] = g.prov.ref ? [{ message: `${KEY} ${g.value ?? 'unusable'} (${w.origin === 'gateway-values' ? g.prov.source : 'pod spec'})`, ref: g.prov.ref }] : [];
      const orSet = g.value !== undefined && String(g.value) === want ? '' : `, or set the value you want in ${chartValue ? `the gateway chart value ${KEY}` : podKey}`;
      return { podSet: true, alone: true, data: { values, orSet, grace: g.value === undefined ? 'unusable value' : String(g.value) }, related };
    };

    return {
      workload(rw) {
        const w = rw.workload;
        const template = WORKLOAD_TEMPLATE[w.kind] ?? [];
        const podSpec = [...template, 'spec'];
        for (const rel of findKeys(w.value)) {
          const parent = rel.slice(0, -1);
          if (dotted(parent) === dotted(podSpec)) continue; // the one right place
          // Inside a container: livenessProbe/startupProbe have a grace period of their own.
          const field = parent[parent.length - 1];
          const containerField = startsWith(parent, podSpec) && CONTAINER_LISTS.has(String(parent[podSpec.length])) && parent.length === podSpec.length + 3;
          if (containerField && PROBES_WITH_GRACE.has(String(field))) continue;
          let raw: unknown = w.value;
          for (const s of rel) raw = (raw as Record<string, unknown>)[s as string];
          const at = { view: w.view, path: [...w.base, ...rel], target: 'key' as const };
          const where = place(w, parent, template);
          if (containerField && field === 'readinessProbe') {
            ctx.report({
              at,
              workload: w,
              fix: fixOf('layout', [{ op: 'remove', at }]),
              messageId: 'readinessProbe',
              data: { key: KEY, place: where.name, path: where.path, specPath: dotted(w.podSpecPath.slice(w.base.length)) },
            });
            continue;
          }
          const g = podGrace(rw, w, meant(raw), [KEY, writtenAt(raw, `${w.kind} ${where.path}`, { view: w.view, path: [...w.base, ...rel] })]);
          ctx.report({
            at,
            workload: w,
            fix: g.alone ? moveFix(w, at, raw, g.podSet) : undefined,
            messageId: g.podSet ? 'notAFieldBesidePodSpec' : 'notAField',
            data: { key: KEY, place: where.name, path: where.path, strict: STRICT, ...g.data },
            related: g.related,
          });
        }

        // Inside the proxy.istio.io/config annotation: not a ProxyConfig field, dropped as unknown.
        const ann = w.proxyConfigAnnotation;
        if (ann?.view && isRecord(ann.view.value) && !rw.admissionDenied) {
          for (const key of PROXY_CONFIG_KEYS) {
            if (!(key in ann.view.value)) continue;
            const raw = ann.view.value[key];
            const g = podGrace(rw, w, meant(raw), [key, writtenAt(raw, `${PROXY_CONFIG_ANNOTATION} annotation`, { view: ann.view, path: [key] })]);
            ctx.report({
              at: { view: ann.view, path: [key], target: 'key' },
              workload: w,
              fix: g.alone ? moveFix(w, { view: ann.view, path: [key] }, raw, g.podSet) : undefined,
              messageId: g.podSet ? 'inAnnotationBesidePodSpec' : 'inAnnotation',
              data: { key, annotation: PROXY_CONFIG_ANNOTATION, ...g.data },
              related: g.related,
            });
          }
        }
      },

      end() {
        // A mesh config: in defaultConfig or at the MeshConfig's top level. There is no mesh-wide grace period.
        for (const m of ctx.inventory.meshSources) {
          const sites: { map: Record<string, unknown>; path: Path; site: string; what: string }[] = [
            { map: m.value, path: m.path, site: 'the MeshConfig', what: 'MeshConfig' },
          ];
          for (const dcKey of ['defaultConfig', 'default_config']) {
            const dc = m.value[dcKey];
            if (isRecord(dc)) sites.push({ map: dc, path: [...m.path, dcKey], site: dcKey, what: `ProxyConfig (${dcKey})` });
          }
          for (const site of sites) {
            for (const key of PROXY_CONFIG_KEYS) {
              if (!(key in site.map)) continue;
              const ref = { view: m.view, path: [...site.path, key] };
              ctx.report({
                at: { ...ref, target: 'key' },
                resource: resourceId(m.resource),
                messageId: 'inMeshConfig',
                data: {
                  key,
                  site: site.site,
                  field: KEY,
                  want: meant(site.map[key]),
                  what: site.what,
                  values: valueList([[key, writtenAt(site.map[key], `mesh config in ${m.label}`, ref)]]),
                },
              });
            }
          }
        }
      },
    };
  },
});
