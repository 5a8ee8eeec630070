import { defineRule, type RelatedValue } from '../../src/rule.js';
import { resourceId } from '../../src/domain/identity.js';
import { origin } from '../../src/describe.js';
import { PROXY_CONFIG_ANNOTATION } from '../../src/domain/names.js';
import { WORKLOAD_TEMPLATE, type Workload } from '../../src/inventory/model.js';
import type { ResolvedWorkload } from '../../src/resolved.js';
import type { Path, PathSeg } from '../../src/types.js';
import { parseGoDuration } from '../../src/domain/durations.js';
import { isRecord } from '../../src/yaml/paths.js';

const KEY = 'terminationGracePeriodSeconds';
/** In ProxyConfig and MeshConfig text istiod also accepts snake_case keys, so a user may write either. */
const PROXY_CONFIG_KEYS = [KEY, 'termination_grace_period_seconds'];
const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);
/** Probes that have a terminationGracePeriodSeconds of their own (KEP-2238: on by default since Kubernetes 1.25, GA 1.27). */
const PROBES_WITH_GRACE = new Set(['livenessProbe', 'startupProbe']);

/** Every path (relative to `value`) of a map key named terminationGracePeriodSeconds. */
function findKeys(value: unknown, path: PathSeg[] = [], out: PathSeg[][] = []): PathSeg[][] {
  if (Array.isArray(value)) value.forEach((v, i) => findKeys(v, [...path, i], out));
  else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === KEY) out.push([...path, k]);
      findKeys(v, [...path, k], out);
    }
  }
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

/** Words for where the key sits, relative to the resource root. */
function place(w: Workload, parent: Path, template: Path): string {
  const podSpec = [...template, 'spec'];
  const at = dotted(parent);
  if (parent.length === 0) return `the top level of the ${w.kind}`;
  if (parent.length === 1 && parent[0] === 'metadata') return `the ${w.kind}'s metadata`;
  if (parent.length === 1 && parent[0] === 'spec') return `the ${w.kind} spec`;
  if (template.length > 0 && parent.length === template.length && startsWith(parent, template)) return `the pod template (${at})`;
  if (startsWith(parent, [...template, 'metadata'])) return template.length === 0 ? `the Pod's metadata (${at})` : `the pod template's metadata (${at})`;
  if (w.kind === 'CronJob' && dotted(parent) === 'spec.jobTemplate.spec') return `the Job spec (${at})`;
  if (startsWith(parent, podSpec) && parent.length >= podSpec.length + 2 && CONTAINER_LISTS.has(String(parent[podSpec.length]))) {
    const c = w.containers.find((x) => dotted(x.path.slice(w.base.length)) === dotted(parent.slice(0, podSpec.length + 2)));
    const name = c?.name ? `container ${c.name}` : 'a container';
    return parent.length === podSpec.length + 2 ? `${name} (${at})` : `the ${String(parent[parent.length - 1])} of ${name} (${at})`;
  }
  return at;
}


export default defineRule({
  meta: {
    id: 'misplaced-grace-period',
    severity: 'error',
    description: 'terminationGracePeriodSeconds written anywhere but the pod spec (workload spec, a container, pod template metadata, the proxy.istio.io/config annotation, a mesh config), where it never sets the grace period.',
    fixable: false,
  },
  create(ctx) {
    /** "the pod's terminationGracePeriodSeconds is 30 (default)", and the advice that goes with it. */
    const podGrace = (rw: ResolvedWorkload, w: Workload, want: string): { state: string; fix: string; related: RelatedValue[] } => {
      const specPath = dotted(w.podSpecPath.slice(w.base.length));
      const g = rw.grace;
      if (g.prov.level === 'default') {
        return { state: `the pod keeps the default grace period of 30 seconds`, fix: `Set it in the pod spec: ${specPath}.${KEY}: ${want}.`, related: [] };
      }
      const related: RelatedValue[] = g.prov.ref ? [{ message: `${KEY} ${g.value ?? 'unusable'} (pod spec)`, ref: g.prov.ref }] : [];
      const state = `the pod's grace period is ${g.value === undefined ? 'the pod spec value (not usable)' : g.value} (${origin(g.prov)})`;
      const fix = g.value !== undefined && String(g.value) === want ? 'Remove this one.' : `Remove this one, or set the value you want in ${specPath}.${KEY}.`;
      return { state, fix, related };
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
          if (containerField && field === 'readinessProbe') {
            ctx.report({
              at,
              workload: w,
              message: `${KEY} is set in ${place(w, parent, template)}, but only livenessProbe and startupProbe have a grace period of their own: the API server rejects the pod template. Remove it.`,
            });
            continue;
          }
          const g = podGrace(rw, w, meant(raw));
          ctx.report({
            at,
            workload: w,
            message: `${KEY} is set in ${place(w, parent, template)}, but that object has no ${KEY} field: kubectl apply rejects it (strict field validation, the default since Kubernetes 1.25) and other clients drop it silently, so ${g.state}. ${g.fix}`,
            related: g.related,
          });
        }

        // Inside the proxy.istio.io/config annotation: not a ProxyConfig field, dropped as unknown.
        const ann = w.proxyConfigAnnotation;
        if (ann?.view && isRecord(ann.view.value) && !rw.admissionDenied) {
          for (const key of PROXY_CONFIG_KEYS) {
            if (!(key in ann.view.value)) continue;
            const g = podGrace(rw, w, meant(ann.view.value[key]));
            ctx.report({
              at: { view: ann.view, path: [key], target: 'key' },
              workload: w,
              message: `${key} in the ${PROXY_CONFIG_ANNOTATION} annotation is not a proxy setting: istiod drops unknown ProxyConfig keys, so ${g.state}. ${g.fix}`,
              related: g.related,
            });
          }
        }
      },

      end() {
        // A mesh config: in defaultConfig or at the MeshConfig's top level. There is no mesh-wide grace period.
        for (const m of ctx.inventory.meshSources) {
          const sites: { map: Record<string, unknown>; path: Path; where: string; what: string }[] = [{ map: m.value, path: m.path, where: 'at the top level of', what: 'mesh' }];
          for (const dcKey of ['defaultConfig', 'default_config']) {
            const dc = m.value[dcKey];
            if (isRecord(dc)) sites.push({ map: dc, path: [...m.path, dcKey], where: `in ${dcKey} of`, what: 'proxy' });
          }
          for (const site of sites) {
            for (const key of PROXY_CONFIG_KEYS) {
              if (!(key in site.map)) continue;
              ctx.report({
                at: { view: m.view, path: [...site.path, key], target: 'key' },
                resource: resourceId(m.resource),
                message: `${key} ${site.where} the mesh config (${m.label}) is not a ${site.what} setting and there is no mesh-wide grace period: istiod drops the key, so every pod keeps its own ${KEY} (default 30). Set ${KEY}: ${meant(site.map[key])} in the pod spec of each workload that needs it.`,
              });
            }
          }
        }
      },
    };
  },
});
