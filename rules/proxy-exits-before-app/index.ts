import { afterProxyPreStop, alsoWords, compareVersions, defineRule, drainFit, drainsClassically, fitRaises, formatSeconds, helpNotes, joinWords, relatedValues, valueList } from '../../src/rule-api.js';
import type { Timing, Valued } from '../../src/rule-api.js';
export default defineRule({
  meta: {
    id: 'proxy-exits-before-app',
    severity: 'warning',
    description: 'Classic sidecar without EXIT_ON_ZERO_ACTIVE_CONNECTIONS: Envoy is killed after terminationDrainDuration, before the app has stopped or its requests have finished.',
    help: "Keep the sidecar until the app has stopped and its requests have finished: raise terminationDrainDuration to cover them, or turn on EXIT_ON_ZERO_ACTIVE_CONNECTIONS with a MINIMUM_DRAIN_DURATION that covers the app's preStop.",
    fixable: false,
    messages: {
      appStopsLater: {
        message: "terminationDrainDuration is {{tdd}}{{afterPreStop}}, but the app needs {{appExit}} to stop: the sidecar is killed at {{killedAt}}, cutting the app's traffic.",
        help:
          'Raise terminationDrainDuration to at least {{target}}{{bound}}{{alsoRaise}}{{orExitOnZero}}. ' +
          "With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed{{sincePreStop}}, whether or not the app has stopped; from then on the app's inbound and outbound traffic fails. {{notes}}Values: {{values}}.",
      },
      requestsOutlast: {
        message: 'terminationDrainDuration is {{tdd}}{{afterPreStop}}, but requests may stay in flight for {{lifetime}}: the sidecar is killed at {{killedAt}}, cutting them.',
        help:
          'Raise terminationDrainDuration to at least {{target}}{{bound}}{{alsoRaise}}{{orExitOnZero}}. ' +
          "With EXIT_ON_ZERO_ACTIVE_CONNECTIONS off, pilot-agent kills Envoy once terminationDrainDuration has passed{{sincePreStop}}, whether or not requests are still in flight; from then on the app's inbound and outbound traffic fails. {{notes}}Values: {{values}}.",
      },
    },
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
        const tl = rw.timeline;
        const app = tl.appExit;
        const l = rw.lifetime;
        // Classic, EXIT_ON_ZERO_ACTIVE_CONNECTIONS off: Envoy is killed at Pₚ + TDD.
        const killedAt = tl.drainEnd!;
        // Pₐ unknown: only L can still decide (it is a lower bound of what the app needs). Pₐ known as a
        // lower bound (sleeps before a command of unknown length) is enough: a longer hook only widens the gap.
        const byApp = app !== undefined && (l === undefined || app >= l.value);
        const target = byApp ? app : l?.value;
        if (target === undefined || killedAt >= target) return;

        const sa = rw.shutdown;
        const pa = rw.appPreStop;
        const tdd = Math.ceil(target - pp);
        const minNeeded = pa.seconds !== undefined ? Math.ceil(pa.seconds - pp) : 0;
        // Each fix with what it needs besides, so that it creates no other finding.
        const tddFit = drainFit(rw, { ez: false, wait: tdd }, ctx.config.istioVersion);
        const ezFit = drainFit(rw, { ez: true, wait: Math.max(rw.min.value, minNeeded) }, ctx.config.istioVersion);
        const ezSteps = [`set EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true"${rw.min.value < minNeeded ? ` with MINIMUM_DRAIN_DURATION "${formatSeconds(minNeeded)}"` : ''} in proxyMetadata`];
        const ezRaises = fitRaises(ezFit);
        if (ezRaises.length > 0) ezSteps.push(`raise ${joinWords(ezRaises)}`);
        // A terminationDrainDuration set for this workload would then be unused (termination-drain-duration-ignored).
        const tddLocal = rw.tdd.prov.level !== 'default' && rw.tdd.prov.level !== 'mesh';
        if (tddLocal) ezSteps.push('remove terminationDrainDuration, which it leaves unused');
        const orExitOnZero = ezSupported ? `, or ${joinWords(ezSteps)}` : ' (EXIT_ON_ZERO_ACTIVE_CONNECTIONS needs Istio ≥ 1.12)';

        const graceValue = (ezSupported && ezFit.grace !== undefined) || tddFit.grace !== undefined ? rw.grace : undefined;
        const ddValue = (ezSupported && ezFit.drainDuration !== undefined) || tddFit.drainDuration !== undefined ? rw.dd : undefined;
        const values: [string, Valued<unknown> | Timing | undefined][] = [
          ['terminationDrainDuration', rw.tdd],
          ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', rw.ez],
          ['istio-proxy preStop', pp > 0 ? rw.proxyPreStop : undefined],
          ['app preStop', byApp && (pa.seconds ?? 0) > 0 ? pa : undefined],
          ['shutdown duration', byApp ? sa : undefined],
          ['connection lifetime', byApp ? undefined : l],
          ['MINIMUM_DRAIN_DURATION', ezSupported ? rw.min : undefined],
          ['drainDuration', ddValue],
          ['terminationGracePeriodSeconds', graceValue],
        ];

        const involved = [rw.tdd, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? 'info' : undefined,
          messageId: byApp ? 'appStopsLater' : 'requestsOutlast',
          data: {
            tdd: formatSeconds(rw.tdd.value),
            afterPreStop: afterProxyPreStop(rw.proxyPreStop),
            appExit: `${tl.appExitAtLeast ? 'at least ' : ''}${formatSeconds(target)}`,
            lifetime: formatSeconds(target),
            killedAt: formatSeconds(killedAt),
            target: formatSeconds(tdd),
            bound: byApp && pa.atLeast ? ` (more if the app's preStop runs long after its ${formatSeconds(pa.seconds ?? 0)} of sleep)` : '',
            alsoRaise: alsoWords(fitRaises(tddFit)),
            orExitOnZero,
            sincePreStop: pp > 0 ? ' since its preStop ended' : '',
            notes: helpNotes(rw, ctx.config),
            values: valueList(values),
          },
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
