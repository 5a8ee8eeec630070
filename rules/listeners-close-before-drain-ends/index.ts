import { defineRule } from '../../src/rule.js';
import { assumedNote, classicNote, origin, proxyNoun, relatedValues, seconds } from '../../src/describe.js';
import { compareVersions } from '../../src/domain/versions.js';
import { formatSeconds } from '../../src/domain/durations.js';

export default defineRule({
  meta: {
    id: 'listeners-close-before-drain-ends',
    severity: 'warning',
    description: 'The proxy outlives drainDuration: Envoy stops accepting new connections on its drained listeners while the pod is still alive and still receives traffic.',
    fixable: false,
  },
  create(ctx) {
    // Before Istio 1.8 the drain was not graceful: listeners stopped at once, drainDuration played no part.
    if (ctx.config.istioVersion && compareVersions(ctx.config.istioVersion, '1.8') < 0) return {};
    return {
      workload(rw) {
        const g = rw.grace.value;
        if (g === undefined || rw.admissionDenied) return;
        // Native mode: the /drain hook drains with skip_exit, listeners never stop.
        if (rw.sidecar.status === 'none' || rw.mode.value === 'native') return;
        const pp = rw.proxyPreStop.seconds;
        if (pp === undefined) return;
        const ez = rw.ez.value;
        const wait = ez ? rw.min : rw.tdd;
        const alive = Math.min(pp + wait.value, g);
        const closes = pp + rw.dd.value;
        if (alive <= closes) return;

        const proxy = proxyNoun(rw);
        const knob = ez ? 'MINIMUM_DRAIN_DURATION' : 'terminationDrainDuration';
        const capped = g < pp + wait.value;
        const prestop = pp > 0 ? `its preStop (${seconds(rw.proxyPreStop)}) plus ` : '';
        const lives = capped
          ? `until kubelet's SIGKILL at ${formatSeconds(g)} (terminationGracePeriodSeconds ${seconds(rw.grace)}, shorter than ${prestop}${knob} ${seconds(wait)})`
          : `until ${formatSeconds(alive)} (${prestop}${knob} ${seconds(wait)})`;
        const ezText = ez ? `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${origin(rw.ez.prov)}) and ` : '';
        const listeners = rw.gateway ? 'all its listeners' : 'its inbound listeners';
        const dd = Math.ceil(alive - pp);
        const involved = [wait, rw.dd, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? 'info' : undefined,
          message:
            `${ezText}${ez ? 'the' : 'The'} ${proxy} lives ${ez && !capped ? 'at least ' : ''}${lives}, but Envoy stops accepting new connections on ${listeners} at ${formatSeconds(closes)} ` +
            `(${pp > 0 ? 'the preStop plus ' : ''}drainDuration ${seconds(rw.dd)}): connections that still arrive until the ${proxy} exits are refused. ` +
            `Raise drainDuration to at least ${formatSeconds(dd)} (whole seconds), or lower ${knob} to at most ${formatSeconds(rw.dd.value)}.` +
            `${assumedNote(rw)}${classicNote(rw, ctx.config)}`,
          related: relatedValues([
              [knob, wait],
              ['drainDuration', rw.dd],
              ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', ez ? rw.ez : undefined],
              ['terminationGracePeriodSeconds', capped ? rw.grace : undefined],
              ['istio-proxy preStop', pp > 0 ? rw.proxyPreStop : undefined],
            ]),
        });
      },
    };
  },
});
