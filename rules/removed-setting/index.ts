import { DEFAULT_DD, DEFAULT_G, DEFAULT_TDD, EZ, FLAGS_REMOVED, PROXY_CONFIG_ANNOTATION, PROXY_CONTAINER, PSD_REMOVED, TDDS, TDDS_REMOVED, TDD_FIELD_SINCE, crLabel, defineRule, fixOf, operatorName, runsPilotAgentProxy, formatSeconds, get, graceHint, isParentShutdownKey, isRecord, joinWords, parseGoBool, parseGoDuration, relatedValues, removedIn, resourceId, spellings, valueList, written } from '../../src/rule-api.js';
import type { Container, DocView, Fix, Path, Provenance, ProxyPath, Ref, ResolvedWorkload, Resource, ResourceId, RuleContext, Timing, Valued, Workload } from '../../src/rule-api.js';
const INJECTED_INIT = new Set(['istio-init', 'istio-validation']);
const FLAG = /^--(drainDuration|parentShutdownDuration|terminationDrainDuration)(?:=(.*))?$/;

/** The whole seconds a TERMINATION_DRAIN_DURATION_SECONDS value meant (it was read with strconv.Atoi). */
function tddsSeconds(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** `terminationDrainDuration: "60s"`, or a placeholder when the old value is unreadable. */
function tddLine(value: unknown): string {
  const secs = tddsSeconds(value);
  return `terminationDrainDuration: ${secs !== undefined ? `"${secs}s"` : '"<seconds>s"'}`;
}

/** "5s (default)", "20s". */
function secondsWords(v: Valued<number>): string {
  return `${formatSeconds(v.value)}${v.prov.level === 'default' ? ' (default)' : ''}`;
}

const DEFAULT: Provenance = { level: 'default', source: 'default' };

/** A duration field of a mesh defaultConfig (either spelling), as a value with provenance. */
function meshDuration(view: DocView, path: Path, dc: Record<string, unknown>, label: string, camel: string, dflt: number): Valued<number> {
  for (const key of spellings(camel)) {
    const raw = dc[key];
    const secs = typeof raw === 'string' ? parseGoDuration(raw) : undefined;
    if (secs !== undefined) return { value: secs, prov: { level: 'mesh', source: `mesh config in ${label}`, ref: { view, path: [...path, key] } } };
  }
  return { value: dflt, prov: DEFAULT };
}

function meshTdd(view: DocView, path: Path, dc: Record<string, unknown>, label: string): Valued<number> {
  return meshDuration(view, path, dc, label, 'terminationDrainDuration', DEFAULT_TDD);
}

/** EXIT_ON_ZERO_ACTIVE_CONNECTIONS in a defaultConfig's proxyMetadata, when it turns EZ on. */
function meshEz(view: DocView, path: Path, dc: Record<string, unknown>, label: string): Valued<boolean> | undefined {
  for (const [key, md] of proxyConfigMaps(dc)) {
    const raw = md[EZ];
    if (typeof raw === 'string' && parseGoBool(raw.trim()) === true) return { value: true, prov: { level: 'mesh', source: `mesh config in ${label}`, ref: { view, path: [...path, key, EZ] } } };
  }
  return undefined;
}

function proxyConfigMaps(value: Record<string, unknown>): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = [];
  for (const key of ['proxyMetadata', 'proxy_metadata']) {
    const md = value[key];
    if (isRecord(md)) out.push([key, md]);
  }
  return out;
}

type Entry = [string, Valued<unknown> | Timing | undefined];

/**
 * What a suggested terminationDrainDuration must come with so that it creates no other finding
 * (catalogue: "a suggested replacement value never creates another finding"): a drainDuration and
 * a grace period that cover it; none at all where terminationDrainDuration is not read (EZ on,
 * native sidecars), where the variable is only to be removed.
 */
interface DrainFacts {
  tdd: Valued<number>;
  dd: Valued<number>;
  ez?: Valued<boolean>;
  /** One workload's own facts; absent for a mesh config (each pod has its own grace period). */
  pod?: { grace: Valued<number | undefined>; proxyPreStop: Timing; path: ProxyPath; mode: Valued<unknown>; graceHint: string; drainStart?: number };
}

