import { defineRule, type RuleContext } from '../../src/rule.js';
import type { Container, Resource, Workload } from '../../src/inventory/model.js';
import { PROXY_CONFIG_ANNOTATION, PROXY_CONTAINER } from '../../src/domain/names.js';
import type { ResolvedWorkload, Sidecar } from '../../src/resolved.js';
import type { DocView, Path, ResourceId, Valued } from '../../src/types.js';
import { relatedValues, seconds } from '../../src/describe.js';
import { workloadName } from '../../src/domain/identity.js';
import { formatSeconds, parseGoDuration } from '../../src/domain/durations.js';
import { get, isRecord } from '../../src/yaml/paths.js';
import { FLAGS_REMOVED, isParentShutdownKey, PSD_REMOVED, removedIn, TDDS_REMOVED } from '../../src/domain/removed.js';
import { resourceId } from '../../src/domain/identity.js';
import { TDDS } from '../../src/domain/names.js';

const INJECTED_INIT = new Set(['istio-init', 'istio-validation']);
const FLAG = /^--(drainDuration|parentShutdownDuration)(?:=(.*))?$/;

/** The duration a TERMINATION_DRAIN_DURATION_SECONDS value meant, as a Go duration string. */
function tddsDuration(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return `"${value}s"`;
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return `"${Number(value.trim())}s"`;
  return undefined;
}

/** `terminationDrainDuration: "60s"`, or a placeholder when the old value is unreadable. */
function tddLine(value: unknown): string {
  return `terminationDrainDuration: ${tddsDuration(value) ?? '"<seconds>s"'}`;
}

/** A mesh defaultConfig's own terminationDrainDuration, as a value with provenance. */
function meshTdd(view: DocView, path: Path, dc: Record<string, unknown>, label: string): Valued<number> {
  for (const key of ['terminationDrainDuration', 'termination_drain_duration']) {
    const raw = dc[key];
    const secs = typeof raw === 'string' ? parseGoDuration(raw) : undefined;
    if (secs !== undefined) return { value: secs, prov: { level: 'mesh', source: `mesh config in ${label}`, ref: { view, path: [...path, key] } } };
  }
  return { value: 5, prov: { level: 'default', source: 'default' } };
}

function proxyConfigMaps(value: Record<string, unknown>): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = [];
  for (const key of ['proxyMetadata', 'proxy_metadata']) {
    const md = value[key];
    if (isRecord(md)) out.push([key, md]);
  }
  return out;
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

