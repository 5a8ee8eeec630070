import { defineRule, type RelatedValue, type RuleContext } from '../../src/rule.js';
import type { Ref } from '../../src/types.js';
import { origin } from '../../src/describe.js';
import { workloadName } from '../../src/domain/identity.js';
import { joinWords } from '../../src/text.js';
import { proxyContainer } from '../../src/inventory/model.js';
import { compareVersions } from '../../src/domain/versions.js';
import { get, isRecord } from '../../src/yaml/paths.js';
import { DRAIN_HOOK, WAIT_HOOK } from '../../src/domain/names.js';
import { globalLifecycles, holdSetting, ignores, isDrainHook, isWaitHook, lifecycleFor, rendersGlobalLifecycle } from '../../src/domain/lifecycle.js';
import { type LifecycleSetting } from '../../src/inventory/model.js';

const ID = 'global-lifecycle-override';
const PRESTOP = 'preStop: {exec: {command: [pilot-agent, request, --debug-port=15020, POST, drain]}}';
const POSTSTART = 'postStart: {exec: {command: [pilot-agent, wait]}}';

export default defineRule({
  meta: {
    id: ID,
    severity: 'warning',
    description: "values.global.proxy.lifecycle replaces the whole istio-proxy lifecycle of every injected sidecar and gateway, dropping the native sidecar's /drain preStop and the pilot-agent wait postStart of holdApplicationUntilProxyStarts.",
    fixable: false,
  },
  create(ctx) {
    const istio = ctx.config.istioVersion;
    // Native sidecars get the /drain preStop since Istio 1.21.
    const drainHookExists = !istio || compareVersions(istio, '1.21') >= 0;
    /** What each global lifecycle does to the workloads of the run: counts, names and the settings involved. */
    const reach = new Map<LifecycleSetting, { sidecars: number; gateways: number; loseDrain: string[]; loseWait: string[]; related: RelatedValue[] }>();
    for (const l of globalLifecycles(ctx.inventory)) reach.set(l, { sidecars: 0, gateways: 0, loseDrain: [], loseWait: [], related: [] });
    const keeps = (l: LifecycleSetting) => {
      const lifecycle = isRecord(l.value) ? l.value : {};
      return { keepsDrain: isDrainHook(lifecycle['preStop']), keepsWait: isWaitHook(lifecycle['postStart']) };
    };

    return {
      workload(rw) {
        if (!rendersGlobalLifecycle(rw) || ignores(rw.workload, ID)) return;
        const l = lifecycleFor(rw, ctx.inventory);
        const r = l && reach.get(l);
        if (!l || !r) return;
        if (rw.gateway) {
          r.gateways++;
          return;
        }
        r.sidecars++;
        const { keepsDrain, keepsWait } = keeps(l);
        const relate = (message: string, ref: RelatedValue['ref'] | undefined) => addRelated(r.related, message, ref);
        const own = proxyContainer(rw.workload);
        const ownLifecycle = own && isRecord(own.value['lifecycle']) ? own.value['lifecycle'] : {};
        if (rw.mode.value === 'native') {
          // A preStop on the pod's own istio-proxy container wins over the global one anyway.
          if (drainHookExists && !keepsDrain && ownLifecycle['preStop'] === undefined) {
            r.loseDrain.push(workloadName(rw));
            relate(`native sidecar mode (${rw.mode.prov.source})`, rw.mode.prov.ref);
          }
        } else {
          const hold = holdSetting(rw, ctx.inventory);
          if (hold && !keepsWait && ownLifecycle['postStart'] === undefined) {
            r.loseWait.push(workloadName(rw));
            relate(`holdApplicationUntilProxyStarts true (${hold.prov.source})`, hold.prov.ref);
          }
        }
      },
      end() {
        for (const [l, r] of reach) report(l, r);
      },
    };

    function report(l: LifecycleSetting, r: { sidecars: number; gateways: number; loseDrain: string[]; loseWait: string[]; related: RelatedValue[] }): void {
      const { keepsDrain, keepsWait } = keeps(l);
      const { loseDrain, loseWait, related } = r;
      const relate = (message: string, ref: RelatedValue['ref'] | undefined) => addRelated(related, message, ref);
      const where = origin({ level: 'mesh', source: l.label, ref: { ...l.ref, target: 'key' } });
      const reach = reachText(r.sidecars, r.gateways);
      const lost: string[] = [];
      if (loseDrain.length > 0) {
        lost.push(`the native ${plural(loseDrain.length, 'sidecar')} of ${names(loseDrain)} lose${loseDrain.length === 1 ? 's' : ''} the preStop \`${DRAIN_HOOK}\`, so ${loseDrain.length === 1 ? 'it drains' : 'they drain'} only after the app has exited`);
      }
      if (loseWait.length > 0) {
        lost.push(`${names(loseWait)} lose${loseWait.length === 1 ? 's' : ''} the postStart \`${WAIT_HOOK}\` of holdApplicationUntilProxyStarts, so ${loseWait.length === 1 ? 'its app' : 'their apps'} can start before the proxy is ready`);
      }
      // Mesh-wide switches still take the hooks of pods outside this run.
      if (loseDrain.length === 0 && drainHookExists && !keepsDrain) {
        const native = meshNative(ctx, l);
        if (native) {
          lost.push(`native sidecars (${native.text}) lose the preStop \`${DRAIN_HOOK}\`, so they drain only after the app has exited`);
          relate(native.related, native.ref);
        }
      }
      if (loseWait.length === 0 && !keepsWait) {
        const hold = meshHold(ctx, l);
        if (hold) {
          lost.push(`sidecars that hold the app until the proxy starts (${hold.text}) lose the postStart \`${WAIT_HOOK}\`, so their apps can start before the proxy is ready`);
          relate(hold.related, hold.ref);
        }
      }
      const needDrain = !keepsDrain && lost.some((t) => t.includes(DRAIN_HOOK));
      const needWait = !keepsWait && lost.some((t) => t.includes(WAIT_HOOK));
      const addHooks = [!keepsDrain ? PRESTOP : undefined, !keepsWait ? POSTSTART : undefined].filter(Boolean);
      let message: string;
      if (lost.length > 0) {
        const fix = [needDrain ? PRESTOP : undefined, needWait ? POSTSTART : undefined].filter(Boolean).join(' and ');
        message =
          `values.global.proxy.lifecycle (${where}) replaces the whole istio-proxy lifecycle the injector renders into ${reach}: ${lost.join('; ')}. ` +
          `Add ${fix} to it, or remove it and give the workloads that need a hook their own istio-proxy container lifecycle.`;
      } else {
        const later = [!keepsDrain ? 'native sidecars' : undefined, !keepsWait ? 'holdApplicationUntilProxyStarts' : undefined].filter(Boolean);
        const rest =
          addHooks.length === 0
            ? 'It runs the native /drain preStop and the pilot-agent wait postStart itself, so nothing is lost.'
            : `No workload here loses a hook to it now, but ${later.join(' or ')} turned on later would silently lose ${later.length === 1 ? 'its hook' : 'their hooks'} unless it also holds ${addHooks.join(' and ')}.`;
        message = `values.global.proxy.lifecycle (${where}) replaces the whole istio-proxy lifecycle the injector renders into ${reach}. ${rest}`;
      }
      ctx.report({
        at: { ...l.ref, target: 'key' },
        severity: lost.length > 0 ? 'warning' : 'info',
        message,
        related,
      });
    }
  },
});

