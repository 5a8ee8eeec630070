/**
 * The istio-proxy lifecycle as the injector renders it: which `values.global.proxy.lifecycle`
 * reaches a workload, whether the native `/drain` preStop and the hold-app `postStart` survive, and
 * whether holdApplicationUntilProxyStarts is in effect, and whether native mode applies at all.
 * Shared by global-lifecycle-override, native-sidecar-ignores-drain-settings,
 * native-sidecar-unsupported, invalid-native-sidecar-annotation and exit-on-zero-version-bug.
 *
 * Computed here because the model lacks it: the inventory does not read the injector ConfigMap
 * (`istio-sidecar-injector` `data.values`), the resolver does not resolve holdApplicationUntilProxyStarts,
 * `rw.nativeDrainHook` treats every replacement as losing the hook, even one that re-adds it, and
 * `rw.mode` honours the nativeSidecar annotation on Istio versions before 1.24, which ignore it.
 */
import type { LifecycleSetting, Inventory, Resource } from '../inventory/model.js';
import { PROXY_CONFIG_ANNOTATION } from './names.js';
import { proxyContainer } from '../inventory/model.js';
import { type ResolvedWorkload } from '../resolved.js';
import type { Provenance, Ref, Valued } from '../types.js';
import { revisionOf } from './mesh.js';
import { operatorName } from './identity.js';
import { compareVersions } from './versions.js';
import { get, isRecord } from '../yaml/paths.js';
import { parseEmbedded } from '../yaml/embedded.js';





/** Every `values.global.proxy.lifecycle` of the run: the inventory's, then injector ConfigMaps'. */
export function globalLifecycles(inv: Inventory): LifecycleSetting[] {
  const hit = inv.lookups.globalLifecycles;
  if (hit) return hit;
  const out: LifecycleSetting[] = inv.globalLifecycles.map((l) => {
    const proxyPath = l.ref.path.slice(0, -1);
    const hold = get(l.ref.view.value, [...proxyPath, 'holdApplicationUntilProxyStarts']) === true;
    return { ...l, hold: hold ? { view: l.ref.view, path: [...proxyPath, 'holdApplicationUntilProxyStarts'] } : undefined };
  });
  for (const cm of injectorConfigMaps(inv)) {
    const host: Ref = { view: cm.view, path: [...cm.base, 'data', 'values'] };
    const parsed = parseEmbedded(host);
    if (!parsed.view) continue;
    const lifecycle = get(parsed.view.value, ['global', 'proxy', 'lifecycle']);
    if (!hasContent(lifecycle)) continue;
    const name = cm.name ?? 'istio-sidecar-injector';
    const hold = get(parsed.view.value, ['global', 'proxy', 'holdApplicationUntilProxyStarts']) === true;
    out.push({
      name: 'values.global.proxy.lifecycle',
      value: lifecycle,
      ref: { view: parsed.view, path: ['global', 'proxy', 'lifecycle'] },
      revision: name === 'istio-sidecar-injector' ? '' : name.slice('istio-sidecar-injector-'.length),
      label: `ConfigMap ${cm.namespace ?? 'istio-system'}/${name} data.values`,
      hold: hold ? { view: parsed.view, path: ['global', 'proxy', 'holdApplicationUntilProxyStarts'] } : undefined,
    });
  }
  inv.lookups.globalLifecycles = out;
  return out;
}

function injectorConfigMaps(inv: Inventory): Resource[] {
  return inv.others.filter((o) => o.kind === 'ConfigMap' && /^istio-sidecar-injector(-|$)/.test(o.name ?? '') && typeof get(o.value, ['data', 'values']) === 'string');
}

function hasContent(v: unknown): boolean {
  return v !== undefined && v !== null && !(isRecord(v) && Object.keys(v).length === 0);
}

/** Whether a lifecycle setting of `revision` reaches a workload of revision `wRev` (as src/resolve.ts). */
export function reaches(l: { revision: string }, wRev: string): boolean {
  return l.revision === wRev || (wRev !== '' && l.revision === '');
}

/** The lifecycle setting that replaces this workload's injected istio-proxy lifecycle (the last one of its revision). */
export function lifecycleFor(rw: Pick<ResolvedWorkload, 'workload'>, inv: Inventory): LifecycleSetting | undefined {
  const rev = revisionOf(rw.workload, inv);
  const all = globalLifecycles(inv).filter((l) => reaches(l, rev));
  return all.filter((l) => l.revision === rev).pop() ?? all.pop();
}

/**
 * Whether the injector renders `values.global.proxy.lifecycle` into this workload's istio-proxy:
 * sidecars and `gateway`-template pods, Gateway API class `istio` (kube-gateway template); not
 * waypoints or east-west gateways (waypoint template), not IstioOperator gateways (the legacy
 * gateway chart has no lifecycle), not pods that are already injected or get no proxy.
 */
export function rendersGlobalLifecycle(rw: ResolvedWorkload): boolean {
  const w = rw.workload;
  if (rw.sidecar.status === 'none' || rw.admissionDenied) return false;
  if (w.origin === 'iop-gateway') return false;
  if (w.origin === 'gateway-api') return w.gatewayClass === 'istio';
  return typeof w.podAnnotations['sidecar.istio.io/status'] !== 'string';
}

