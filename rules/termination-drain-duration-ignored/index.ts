import { classicDrainRuns, defineRule, drainFit, fitRaises, formatSeconds, helpNotes, joinWords, relatedValues, valueList } from '../../src/rule-api.js';
const WHY =
  'With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, pilot-agent sleeps MINIMUM_DRAIN_DURATION once the drain starts, then exits as soon as no connection is open; it never reads terminationDrainDuration (istio/istio#44690).';

export default defineRule({
  meta: {
    id: 'termination-drain-duration-ignored',
    severity: 'warning',
    description: 'terminationDrainDuration is set but EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: the agent never reads it; MINIMUM_DRAIN_DURATION is the setting that applies.',
    help: 'With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, set the minimum drain as MINIMUM_DRAIN_DURATION beside it and remove terminationDrainDuration, which the agent does not read.',
    fixable: false,
    messages: {
      ignored: {
        message: 'terminationDrainDuration is {{tdd}} but EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: only MINIMUM_DRAIN_DURATION {{min}} applies.',
        help: `Set MINIMUM_DRAIN_DURATION "{{tdd}}" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the {{tdd}} were meant as the minimum drain{{alsoRaise}}, and remove terminationDrainDuration. ${WHY} {{notes}}Values: {{values}}.`,
      },
      ignoredMinCovers: {
        message: 'terminationDrainDuration is {{tdd}} but EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: MINIMUM_DRAIN_DURATION {{min}} applies instead.',
        help: `Remove terminationDrainDuration: MINIMUM_DRAIN_DURATION {{min}} already sets the minimum drain. ${WHY} {{notes}}Values: {{values}}.`,
      },
      meshWideIgnored: {
        message: 'The mesh-wide terminationDrainDuration {{tdd}} is ignored here: EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, so only MINIMUM_DRAIN_DURATION {{min}} applies.',
        help:
          'Set MINIMUM_DRAIN_DURATION "{{tdd}}" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the {{tdd}} were meant as the minimum drain here{{alsoRaise}}; the mesh-wide terminationDrainDuration still applies to the workloads without EXIT_ON_ZERO_ACTIVE_CONNECTIONS. ' +
          `${WHY} {{notes}}Values: {{values}}.`,
      },
      meshWideIgnoredMinCovers: {
        message: 'The mesh-wide terminationDrainDuration {{tdd}} is ignored here: EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, so MINIMUM_DRAIN_DURATION {{min}} applies.',
        help:
          'Nothing to change for this workload: MINIMUM_DRAIN_DURATION {{min}} already covers the {{tdd}}, and the mesh-wide terminationDrainDuration only applies to the workloads without EXIT_ON_ZERO_ACTIVE_CONNECTIONS. ' +
          `${WHY} {{notes}}Values: {{values}}.`,
      },
    },
  },
  create(ctx) {
    return {
      workload(rw) {
        // Wherever the classic drain runs (also a native sidecar without its /drain preStop, once the app has exited).
        if (!classicDrainRuns(rw)) return;
        if (!rw.ez.value || rw.tdd.prov.level === 'default') return;

        const minShort = rw.min.value < rw.tdd.value;
        // A mesh-wide terminationDrainDuration still serves the workloads that keep EZ off.
        const shared = rw.tdd.prov.level === 'mesh' && rw.ez.prov.level !== 'mesh' && rw.ez.prov.level !== 'root-proxyconfig';
        // A MINIMUM_DRAIN_DURATION as long as terminationDrainDuration, with what it needs besides.
        const fit = minShort ? drainFit(rw, { ez: true, wait: rw.tdd.value }, ctx.config.istioVersion) : {};
        const raises = fitRaises(fit);
        const involved = [rw.tdd, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? 'info' : undefined,
          messageId: shared ? (minShort ? 'meshWideIgnored' : 'meshWideIgnoredMinCovers') : minShort ? 'ignored' : 'ignoredMinCovers',
          data: {
            tdd: formatSeconds(rw.tdd.value),
            min: formatSeconds(rw.min.value),
            alsoRaise: raises.length > 0 ? ` (and raise ${joinWords(raises)})` : '',
            notes: helpNotes(rw, ctx.config),
            values: valueList([
              ['terminationDrainDuration', rw.tdd],
              ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', rw.ez],
              ['MINIMUM_DRAIN_DURATION', rw.min],
              ['istio-proxy preStop', fit.grace !== undefined && (rw.proxyPreStop.seconds ?? 0) > 0 ? rw.proxyPreStop : undefined],
              ['drainDuration', fit.drainDuration !== undefined ? rw.dd : undefined],
              ['terminationGracePeriodSeconds', fit.grace !== undefined ? rw.grace : undefined],
            ]),
          },
          related: relatedValues([
            ['terminationDrainDuration', rw.tdd],
            ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', rw.ez],
            ['MINIMUM_DRAIN_DURATION', rw.min],
          ]),
        });
      },
    };
  },
});
