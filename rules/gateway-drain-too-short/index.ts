import { assumedSentence, atLeast, behindLoadBalancer, defineRule, drainFit, fitRaises, formatSeconds, graceHint, graceWords, hardcodedWaypointGrace, joinWords, loadBalancersInFront, providerKnown, relatedValues, valueList } from '../../src/rule-api.js';
import type { Draining, LoadBalancer, Provenance, ResolvedWorkload, Timing, Valued } from '../../src/rule-api.js';
const PARAMETERS = 'in the `deployment` key of a ConfigMap named by spec.infrastructure.parametersRef';
const LB_WHY =
  "Load balancers keep opening connections to a terminating gateway until they have deregistered it; Istio's maintainers advise a longer drain on the gateway over a preStop sleep.";
const DEFAULT_WHY =
  "No gatewayDeregistrationDelay is configured, and nothing in the input says which load balancer is in front. Istio's maintainers advise a longer drain on the gateway; a preStop sleep belongs in the gateway chart's lifecycle value, not in values.global.proxy.lifecycle, which hits every sidecar.";

/** Where a gateway's own preStop sleep is set (never values.global.proxy.lifecycle: it hits every sidecar). */
function preStopWhere(rw: ResolvedWorkload): string {
  const origin = rw.workload.origin;
  const where =
    origin === 'iop-gateway'
      ? "with a k8s.overlays patch of this gateway entry's istio-proxy container"
      : origin === 'gateway-api'
        ? 'in the `deployment` key of a ConfigMap named by spec.infrastructure.parametersRef'
        : "through the gateway chart's lifecycle value from Istio 1.27";
  return `${where}, not values.global.proxy.lifecycle, which hits every sidecar`;
}

type Entries = [string, Valued<unknown> | Timing | undefined][];

/** "An AWS NLB …" for the start of a sentence. */
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The load balancer's D when it lets connections drain at all (a D of 0 drops them at once). */
function drainingOf(lb: LoadBalancer | undefined): Draining | undefined {
  return lb?.draining && lb.draining.seconds.value > 0 ? lb.draining : undefined;
}

/** What identifies a load balancer and its D, as value-list entries. */
function lbEntries(lb: LoadBalancer): Entries {
  const d = drainingOf(lb);
  return [...lb.evidence, ...(d ? [d.entry] : [])];
}

/**
 * How to make the gateway serve for `target` seconds (unknown: as long as the load balancer takes):
 * a longer drain (the maintainers' advice) with what must be raised beside it so that the fix
 * creates no other finding (grace period, drainDuration), or a preStop sleep with a grace period
 * that covers it.
 */
function serveFix(rw: ResolvedWorkload, target: number | undefined, istioVersion?: string): string {
  const pp = rw.proxyPreStop.seconds ?? 0;
  const ez = rw.timeline.ez;
  const setting = ez ? 'MINIMUM_DRAIN_DURATION' : 'terminationDrainDuration';
  if (target === undefined) {
    return `Make the gateway serve until the load balancer has stopped sending to it: raise ${setting} on it to that time, with drainDuration and terminationGracePeriodSeconds not below it (Istio's maintainers advise a longer drain), or add a preStop sleep ${preStopWhere(rw)}; set gatewayDeregistrationDelay in .drainlint.yaml to that time and drainlint checks the gateway against it.`;
  }
  const end = rw.timeline.drainEnd ?? pp;
  const wait = Math.max(1, Math.ceil(target - pp - (ez ? 1 : 0)));
  const raises = fitRaises(drainFit(rw, { ez, wait }, istioVersion), graceHint(rw));
  const drain = ez ? `set MINIMUM_DRAIN_DURATION on it to at least "${formatSeconds(wait)}" (the first connection check comes 1s later)` : `raise terminationDrainDuration on it to at least ${formatSeconds(wait)}`;
  const sleep = Math.ceil(pp + target - end);
  const g = rw.grace.value;
  const graceForSleep = g !== undefined && g < Math.ceil(target) ? `, with terminationGracePeriodSeconds of at least ${Math.ceil(target)}` : '';
  return `Make the gateway serve for at least ${formatSeconds(target)}: ${drain}${raises.length > 0 ? `, and raise ${joinWords(raises)}` : ''} (Istio's maintainers advise a longer drain), or add a preStop sleep of at least ${formatSeconds(sleep)}${graceForSleep} (${preStopWhere(rw)}).`;
}