function facts(rw: ResolvedWorkload): DrainFacts {
  return {
    tdd: rw.tdd,
    dd: rw.dd,
    ez: rw.ez,
    pod: { grace: rw.grace, proxyPreStop: rw.proxyPreStop, path: rw.timeline.path, mode: rw.mode, graceHint: graceHint(rw), drainStart: rw.timeline.drainStart },
  };
}

/** How a suggestion of terminationDrainDuration `t` must be worded: blocked (remove only), or with what else to raise. */
function replacement(t: number | undefined, f: DrainFacts): { blocked?: string; also: string; values: Entry[] } {
  if (f.pod?.path === 'native') {
    return { blocked: 'native sidecars do not use terminationDrainDuration either (the proxy stops once the app has exited)', also: '', values: [['sidecar mode', f.pod.mode]] };
  }
  if (f.ez?.value) {
    return {
      blocked: 'with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, terminationDrainDuration is not read either (MINIMUM_DRAIN_DURATION sets the least drain)',
      also: '',
      values: [['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', f.ez]],
    };
  }
  if (t === undefined) return { also: '', values: [] };
  const raise: string[] = [];
  const reasons: string[] = [];
  const values: Entry[] = [];
  // Envoy stops accepting on drained listeners at drainDuration (listeners-close-before-drain-ends).
  if (t > f.dd.value) {
    raise.push(`drainDuration to at least ${Math.ceil(t)}s`);
    reasons.push('Envoy stops accepting connections at drainDuration');
    values.push(['drainDuration', f.dd]);
  }
  // A drain that ends after the grace period is cut by SIGKILL (drain-exceeds-grace-period).
  if (f.pod) {
    const g = f.pod.grace.value;
    const pp = f.pod.proxyPreStop.seconds ?? 0;
    // The classic drain starts after the proxy's preStop, or (native without the /drain preStop) once the app has exited.
    const start = f.pod.path === 'native-without-drain-hook' ? f.pod.drainStart : f.pod.path === 'classic' ? pp : undefined;
    if (start !== undefined && g !== undefined && start + t > g) {
      raise.push(`terminationGracePeriodSeconds to at least ${Math.ceil(start + t)}${f.pod.graceHint}`);
      reasons.push("kubelet's SIGKILL at the grace period cuts the drain");
      values.push(['terminationGracePeriodSeconds', f.pod.grace], ['istio-proxy preStop', pp > 0 ? f.pod.proxyPreStop : undefined]);
    }
  } else if (t > DEFAULT_G) {
    raise.push(`the terminationGracePeriodSeconds of pods that keep the default of ${DEFAULT_G} to at least ${Math.ceil(t)}`);
    reasons.push("kubelet's SIGKILL at the grace period cuts the drain");
  }
  return { also: raise.length ? `. Raise ${joinWords(raise)} too: ${joinWords(reasons)}` : '', values };
}

interface Site {
  view: DocView;
  path: Path;
  /** A map key (proxyMetadata entry, ProxyConfig key) is pointed at by its key; an env entry by its name value. */
  target?: 'key' | 'value';
  workload?: Workload;
  resource?: ResourceId;
  container?: string;
}

type MessageId =
  | 'tddsInProxyMetadata'
  | 'tddsAsProxyConfigKey'
  | 'tddsAtMeshTopLevel'
  | 'tddsInProxyConfigResource'
  | 'tddsInGatewayEnv'
  | 'tddsInContainerEnv'
  | 'parentShutdownDuration'
  | 'removedNoSidecar'
  | 'drainDurationFlag'
  | 'parentShutdownFlag'
  | 'terminationDrainFlag';

const TDDS_WHY = 'Istio 1.10 removed the variable (from 1.7 to 1.9 it overrode terminationDrainDuration, the ProxyConfig field that replaced it)';
const PSD_WHY = "Istio 1.17 removed the field; hot restart is disabled, so it never bounded the proxy's shutdown";
const FLAG_WHY = 'Istio 1.6 removed the flag, and pilot-agent tolerates unknown flags, so it is silently ignored';
const NEVER_FLAG_WHY = 'pilot-agent never had this flag (terminationDrainDuration is a ProxyConfig field, and was TERMINATION_DRAIN_DURATION_SECONDS before it), and it tolerates unknown flags, so it is silently ignored';

