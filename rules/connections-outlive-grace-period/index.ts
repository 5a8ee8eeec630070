import { defineRule } from '../../src/rule.js';
import { atLeast, origin, proxyNoun, relatedValues, seconds } from '../../src/describe.js';
import { formatSeconds } from '../../src/domain/durations.js';
import type { Timing } from '../../src/domain/timeline.js';
import type { Valued } from '../../src/types.js';
import { graceHint, hardcodedWaypointGrace } from '../../src/domain/gateway.js';

export default defineRule({
  meta: {
    id: 'connections-outlive-grace-period',
    severity: 'warning',
    description: "Requests or connections can stay in flight longer than terminationGracePeriodSeconds: kubelet's SIGKILL cuts them whatever the proxy does.",
    fixable: false,
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

        const end = rw.timeline.drainEnd;
        const app = rw.timeline.appExit;
        const target = atLeast(end, app, l.value);
        const sidecar = rw.sidecar.status !== 'none';
        const ezOn = sidecar && rw.mode.value === 'classic' && rw.ez.value;
        const gText = `terminationGracePeriodSeconds is ${g}${rw.graceOptOut ? ' (no graceful shutdown)' : rw.grace.prov.level === 'default' ? ' (default)' : ''}`;
        const kill = `kubelet's SIGKILL at ${formatSeconds(g)} cuts them`;
        const cut = !sidecar
          ? kill
          : ezOn
            ? `${kill}, and EXIT_ON_ZERO_ACTIVE_CONNECTIONS (${origin(rw.ez.prov)}) makes the ${proxyNoun(rw)} wait for open connections only until then`
            : `${kill} whatever the ${proxyNoun(rw)} does`;

        // Values behind a suggestion larger than L are related too.
        const sa = rw.shutdown;
        const extra: [string, Valued<unknown> | Timing | undefined][] = [];
        let why = '';
        if (target > Math.ceil(l.value)) {
          if (app !== undefined && Math.ceil(app) === target) {
            why = ` (the app needs ${formatSeconds(app)} to stop)`;
            extra.push(['app preStop', rw.appPreStop], ['shutdown duration', sa]);
          } else if (end !== undefined) {
            why = ` (the ${proxyNoun(rw)}'s drain ends at ${formatSeconds(end)})`;
            if (rw.ez.value) extra.push(['MINIMUM_DRAIN_DURATION', rw.min]);
            else extra.push(['terminationDrainDuration', rw.tdd]);
            extra.push(['istio-proxy preStop', (rw.proxyPreStop.seconds ?? 0) > 0 ? rw.proxyPreStop : undefined]);
          }
        }
        ctx.report({
          at: rw.grace.prov.ref!,
          workload: rw.workload,
          severity: rw.graceOptOut ? 'info' : undefined,
          message: `${gText} but requests or connections may stay in flight for ${seconds(l, 'connection lifetime')}: ${cut}. Raise terminationGracePeriodSeconds to at least ${target}${graceHint(rw)}${why}.`,
          related: relatedValues([
            ['connection lifetime', l],
            ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', ezOn ? rw.ez : undefined],
            ...extra,
          ]),
        });
      },
    };
  },
});
