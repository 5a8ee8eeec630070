import { DRAIN_HOOK, WAIT_HOOK, compareVersions, defineRule, get, globalLifecycles, holdSetting, isDrainHook, isRecord, isWaitHook, joinWords, lifecycleFor, proxyContainer, rendersGlobalLifecycle, valueList, workloadName } from '../../src/rule-api.js';
import type { LifecycleSetting, Ref, RelatedValue, RuleContext, Valued } from '../../src/rule-api.js';
const ID = 'global-lifecycle-override';
const PRESTOP = 'preStop: {exec: {command: [pilot-agent, request, --debug-port=15020, POST, drain]}}';
const POSTSTART = 'postStart: {exec: {command: [pilot-agent, wait]}}';

const FIX = 'Add {{add}} to it{{combine}}, or remove it and give the workloads that need a hook their own istio-proxy container lifecycle.';
const REPLACES = 'It replaces the whole istio-proxy lifecycle the injector renders into {{reach}}';
const LOSES_DRAIN = `without the preStop \`${DRAIN_HOOK}\`, native sidecars drain only after the app has exited ({{nativeWho}})`;
const LOSES_WAIT = `without the postStart \`${WAIT_HOOK}\` of holdApplicationUntilProxyStarts, apps can start before their proxy is ready ({{holdWho}})`;

/** A value behind the finding: a related location and an entry of the help's "Values". */
interface Seen {
  related: RelatedValue[];
  values: [string, Valued<unknown>][];
}