export default defineRule({
  meta: {
    id: 'removed-setting',
    severity: 'warning',
    description: 'A drain setting that Istio removed (TERMINATION_DRAIN_DURATION_SECONDS, parentShutdownDuration, pilot-agent --drainDuration/--parentShutdownDuration, or a --terminationDrainDuration flag it never had) is silently ignored.',
    help: 'Replace TERMINATION_DRAIN_DURATION_SECONDS with terminationDrainDuration (proxy.istio.io/config annotation or meshConfig.defaultConfig), the --drainDuration flag with drainDuration, and remove parentShutdownDuration.',
    fixable: true,
    fixTypes: ['layout'],
    messages: {
      tddsInProxyMetadata: {
        versions: ['istio'],
        message: '{{name}} in {{mdKey}} was removed in Istio 1.10; {{scope}}terminationDrainDuration is {{tdd}}.',
        help: '{{fix}}. {{why}}. Values: {{values}}.',
      },
      tddsAsProxyConfigKey: {
        versions: ['istio'],
        message: '{{name}} is not a ProxyConfig key; {{scope}}terminationDrainDuration is {{tdd}}.',
        help: '{{fix}}. It is a pilot-agent environment variable, never a ProxyConfig key, and {{why}}. Values: {{values}}.',
      },
      tddsAtMeshTopLevel: {
        versions: ['istio'],
        message: '{{name}} is not a MeshConfig field; the mesh-wide terminationDrainDuration is {{tdd}}.',
        help: '{{fix}}. It is a pilot-agent environment variable, never a MeshConfig field, and {{why}}. Values: {{values}}.',
      },
      tddsInProxyConfigResource: {
        versions: ['istio'],
        message: '{{name}} in environmentVariables was removed in Istio 1.10, and a ProxyConfig resource has no drain field.',
        help: '{{fix}}. {{why}}; a ProxyConfig resource can set no drain duration. Values: {{values}}.',
      },
      tddsInGatewayEnv: {
        versions: ['istio'],
        message: "{{name}} in the gateway's k8s.env was removed in Istio 1.10; terminationDrainDuration is {{tdd}}.",
        help: '{{fix}}. {{why}}. Values: {{values}}.',
      },
      tddsInContainerEnv: {
        versions: ['istio'],
        message: '{{name}} on {{container}} was removed in Istio 1.10; terminationDrainDuration is {{tdd}}.',
        help: '{{fix}}. {{why}}{{appNote}}. Values: {{values}}.',
      },
      parentShutdownDuration: {
        versions: ['istio'],
        message: '{{key}} was removed in Istio 1.17; {{scope}}terminationDrainDuration is {{tdd}}.',
        help: 'Remove it{{hint}}. {{why}}. Values: {{values}}.',
      },
      removedNoSidecar: {
        versions: ['istio'],
        message: '{{setting}} {{where}} was removed in Istio {{version}}, and this pod gets no sidecar anyway.',
        help: '{{fix}}. The pod gets no sidecar ({{reason}}), and {{why}}.',
      },
      drainDurationFlag: {
        versions: ['istio'],
        message: 'pilot-agent flag --drainDuration was removed in Istio 1.6; drainDuration stays {{dd}}.',
        help: "Write drainDuration: {{value}} in the pod template's {{annotation}} annotation instead and remove the flag{{keep}}. {{why}}. Values: {{values}}.",
      },
      parentShutdownFlag: {
        versions: ['istio'],
        message: 'pilot-agent flag --parentShutdownDuration was removed in Istio 1.6; terminationDrainDuration is {{tdd}}.',
        help: 'Remove it. {{why}}. Values: {{values}}.',
      },
      terminationDrainFlag: {
        message: 'pilot-agent has no --terminationDrainDuration flag and ignores it; terminationDrainDuration is {{tdd}}.',
        help: '{{fix}}. {{why}}. Values: {{values}}.',
      },
    },
  },
  create(ctx) {
    const version = ctx.config.istioVersion;
    const tddsGone = removedIn(version, TDDS_REMOVED);
    const psdGone = removedIn(version, PSD_REMOVED);
    const flagsGone = removedIn(version, FLAGS_REMOVED);
    /** IstioOperator gateways as resolved, by their entry, for end() (a few values each). */
    const gateways = new Map<string, DrainFacts>();
    const entryKey = (view: DocView, path: Path) => `${view.file.path}#${view.index}#${path.join('/')}`;

    const report = (site: Site, messageId: MessageId, data: Record<string, string>, related: Valued<unknown>[] = [], fix?: Fix) => {
      ctx.report({
        at: { view: site.view, path: site.path, target: site.target ?? 'key' },
        fix,
        messageId,
        data,
        workload: site.workload,
        resource: site.resource,
        container: site.container,
        related: relatedValues(related.map((v) => ['terminationDrainDuration', v] as [string, Valued<unknown>])),
      });
    };

    /** The TDDS value as written, with where it is, for the help's list of values. */
    const writtenAt = (ref: Ref, raw: unknown, source: string): Valued<string> => ({ value: written(ref, raw), prov: { level: 'pod-spec', source, ref } });

    /**
     * The fix for a TDDS value: remove it where terminationDrainDuration is already set next to it
     * (or is not read at all), else write its value as terminationDrainDuration where `put` says.
     */
    const tddsFix = (raw: unknown, f: DrainFacts, put: (line: string) => string, setHere: boolean, what = 'the variable'): { fix: string; values: Entry[]; write?: string } => {
      if (setHere) return { fix: `Remove ${what}`, values: [] };
      const r = replacement(tddsSeconds(raw), f);
      if (r.blocked) return { fix: `Remove ${what}: ${r.blocked}`, values: r.values };
      const secs = tddsSeconds(raw);
      // The fix writes the replacement only when nothing else must change with it.
      return { fix: `${put(tddLine(raw))} and remove ${what}${r.also}`, values: r.values, ...(secs !== undefined && !r.also ? { write: `"${secs}s"` } : {}) };
    };

    /** The fix of a TDDS finding: remove it, after writing terminationDrainDuration at `tddAt` when the help says to. */
    const replaceFix = (at: Ref, tddAt: Ref, sentence: string, write: string | undefined): Fix | undefined => {
      if (write !== undefined) return fixOf('layout', [{ op: 'set', at: tddAt, text: write }, { op: 'remove', at }]);
      return sentence.startsWith('Remove') ? fixOf('layout', [{ op: 'remove', at }]) : undefined;
    };

    /**
     * TDDS and parentShutdownDuration in one ProxyConfig mapping (mesh defaultConfig or the annotation).
     * `put(line)` names where the replacement goes, e.g. `Set meshConfig.defaultConfig.terminationDrainDuration: "60s"`.
     */
    const proxyConfig = (
      view: DocView,
      path: Path,
      value: Record<string, unknown>,
      source: string,
      scope: string,
      f: DrainFacts,
      put: (line: string) => string,
      site: Omit<Site, 'view' | 'path'> & { rw?: ResolvedWorkload },
    ) => {
      const noSidecar = site.rw?.sidecar.status === 'none' ? site.rw.sidecar.reason : undefined;
      const tdd = f.tdd;
      const rel = tdd.prov.level === 'default' || noSidecar ? [] : [tdd];
      const tddSetHere = tdd.prov.ref?.view === view && tdd.prov.ref.path.length === path.length + 1;
      const common = { scope, tdd: secondsWords(tdd) };
      const tddsFinding = (at: Path, raw: unknown, messageId: MessageId, extra: Record<string, string>, noSidecarWhere: string) => {
        const s = { ...site, view, path: at };
        const here: Entry = [TDDS, writtenAt({ view, path: at }, raw, source)];
        const ref: Ref = { view, path: at };
        if (noSidecar) {
          const fix = `Remove the variable, or, if the pod is meant to be in the mesh, ${put(tddLine(raw)).replace(/^\w/, (c) => c.toLowerCase())} instead`;
          report(s, 'removedNoSidecar', { setting: TDDS, where: noSidecarWhere, version: TDDS_REMOVED, fix: tddSetHere ? 'Remove the variable' : fix, reason: noSidecar, why: TDDS_WHY }, rel, fixOf('layout', [{ op: 'remove', at: ref }]));
          return;
        }
        const { fix, values, write } = tddsFix(raw, f, put, tddSetHere, messageId === 'tddsAsProxyConfigKey' ? 'the key' : 'the variable');
        const edit = replaceFix(ref, { view, path: [...path, 'terminationDrainDuration'] }, fix, write);
        report(s, messageId, { ...common, name: TDDS, fix, why: TDDS_WHY, ...extra, values: valueList([here, ['terminationDrainDuration', tdd], ...values]) }, rel, edit);
      };
      for (const key of Object.keys(value)) {
        if (key === TDDS && tddsGone) {
          tddsFinding([...path, key], value[key], 'tddsAsProxyConfigKey', { why: TDDS_WHY.replace(/^Istio 1.10 removed the variable/, 'Istio 1.10 removed it') }, 'as a ProxyConfig key');
        } else if (isParentShutdownKey(key) && psdGone) {
          const s = { ...site, view, path: [...path, key] };
          const remove = fixOf('layout', [{ op: 'remove', at: { view, path: [...path, key] } }]);
          if (noSidecar) {
            report(s, 'removedNoSidecar', { setting: key, where: `in ${source}`, version: PSD_REMOVED, fix: 'Remove it', reason: noSidecar, why: PSD_WHY }, rel, remove);
          } else {
            const here: Entry = [key, writtenAt({ view, path: [...path, key] }, value[key], source)];
            report(s, 'parentShutdownDuration', { ...common, key, hint: '', why: PSD_WHY, values: valueList([here, ['terminationDrainDuration', tdd]]) }, rel, remove);
          }
        }
      }
      if (!tddsGone) return;
      for (const [mdKey, md] of proxyConfigMaps(value)) {
        if (!(TDDS in md)) continue;
        tddsFinding([...path, mdKey, TDDS], md[TDDS], 'tddsInProxyMetadata', { mdKey }, `in ${mdKey}`);
      }
    };

    return {
      // 2. Workloads: the annotation, container env, and pilot-agent flags of the istio-proxy container.
      workload(rw) {
        if (rw.admissionDenied) return; // the pod is never created: only that finding (invalid-field-type / parse-error)
        const w = rw.workload;
        if (w.origin === 'iop-gateway') {
          // Its k8s.env is checked with the IstioOperator in end(), with these values.
          gateways.set(entryKey(w.view, w.base), facts(rw));
          return;
        }
        const ann = w.proxyConfigAnnotation;
        if (ann?.view && isRecord(ann.view.value)) {
          proxyConfig(
            ann.view,
            [],
            ann.view.value,
            `${PROXY_CONFIG_ANNOTATION} annotation`,
            '',
            facts(rw),
            (line) => `Write ${line} in the annotation`,
            { workload: w, rw },
          );
        }
        const proxy = w.containers.some((c) => c.name === PROXY_CONTAINER);
        for (const c of w.containers) {
          // kube-inject output renders proxyMetadata onto istio-init too: the same fault, reported once.
          if (proxy && c.init && INJECTED_INIT.has(c.name)) continue;
          if (tddsGone) containerEnv(rw, c, report, writtenAt);
          // Legacy flags on whatever container runs the agent (pre-injected manifests, hand-written gateways).
          if (runsPilotAgentProxy(c)) agentFlags(rw, c, ctx, flagsGone);
        }
      },

      end() {
        // 1. Mesh configs: defaultConfig (its keys and proxyMetadata) and the MeshConfig top level.
        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          const resource = resourceId(m.resource);
          const source = `mesh config in ${m.label}`;
          const dcKey = ['defaultConfig', 'default_config'].find((k) => isRecord(m.value[k]));
          const dc = dcKey ? (m.value[dcKey] as Record<string, unknown>) : {};
          const dcPath = [...m.path, dcKey ?? 'defaultConfig'];
          const meshFacts: DrainFacts = {
            tdd: meshTdd(m.view, dcPath, dc, m.label),
            dd: meshDuration(m.view, dcPath, dc, m.label, 'drainDuration', DEFAULT_DD),
            ez: meshEz(m.view, dcPath, dc, m.label),
          };
          const put = (line: string) => `Set meshConfig.defaultConfig.${line}`;
          for (const key of Object.keys(m.value)) {
            const site = { view: m.view, path: [...m.path, key], resource };
            const here: Entry = [key, writtenAt({ view: m.view, path: [...m.path, key] }, m.value[key], source)];
            if (key === TDDS && tddsGone) {
              const { fix, values, write } = tddsFix(m.value[key], meshFacts, put, false, 'the key');
              // The replacement goes where the mesh-wide one is read, unless defaultConfig sets one already.
              const tddAt: Ref = { view: m.view, path: [...dcPath, 'terminationDrainDuration'] };
              const edit = meshFacts.tdd.prov.level === 'default' ? replaceFix(site, tddAt, fix, write) : undefined;
              report(site, 'tddsAtMeshTopLevel', {
                name: TDDS,
                tdd: secondsWords(meshFacts.tdd),
                fix,
                why: TDDS_WHY.replace(/^Istio 1.10 removed the variable/, 'Istio 1.10 removed it'),
                values: valueList([here, ['terminationDrainDuration', meshFacts.tdd], ...values]),
              }, [], edit);
            } else if (isParentShutdownKey(key) && psdGone) {
              report(site, 'parentShutdownDuration', {
                key,
                scope: 'the mesh-wide ',
                tdd: secondsWords(meshFacts.tdd),
                hint: '; the drain is meshConfig.defaultConfig.terminationDrainDuration',
                why: PSD_WHY,
                values: valueList([here, ['terminationDrainDuration', meshFacts.tdd]]),
              }, [], fixOf('layout', [{ op: 'remove', at: site }]));
            }
          }
          for (const k of ['defaultConfig', 'default_config']) {
            const d = m.value[k];
            if (!isRecord(d)) continue;
            const path = [...m.path, k];
            const f: DrainFacts = { ...meshFacts, tdd: meshTdd(m.view, path, d, m.label) };
            proxyConfig(m.view, path, d, source, 'the mesh-wide ', f, put, { resource });
          }
        }

        // 3. ProxyConfig resources: environmentVariables become proxyMetadata.
        if (tddsGone) {
          for (const pc of ctx.inventory.proxyConfigs) {
            const env = isRecord(pc.value['spec']) ? pc.value['spec']['environmentVariables'] : undefined;
            if (!isRecord(env) || !(TDDS in env)) continue;
            const path = [...pc.base, 'spec', 'environmentVariables', TDDS];
            const label = crLabel(pc);
            const t = tddsSeconds(env[TDDS]);
            const r = replacement(t, { tdd: { value: DEFAULT_TDD, prov: DEFAULT }, dd: { value: DEFAULT_DD, prov: DEFAULT } });
            report({ view: pc.view, path, resource: resourceId(pc) }, 'tddsInProxyConfigResource', {
              name: TDDS,
              fix: `Set ${tddLine(env[TDDS])} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation, or meshConfig.defaultConfig.terminationDrainDuration mesh-wide, and remove the variable${r.also}`,
              why: TDDS_WHY,
              values: valueList([[TDDS, writtenAt({ view: pc.view, path }, env[TDDS], label)], ...r.values]),
            });
          }
        }

        // 4. IstioOperator gateways: components.{ingress,egress}Gateways[].k8s.env.
        if (tddsGone) {
          for (const iop of istioOperators(ctx)) {
            for (const group of ['ingressGateways', 'egressGateways'] as const) {
              const list = iop.value['spec'] && isRecord(iop.value['spec']) && isRecord(iop.value['spec']['components']) ? iop.value['spec']['components'][group] : undefined;
              if (!Array.isArray(list)) continue;
              list.forEach((gw, gi) => {
                const env = isRecord(gw) && isRecord(gw['k8s']) ? gw['k8s']['env'] : undefined;
                if (!Array.isArray(env)) return;
                const base = [...iop.base, 'spec', 'components', group, gi];
                env.forEach((e, ei) => {
                  if (!isRecord(e) || e['name'] !== TDDS) return;
                  const name = isRecord(gw) && typeof gw['name'] === 'string' ? gw['name'] : `${group}[${gi}]`;
                  const tdd = iopTdd(iop);
                  const f = gateways.get(entryKey(iop.view, base)) ?? { tdd, dd: iopDuration(iop, 'drainDuration', DEFAULT_DD) };
                  const { fix, values } = tddsFix(
                    e['value'],
                    f,
                    (line) => `Set meshConfig.defaultConfig.${line}, or ${line} in a ${PROXY_CONFIG_ANNOTATION} annotation under k8s.podAnnotations,`,
                    false,
                  );
                  const valuePath = [...base, 'k8s', 'env', ei, 'value'];
                  report(
                    { view: iop.view, path: [...base, 'k8s', 'env', ei, 'name'], target: 'value', resource: resourceId(iop) },
                    'tddsInGatewayEnv',
                    {
                      name: TDDS,
                      tdd: secondsWords(tdd),
                      fix,
                      why: TDDS_WHY,
                      values: valueList([[TDDS, writtenAt({ view: iop.view, path: valuePath }, e['value'], `k8s.env of gateway ${name}`)], ['terminationDrainDuration', tdd], ...values]),
                    },
                    tdd.prov.level === 'default' ? [] : [tdd],
                  );
                });
              });
            }
          }
        }
      },
    };
  },
});

