import { LIFETIME_ANNOTATION, defineRule, drainsClassically, formatSeconds, helpNotes, joinWords, longLivedPorts, mostSpecificSetting, proxyNoun, relatedValues, valueList, workloadName } from '../../src/rule-api.js';
import type { Workload } from '../../src/rule-api.js';
/** How many ports (and protocols) the texts name before "and N more". */
const SHOWN = 3;

/** Where the lifetime annotation goes for this workload. */
function annotationPlace(w: Workload): string {
  if (w.origin === 'iop-gateway' && w.profile) return `in k8s.podAnnotations of an entry named ${w.name} in components.${w.kind === 'EgressGateway' ? 'egressGateways' : 'ingressGateways'}`;
  if (w.origin === 'iop-gateway') return 'in its k8s.podAnnotations';
  if (w.origin === 'gateway-api') return w.annotationsPath.includes('infrastructure') ? 'in spec.infrastructure.annotations' : 'in the Gateway annotations';
  if (w.origin === 'gateway-values') return 'in podAnnotations of the gateway chart values';
  return w.kind === 'Pod' ? "in the Pod's annotations" : 'on the pod template';
}

const BOUND =
  `(e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or bound them with an idleTimeout or maxConnectionDuration in a DestinationRule connectionPool so that the count can reach zero. ` +
  "The drain does not force these connections closed: after MINIMUM_DRAIN_DURATION the {{proxy}} waits for them with no bound but kubelet's SIGKILL, and nothing says whether they end before it.";

export default defineRule({
  meta: {
    id: 'exit-on-zero-unbounded',
    severity: 'info',
    description: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on for a proxy that serves long-lived connections (TCP, gRPC, WebSocket, databases…) of unknown lifetime: only the SIGKILL at terminationGracePeriodSeconds ends its drain.',
    help: `Declare how long the proxy's long-lived connections last with the ${LIFETIME_ANNOTATION} annotation, so that drainlint checks it against the grace period, or bound them (idleTimeout, maxConnectionDuration) so that the count of open connections can reach zero.`,
    fixable: false,
    messages: {
      unbounded: {
        message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on and the {{proxy}} serves {{protocols}} connections of unknown lifetime: its drain may last until SIGKILL at {{grace}}.',
        help: `Declare their lifetime with the ${LIFETIME_ANNOTATION} annotation {{place}} ${BOUND} {{notes}}Ports: {{ports}}. Values: {{values}}.`,
      },
      unboundedMeshWide: {
        message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on mesh-wide and a {{proxy}} serves {{protocols}} connections of unknown lifetime: its drain may last until SIGKILL.',
        help: `Declare the lifetime of the connections of {{workload}} with the ${LIFETIME_ANNOTATION} annotation {{place}} ${BOUND} {{notes}}Ports of {{workload}}: {{ports}}. Values: {{values}}.`,
      },
    },
  },
  create(ctx) {
    return {
      workload(rw) {
        if (!drainsClassically(rw) || !rw.ez.value) return;
        const w = rw.workload;
        // A known lifetime is connections-outlive-grace-period's; a present but unusable annotation is invalid-duration's.
        if (rw.lifetime !== undefined || w.podAnnotations[LIFETIME_ANNOTATION] !== undefined) return;
        const ports = longLivedPorts(w, ctx.inventory, rw.gateway, ctx.config.defaultNamespace);
        if (ports.length === 0) return;

        const involved = [rw.ez, rw.min];
        // A mesh-wide finding is reported once for several workloads: it names the one whose ports are listed.
        const meshWide = mostSpecificSetting(involved)?.prov.level === 'mesh';
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          messageId: meshWide ? 'unboundedMeshWide' : 'unbounded',
          data: {
            proxy: proxyNoun(rw),
            protocols: joinWords([...new Set(ports.map((p) => p.protocol))], SHOWN),
            grace: formatSeconds(rw.grace.value),
            workload: workloadName(rw),
            place: annotationPlace(w),
            ports: joinWords(
              ports.map((p) => p.text),
              SHOWN,
            ),
            notes: helpNotes(rw, ctx.config),
            values: valueList([
              ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', rw.ez],
              ['MINIMUM_DRAIN_DURATION', rw.min],
              ['terminationGracePeriodSeconds', rw.grace],
            ]),
          },
          related: [
            ...relatedValues([
              ['EXIT_ON_ZERO_ACTIVE_CONNECTIONS', rw.ez],
              ['MINIMUM_DRAIN_DURATION', rw.min],
              ['terminationGracePeriodSeconds', rw.grace.prov.level === 'default' ? undefined : rw.grace],
            ]),
            ...ports.map((p) => ({ message: p.related, ref: p.ref })),
          ],
        });
      },
    };
  },
});
