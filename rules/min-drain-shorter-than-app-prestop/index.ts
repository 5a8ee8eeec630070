import { drainsClassically } from '../../src/resolve.js';
import { defineRule } from '../../src/rule.js';
import { assumedNote, classicNote, origin, proxyNoun, relatedValues, seconds } from '../../src/describe.js';
import { formatSeconds } from '../../src/domain/durations.js';

export default defineRule({
  meta: {
    id: 'min-drain-shorter-than-app-prestop',
    severity: 'warning',
    description: "With EXIT_ON_ZERO_ACTIVE_CONNECTIONS, MINIMUM_DRAIN_DURATION ends before the app's preStop hook: the proxy can exit while the app still serves.",
    fixable: false,
  },
  create(ctx) {
    return {
      workload(rw) {
        if (!drainsClassically(rw) || !rw.ez.value) return;
        // A gateway has no app container whose preStop the proxy must outlive: the proxy is the app.
        if (rw.gateway) return;
        const pa = rw.appPreStop.seconds;
        if (pa === undefined) return;
        // The proxy drains only after its own preStop (0 unless one is configured; unknown counts as 0).
        const pp = rw.proxyPreStop.seconds ?? 0;
        if (pp + rw.min.value >= pa) return;

        const need = Math.ceil(pa - pp);
        const firstCheck = pp + rw.min.value + 1;
        const proxy = proxyNoun(rw);
        const involved = [rw.min, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? 'info' : undefined,
          message:
            `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${origin(rw.ez.prov)}) and MINIMUM_DRAIN_DURATION is ${seconds(rw.min)}${pp > 0 ? `, after the ${proxy}'s preStop (${seconds(rw.proxyPreStop)})` : ''}: ` +
            `the ${proxy} exits at the first check that finds no open connection, from ${formatSeconds(firstCheck)} on, while the app's preStop (${seconds(rw.appPreStop)}) still runs and the pod still receives traffic. ` +
            `Set MINIMUM_DRAIN_DURATION "${formatSeconds(need)}" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS.` +
            `${assumedNote(rw)}${classicNote(rw, ctx.config)}`,
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