export default defineRule({
  meta: {
    id: 'removed-setting',
    severity: 'warning',
    description: 'A drain setting that Istio removed (TERMINATION_DRAIN_DURATION_SECONDS, parentShutdownDuration, pilot-agent --drainDuration/--parentShutdownDuration) is silently ignored.',
    fixable: false,
  },
  create(ctx) {
    const version = ctx.config.istioVersion;
    const tddsGone = removedIn(version, TDDS_REMOVED);
    const psdGone = removedIn(version, PSD_REMOVED);
    const flagsGone = removedIn(version, FLAGS_REMOVED);
    const tddsGoneText = `was removed in Istio ${TDDS_REMOVED} and is ignored`;
    const psdGoneText = `was removed in Istio ${PSD_REMOVED} and is ignored (hot restart is disabled, so it never bounded the proxy's shutdown)`;

    const report = (site: Site, message: string, related: Valued<unknown>[] = []) => {
      ctx.report({
        at: { view: site.view, path: site.path, target: site.target ?? 'key' },
        message,
        workload: site.workload,
        resource: site.resource,
        container: site.container,
        related: relatedValues(related.map((v) => ['terminationDrainDuration', v] as [string, Valued<unknown>])),
      });
    };

    /**
     * TDDS and parentShutdownDuration in one ProxyConfig mapping (mesh defaultConfig or the annotation).
     * `fix(line)` names where the replacement goes, e.g. `set meshConfig.defaultConfig.terminationDrainDuration: "60s"`.
     */
    const proxyConfig = (
      view: DocView,
      path: Path,
      value: Record<string, unknown>,
      where: string,
      subject: string,
      tdd: Valued<number>,
      fix: (line: string) => string,
      site: Omit<Site, 'view' | 'path'> & { sidecar?: Sidecar },
    ) => {
      const noSidecar = site.sidecar?.status === 'none';
      const effective = noSidecar ? `the pod gets no sidecar anyway (${site.sidecar!.reason})` : `${subject} for terminationDrainDuration ${seconds(tdd)}`;
      const rel = tdd.prov.level === 'default' || noSidecar ? [] : [tdd];
      const tddSetHere = tdd.prov.ref?.view === view && tdd.prov.ref.path.length === path.length + 1;
      for (const key of Object.keys(value)) {
        if (key === TDDS && tddsGone) {
          const todo = tddSetHere ? 'remove the key' : `${fix(tddLine(value[key]))} and remove the key`;
          report(
            { ...site, view, path: [...path, key] },
            `${TDDS} in ${where} is a pilot-agent environment variable (never a ProxyConfig key) that ${tddsGoneText}: ${effective}. ${capitalize(todo)}.`,
            rel,
          );
        } else if (isParentShutdownKey(key) && psdGone) {
          report({ ...site, view, path: [...path, key] }, `${key} in ${where} ${psdGoneText}: remove it; ${effective}.`, rel);
        }
      }
      if (!tddsGone) return;
      for (const [mdKey, md] of proxyConfigMaps(value)) {
        if (!(TDDS in md)) continue;
        const todo = tddSetHere ? 'remove the variable' : `${fix(tddLine(md[TDDS]))} and remove the variable`;
        report({ ...site, view, path: [...path, mdKey, TDDS] }, `${TDDS} in ${mdKey} of ${where} ${tddsGoneText}: ${effective}. ${capitalize(todo)}.`, rel);
      }
    };

    return {
      // 2. Workloads: the annotation, container env, and pilot-agent flags of the istio-proxy container.
      workload(rw) {
        if (rw.admissionDenied) return; // the pod is never created: only that finding (invalid-field-type / parse-error)
        const w = rw.workload;
        if (w.origin === 'iop-gateway') return; // its k8s.env is checked with the IstioOperator in end()
        const ann = w.proxyConfigAnnotation;
        if (ann?.view && isRecord(ann.view.value)) {
          proxyConfig(
            ann.view,
            [],
            ann.view.value,
            `the ${PROXY_CONFIG_ANNOTATION} annotation of ${workloadName(rw)}`,
            'the proxy drains',
            rw.tdd,
            (line) => `write ${line} in the annotation`,
            { workload: w, sidecar: rw.sidecar },
          );
        }
        const proxy = w.containers.some((c) => c.name === PROXY_CONTAINER);
        for (const c of w.containers) {
          // kube-inject output renders proxyMetadata onto istio-init too: the same fault, reported once.
          if (proxy && c.init && INJECTED_INIT.has(c.name)) continue;
          containerEnv(rw, c, tddsGone, report, tddsGoneText);
          if (c.name === PROXY_CONTAINER && flagsGone) agentFlags(rw, c, ctx);
        }
      },

      end() {
        // 1. Mesh configs: defaultConfig (its keys and proxyMetadata) and the MeshConfig top level.
        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          const where = `the mesh config (${m.label})`;
          const resource = resourceId(m.resource);
          for (const key of Object.keys(m.value)) {
            const site = { view: m.view, path: [...m.path, key], resource };
            if (key === TDDS && tddsGone) {
              report(site, `${TDDS} at the top level of ${where} is a pilot-agent environment variable that ${tddsGoneText}: set meshConfig.defaultConfig.${tddLine(m.value[key])} and remove the key.`);
            } else if (isParentShutdownKey(key) && psdGone) {
              report(site, `${key} at the top level of ${where} ${psdGoneText}: remove it; the drain is meshConfig.defaultConfig.terminationDrainDuration.`);
            }
          }
          for (const dcKey of ['defaultConfig', 'default_config']) {
            const dc = m.value[dcKey];
            if (!isRecord(dc)) continue;
            const path = [...m.path, dcKey];
            const tdd = meshTdd(m.view, path, dc, m.label);
            proxyConfig(m.view, path, dc, `${dcKey} of ${where}`, 'sidecars using it drain', tdd, (line) => `set meshConfig.defaultConfig.${line}`, { resource });
          }
        }

        // 3. ProxyConfig resources: environmentVariables become proxyMetadata.
        if (tddsGone) {
          for (const pc of ctx.inventory.proxyConfigs) {
            const env = isRecord(pc.value['spec']) ? pc.value['spec']['environmentVariables'] : undefined;
            if (!isRecord(env) || !(TDDS in env)) continue;
            report(
              { view: pc.view, path: [...pc.base, 'spec', 'environmentVariables', TDDS], resource: resourceId(pc) },
              `${TDDS} in environmentVariables of ProxyConfig ${pc.namespace ?? ''}/${pc.name ?? ''} ${tddsGoneText}, and the ProxyConfig resource has no drain field: set ${tddLine(env[TDDS])} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation, or meshConfig.defaultConfig.terminationDrainDuration mesh-wide, and remove the variable.`,
            );
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
                env.forEach((e, ei) => {
                  if (!isRecord(e) || e['name'] !== TDDS) return;
                  const name = isRecord(gw) && typeof gw['name'] === 'string' ? gw['name'] : `${group}[${gi}]`;
                  const tdd = iopTdd(iop);
                  report(
                    { view: iop.view, path: [...iop.base, 'spec', 'components', group, gi, 'k8s', 'env', ei, 'name'], target: 'value', resource: resourceId(iop) },
                    `${TDDS} in k8s.env of gateway ${name} (IstioOperator ${iop.namespace ?? 'istio-system'}/${iop.name ?? '(unnamed)'}) ${tddsGoneText}: the gateway drains for terminationDrainDuration ${seconds(tdd)}. Set meshConfig.defaultConfig.${tddLine(e['value'])}, or ${tddLine(e['value'])} in a ${PROXY_CONFIG_ANNOTATION} annotation under k8s.podAnnotations, and remove the variable.`,
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
  tddsGone: boolean,
  report: (site: Site, message: string, related?: Valued<unknown>[]) => void,
  goneText: string,
): void {
  if (!tddsGone) return;
  const env = c.value['env'];
  if (!Array.isArray(env)) return;
  env.forEach((e, i) => {
    if (!isRecord(e) || e['name'] !== TDDS) return;
    const proxy = c.name === PROXY_CONTAINER;
    const w = rw.workload;
    const where = proxy ? `the env of the ${PROXY_CONTAINER} container of ${workloadName(rw)}` : `the env of container ${c.name || '(unnamed)'} of ${workloadName(rw)} (only the ${PROXY_CONTAINER} container's env was ever read)`;
    const none = rw.sidecar.status === 'none';
    report(
      { view: w.view, path: [...c.path, 'env', i, 'name'], target: 'value', workload: w, container: c.name || undefined },
      none
        ? `${TDDS} in ${where} ${goneText}, and the pod gets no sidecar anyway (${rw.sidecar.reason}): remove the variable, or, if the pod is meant to be in the mesh, set ${tddLine(e['value'])} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation instead.`
        : `${TDDS} in ${where} ${goneText}: the proxy drains for terminationDrainDuration ${seconds(rw.tdd)}. Set ${tddLine(e['value'])} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation and remove the variable.`,
      rw.tdd.prov.level === 'default' || none ? [] : [rw.tdd],
    );
  });
}

/** pilot-agent `--drainDuration` / `--parentShutdownDuration` in the istio-proxy container's args. */
function agentFlags(rw: ResolvedWorkload, c: Container, ctx: RuleContext): void {
  const args = c.value['args'];
  if (!Array.isArray(args)) return;
  const w = rw.workload;
  args.forEach((a, i) => {
    if (typeof a !== 'string') return;
    const m = FLAG.exec(a.trim());
    if (!m) return;
    const flag = m[1]!;
    const raw = m[2] ?? (typeof args[i + 1] === 'string' && !String(args[i + 1]).startsWith('-') ? String(args[i + 1]) : undefined);
    const secs = raw !== undefined ? parseGoDuration(raw) : undefined;
    const base = `pilot-agent flag --${flag} in the args of the ${PROXY_CONTAINER} container of ${workloadName(rw)} was removed in Istio ${FLAGS_REMOVED} and is ignored (unknown flags are tolerated)`;
    let message: string;
    let related: [string, Valued<unknown>][] = [];
    if (flag === 'drainDuration') {
      const value = secs !== undefined ? `"${formatSeconds(secs)}"` : '"45s"';
      message = `${base}: Envoy's drain window stays drainDuration ${seconds(rw.dd)}. Write drainDuration: ${value} in the pod template's ${PROXY_CONFIG_ANNOTATION} annotation instead and remove the flag.`;
      related = [['drainDuration', rw.dd]];
    } else {
      message = `${base}: remove it; the proxy's drain is terminationDrainDuration ${seconds(rw.tdd)}.`;
      related = [['terminationDrainDuration', rw.tdd]];
    }
    ctx.report({
      at: { view: w.view, path: [...c.path, 'args', i] },
      message,
      workload: w,
      container: c.name,
      related: relatedValues(related.filter(([, v]) => v.prov.level !== 'default')),
    });
  });
}

/** Every IstioOperator of the run. */
function istioOperators(ctx: RuleContext): Resource[] {
  return ctx.inventory.istioOperators;
}

/** The IstioOperator's own meshConfig.defaultConfig.terminationDrainDuration (spec.meshConfig wins), else the default. */
function iopTdd(iop: Resource): Valued<number> {
  const label = `IstioOperator ${iop.namespace ?? 'istio-system'}/${iop.name ?? '(unnamed)'}`;
  let tdd: Valued<number> = { value: 5, prov: { level: 'default', source: 'default' } };
  for (const [p, l] of [[['spec', 'values', 'meshConfig'], `${label} spec.values.meshConfig`], [['spec', 'meshConfig'], `${label} spec.meshConfig`]] as const) {
    const path = [...iop.base, ...p, 'defaultConfig'];
    const dc = get(iop.view.value, path);
    if (!isRecord(dc)) continue;
    const t = meshTdd(iop.view, path, dc, l);
    if (t.prov.level !== 'default') tdd = t;
  }
  return tdd;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