/** Adds a related location once (several workloads can point at the same setting). */
function addRelated(related: RelatedValue[], message: string, ref: Ref | undefined): void {
  if (ref && !related.some((x) => x.ref.view === ref.view && x.ref.path.join('/') === ref.path.join('/'))) related.push({ message, ref });
}

/** ENABLE_NATIVE_SIDECARS=true for the lifecycle's revision (or auto on the target versions). */
function meshNative(ctx: RuleContext, l: LifecycleSetting): { text: string; related: string; ref?: Ref } | undefined {
  const env = ctx.inventory.istiodEnv.filter((e) => e.name === 'ENABLE_NATIVE_SIDECARS' && e.revision === l.revision).pop();
  const value = env ? String(env.value) : undefined;
  if (env && value === 'true') return { text: `ENABLE_NATIVE_SIDECARS=true, ${origin({ level: 'mesh', source: env.label, ref: env.ref })}`, related: `ENABLE_NATIVE_SIDECARS=true (${env.label})`, ref: env.ref };
  const { istioVersion: istio, kubernetesVersion: k8s } = ctx.config;
  const auto = value === 'auto' || (value === undefined && istio !== undefined && compareVersions(istio, '1.27') >= 0);
  if (auto && k8s && compareVersions(k8s, '1.33') >= 0) return { text: `ENABLE_NATIVE_SIDECARS=auto with Kubernetes ${k8s}`, related: `ENABLE_NATIVE_SIDECARS=auto (${env?.label ?? 'default'})`, ref: env?.ref };
  return undefined;
}

/** holdApplicationUntilProxyStarts: true in a mesh config of the lifecycle's revision, or beside it in values. */
function meshHold(ctx: RuleContext, l: LifecycleSetting): { text: string; related: string; ref: Ref } | undefined {
  let found: { text: string; related: string; ref: Ref } | undefined;
  for (const m of ctx.inventory.meshSources) {
    if (m.embedError || (ctx.resolution.meshProblems.get(m)?.length ?? 0) > 0 || !(m.revision === l.revision || m.shared)) continue;
    for (const dc of ['defaultConfig', 'default_config']) {
      for (const key of ['holdApplicationUntilProxyStarts', 'hold_application_until_proxy_starts']) {
        const v = get(m.value, [dc, key]);
        if (typeof v !== 'boolean') continue;
        const ref: Ref = { view: m.view, path: [...m.path, dc, key] };
        const source = `${key} in the mesh config in ${m.label}`;
        found = v ? { text: origin({ level: 'mesh', source, ref }), related: `holdApplicationUntilProxyStarts true (mesh config in ${m.label})`, ref } : undefined;
      }
    }
  }
  if (found) return found;
  if (l.hold) {
    const source = `values.global.proxy.holdApplicationUntilProxyStarts in ${l.label}`;
    return { text: origin({ level: 'mesh', source, ref: l.hold }), related: `holdApplicationUntilProxyStarts true (values.global.proxy, ${l.label})`, ref: l.hold };
  }
  return undefined;
}

/** "3 sidecars and 1 gateway of this run" / "every injected sidecar and gateway (none in this run)". */
function reachText(sidecars: number, gateways: number): string {
  if (sidecars + gateways === 0) return 'every injected sidecar and gateway (none in this run)';
  const parts = [sidecars > 0 ? `${sidecars} ${plural(sidecars, 'sidecar')}` : undefined, gateways > 0 ? `${gateways} ${plural(gateways, 'gateway')}` : undefined].filter(Boolean);
  return `every injected sidecar and gateway (${parts.join(' and ')} in this run)`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function names(workloads: string[]): string {
  const all = [...workloads].sort();
  return all.length <= 3 ? joinWords(all) : `${all.slice(0, 3).join(', ')} and ${all.length - 3} more`;
}


