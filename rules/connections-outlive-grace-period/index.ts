import { atLeast, defineRule, raiseGraceFix, drainFit, formatSeconds, graceHint, graceWords, hardcodedWaypointGrace, origin, proxyNoun, relatedValues, valueList } from '../../src/rule-api.js';
import type { Timing, Valued } from '../../src/rule-api.js';
export default defineRule({
  meta: {
    id: 'connections-outlive-grace-period',
    severity: 'warning',
    description: "Requests or connections can stay in flight longer than terminationGracePeriodSeconds: kubelet's SIGKILL cuts them whatever the proxy does.",
    help: 'Raise terminationGracePeriodSeconds to cover the expected connection lifetime, the drain and the app’s own stop; keep a drain that lasts that long.',
    fixable: true,
    fixTypes: ['timing'],
    messages: {
      cut: {
        message: 'Requests may stay in flight for {{lifetime}}, but terminationGracePeriodSeconds is {{grace}}: SIGKILL cuts them.',
        help: 'Raise terminationGracePeriodSeconds to at least {{target}}{{where}}{{why}}{{alsoDrainDuration}}. {{proxy}}Values: {{values}}.',
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
        const l = rw.lifetime;
        if (!l || l.value <= g) return;

        const tl = rw.timeline;
        const end = tl.drainEnd;
        const app = tl.appExit;
        const target = atLeast(end, app, l.value);
        const ezOn = tl.path === 'classic' && tl.ez;
        const proxy =
          tl.path === 'none'
            ? ''
            : ezOn
              ? `EXIT_ON_ZERO_ACTIVE_CONNECTIONS (${origin(rw.ez.prov)}) makes the ${proxyNoun(rw)} wait for open connections only until the SIGKILL. `
              : `The ${proxyNoun(rw)} cannot keep them open past it either. `;

        // Values behind a suggestion larger than L are named too.
        const extra: [string, Valued<unknown> | Timing | undefined][] = [];
        let why = '';
        if (target > Math.ceil(l.value)) {
          if (app !== undefined && Math.ceil(app) === target) {
            why = ` (the app needs ${tl.appExitAtLeast ? 'at least ' : ''}${formatSeconds(app)} to stop)`;
            extra.push(['app preStop', rw.appPreStop], ['shutdown duration', rw.shutdown]);
          } else if (end !== undefined) {
            why = ` (the ${proxyNoun(rw)}'s drain ends at ${tl.drainEndAtLeast ? 'at least ' : ''}${formatSeconds(end)})`;
            if (rw.ez.value) extra.push(['MINIMUM_DRAIN_DURATION', rw.min]);
            else extra.push(['terminationDrainDuration', rw.tdd]);
            extra.push(['istio-proxy preStop', (rw.proxyPreStop.seconds ?? 0) > 0 ? rw.proxyPreStop : undefined]);
          }
        }
        // A longer grace period lets a classic drain run past drainDuration: raise that too, or the
        // suggestion creates listeners-close-before-drain-ends.
        const classicDrain = (tl.path === 'classic' || tl.path === 'native-without-drain-hook') && rw.proxyPreStop.seconds !== undefined;
        const fit = classicDrain ? drainFit(rw, { ez: rw.ez.value, wait: rw.ez.value ? rw.min.value : rw.tdd.value }, ctx.config.istioVersion) : {};
        const alsoDrainDuration = fit.drainDuration !== undefined ? ` and drainDuration to at least ${formatSeconds(fit.drainDuration)}` : '';
        if (fit.drainDuration !== undefined) {
          if (!extra.some(([label]) => label === 'terminationDrainDuration' || label === 'MINIMUM_DRAIN_DURATION')) extra.push([rw.ez.value ? 'MINIMUM_DRAIN_DURATION' : 'terminationDrainDuration', rw.ez.value ? rw.min : rw.tdd]);
          extra.push(['drainDuration', rw.dd]);
        }
        const values: [string, Valued<unknown> | Timing | undefined][] = [['connection lifetime', l], ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', ezOn ? rw.ez : undefined], ...extra];
        ctx.report({
          at: rw.grace.prov.ref!,
          workload: rw.workload,
          severity: rw.graceOptOut ? 'info' : undefined,
          messageId: 'cut',
          fix: raiseGraceFix(rw.workload, target, fit.drainDuration === undefined && graceHint(rw) === ''),
          data: {
            lifetime: formatSeconds(l.value),
            grace: graceWords(rw),
            target,
            where: graceHint(rw),
            why,
            alsoDrainDuration,
            proxy,
            values: valueList([['connection lifetime', l], ...extra, ['terminationGracePeriodSeconds', rw.grace]]),
          },
          related: relatedValues(values),
        });
      },
    };
  },
});