function containerEnv(
  rw: ResolvedWorkload,
  c: Container,
  report: (site: Site, messageId: MessageId, data: Record<string, string>, related?: Valued<unknown>[]) => void,
  writtenAt: (ref: Ref, raw: unknown, source: string) => Valued<string>,
): void {
  const env = c.value['env'];
  if (!Array.isArray(env)) return;
  env.forEach((e, i) => {
    if (!isRecord(e) || e['name'] !== TDDS) return;
    const proxy = c.name === PROXY_CONTAINER;
    const w = rw.workload;
    const container = `container ${c.name || '(unnamed)'}`;
    const site: Site = { view: w.view, path: [...c.path, 'env', i, 'name'], target: 'value', workload: w, container: c.name || undefined };
    const put = (line: string) => `Set ${line} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation`;
    if (rw.sidecar.status === 'none') {
      report(site, 'removedNoSidecar', {
        setting: TDDS,
        where: `on ${container}`,
        version: TDDS_REMOVED,
        fix: `Remove the variable, or, if the pod is meant to be in the mesh, set ${tddLine(e['value'])} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation instead`,
        reason: rw.sidecar.reason,
        why: TDDS_WHY,
      });
      return;
    }
    const r = replacement(tddsSeconds(e['value']), facts(rw));
    const fix = r.blocked ? `Remove the variable: ${r.blocked}` : `${put(tddLine(e['value']))} and remove the variable${r.also}`;
    const here: Entry = [TDDS, writtenAt({ view: w.view, path: [...c.path, 'env', i, 'value'] }, e['value'], `env of ${container}`)];
    report(
      site,
      'tddsInContainerEnv',
      {
        name: TDDS,
        container,
        tdd: secondsWords(rw.tdd),
        fix,
        why: TDDS_WHY,
        appNote: proxy ? '' : `; only the ${PROXY_CONTAINER} container's env was ever read`,
        values: valueList([here, ['terminationDrainDuration', rw.tdd], ...r.values]),
      },
      rw.tdd.prov.level === 'default' ? [] : [rw.tdd],
    );
  });
}

