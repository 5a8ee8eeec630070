import { afterProxyPreStop, atLeast, defineRule, raiseGraceFix, drainFit, drainHookLoss, durationWords, formatSeconds, gatewayDrainCaveat, graceHint, graceWords, hardcodedWaypointGrace, helpNotes, isRecord, proxyNoun, relatedValues, shorterDrain, valueList } from '../../src/rule-api.js';
import type { Timing, Valued } from '../../src/rule-api.js';
type Entries = [string, Valued<unknown> | Timing | undefined][];

export default defineRule({
  meta: {
    id: 'drain-exceeds-grace-period',
    severity: 'warning',
    description: "The proxy's drain (or the app's shutdown, or a preStop hook) cannot finish before kubelet's SIGKILL at terminationGracePeriodSeconds.",
    help: "Give the pod a terminationGracePeriodSeconds longer than the proxy's drain, the app's shutdown and every preStop hook, or shorten them: kubelet kills whatever still runs when it ends.",
    fixable: true,
    fixTypes: ['timing'],
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
          "Raise terminationGracePeriodSeconds to at least {{target}}{{lateDrain}}, or shorten the app's preStop or shutdown. " +
          "The native sidecar keeps serving until the app has exited, so the grace period has to cover the whole of the app's stop, preStop included. {{notes}}Values: {{values}}.",
      },
      classicDrain: {
        message: "terminationDrainDuration is {{tdd}}{{afterPreStop}}, but terminationGracePeriodSeconds is {{grace}}: SIGKILL cuts the {{proxy}}'s drain.",
        help:
          'Raise terminationGracePeriodSeconds to at least {{target}}{{where}}{{alsoDrainDuration}}{{lower}}. ' +
          "The grace period counts from the pod's deletion, preStop included: the {{proxy}}'s drain would end at {{end}}, but kubelet kills Envoy at {{kill}} and the requests still in flight are reset. {{notes}}Values: {{values}}.",
      },
      lateDrain: {
        message: 'terminationDrainDuration {{tdd}} starts only when the app exits at {{appExit}}, but terminationGracePeriodSeconds is {{grace}}: SIGKILL cuts that drain.',
        help:
          'Raise terminationGracePeriodSeconds to at least {{target}}{{alsoDrainDuration}}{{lower}}. ' +
          "The native sidecar's /drain preStop {{loss}}, so the sidecar gets SIGTERM only once the app has exited and only then drains for terminationDrainDuration: the drain would end at {{end}}, but kubelet kills Envoy at {{kill}}. {{notes}}Values: {{values}}.",
      },
      lateExitOnZeroDrain: {
        message: 'MINIMUM_DRAIN_DURATION {{min}} starts only when the app exits at {{appExit}}, but terminationGracePeriodSeconds is {{grace}}: SIGKILL comes first.',
        help:
          'Raise terminationGracePeriodSeconds to at least {{target}}{{alsoDrainDuration}}{{lower}}. ' +
          "The native sidecar's /drain preStop {{loss}}, so the sidecar gets SIGTERM only once the app has exited; with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on it then sleeps MINIMUM_DRAIN_DURATION and checks for open connections 1s later, at {{end}}, but kubelet kills it at {{kill}}. {{notes}}Values: {{values}}.",
      },
      exitOnZeroDrain: {
        message: 'MINIMUM_DRAIN_DURATION is {{min}}{{afterPreStop}}, but terminationGracePeriodSeconds is {{grace}}: SIGKILL precedes the first connection check.',
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
        // The timeline's path decides (spec §3.2–3.4, §8.4): classic, native with its /drain preStop, or
        // native without it, where the classic drain runs once the app has exited.
        const pp = rw.proxyPreStop.seconds;
        const ez = rw.ez.value;
        const classic = tl.path === 'classic' && pp !== undefined;
        const native = tl.path === 'native';
        const late = tl.path === 'native-without-drain-hook' && tl.drainEnd !== undefined;
        const fit = classic || late ? drainFit(rw, { ez, wait: ez ? rw.min.value : rw.tdd.value }, ctx.config.istioVersion) : {};
        const alsoDrainDuration = fit.drainDuration !== undefined ? ` and drainDuration to at least ${formatSeconds(fit.drainDuration)}` : '';
        // The proxy's preStop delays the drain unless the app's exit comes later (native without the /drain preStop).
        const ppCounts = (pp ?? 0) > 0 && !(late && (tl.appExit ?? 0) >= (pp ?? 0));
        const drainValues: Entries = [
          ['terminationDrainDuration', ez ? undefined : rw.tdd],
          ['MINIMUM_DRAIN_DURATION', ez ? rw.min : undefined],
          ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', ez ? rw.ez : undefined],
          ['istio-proxy preStop', ppCounts ? rw.proxyPreStop : undefined],
          ['drainDuration', fit.drainDuration !== undefined ? rw.dd : undefined],
        ];

        // Any pod, mesh or not: a preStop hook that takes the whole grace period.
        let hookReported = false;
        for (const c of w.containers) {
          if (c.init && c.name !== 'istio-proxy') continue;
          const preStop = isRecord(c.value['lifecycle']) ? c.value['lifecycle']['preStop'] : undefined;
          // Each container's own hook, a lower bound included (a hook of at least G is one too long).
          const t = rw.containerPreStops.get(c.name);
          if (!t || t.seconds === undefined || !preStop || t.seconds < g) continue;
          const sleepAction = isRecord(preStop) && isRecord(preStop['sleep']);
          const rejected = sleepAction && t.seconds > g;
          // A grace period that outlasts the hook must also let the drain (or the native app's stop) end.
          const hookTarget = atLeast(t.seconds) + 1;
          const other = classic || late ? tl.drainEnd : native ? tl.appExit : undefined;
          const target = Math.max(hookTarget, atLeast(other));
          const byOther = target > hookTarget;
          const otherAtLeast = (native ? tl.appExitAtLeast : tl.drainEndAtLeast) ? 'at least ' : '';
          const why = !byOther
            ? ''
            : classic || late
              ? ` (the ${proxy}'s drain ends at ${otherAtLeast}${formatSeconds(other!)})`
              : ` (the app needs ${otherAtLeast}${formatSeconds(other!)} to stop)`;
          // drainDuration too when the proxy would then live past it (listeners-close-before-drain-ends).
          const ddToo = (classic || late) && fit.drainDuration !== undefined;
          const ownDrain = drainValues.filter(([label]) => c.name !== 'istio-proxy' || label !== 'istio-proxy preStop');
          const appValues: Entries = [['app preStop', rw.appPreStop], ['shutdown duration', rw.shutdown]];
          const otherValues: Entries = classic ? (byOther || ddToo ? ownDrain : []) : late ? (byOther || ddToo ? [...appValues, ...ownDrain] : []) : byOther ? appValues : [];
          ctx.report({
            at,
            workload: w,
            container: c.name,
            severity: rejected ? 'error' : severity,
            messageId: rejected ? 'preStopRejected' : 'preStopOutlastsGrace',
            fix: raiseGraceFix(w, target, !ddToo && where === ''),
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

        // The app's own stop, where the sidecar waits for it (native, with or without the /drain
        // preStop): a SIGKILL that cuts it cuts the pod. A lower bound of Pₐ counts as unknown here
        // (catalogue: of this rule's branches only the preStop one uses it).
        if (native || late) {
          const end = tl.appExit;
          if (end !== undefined && !tl.appExitAtLeast && end > g) {
            // Without the /drain preStop the classic drain follows the app's exit: a raised grace period must cover it too.
            const drainAfter = late && tl.drainEnd !== undefined && !tl.drainEndAtLeast ? tl.drainEnd : undefined;
            ctx.report({
              at,
              workload: w,
              severity,
              messageId: 'nativeAppStop',
              fix: raiseGraceFix(w, atLeast(end, drainAfter), (drainAfter === undefined || alsoDrainDuration === '') && where === ''),
              data: {
                appExit: formatSeconds(end),
                grace,
                target: atLeast(end, drainAfter),
                lateDrain:
                  drainAfter === undefined
                    ? ''
                    : ` (the sidecar, whose /drain preStop ${drainHookLoss(rw, ctx.inventory, ctx.config.istioVersion)?.what ?? 'is missing'}, drains only after it, until ${formatSeconds(drainAfter)})${alsoDrainDuration}`,
                notes: helpNotes(rw, ctx.config),
                values: valueList([['app preStop', rw.appPreStop], ['shutdown duration', rw.shutdown], ...(drainAfter === undefined ? [] : drainValues), ['terminationGracePeriodSeconds', rw.grace]]),
              },
              related: relatedValues([['app preStop', rw.appPreStop], ['shutdown duration', rw.shutdown]]),
            });
            return;
          }
          if (native) return;
        }

        // The proxy's classic drain: from Pₚ (classic) or from the app's exit (native without the
        // /drain preStop), TDD, or with EXIT_ON_ZERO_ACTIVE_CONNECTIONS MIN + the first 1s check.
        // After an app exit known only as a lower bound the drain's end is one too: unknown here.
        const end = tl.drainEnd;
        if (!(classic || late) || end === undefined || tl.drainEndAtLeast || end <= g) return;
        const shorter = shorterDrain(rw, ez, ctx.config.istioVersion);
        const lower = shorter === undefined ? '' : `, or lower ${ez ? 'MINIMUM_DRAIN_DURATION' : 'terminationDrainDuration'} to at most ${formatSeconds(shorter)}${gatewayDrainCaveat(rw)}`;
        const drainRelated = relatedValues([
          ['terminationDrainDuration', ez ? undefined : rw.tdd],
          ['MINIMUM_DRAIN_DURATION', ez ? rw.min : undefined],
          ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', ez ? rw.ez : undefined],
          ['istio-proxy preStop', ppCounts ? rw.proxyPreStop : undefined],
        ]);
        const common = {
          tdd: formatSeconds(rw.tdd.value),
          min: formatSeconds(rw.min.value),
          grace,
          target: atLeast(end),
          alsoDrainDuration,
          lower,
          end: formatSeconds(end),
          kill: formatSeconds(g),
          notes: helpNotes(rw, ctx.config),
        };
        if (late) {
          const loss = drainHookLoss(rw, ctx.inventory, ctx.config.istioVersion);
          ctx.report({
            at,
            workload: w,
            severity,
            messageId: ez ? 'lateExitOnZeroDrain' : 'lateDrain',
            fix: raiseGraceFix(w, common.target, alsoDrainDuration === '' && where === ''),
            data: {
              ...common,
              appExit: formatSeconds(tl.drainStart!),
              loss: loss?.what ?? 'is missing',
              values: valueList([['app preStop', rw.appPreStop], ['shutdown duration', rw.shutdown], ...drainValues, ['terminationGracePeriodSeconds', rw.grace]]),
            },
            related: [...drainRelated, ...relatedValues([['app preStop', rw.appPreStop], ['shutdown duration', rw.shutdown]])],
          });
          return;
        }
        ctx.report({
          at,
          workload: w,
          severity,
          messageId: ez ? 'exitOnZeroDrain' : 'classicDrain',
          fix: raiseGraceFix(w, common.target, alsoDrainDuration === '' && where === ''),
          data: { ...common, afterPreStop: afterProxyPreStop(rw.proxyPreStop), proxy, where, values: valueList([...drainValues, ['terminationGracePeriodSeconds', rw.grace]]) },
          related: drainRelated,
        });
      },
    };
  },
});