/** The argv of an exec hook, or undefined. */
function argv(hook: unknown): string[] | undefined {
  const command = isRecord(hook) && isRecord(hook['exec']) ? hook['exec']['command'] : undefined;
  return Array.isArray(command) ? command.map(String) : undefined;
}

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** A preStop that is (or runs) `pilot-agent request … POST drain`. */
export function isDrainHook(preStop: unknown): boolean {
  const a = argv(preStop);
  if (!a || a.length === 0) return false;
  const text = a.join(' ');
  return (base(a[0]!) === 'pilot-agent' && a.includes('drain')) || /(^|[\s/])pilot-agent\s+request\b.*\bdrain\b/.test(text);
}

/** A postStart that is (or runs) `pilot-agent wait`. */
export function isWaitHook(postStart: unknown): boolean {
  const a = argv(postStart);
  if (!a || a.length === 0) return false;
  return (base(a[0]!) === 'pilot-agent' && a[1] === 'wait') || /(^|[\s/])pilot-agent\s+wait\b/.test(a.join(' '));
}

/** What took the native `/drain` preStop away: words for the message ("is replaced by …"), and where. */
export interface HookLoss {
  what: string;
  ref?: Ref;
}


/**
 * For a native sidecar: undefined while the injected `/drain` preStop is in place, else what
 * replaced it (a user istio-proxy preStop, `values.global.proxy.lifecycle`, or an Istio older than
 * 1.21, which injects no such hook). A replacement that itself runs the drain keeps it.
 */
export function drainHookLoss(rw: Pick<ResolvedWorkload, 'mode' | 'workload'>, inv: Inventory, istioVersion?: string): HookLoss | undefined {
  if (rw.mode.value !== 'native') return undefined;
  const proxy = proxyContainer(rw.workload);
  const userLifecycle = proxy && isRecord(proxy.value['lifecycle']) ? proxy.value['lifecycle'] : undefined;
  if (userLifecycle && userLifecycle['preStop'] !== undefined) {
    if (isDrainHook(userLifecycle['preStop'])) return undefined;
    return { what: 'is replaced by the preStop of the istio-proxy container', ref: { view: rw.workload.view, path: [...proxy!.path, 'lifecycle', 'preStop'], target: 'key' } };
  }
  const global = lifecycleFor(rw, inv);
  if (global) {
    if (isRecord(global.value) && isDrainHook(global.value['preStop'])) return undefined;
    return { what: `is replaced by values.global.proxy.lifecycle (${global.label})`, ref: { ...global.ref, target: 'key' } };
  }
  if (istioVersion && compareVersions(istioVersion, '1.21') < 0) return { what: `is missing (Istio ${istioVersion} injects none; added in 1.21)` };
  return undefined;
}

/** holdApplicationUntilProxyStarts as the injection template reads it: the ProxyConfig field, or the deprecated values field. */
export function holdSetting(rw: ResolvedWorkload, inv: Inventory): Valued<true> | undefined {
  let field: Valued<boolean> | undefined;
  for (const m of rw.meshSources) {
    for (const dc of ['defaultConfig', 'default_config']) {
      for (const key of ['holdApplicationUntilProxyStarts', 'hold_application_until_proxy_starts']) {
        const v = get(m.value, [dc, key]);
        if (typeof v === 'boolean') field = { value: v, prov: { level: 'mesh', source: `mesh config in ${m.label}`, ref: { view: m.view, path: [...m.path, dc, key] } } };
      }
    }
  }
  const ann = rw.workload.proxyConfigAnnotation?.view;
  if (ann && isRecord(ann.value)) {
    for (const key of ['holdApplicationUntilProxyStarts', 'hold_application_until_proxy_starts']) {
      const v = ann.value[key];
      if (typeof v === 'boolean') field = { value: v, prov: { level: 'annotation', source: `${PROXY_CONFIG_ANNOTATION} annotation`, ref: { view: ann, path: [key] } } };
    }
  }
  if (field?.value) return field as Valued<true>;
  const values = valuesHold(rw, inv);
  if (values) return { value: true, prov: values };
  return undefined;
}

/** The deprecated `values.global.proxy.holdApplicationUntilProxyStarts: true` for the workload's revision. */
function valuesHold(rw: ResolvedWorkload, inv: Inventory): Provenance | undefined {
  const rev = revisionOf(rw.workload, inv);
  const sites: { ref: Ref; revision: string; label: string }[] = [];
  for (const iop of inv.istioOperators) {
    const path = [...iop.base, 'spec', 'values', 'global', 'proxy', 'holdApplicationUntilProxyStarts'];
    const revision = get(iop.value, ['spec', 'revision']);
    if (get(iop.view.value, path) === true) sites.push({ ref: { view: iop.view, path }, revision: typeof revision === 'string' ? revision : '', label: operatorName(iop) });
  }
  for (const m of inv.meshSources) {
    if (m.kind !== 'HelmValues') continue;
    const path = [...m.resource.base, 'global', 'proxy', 'holdApplicationUntilProxyStarts'];
    if (get(m.view.value, path) === true) sites.push({ ref: { view: m.view, path }, revision: m.revision, label: m.label });
  }
  for (const l of globalLifecycles(inv)) {
    if (l.hold && !sites.some((s) => s.ref.view === l.hold!.view && s.ref.path.join('/') === l.hold!.path.join('/'))) sites.push({ ref: l.hold, revision: l.revision, label: l.label });
  }
  const own = sites.filter((s) => reaches(s, rev));
  const pick = own.filter((s) => s.revision === rev).pop() ?? own.pop();
  return pick ? { level: 'mesh', source: `values.global.proxy.holdApplicationUntilProxyStarts (${pick.label})`, ref: pick.ref } : undefined;
}