export default defineRule({
  meta: {
    id: ID,
    severity: 'warning',
    description: "values.global.proxy.lifecycle replaces the whole istio-proxy lifecycle of every injected sidecar and gateway, dropping the native sidecar's /drain preStop and the pilot-agent wait postStart of holdApplicationUntilProxyStarts.",
    help: 'Make values.global.proxy.lifecycle run the hooks it replaces (the native /drain preStop, the pilot-agent wait postStart), or remove it and give the workloads that need a hook their own istio-proxy container lifecycle.',
    crossWorkload: true,
    fixable: false,
    messages: {
      dropsDrainHook: {
        versions: ['istio', 'kubernetes'],
        message: 'values.global.proxy.lifecycle replaces the /drain preStop of {{native}}, so the drain starts only after the app has exited.',
        help: `${FIX} ${REPLACES}; ${LOSES_DRAIN}. Values: {{values}}.`,
      },
      dropsWaitHook: {
        message: 'values.global.proxy.lifecycle replaces the postStart of {{hold}}, so apps can start before the proxy is ready.',
        help: `${FIX} ${REPLACES}; ${LOSES_WAIT}. Values: {{values}}.`,
      },
      dropsBothHooks: {
        versions: ['istio', 'kubernetes'],
        message: 'values.global.proxy.lifecycle replaces the /drain preStop of {{native}} and the postStart of {{hold}}.',
        help: `${FIX} ${REPLACES}; ${LOSES_DRAIN}; ${LOSES_WAIT}. Values: {{values}}.`,
      },
      mayDropHooks: {
        message: 'values.global.proxy.lifecycle replaces every istio-proxy lifecycle: {{later}} turned on later would lose {{hooks}}.',
        help: `Add {{add}} to it{{combine}}, or give the workloads that will need a hook their own istio-proxy container lifecycle. ${REPLACES}; no workload here loses a hook to it now. Values: {{values}}.`,
      },
      keepsHooks: {
        message: 'values.global.proxy.lifecycle replaces the istio-proxy lifecycle of every sidecar and gateway, but keeps the /drain and pilot-agent wait hooks.',
        help: `Nothing to add: it runs the native /drain preStop and the pilot-agent wait postStart itself. Keep them when changing it: ${REPLACES.charAt(0).toLowerCase()}${REPLACES.slice(1)}. Values: {{values}}.`,
      },
    },
  },
  create(ctx) {
    const istio = ctx.config.istioVersion;
    // Native sidecars get the /drain preStop since Istio 1.21.
    const drainHookExists = !istio || compareVersions(istio, '1.21') >= 0;
    /** What each global lifecycle does to the workloads of the run: counts, names and the settings involved. */
    const reach = new Map<LifecycleSetting, { sidecars: number; gateways: number; loseDrain: string[]; loseWait: string[]; seen: Seen }>();
    for (const l of globalLifecycles(ctx.inventory)) reach.set(l, { sidecars: 0, gateways: 0, loseDrain: [], loseWait: [], seen: { related: [], values: [] } });
    // No global lifecycle: nothing to report, no workload needs a visit.
    if (reach.size === 0) return {};
    const keeps = (l: LifecycleSetting) => {
      const lifecycle = isRecord(l.value) ? l.value : {};
      return { keepsDrain: isDrainHook(lifecycle['preStop']), keepsWait: isWaitHook(lifecycle['postStart']) };
    };

    return {
      workload(rw) {
        if (!rendersGlobalLifecycle(rw) || ctx.ignores(rw.workload)) return;
        const l = lifecycleFor(rw, ctx.inventory);
        const r = l && reach.get(l);
        if (!l || !r) return;
        if (rw.gateway) {
          r.gateways++;
          return;
        }
        r.sidecars++;
        const { keepsDrain, keepsWait } = keeps(l);
        const own = proxyContainer(rw.workload);
        const ownLifecycle = own && isRecord(own.value['lifecycle']) ? own.value['lifecycle'] : {};
        if (rw.mode.value === 'native') {
          // A preStop on the pod's own istio-proxy container wins over the global one anyway.
          if (drainHookExists && !keepsDrain && ownLifecycle['preStop'] === undefined) {
            r.loseDrain.push(workloadName(rw));
            see(r.seen, `native sidecar mode (${rw.mode.prov.source})`, [`sidecar mode of ${workloadName(rw)}`, { value: 'native', prov: rw.mode.prov }]);
          }
        } else {
          const hold = holdSetting(rw, ctx.inventory);
          if (hold && !keepsWait && ownLifecycle['postStart'] === undefined) {
            r.loseWait.push(workloadName(rw));
            see(r.seen, `holdApplicationUntilProxyStarts true (${hold.prov.source})`, ['holdApplicationUntilProxyStarts', hold]);
          }
        }
      },
      end() {
        for (const [l, r] of reach) report(l, r);
      },
    };

    function report(l: LifecycleSetting, r: { sidecars: number; gateways: number; loseDrain: string[]; loseWait: string[]; seen: Seen }): void {
      const { keepsDrain, keepsWait } = keeps(l);
      const { loseDrain, loseWait, seen } = r;
      let nativeWho = loseDrain.length > 0 ? names(loseDrain) : undefined;
      let native = loseDrain.length > 0 ? count(loseDrain.length, 'native sidecar') : undefined;
      let holdWho = loseWait.length > 0 ? names(loseWait) : undefined;
      let hold = loseWait.length > 0 ? `${count(loseWait.length, 'sidecar')} with holdApplicationUntilProxyStarts` : undefined;
      // Mesh-wide switches still take the hooks of pods outside this run.
      if (!native && drainHookExists && !keepsDrain) {
        const m = meshNative(ctx, l);
        if (m) {
          native = 'every native sidecar';
          nativeWho = `every pod that ${m.setting} makes native`;
          see(seen, m.related, ['ENABLE_NATIVE_SIDECARS', m.valued]);
        }
      }
      if (!hold && !keepsWait) {
        const m = meshHold(ctx, l);
        if (m) {
          hold = 'every sidecar with holdApplicationUntilProxyStarts';
          holdWho = 'every sidecar it reaches';
          see(seen, m.related, [m.label, { value: true, prov: { level: 'mesh', source: m.source, ref: m.ref } }]);
        }
      }
      const lifecycleValue: [string, Valued<unknown>] = ['values.global.proxy.lifecycle', { value: hooksOf(l.value), prov: { level: 'mesh', source: l.label, ref: { ...l.ref, target: 'key' } } }];
      const values = valueList([lifecycleValue, ...seen.values]);
      const add = (drain: boolean, wait: boolean) => [drain ? PRESTOP : undefined, wait ? POSTSTART : undefined].filter(Boolean).join(' and ');
      /** A container has one handler per hook: one the lifecycle already has must run beside the added command. */
      const combine = (drain: boolean, wait: boolean) => {
        const has = isRecord(l.value) ? l.value : {};
        const taken = [drain && has['preStop'] !== undefined ? 'preStop' : undefined, wait && has['postStart'] !== undefined ? 'postStart' : undefined].filter((x): x is string => x !== undefined);
        return taken.length === 0 ? '' : ` (it already has a ${joinWords(taken)}: run its command and the added one in a single sh -c script)`;
      };
      const base = { reach: reachText(r.sidecars, r.gateways), values };
      const at = { ...l.ref, target: 'key' as const };
      if (native || hold) {
        const messageId = native && hold ? 'dropsBothHooks' : native ? 'dropsDrainHook' : 'dropsWaitHook';
        ctx.report({
          at,
          severity: 'warning',
          messageId,
          data: { ...base, add: add(native !== undefined, hold !== undefined), combine: combine(native !== undefined, hold !== undefined), native: native ?? '', nativeWho: nativeWho ?? '', hold: hold ?? '', holdWho: holdWho ?? '' },
          related: seen.related,
        });
        return;
      }
      if (keepsDrain && keepsWait) {
        ctx.report({ at, severity: 'info', messageId: 'keepsHooks', data: base, related: seen.related });
        return;
      }
      const later = !keepsDrain && !keepsWait ? 'native sidecars or holdApplicationUntilProxyStarts' : !keepsDrain ? 'native sidecars' : 'holdApplicationUntilProxyStarts';
      const hooks = !keepsDrain && !keepsWait ? 'their hooks' : !keepsDrain ? 'their /drain preStop' : 'its postStart';
      ctx.report({ at, severity: 'info', messageId: 'mayDropHooks', data: { ...base, add: add(!keepsDrain, !keepsWait), combine: combine(!keepsDrain, !keepsWait), later, hooks }, related: seen.related });
    }
  },
});

