import { afterProxyPreStop, atLeast, defineRule, drainFit, durationWords, formatSeconds, gatewayDrainCaveat, graceHint, graceWords, hardcodedWaypointGrace, helpNotes, isRecord, proxyNoun, relatedValues, shorterDrain, valueList } from '../../src/rule-api.js';
import type { Timing, Valued } from '../../src/rule-api.js';
type Entries = [string, Valued<unknown> | Timing | undefined][];

export default defineRule({
  meta: {
    id: 'drain-exceeds-grace-period',
    severity: 'warning',
    description: "The proxy's drain (or the app's shutdown, or a preStop hook) cannot finish before kubelet's SIGKILL at terminationGracePeriodSeconds.",
    help: "Give the pod a terminationGracePeriodSeconds longer than the proxy's drain, the app's shutdown and every preStop hook, or shorten them: kubelet kills whatever still runs when it ends.",
    fixable: false,
    messages: {
      preStopRejected: {
        message: 'The preStop sleep of container {{container}} is {{hook}}, longer than terminationGracePeriodSeconds {{grace}}: the API server rejects it.',
        help:
          'Raise terminationGracePeriodSeconds to at least {{target}}{{where}}{{why}}{{alsoDrainDuration}}, or {{shorten}}. ' +
          'The API server rejects a lifecycle.preStop.sleep.seconds above the grace period, and a hook that takes the whole grace period leaves the container no time to stop. {{notes}}Values: {{values}}.',
      },
      preStopOutlastsGrace: {
        message: 'The preStop hook of container {{container}} takes {{hook}}, but terminationGracePeriodSeconds is {{grace}}: no time is left for a graceful stop.',
        help:
          'Raise terminationGracePeriodSeconds to at least {{target}}{{where}}{{why}}{{alsoDrainDuration}}, or {{shorten}}. ' +
          "The grace period includes the preStop hook and SIGTERM comes only after it, so a hook that takes the whole grace period leaves the container no time to stop before kubelet's SIGKILL. {{notes}}Values: {{values}}.",
      },
      nativeAppStop: {
        message: 'The app needs {{appExit}} to stop, but terminationGracePeriodSeconds is {{grace}}: SIGKILL cuts its shutdown.',
        help:
          "Raise terminationGracePeriodSeconds to at least {{target}}, or shorten the app's preStop or shutdown. " +
          "The native sidecar keeps serving until the app has exited, so the grace period has to cover the whole of the app's stop, preStop included. {{notes}}Values: {{values}}.",
      },
      classicDrain: {
        message: "terminationDrainDuration is {{tdd}}{{afterPreStop}}, but terminationGracePeriodSeconds is {{grace}}: SIGKILL cuts the {{proxy}}'s drain.",
        help:
          'Raise terminationGracePeriodSeconds to at least {{target}}{{where}}{{alsoDrainDuration}}{{lower}}. ' +
          "The grace period counts from the pod's deletion, preStop included: the {{proxy}}'s drain would end at {{end}}, but kubelet kills Envoy at {{kill}} and the requests still in flight are reset. {{notes}}Values: {{values}}.",
      },
      exitOnZeroDrain: {
        message: 'MINIMUM_DRAIN_DURATION is {{min}}{{afterPreStop}}, but terminationGracePeriodSeconds is {{grace}}: SIGKILL comes before the first connection check.',
        help:
          'Raise terminationGracePeriodSeconds to at least {{target}}{{where}}{{alsoDrainDuration}}{{lower}}. ' +
          'With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, the {{proxy}} sleeps MINIMUM_DRAIN_DURATION once its drain starts and checks for open connections only 1s later, at {{end}}; kubelet kills it at {{kill}}, before it can exit on its own. {{notes}}Values: {{values}}.',
      },
    },
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
        const tl = rw.timeline;
        const proxy = proxyNoun(rw);
        const where = graceHint(rw);
        const grace = graceWords(rw);

        // The proxy's own drain, as the branches below judge it: what a raised grace period must also cover.
        const pp = rw.proxyPreStop.seconds;
        const ez = rw.ez.value;
        const classic = rw.sidecar.status !== 'none' && rw.mode.value !== 'native' && pp !== undefined;
        const native = rw.sidecar.status !== 'none' && rw.mode.value === 'native';
        const fit = classic ? drainFit(rw, { ez, wait: ez ? rw.min.value : rw.tdd.value }, ctx.config.istioVersion) : {};
        const alsoDrainDuration = fit.drainDuration !== undefined ? ` and drainDuration to at least ${formatSeconds(fit.drainDuration)}` : '';
        const drainValues: Entries = [
          ['terminationDrainDuration', ez ? undefined : rw.tdd],
          ['MINIMUM_DRAIN_DURATION', ez ? rw.min : undefined],
          ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', ez ? rw.ez : undefined],
          ['istio-proxy preStop', (pp ?? 0) > 0 ? rw.proxyPreStop : undefined],
          ['drainDuration', fit.drainDuration !== undefined ? rw.dd : undefined],
        ];

        // Any pod, mesh or not: a preStop hook that takes the whole grace period.
        let hookReported = false;
        for (const c of w.containers) {
          if (c.init && c.name !== 'istio-proxy') continue;
          const preStop = isRecord(c.value['lifecycle']) ? c.value['lifecycle']['preStop'] : undefined;
          const t = c.name === 'istio-proxy' ? rw.proxyPreStop : rw.containerPreStops.get(c.name);
          if (!t || t.seconds === undefined || !preStop || t.seconds < g) continue;
          const sleepAction = isRecord(preStop) && isRecord(preStop['sleep']);
          const rejected = sleepAction && t.seconds > g;
          // A grace period that outlasts the hook must also let the drain (or the native app's stop) end.
          const hookTarget = atLeast(t.seconds) + 1;
          const other = classic ? tl.drainEnd : native ? tl.appExit : undefined;
          const target = Math.max(hookTarget, atLeast(other));
          const byOther = target > hookTarget;
          const why = !byOther ? '' : classic ? ` (the ${proxy}'s drain ends at ${formatSeconds(other!)})` : ` (the app needs ${formatSeconds(other!)} to stop)`;
          // drainDuration too when the proxy would then live past it (listeners-close-before-drain-ends).
          const ddToo = classic && fit.drainDuration !== undefined;
          const ownDrain = drainValues.filter(([label]) => c.name !== 'istio-proxy' || label !== 'istio-proxy preStop');
          const otherValues: Entries = classic ? (byOther || ddToo ? ownDrain : []) : byOther ? [['app preStop', rw.appPreStop], ['shutdown duration', rw.shutdown]] : [];
          ctx.report({
            at,
            workload: w,
            container: c.name,
            severity: rejected ? 'error' : severity,
            messageId: rejected ? 'preStopRejected' : 'preStopOutlastsGrace',
            data: {
              container: c.name,
              hook: durationWords(t),
              grace,
              shorten: g > 0 ? `shorten the ${rejected ? 'sleep' : 'hook'} to less than ${g}s` : `remove the ${rejected ? 'sleep' : 'hook'}`,
              target,
              where,
              why,
              alsoDrainDuration: ddToo ? alsoDrainDuration : '',
              notes: byOther || ddToo ? helpNotes(rw, ctx.config, { native: false }) : '',
              values: valueList([['preStop', t], ...otherValues, ['terminationGracePeriodSeconds', rw.grace]]),
            },
            related: relatedValues([['preStop', t]]),
          });
          hookReported = true;
        }
        if (hookReported || rw.sidecar.status === 'none') return;

        if (rw.mode.value === 'native') {
          const end = tl.appExit;
          if (end === undefined || end <= g) return;
          ctx.report({
            at,
            workload: w,
            severity,
            messageId: 'nativeAppStop',
            data: {
              appExit: `${tl.appExitAtLeast ? 'at least ' : ''}${formatSeconds(end)}`,
              grace,
              target: atLeast(end),
              notes: helpNotes(rw, ctx.config),
              values: valueList([['app preStop', rw.appPreStop], ['shutdown duration', rw.shutdown], ['terminationGracePeriodSeconds', rw.grace]]),
            },
            related: relatedValues([['app preStop', rw.appPreStop], ['shutdown duration', rw.shutdown]]),
          });
          return;
        }
        if (pp === undefined) return;
        // Classic: Pₚ + TDD, or with EXIT_ON_ZERO_ACTIVE_CONNECTIONS Pₚ + MIN + the first 1s check.
        const end = tl.drainEnd!;
        if (end <= g) return;
        const shorter = shorterDrain(rw, ez, ctx.config.istioVersion);
        ctx.report({
          at,
          workload: w,
          severity,
          messageId: ez ? 'exitOnZeroDrain' : 'classicDrain',
          data: {
            tdd: formatSeconds(rw.tdd.value),
            min: formatSeconds(rw.min.value),
            afterPreStop: afterProxyPreStop(rw.proxyPreStop),
            grace,
            proxy,
            target: atLeast(end),
            where,
            alsoDrainDuration,
            lower: shorter === undefined ? '' : `, or lower ${ez ? 'MINIMUM_DRAIN_DURATION' : 'terminationDrainDuration'} to at most ${formatSeconds(shorter)}${gatewayDrainCaveat(rw)}`,
            end: formatSeconds(end),
            kill: formatSeconds(g),
            notes: helpNotes(rw, ctx.config),
            values: valueList([...drainValues, ['terminationGracePeriodSeconds', rw.grace]]),
          },
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
