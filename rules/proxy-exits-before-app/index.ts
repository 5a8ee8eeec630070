import { drainsClassically } from '../../src/resolve.js';
import { defineRule } from '../../src/rule.js';
import { assumedNote, classicNote, origin, proxyNoun, relatedValues, seconds } from '../../src/describe.js';
import { compareVersions } from '../../src/domain/versions.js';
import { formatSeconds } from '../../src/domain/durations.js';

export default defineRule({
  meta: {
    id: 'proxy-exits-before-app',
    severity: 'warning',
    description: 'Classic sidecar without EXIT_ON_ZERO_ACTIVE_CONNECTIONS: Envoy is killed after terminationDrainDuration, before the app has stopped or its requests have finished.',
    fixable: false,
  },
  create(ctx) {
    const ezSupported = !ctx.config.istioVersion || compareVersions(ctx.config.istioVersion, '1.12') >= 0;
    return {
      workload(rw) {
        if (!drainsClassically(rw) || rw.ez.value) return;
        // A gateway has no app container: the proxy is the app (gateway-drain-too-short covers its drain).
        if (rw.gateway) return;
        const pp = rw.proxyPreStop.seconds;
        if (pp === undefined) return;
        const app = rw.timeline.appExit;
        const l = rw.lifetime;
        const killedAt = pp + rw.tdd.value;
        // Pₐ unknown: only L can still decide (it is a lower bound of what the app needs).
        const byApp = app !== undefined && (l === undefined || app >= l.value);
        const target = byApp ? app : l?.value;
        if (target === undefined || killedAt >= target) return;

        const sa = rw.shutdown;
        const pa = rw.appPreStop;
        const proxy = proxyNoun(rw);
        let reason: string;
        if (byApp) {
          const parts = [(pa.seconds ?? 0) > 0 ? `preStop ${seconds(pa)}` : undefined, sa && sa.value > 0 ? `shutdown ${seconds(sa)}` : undefined].filter(Boolean);
          reason = `the app stops only at ${formatSeconds(target)} (${parts.join(' + ')})`;
        } else {
          reason = `requests or connections may stay in flight for ${seconds(l!, 'connection lifetime')}`;
        }
        const tdd = Math.ceil(target - pp);
        const minNeeded = pa.seconds !== undefined ? Math.ceil(pa.seconds - pp) : 0;
        const minPart = rw.min.value < minNeeded ? ` with MINIMUM_DRAIN_DURATION "${formatSeconds(minNeeded)}"` : '';
        const gPart = rw.grace.value < pp + tdd ? ` and terminationGracePeriodSeconds to at least ${pp + tdd}` : '';
        const killed = `${pp > 0 ? `after its preStop (${seconds(rw.proxyPreStop)}) plus` : 'after'} terminationDrainDuration ${seconds(rw.tdd)}`;

        const involved = [rw.tdd, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? 'info' : undefined,
          message:
            `The ${proxy} is killed at ${formatSeconds(killedAt)}, ${killed}, since EXIT_ON_ZERO_ACTIVE_CONNECTIONS is off (${origin(rw.ez.prov)}), but ${reason}: ` +
            `the app's inbound and outbound traffic fails once the proxy is gone. ` +
            (ezSupported
              ? `Set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true"${minPart} in proxyMetadata, or raise terminationDrainDuration to at least ${formatSeconds(tdd)}${gPart}.`
              : `Raise terminationDrainDuration to at least ${formatSeconds(tdd)}${gPart} (EXIT_ON_ZERO_ACTIVE_CONNECTIONS needs Istio ≥ 1.12).`) +
            `${assumedNote(rw)}${classicNote(rw, ctx.config)}`,
          related: relatedValues([
              ['terminationDrainDuration', rw.tdd],
              ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', rw.ez],
              ['istio-proxy preStop', pp > 0 ? rw.proxyPreStop : undefined],
              ['app preStop', byApp ? pa : undefined],
              ['shutdown duration', byApp ? sa : undefined],
              ['connection lifetime', byApp ? undefined : l],
            ]),
        });
      },
    };
  },
});
