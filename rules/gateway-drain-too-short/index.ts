import { defineRule } from '../../src/rule.js';
import { assumedNote, atLeast, origin, relatedValues, seconds } from '../../src/describe.js';
import { joinWords } from '../../src/text.js';
import type { Provenance, Valued } from '../../src/types.js';
import { formatSeconds } from '../../src/domain/durations.js';
import { behindLoadBalancer, graceHint, hardcodedWaypointGrace } from '../../src/domain/gateway.js';

const PARAMETERS = 'in the `deployment` key of a ConfigMap named by spec.infrastructure.parametersRef';


export default defineRule({
  meta: {
    id: 'gateway-drain-too-short',
    severity: 'warning',
    description: 'A gateway stops serving before external load balancers stop sending to it (its drain is shorter than the deregistration delay, or the 5s default), or a waypoint is killed by the 2s grace period of Istio ≤ 1.27.',
    fixable: false,
  },
  create(ctx) {
    const dereg = ctx.config.gatewayDeregistrationDelay;
    const deregValue: Valued<number> | undefined = dereg
      ? { value: dereg.seconds, prov: { level: 'config', source: 'gatewayDeregistrationDelay in the config file', ref: dereg.ref } satisfies Provenance }
      : undefined;
    return {
      workload(rw) {
        if (!rw.gateway || rw.sidecar.status === 'none' || rw.admissionDenied) return;
        const g = rw.grace.value;
        const pp = rw.proxyPreStop.seconds;
        if (g === undefined || pp === undefined) return;
        const ez = rw.ez.value;
        const end = pp + (ez ? rw.min.value + 1 : rw.tdd.value);
        const w = rw.workload;
        const afterPreStop = pp > 0 ? ` after its preStop (${seconds(rw.proxyPreStop)})` : '';
        const drainRelated = relatedValues([
          ['terminationDrainDuration', ez ? undefined : rw.tdd],
          ['MINIMUM_DRAIN_DURATION', ez ? rw.min : undefined],
          ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', ez ? rw.ez : undefined],
          ['istio-proxy preStop', pp > 0 ? rw.proxyPreStop : undefined],
        ]);

        // A waypoint on Istio ≤ 1.27: the template's grace period of 2s cuts any drain.
        if (hardcodedWaypointGrace(rw, ctx.config)) {
          const l = rw.lifetime;
          const before: string[] = [];
          if (end > g) {
            const drain = ez
              ? `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${origin(rw.ez.prov)}): MINIMUM_DRAIN_DURATION ${seconds(rw.min)} plus the first 1s connection check${afterPreStop}`
              : `terminationDrainDuration ${seconds(rw.tdd)}${afterPreStop}`;
            before.push(`before its drain ends at ${formatSeconds(end)} (${drain})`);
          }
          if (l && l.value > g) before.push(`before requests or connections that may stay in flight for ${seconds(l, 'connection lifetime')} finish`);
          if (before.length === 0) return;
          ctx.report({
            at: rw.grace.prov.ref!,
            workload: w,
            message:
              `The waypoint template of Istio ${ctx.config.istioVersion} hard-codes terminationGracePeriodSeconds: 2, so kubelet kills this gateway 2s after it starts terminating, ${joinWords(before)}. ` +
              `Upgrade to Istio ≥ 1.28 (grace period 30s by default), or on Istio 1.26–1.27 set terminationGracePeriodSeconds to at least ${atLeast(end, l?.value)} ${PARAMETERS}.`,
            related: [...drainRelated, ...relatedValues([['connection lifetime', l && l.value > g ? l : undefined]])],
          });
          return;
        }

        if (!behindLoadBalancer(rw)) return;
        const served = Math.min(end, g);
        const cut = g < end ? `; kubelet kills it at ${formatSeconds(g)}, terminationGracePeriodSeconds ${seconds(rw.grace)}` : '';
        const window = ez
          ? `for as little as ${formatSeconds(served)} after it starts terminating (EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${origin(rw.ez.prov)}), so it exits at the first check that finds no open connection: MINIMUM_DRAIN_DURATION ${seconds(rw.min)} plus 1s${afterPreStop}${cut})`
          : `for only ${formatSeconds(served)} after it starts terminating (terminationDrainDuration ${seconds(rw.tdd)}${afterPreStop}${cut})`;
        const involved = ez ? [rw.min, rw.ez] : [rw.tdd, rw.ez];
        const severity = rw.graceOptOut ? ('info' as const) : undefined;

        if (deregValue) {
          // A window exactly as long as the deregistration delay is fine.
          if (end >= deregValue.value) return;
          const need = atLeast(deregValue.value);
          const fixes = [ez ? `set MINIMUM_DRAIN_DURATION to at least "${formatSeconds(Math.max(0, Math.ceil(need - pp - 1)))}" (the first connection check comes 1s later)` : `raise terminationDrainDuration to at least ${formatSeconds(Math.ceil(need - pp))}`];
          const ddNeeded = pp + rw.dd.value < need;
          if (ddNeeded) fixes.push(`drainDuration to at least ${formatSeconds(Math.ceil(need - pp))}`);
          const gNeeded = g < need;
          if (gNeeded) fixes.push(`terminationGracePeriodSeconds to at least ${need}${graceHint(rw)}`);
          const fix = joinWords(fixes);
          ctx.reportDrainSetting({
            workload: rw,
            involved,
            severity,
            message:
              `The gateway keeps serving ${window}, but load balancers keep sending to it for ${seconds(deregValue)}: connections they open after ${formatSeconds(served)} are refused. ` +
              `${fix.charAt(0).toUpperCase()}${fix.slice(1)}.${assumedNote(rw)}`,
            related: [
                ...relatedValues([['gatewayDeregistrationDelay', deregValue]]),
                ...drainRelated,
                ...relatedValues([
                  ['drainDuration', ddNeeded ? rw.dd : undefined],
                  ['terminationGracePeriodSeconds', gNeeded ? rw.grace : undefined],
                ]),
              ],
          });
          return;
        }

        // No deregistration delay configured: advise when the window is Istio's 5s default.
        const defaults = pp === 0 && (ez ? rw.min.prov.level === 'default' : rw.tdd.prov.level === 'default');
        // A drain longer than the grace period is drain-exceeds-grace-period's.
        if (!defaults || end > g) return;
        const knob = ez ? 'MINIMUM_DRAIN_DURATION' : 'terminationDrainDuration';
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: 'info',
          message:
            `The gateway keeps serving ${window} and no gatewayDeregistrationDelay is configured: an external load balancer that sends to a terminating pod for longer (its deregistration delay) gets refused connections. ` +
            `Set gatewayDeregistrationDelay in .drainlint.yaml to the load balancer's deregistration time and raise ${knob} to at least that (with terminationGracePeriodSeconds above it).${assumedNote(rw)}`,
          related: drainRelated,
        });
      },
    };
  },
});