/** Adds a related location and a help value once (several workloads can point at the same setting). */
function see(seen: Seen, related: string, value: [string, Valued<unknown>]): void {
  const ref = value[1].prov.ref;
  if (!ref || seen.related.some((x) => x.ref.view === ref.view && x.ref.path.join('/') === ref.path.join('/'))) return;
  seen.related.push({ message: related, ref });
  seen.values.push(value);
}

/** ENABLE_NATIVE_SIDECARS=true for the lifecycle's revision (or auto on the target versions). */
function meshNative(ctx: RuleContext, l: LifecycleSetting): { setting: string; related: string; valued: Valued<string> } | undefined {
  const env = ctx.inventory.istiodEnv.filter((e) => e.name === 'ENABLE_NATIVE_SIDECARS' && e.revision === l.revision).pop();
  const value = env ? String(env.value) : undefined;
  if (env && value === 'true') return { setting: 'ENABLE_NATIVE_SIDECARS=true', related: `ENABLE_NATIVE_SIDECARS=true (${env.label})`, valued: { value: 'true', prov: { level: 'mesh', source: env.label, ref: env.ref } } };
  const { istioVersion: istio, kubernetesVersion: k8s } = ctx.config;
  const auto = value === 'auto' || (value === undefined && istio !== undefined && compareVersions(istio, '1.27') >= 0);
  if (auto && k8s && compareVersions(k8s, '1.33') >= 0) {
    return {
      setting: `ENABLE_NATIVE_SIDECARS=auto with Kubernetes ${k8s}`,
      related: `ENABLE_NATIVE_SIDECARS=auto (${env?.label ?? 'default'})`,
      valued: { value: 'auto', prov: env ? { level: 'mesh', source: env.label, ref: env.ref } : { level: 'default', source: 'default' } },
    };
  }
  return undefined;
}

/** holdApplicationUntilProxyStarts: true in a mesh config of the lifecycle's revision, or beside it in values. */
function meshHold(ctx: RuleContext, l: LifecycleSetting): { label: string; source: string; related: string; ref: Ref } | undefined {
  let found: { label: string; source: string; related: string; ref: Ref } | undefined;
  for (const m of ctx.inventory.meshSources) {
    if (m.embedError || (ctx.resolution.meshProblems.get(m)?.length ?? 0) > 0 || !(m.revision === l.revision || m.shared)) continue;
    for (const dc of ['defaultConfig', 'default_config']) {
      for (const key of ['holdApplicationUntilProxyStarts', 'hold_application_until_proxy_starts']) {
        const v = get(m.value, [dc, key]);
        if (typeof v !== 'boolean') continue;
        const ref: Ref = { view: m.view, path: [...m.path, dc, key] };
        found = v ? { label: key, source: `mesh config in ${m.label}`, related: `holdApplicationUntilProxyStarts true (mesh config in ${m.label})`, ref } : undefined;
      }
    }
  }
  if (found) return found;
  if (l.hold) return { label: 'values.global.proxy.holdApplicationUntilProxyStarts', source: l.label, related: `holdApplicationUntilProxyStarts true (values.global.proxy, ${l.label})`, ref: l.hold };
  return undefined;
}

/** The hooks a lifecycle holds, for the help's values: "with preStop and postStart". */
function hooksOf(lifecycle: unknown): string {
  const keys = isRecord(lifecycle) ? Object.keys(lifecycle) : [];
  return keys.length > 0 ? `with ${joinWords(keys)}` : 'set';
}

/** "every injected sidecar and gateway (3 sidecars and 1 gateway in this run)" / "… (none in this run)". */
function reachText(sidecars: number, gateways: number): string {
  if (sidecars + gateways === 0) return 'every injected sidecar and gateway (none in this run)';
  const parts = [sidecars > 0 ? count(sidecars, 'sidecar') : undefined, gateways > 0 ? count(gateways, 'gateway') : undefined].filter(Boolean);
  return `every injected sidecar and gateway (${parts.join(' and ')} in this run)`;
}

function count(n: number, word: string): string {
  return `${n} ${n === 1 ? word : `${word}s`}`;
}

function names(workloads: string[]): string {
  return joinWords([...workloads].sort(), 3);
}
