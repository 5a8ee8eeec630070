import { drainsClassically } from '../../src/resolve.js';
import { defineRule } from '../../src/rule.js';
import { assumedNote, classicNote, origin, proxyNoun, relatedValues, seconds } from '../../src/describe.js';
import { formatSeconds } from '../../src/domain/durations.js';

export default defineRule({
  meta: {
    id: 'termination-drain-duration-ignored',
    severity: 'warning',
    description: 'terminationDrainDuration is set but EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: the agent never reads it; MINIMUM_DRAIN_DURATION is the setting that applies.',
    fixable: false,
  },
  create(ctx) {
    return {
      workload(rw) {
        if (!drainsClassically(rw)) return;
        if (!rw.ez.value || rw.tdd.prov.level === 'default') return;

        const tdd = formatSeconds(rw.tdd.value);
        const minShort = rw.min.value < rw.tdd.value;
        // A mesh-wide terminationDrainDuration still serves the workloads that keep EZ off.
        const shared = rw.tdd.prov.level === 'mesh' && rw.ez.prov.level !== 'mesh' && rw.ez.prov.level !== 'root-proxyconfig';
        const fix = shared
          ? `${minShort ? `Set MINIMUM_DRAIN_DURATION "${tdd}" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the ${tdd} were meant as the minimum drain here` : 'MINIMUM_DRAIN_DURATION already covers it'}; the mesh-wide terminationDrainDuration only applies to workloads without EXIT_ON_ZERO_ACTIVE_CONNECTIONS.`
          : minShort
            ? `Set MINIMUM_DRAIN_DURATION "${tdd}" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the ${tdd} were meant as the minimum drain, and remove terminationDrainDuration.`
            : 'Remove terminationDrainDuration.';
        const involved = [rw.tdd, rw.ez];
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: rw.graceOptOut ? 'info' : undefined,
          message:
            `terminationDrainDuration ${seconds(rw.tdd)} is not read because EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${origin(rw.ez.prov)}): ` +
            `the ${proxyNoun(rw)} waits MINIMUM_DRAIN_DURATION ${seconds(rw.min)}, then exits as soon as no connection is open. ${fix}` +
            `${assumedNote(rw)}${classicNote(rw, ctx.config)}`,
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