/**
 * pilot-agent flags that do nothing, in the command or args of a container that runs
 * `pilot-agent proxy` (whatever its name): `--drainDuration` and `--parentShutdownDuration`
 * (removed in Istio 1.6, `removed`), and `--terminationDrainDuration`, which pilot-agent never had.
 */
function agentFlags(rw: ResolvedWorkload, c: Container, ctx: RuleContext<MessageId>, removed: boolean): void {
  const w = rw.workload;
  const where = `${c.name ? `the ${c.name}` : 'an unnamed'} container`;
  for (const field of ['command', 'args'] as const) {
    const list = c.value[field];
    if (!Array.isArray(list)) continue;
    list.forEach((a, i) => {
      if (typeof a !== 'string') return;
      const m = FLAG.exec(a.trim());
      if (!m) return;
      const flag = m[1]!;
      if (flag !== 'terminationDrainDuration' && !removed) return;
      const next = list[i + 1];
      const raw = m[2] ?? (typeof next === 'string' && !next.startsWith('-') ? next : undefined);
      const secs = raw !== undefined ? parseGoDuration(raw) : undefined;
      const at = { view: w.view, path: [...c.path, field, i] };
      const flagValue: Valued<string> = { value: m[2] === undefined && raw !== undefined ? `${a.trim()} ${raw}` : a.trim(), prov: { level: 'proxy-container', source: `${field} of ${where}`, ref: at } };
      const base = { at, workload: w, container: c.name || undefined };
      if (flag === 'drainDuration') {
        // drainDuration below the drain would close the listeners while the proxy still drains (wherever the classic drain runs).
        const drain = rw.ez.value ? rw.min : rw.tdd;
        const drainName = rw.ez.value ? 'MINIMUM_DRAIN_DURATION' : 'terminationDrainDuration';
        const classicDrain = rw.timeline.path === 'classic' || rw.timeline.path === 'native-without-drain-hook';
        const short = secs !== undefined && classicDrain && secs < drain.value;
        ctx.report({
          ...base,
          messageId: 'drainDurationFlag',
          data: {
            dd: secondsWords(rw.dd),
            value: secs !== undefined ? `"${formatSeconds(secs)}"` : '"45s"',
            annotation: PROXY_CONFIG_ANNOTATION,
            keep: short ? ` (and keep it at least ${drainName}, ${formatSeconds(drain.value)}, or Envoy stops accepting connections before the drain ends)` : '',
            why: FLAG_WHY,
            values: valueList([['pilot-agent flag', flagValue], ['drainDuration', rw.dd], ...(short ? ([[drainName, drain]] as Entry[]) : [])]),
          },
          related: relatedValues([['drainDuration', rw.dd]].filter(([, v]) => (v as Valued<number>).prov.level !== 'default') as Entry[]),
        });
      } else if (flag === 'parentShutdownDuration') {
        ctx.report({
          ...base,
          messageId: 'parentShutdownFlag',
          data: { tdd: secondsWords(rw.tdd), why: FLAG_WHY, values: valueList([['pilot-agent flag', flagValue], ['terminationDrainDuration', rw.tdd]]) },
          related: relatedValues([['terminationDrainDuration', rw.tdd]].filter(([, v]) => (v as Valued<number>).prov.level !== 'default') as Entry[]),
        });
      } else {
        // The flag as the annotation's field, with what it needs besides so that it creates no other finding.
        const setHere = rw.tdd.prov.level === 'annotation';
        const r = replacement(secs, facts(rw));
        const line = `terminationDrainDuration: "${secs !== undefined ? formatSeconds(secs) : '<duration>'}"`;
        // Before Istio 1.7 there is no terminationDrainDuration field: the variable on this container is the way.
        const noField = ctx.config.istioVersion !== undefined && !removedIn(ctx.config.istioVersion, TDD_FIELD_SINCE);
        const fix = setHere
          ? 'Remove the flag: the annotation sets terminationDrainDuration already'
          : noField
            ? `Set ${TDDS} to "${secs !== undefined ? Math.ceil(secs) : '<seconds>'}" in the env of ${where} instead and remove the flag`
          : r.blocked
            ? `Remove the flag: ${r.blocked}`
            : `Write ${line} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation instead and remove the flag${r.also}`;
        ctx.report({
          ...base,
          messageId: 'terminationDrainFlag',
          data: { tdd: secondsWords(rw.tdd), fix, why: NEVER_FLAG_WHY, values: valueList([['pilot-agent flag', flagValue], ['terminationDrainDuration', rw.tdd], ...r.values]) },
          related: relatedValues([['terminationDrainDuration', rw.tdd]].filter(([, v]) => (v as Valued<number>).prov.level !== 'default') as Entry[]),
        });
      }
    });
  }
}

/** Every IstioOperator of the run. */
function istioOperators(ctx: RuleContext<MessageId>): Resource[] {
  return ctx.inventory.istioOperators;
}

/** The IstioOperator's own meshConfig.defaultConfig duration (spec.meshConfig wins), else the default. */
function iopDuration(iop: Resource, camel: string, dflt: number): Valued<number> {
  const label = operatorName(iop);
  let v: Valued<number> = { value: dflt, prov: DEFAULT };
  for (const [p, l] of [[['spec', 'values', 'meshConfig'], `${label} spec.values.meshConfig`], [['spec', 'meshConfig'], `${label} spec.meshConfig`]] as const) {
    const path = [...iop.base, ...p, 'defaultConfig'];
    const dc = get(iop.view.value, path);
    if (!isRecord(dc)) continue;
    const t = meshDuration(iop.view, path, dc, l, camel, dflt);
    if (t.prov.level !== 'default') v = t;
  }
  return v;
}

function iopTdd(iop: Resource): Valued<number> {
  return iopDuration(iop, 'terminationDrainDuration', DEFAULT_TDD);
}
