import { EZ_POLL_SECONDS, MIN, afterProxyPreStop, defineRule, fixOf, drainFit, drainsClassically, durationWords, fitRaises, formatSeconds, helpNotes, joinWords, relatedValues, valueList } from '../../src/rule-api.js';
import type { Fix, ResolvedWorkload } from '../../src/rule-api.js';

/**
 * The timing fix: MINIMUM_DRAIN_DURATION written where the effective one is set, or beside the
 * EXIT_ON_ZERO_ACTIVE_CONNECTIONS that turned the drain on (a map key: proxyMetadata, ProxyConfig
 * environmentVariables); none in a container's env list or when more must change with it.
 */
function minFix(rw: ResolvedWorkload, need: number): Fix | undefined {
  const ref = rw.min.prov.level !== 'default' ? rw.min.prov.ref : rw.ez.prov.ref ? { ...rw.ez.prov.ref, path: [...rw.ez.prov.ref.path.slice(0, -1), MIN] } : undefined;
  if (!ref || ref.path[ref.path.length - 1] !== MIN) return undefined;
  return fixOf('timing', [{ op: 'set', at: ref, text: `"${formatSeconds(need)}"` }]);
}

export default defineRule({
  meta: {
    id: 'min-drain-shorter-than-app-prestop',
    severity: 'warning',
    description: "With EXIT_ON_ZERO_ACTIVE_CONNECTIONS, MINIMUM_DRAIN_DURATION ends before the app's preStop hook: the proxy can exit while the app still serves.",
    help: "Set MINIMUM_DRAIN_DURATION beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS to at least the app's preStop (less the proxy's own preStop), so that the sidecar cannot exit while the app is still being drained.",
    fixable: true,
    fixTypes: ['timing'],
    messages: {
      minShorterThanPreStop: {
        message: "MINIMUM_DRAIN_DURATION is {{min}}{{afterPreStop}}, but the app's preStop takes {{appPreStop}}: the sidecar may exit from {{firstCheck}} on, while the app still serves.",
        help:
          'Set MINIMUM_DRAIN_DURATION {{need}} beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS{{alsoRaise}}. ' +
          "With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the sidecar sleeps MINIMUM_DRAIN_DURATION once its drain starts{{sincePreStop}}, then exits at the first check that finds no open connection; during the app's preStop there may be none for a moment, while the pod still receives traffic (istio/istio#47718). {{notes}}Values: {{values}}.",
      },
    },
  },
  create(ctx) {
    return {
      workload(rw) {
        if (!drainsClassically(rw) || !rw.ez.value) return;
        // A gateway has no app container whose preStop the proxy must outlive: the proxy is the app.
        if (rw.gateway) return;
        // Pₐ known as a lower bound (sleeps before a command of unknown length) is enough: a longer hook only widens the gap.
        const pa = rw.appPreStop.seconds;
        if (pa === undefined) return;
        // The proxy drains only after its own preStop (0 unless one is configured; unknown counts as 0).
        const pp = rw.proxyPreStop.seconds ?? 0;
        if (pp + rw.min.value >= pa) return;

        const need = Math.ceil(pa - pp);
        // The first connection check: Pₚ + MIN + 1s (the timeline's drain end; unknown Pₚ counts as 0).
        const firstCheck = rw.timeline.drainEnd ?? rw.min.value + EZ_POLL_SECONDS;
        const fit = drainFit(rw, { ez: true, wait: need }, ctx.config.istioVersion);
        const raises = fitRaises(fit);
        const involved = [rw.min, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? 'info' : undefined,
          messageId: 'minShorterThanPreStop',
          fix: raises.length === 0 && !rw.appPreStop.atLeast ? minFix(rw, need) : undefined,
          data: {
            min: formatSeconds(rw.min.value),
            afterPreStop: afterProxyPreStop(rw.proxyPreStop),
            appPreStop: durationWords(rw.appPreStop),
            firstCheck: formatSeconds(firstCheck),
            need: rw.appPreStop.atLeast ? `"${formatSeconds(need)}" or more (the app's preStop runs for an unknown time after its ${formatSeconds(pa)} of sleep)` : `"${formatSeconds(need)}"`,
            alsoRaise: raises.length > 0 ? `, and raise ${joinWords(raises)}` : '',
            sincePreStop: pp > 0 ? ' at the end of its preStop' : '',
            notes: helpNotes(rw, ctx.config),
            values: valueList([
              ['MINIMUM_DRAIN_DURATION', rw.min],
              ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', rw.ez],
              ['app preStop', rw.appPreStop],
              ['istio-proxy preStop', pp > 0 ? rw.proxyPreStop : undefined],
              ['drainDuration', fit.drainDuration !== undefined ? rw.dd : undefined],
              ['terminationGracePeriodSeconds', fit.grace !== undefined ? rw.grace : undefined],
            ]),
          },
          related: relatedValues([
            ['MINIMUM_DRAIN_DURATION', rw.min],
            ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', rw.ez],
            ['app preStop', rw.appPreStop],
            ['istio-proxy preStop', pp > 0 ? rw.proxyPreStop : undefined],
          ]),
        });
      },
    };
  },
});
