import { defineRule } from '../../src/rule.js';
import { assumedNote, classicNote, origin, proxyNoun, relatedValues, seconds } from '../../src/describe.js';
import { formatSeconds } from '../../src/values.js';
import { pointedSetting, withoutPointed } from '../connections-outlive-grace-period/timing.js';

export default defineRule({
  meta: {
    id: 'termination-drain-duration-ignored',
    severity: 'warning',
    description: 'terminationDrainDuration is set but EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: the agent never reads it; MINIMUM_DRAIN_DURATION is the setting that applies.',
    fixable: false,
  },
  check(ctx) {
    const versionsGiven = Boolean(ctx.config.istioVersion || ctx.config.kubernetesVersion);
    for (const rw of ctx.resolution.workloads) {
      if (rw.grace.value === undefined || rw.admissionDenied) continue;
      if (rw.sidecar.status === 'none' || rw.mode.value === 'native') continue;
      if (!rw.ez.value || rw.tdd.prov.level === 'default') continue;

      const tdd = rw.tdd.value;
      const fix =
        rw.min.value < tdd
          ? `Set MINIMUM_DRAIN_DURATION "${formatSeconds(tdd)}" in proxyMetadata if the ${formatSeconds(tdd)} were meant as the minimum drain, and remove terminationDrainDuration.`
          : 'Remove terminationDrainDuration.';
      const involved = [rw.tdd, rw.ez];
      ctx.reportDrainSetting({
        workload: rw,
        involved,
        severity: rw.graceOptOut ? 'info' : undefined,
        message:
          `terminationDrainDuration ${seconds(rw.tdd)} is not read because EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${origin(rw.ez.prov)}): ` +
          `the ${proxyNoun(rw)} waits MINIMUM_DRAIN_DURATION ${seconds(rw.min)}, then exits as soon as no connection is open. ${fix}` +
          `${assumedNote(rw)}${classicNote(rw, versionsGiven)}`,
        related: withoutPointed(
          relatedValues([
            ['terminationDrainDuration', rw.tdd],
            ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', rw.ez],
            ['MINIMUM_DRAIN_DURATION', rw.min],
          ]),
          pointedSetting(involved),
        ),
      });
    }
  },
});
