import { defineRule } from '../../src/rule.js';
import { atLeast, assumedNote, classicNote, proxyNoun, relatedValues, seconds } from '../../src/describe.js';
import { formatSeconds } from '../../src/domain/durations.js';
import { isRecord } from '../../src/yaml/paths.js';
import { graceHint, hardcodedWaypointGrace } from '../../src/domain/gateway.js';

export default defineRule({
  meta: {
    id: 'drain-exceeds-grace-period',
    severity: 'warning',
    description: "The proxy's drain (or the app's shutdown, or a preStop hook) cannot finish before kubelet's SIGKILL at terminationGracePeriodSeconds.",
    fixable: false,
  },
  create(ctx) {
    return {
      workload(rw) {
        const g = rw.grace.value;
        if (g === undefined || rw.admissionDenied) return;
        // A waypoint's grace period hard-coded to 2s (Istio ≤ 1.27) is gateway-drain-too-short's.
        if (hardcodedWaypointGrace(rw, ctx.config)) return;
        const w = rw.workload;
        const at = rw.grace.prov.ref!;
        const severity = rw.graceOptOut ? ('info' as const) : undefined;
        const gText = `terminationGracePeriodSeconds is ${g}${rw.grace.prov.level === 'default' ? ' (default)' : ''}`;

        // Any pod, mesh or not: a preStop hook that takes the whole grace period.
        let hookReported = false;
        for (const c of w.containers) {
          if (c.init && c.name !== 'istio-proxy') continue;
          const preStop = isRecord(c.value['lifecycle']) ? c.value['lifecycle']['preStop'] : undefined;
          const t = c.name === 'istio-proxy' ? rw.proxyPreStop : rw.containerPreStops.get(c.name);
          if (!t || t.seconds === undefined || !preStop || t.seconds < g) continue;
          const sleepAction = isRecord(preStop) && isRecord(preStop['sleep']);
          const rejected = sleepAction && t.seconds > g;
          ctx.report({
            at,
            workload: w,
            container: c.name,
            severity: rejected ? 'error' : severity,
            message: `${gText} but the preStop hook of container ${c.name} takes ${seconds(t)}: ${rejected ? 'the API server rejects a preStop sleep longer than the grace period; ' : 'SIGTERM comes only when the grace period is over, so the container is killed without a graceful stop; '}raise terminationGracePeriodSeconds to at least ${atLeast(t.seconds) + 1} or shorten the hook.`,
            related: relatedValues([['preStop', t]]),
          });
          hookReported = true;
        }
        if (hookReported || rw.sidecar.status === 'none') return;

        const proxy = proxyNoun(rw);
        if (rw.mode.value === 'native') {
          const app = rw.appPreStop.seconds;
          if (app === undefined) return;
          const end = app + (rw.shutdown?.value ?? 0);
          if (end <= g) return;
          ctx.report({
            at,
            workload: w,
            severity,
            message: `${gText} but the app needs ${formatSeconds(end)} to stop (preStop ${seconds(rw.appPreStop)}${rw.shutdown ? ` + shutdown ${seconds(rw.shutdown)}` : ''}); the native ${proxy} stays until then: raise terminationGracePeriodSeconds to at least ${atLeast(end)}.`,
            related: relatedValues([['app preStop', rw.appPreStop], ['shutdown duration', rw.shutdown]]),
          });
          return;
        }
        const pp = rw.proxyPreStop.seconds;
        if (pp === undefined) return;
        const drain = rw.ez.value ? rw.min.value + 1 : rw.tdd.value;
        const end = pp + drain;
        if (end <= g) return;
        const what = rw.ez.value
          ? `with ${'EXIT_ON_ZERO_ACTIVE_CONNECTIONS'} on it waits MINIMUM_DRAIN_DURATION ${seconds(rw.min)} plus the first 1s connection check`
          : `drains for terminationDrainDuration ${seconds(rw.tdd)}`;
        ctx.report({
          at,
          workload: w,
          severity,
          message: `${gText} but the ${proxy}${pp > 0 ? ` starts draining after its preStop (${seconds(rw.proxyPreStop)}) and` : ''} ${what}: the drain ends at ${formatSeconds(end)}, after SIGKILL. Raise terminationGracePeriodSeconds to at least ${atLeast(end)}${graceHint(rw)} or lower the drain.${assumedNote(rw)}${classicNote(rw, ctx.config)}`,
          related: relatedValues([
            ['terminationDrainDuration', rw.ez.value ? undefined : rw.tdd],
            ['MINIMUM_DRAIN_DURATION', rw.ez.value ? rw.min : undefined],
            ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', rw.ez.value ? rw.ez : undefined],
            ['istio-proxy preStop', pp > 0 ? rw.proxyPreStop : undefined],
          ]),
        });
      },
    };
  },
});