export default defineRule({
  meta: {
    id: 'gateway-drain-too-short',
    severity: 'warning',
    description: "A gateway stops serving before external load balancers stop sending to it or draining its connections (its drain is shorter than the deregistration delay or the load balancer's draining time, or the 5s default), or a waypoint is killed by the 2s grace period of Istio ≤ 1.27.",
    help: "Make the gateway serve until load balancers have deregistered it: raise terminationDrainDuration (or MINIMUM_DRAIN_DURATION with EXIT_ON_ZERO_ACTIVE_CONNECTIONS) on the gateway, with drainDuration and terminationGracePeriodSeconds not below it; set gatewayDeregistrationDelay to the load balancer's deregistration time.",
    fixable: false,
    messages: {
      waypointGrace: {
        versions: ['istio'],
        message: "Istio {{version}}'s waypoint template hard-codes terminationGracePeriodSeconds 2, so SIGKILL comes before {{cut}}.",
        help: `Upgrade to Istio 1.28 or later (grace period 30 by default{{stillRaise}}), or on Istio 1.26–1.27 set terminationGracePeriodSeconds to at least {{target}} ${PARAMETERS}. Kubelet kills the waypoint 2s after it starts terminating{{drainWhy}}. Values: {{values}}.`,
      },
      tddBelowDeregistration: {
        message: 'With terminationDrainDuration {{tdd}}{{afterPreStop}}, the gateway exits at {{served}} while load balancers still send to it until {{dereg}}.',
        help: `Raise terminationDrainDuration to at least {{tddTarget}}{{also}}.{{drainNote}} ${LB_WHY}{{assumed}} Values: {{values}}.`,
      },
      ezBelowDeregistration: {
        message: 'With EXIT_ON_ZERO_ACTIVE_CONNECTIONS and MINIMUM_DRAIN_DURATION {{min}}, the gateway can exit at {{served}} while load balancers still send to it until {{dereg}}.',
        help: `Set MINIMUM_DRAIN_DURATION to at least "{{minTarget}}" (the first connection check comes 1s later){{also}}.{{drainNote}} The gateway exits at the first 1s connection check{{afterPreStopHelp}} that finds no open connection. ${LB_WHY}{{assumed}} Values: {{values}}.`,
      },
      graceBelowDeregistration: {
        message: 'terminationGracePeriodSeconds is {{grace}}, so the gateway is killed at {{served}} while load balancers still send to it until {{dereg}}.',
        help: `Raise terminationGracePeriodSeconds to at least {{graceTarget}}{{where}}, and {{drainFix}}.{{drainNote}} ${LB_WHY}{{assumed}} Values: {{values}}.`,
      },
      defaultDrain: {
        message: 'With the default terminationDrainDuration of {{tdd}}, the gateway exits at {{served}}, perhaps before load balancers stop sending to it.',
        help: `Set gatewayDeregistrationDelay in .drainlint.yaml to the load balancer's deregistration time, and raise terminationDrainDuration to at least that, with drainDuration (now {{dd}}) and terminationGracePeriodSeconds (now {{grace}}) not below it. ${DEFAULT_WHY}{{assumed}} Values: {{values}}.`,
      },
      podIpDefaultDrain: {
        message: "With Istio's default {{tdd}} drain, the gateway exits at {{served}} while {{lb}} still sends new connections to its pod IP.",
        help: '{{fix}} {{why}}{{assumed}} Values: {{values}}.',
      },
      ezPodIpDefaultDrain: {
        message: "With Istio's default {{min}} MINIMUM_DRAIN_DURATION, the gateway can exit at {{served}} while {{lb}} still sends new connections to its pod IP.",
        help: '{{fix}} The gateway exits at the first 1s connection check after MINIMUM_DRAIN_DURATION that finds no open connection. {{why}}{{assumed}} Values: {{values}}.',
      },
      lbDrainsLonger: {
        message: '{{lb}} lets connections to a removed target drain for up to {{d}}, but the gateway exits at {{served}} and resets those still open.',
        help: '{{fix}}{{lower}} {{why}}{{assumed}} Values: {{values}}.',
      },
      ezDefaultDrain: {
        message: 'With EXIT_ON_ZERO_ACTIVE_CONNECTIONS and the default MINIMUM_DRAIN_DURATION of {{min}}, the gateway can exit at {{served}}, perhaps before load balancers stop sending to it.',
        help: `Set gatewayDeregistrationDelay in .drainlint.yaml to the load balancer's deregistration time, and raise MINIMUM_DRAIN_DURATION to at least that, with drainDuration (now {{dd}}) and terminationGracePeriodSeconds (now {{grace}}) not below it. The gateway exits at the first 1s connection check after MINIMUM_DRAIN_DURATION that finds no open connection. ${DEFAULT_WHY}{{assumed}} Values: {{values}}.`,
      },
    },
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
        // A gateway's proxy takes the classic path: its drain ends at Pₚ + TDD, or Pₚ + MIN + 1s with EZ.
        const end = rw.timeline.drainEnd;
        if (g === undefined || pp === undefined || end === undefined) return;
        const ez = rw.timeline.ez;
        const w = rw.workload;
        const drainEntries: Entries = [
          ['terminationDrainDuration', ez ? undefined : rw.tdd],
          ['MINIMUM_DRAIN_DURATION', ez ? rw.min : undefined],
          ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', ez ? rw.ez : undefined],
          ['istio-proxy preStop', pp > 0 ? rw.proxyPreStop : undefined],
        ];
        const drainRelated = relatedValues(drainEntries);
        const assumed = assumedSentence(rw);

        // A waypoint on Istio ≤ 1.27: the template's grace period of 2s cuts any drain.
        if (hardcodedWaypointGrace(rw, ctx.config)) {
          const l = rw.lifetime;
          const cut: string[] = [];
          if (end > g) cut.push(`the drain ends at ${formatSeconds(end)}`);
          const longRequests = l !== undefined && l.value > g;
          if (longRequests) cut.push(`requests of up to ${formatSeconds(l.value)} finish`);
          if (cut.length === 0) return;
          const target = atLeast(end, l?.value);
          const after = pp > 0 ? ' after its preStop' : '';
          const drainWhy =
            end <= g ? '' : ez ? `, before its drain ends at ${formatSeconds(end)} (MINIMUM_DRAIN_DURATION plus the first 1s connection check${after})` : `, before its drain ends at ${formatSeconds(end)} (terminationDrainDuration${after})`;
          ctx.report({
            at: rw.grace.prov.ref!,
            workload: w,
            messageId: 'waypointGrace',
            data: {
              version: ctx.config.istioVersion!,
              cut: joinWords(cut),
              stillRaise: target > 30 ? `; set it to at least ${target} the same way there` : '',
              target,
              drainWhy,
              values: valueList([['terminationGracePeriodSeconds', rw.grace], ...drainEntries, ['connection lifetime', longRequests ? l : undefined]]),
            },
            related: [...drainRelated, ...relatedValues([['connection lifetime', longRequests ? l : undefined]])],
          });
          return;
        }

        if (!behindLoadBalancer(rw)) return;
        const served = Math.min(end, g);
        const involved = ez ? [rw.min, rw.ez] : [rw.tdd, rw.ez];
        const severity = rw.graceOptOut ? ('info' as const) : undefined;
        // What the manifests say is in front of the gateway (Services selecting it, the Service its definition renders).
        const lbs = loadBalancersInFront(w, ctx.inventory, ctx.config);
        // The load balancer that lets connections drain longest.
        const draining = lbs.filter((lb) => drainingOf(lb)).sort((a, b) => drainingOf(b)!.seconds.value - drainingOf(a)!.seconds.value)[0];
        const d = drainingOf(draining);
        // The window is Istio's default: no preStop, terminationDrainDuration 5s (or MINIMUM_DRAIN_DURATION 5s with EZ).
        const defaults = pp === 0 && (ez ? rw.min.prov.level === 'default' : rw.tdd.prov.level === 'default');

        if (deregValue && end < deregValue.value) {
          // A window exactly as long as the deregistration delay is fine. A load balancer that lets
          // connections drain longer raises the target, so that the fix leaves no finding behind.
          const need = atLeast(deregValue.value, d && d.seconds.value > deregValue.value ? d.seconds.value : undefined);
          const drainNote = d && d.seconds.value > deregValue.value ? ` ${capital(draining!.noun)} lets connections to a removed target drain for up to ${formatSeconds(d.seconds.value)} (${d.setting}).` : '';
          const drainFix = ez
            ? `set MINIMUM_DRAIN_DURATION to at least "${formatSeconds(Math.max(0, Math.ceil(need - pp - 1)))}" (the first connection check comes 1s later)`
            : `raise terminationDrainDuration to at least ${formatSeconds(Math.ceil(need - pp))}`;
          const ddNeeded = pp + rw.dd.value < need;
          const ddFix = ddNeeded ? `drainDuration to at least ${formatSeconds(Math.ceil(need - pp))}` : undefined;
          const gNeeded = g < need;
          const gFix = gNeeded ? `terminationGracePeriodSeconds to at least ${need}${graceHint(rw)}` : undefined;
          const lbValues: Entries = lbs.filter(providerKnown).flatMap(lbEntries);
          const values = valueList([
            ['gatewayDeregistrationDelay', deregValue],
            ...drainEntries,
            ['drainDuration', ddNeeded ? rw.dd : undefined],
            ['terminationGracePeriodSeconds', rw.grace],
            ...lbValues,
          ]);
          const common = { served: formatSeconds(served), dereg: formatSeconds(deregValue.value), assumed, values, drainNote };
          const related = [
            ...relatedValues([['gatewayDeregistrationDelay', deregValue]]),
            ...drainRelated,
            ...relatedValues([
              ['drainDuration', ddNeeded ? rw.dd : undefined],
              ['terminationGracePeriodSeconds', gNeeded ? rw.grace : undefined],
            ]),
            ...relatedValues(lbValues),
          ];
          if (g < end) {
            // kubelet's SIGKILL ends the window before the drain does.
            ctx.reportDrainSetting({
              workload: rw,
              involved,
              severity,
              messageId: 'graceBelowDeregistration',
              data: { ...common, grace: graceWords(rw), graceTarget: need, where: graceHint(rw), drainFix: ddFix ? `${drainFix}, and drainDuration to at least ${formatSeconds(Math.ceil(need - pp))}` : drainFix },
              related,
            });
            return;
          }
          // The other values to raise with the drain setting, so that the fix creates no other finding.
          const rest = [ddFix, gFix].filter((x): x is string => x !== undefined);
          const also = rest.length === 0 ? '' : rest.length === 1 ? ` and ${rest[0]}` : `, ${rest[0]} and ${rest[1]}`;
          if (ez) {
            ctx.reportDrainSetting({
              workload: rw,
              involved,
              severity,
              messageId: 'ezBelowDeregistration',
              data: {
                ...common,
                min: formatSeconds(rw.min.value),
                minTarget: formatSeconds(Math.max(0, Math.ceil(need - pp - 1))),
                also,
                afterPreStopHelp: pp > 0 ? ` after its ${formatSeconds(pp)} preStop and MINIMUM_DRAIN_DURATION` : ' after MINIMUM_DRAIN_DURATION',
              },
              related,
            });
          } else {
            ctx.reportDrainSetting({
              workload: rw,
              involved,
              severity,
              messageId: 'tddBelowDeregistration',
              data: { ...common, tdd: formatSeconds(rw.tdd.value), afterPreStop: pp > 0 ? ` after a ${formatSeconds(pp)} preStop` : '', tddTarget: formatSeconds(Math.ceil(need - pp)), also },
              related,
            });
          }
          return;
        }

        // A load balancer that sends to the gateway's pod IPs, and Istio's default window: it still
        // opens connections to the terminating pod after the gateway has exited.
        const podIp = lbs.find((lb) => lb.byPodIp);
        if (podIp && defaults) {
          const pd = drainingOf(podIp);
          const entries: Entries = [...lbEntries(podIp), ...drainEntries, ['drainDuration', rw.dd], ['terminationGracePeriodSeconds', rw.grace]];
          ctx.reportDrainSetting({
            workload: rw,
            involved,
            severity,
            messageId: ez ? 'ezPodIpDefaultDrain' : 'podIpDefaultDrain',
            data: {
              lb: podIp.noun,
              served: formatSeconds(served),
              tdd: formatSeconds(rw.tdd.value),
              min: formatSeconds(rw.min.value),
              fix: serveFix(rw, pd?.seconds.value, ctx.config.istioVersion),
              why: podIp.why,
              assumed,
              values: valueList(entries),
            },
            related: [...relatedValues(lbEntries(podIp)), ...drainRelated],
          });
          return;
        }

        // A load balancer that lets connections drain longer than the gateway serves: those still open are reset.
        if (draining && d && d.seconds.value > served) {
          ctx.reportDrainSetting({
            workload: rw,
            involved,
            severity: 'info',
            messageId: 'lbDrainsLonger',
            data: {
              lb: capital(draining.noun),
              d: formatSeconds(d.seconds.value),
              served: formatSeconds(served),
              fix: serveFix(rw, d.seconds.value, ctx.config.istioVersion),
              lower: ` Or lower ${d.setting} (now ${d.entry[1].value}) to what the gateway serves.`,
              why: draining.why,
              assumed,
              values: valueList([...lbEntries(draining), ...drainEntries, ['drainDuration', rw.dd], ['terminationGracePeriodSeconds', rw.grace]]),
            },
            related: [...relatedValues(lbEntries(draining)), ...drainRelated],
          });
          return;
        }

        // No deregistration delay configured and no load balancer named by the input: advise when the window is Istio's 5s default.
        // A drain longer than the grace period is drain-exceeds-grace-period's.
        if (deregValue || lbs.some(providerKnown) || !defaults || end > g) return;
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          severity: 'info',
          messageId: ez ? 'ezDefaultDrain' : 'defaultDrain',
          data: {
            served: formatSeconds(served),
            tdd: formatSeconds(rw.tdd.value),
            min: formatSeconds(rw.min.value),
            dd: formatSeconds(rw.dd.value),
            grace: g,
            assumed,
            values: valueList([...drainEntries, ['drainDuration', rw.dd], ['terminationGracePeriodSeconds', rw.grace]]),
          },
          related: drainRelated,
        });
      },
    };
  },
});
