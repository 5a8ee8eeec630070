import { classicDrainRuns, compareVersions, defineRule, formatSeconds, gatewayDrainCaveat, helpNotes, proxyNoun, relatedValues, shorterDrain, valueList } from '../../src/rule-api.js';
export default defineRule({
  meta: {
    id: 'listeners-close-before-drain-ends',
    severity: 'warning',
    description: 'The proxy outlives drainDuration: Envoy stops accepting new connections on its drained listeners while the pod is still alive and still receives traffic.',
    help: 'Keep drainDuration at least as long as the proxy waits after its drain starts (terminationDrainDuration, or MINIMUM_DRAIN_DURATION with EXIT_ON_ZERO_ACTIVE_CONNECTIONS), or shorten that wait.',
    fixable: false,
    messages: {
      terminationDrainOverDrainDuration: {
        message: 'terminationDrainDuration is {{wait}} but drainDuration is {{dd}}: Envoy stops accepting new connections while the {{proxy}} lives.',
        help:
          'Raise drainDuration to at least {{target}} (whole seconds){{lower}}. ' +
          'Once the drain starts{{atPreStop}}, Envoy keeps accepting new connections on {{listeners}} for drainDuration, until {{closes}}, then stops them; the {{proxy}} lives {{lives}}, and connections that still arrive meanwhile are refused. {{notes}}Values: {{values}}.',
      },
      minimumDrainOverDrainDuration: {
        message: 'MINIMUM_DRAIN_DURATION is {{wait}} but drainDuration is {{dd}}: Envoy stops accepting new connections while the {{proxy}} lives.',
        help:
          'Raise drainDuration to at least {{target}} (whole seconds){{lower}}. ' +
          'Once the drain starts{{atPreStop}}, Envoy keeps accepting new connections on {{listeners}} for drainDuration, until {{closes}}, then stops them; with EXIT_ON_ZERO_ACTIVE_CONNECTIONS on the {{proxy}} lives {{lives}}, and connections that still arrive meanwhile are refused. {{notes}}Values: {{values}}.',
      },
    },
  },
  create(ctx) {
    // Before Istio 1.8 the drain was not graceful: listeners stopped at once, drainDuration played no part.
    if (ctx.config.istioVersion && compareVersions(ctx.config.istioVersion, '1.8') < 0) return {};
    return {
      workload(rw) {
        // Where the classic drain runs (the timeline's path): classic sidecars and gateways from the end
        // of their preStop, native sidecars without the /drain preStop once the app has exited. The
        // native /drain preStop drains with skip_exit: its listeners never stop.
        if (!classicDrainRuns(rw)) return;
        const g = rw.grace.value;
        const tl = rw.timeline;
        const late = tl.path === 'native-without-drain-hook';
        const pp = rw.proxyPreStop.seconds;
        const start = tl.drainStart;
        // A drain start known only as a lower bound (after an app exit that is one) is unknown here.
        if (pp === undefined || start === undefined || tl.drainEndAtLeast) return;
        const ez = rw.ez.value;
        const wait = ez ? rw.min : rw.tdd;
        // The catalogue's comparison: the proxy lives min(start + wait, G); with EXIT_ON_ZERO_ACTIVE_CONNECTIONS at least that.
        const alive = Math.min(start + wait.value, g);
        // The timeline's listener stop: drain start + drainDuration, when the proxy may still be alive then.
        const closes = tl.listenersClose;
        if (closes === undefined || alive <= closes) return;

        const proxy = proxyNoun(rw);
        // The proxy's preStop delays the drain unless the app's exit comes later (native without the /drain preStop).
        const ppCounts = pp > 0 && !(late && start > pp);
        const knob = ez ? 'MINIMUM_DRAIN_DURATION' : 'terminationDrainDuration';
        const capped = g < start + wait.value;
        const lower = shorterDrain(rw, ez, ctx.config.istioVersion);
        const involved = [wait, rw.dd, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? 'info' : undefined,
          messageId: ez ? 'minimumDrainOverDrainDuration' : 'terminationDrainOverDrainDuration',
          data: {
            wait: formatSeconds(wait.value),
            dd: formatSeconds(rw.dd.value),
            proxy,
            target: formatSeconds(Math.ceil(alive - start)),
            lower: lower === undefined ? '' : `, or lower ${knob} to at most ${formatSeconds(lower)}${gatewayDrainCaveat(rw)}`,
            atPreStop: late ? ` when the app has exited, at ${formatSeconds(start)}` : pp > 0 ? ' at the end of the istio-proxy preStop' : '',
            listeners: rw.gateway ? 'all its listeners' : 'its inbound listeners',
            closes: formatSeconds(closes),
            lives: capped ? `until kubelet's SIGKILL at ${formatSeconds(g)}` : `${ez ? 'at least ' : ''}until ${formatSeconds(alive)}`,
            notes: helpNotes(rw, ctx.config),
            values: valueList([
              [knob, wait],
              ['drainDuration', rw.dd],
              ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', ez ? rw.ez : undefined],
              ['istio-proxy preStop', ppCounts ? rw.proxyPreStop : undefined],
              ['app preStop', late ? rw.appPreStop : undefined],
              ['shutdown duration', late ? rw.shutdown : undefined],
              ['terminationGracePeriodSeconds', capped ? rw.grace : undefined],
            ]),
          },
          related: relatedValues([
            [knob, wait],
            ['drainDuration', rw.dd],
            ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', ez ? rw.ez : undefined],
            ['terminationGracePeriodSeconds', capped ? rw.grace : undefined],
            ['istio-proxy preStop', ppCounts ? rw.proxyPreStop : undefined],
            ['app preStop', late ? rw.appPreStop : undefined],
            ['shutdown duration', late ? rw.shutdown : undefined],
          ]),
        });
      },
    };
  },
});
