import { IDLE_TIMEOUT, LIFETIME_ANNOTATION, OUTSIDE_HTTP, behindLoadBalancer, defineRule, drainsClassically, formatSeconds, helpNotes, joinWords, longLivedPorts, mostSpecificSetting, parseGoDuration, proxyNoun, relatedValues, valueList, workloadName } from '../../src/rule-api.js';
import type { Workload } from '../../src/rule-api.js';
/** How many ports the help names before "and N more". */
const SHOWN = 3;

/** The protocols as the one-sentence message names them: all when short, else the first two, so that it stays short. */
function protocolWords(protocols: string[]): string {
  const all = joinWords(protocols);
  return all.length <= 30 || protocols.length <= 2 ? all : `${protocols[0]}, ${protocols[1]} and other`;
}

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

/** Why idle HTTP keep-alive connections of clients outside the mesh hold the count above zero (spec §8.7). */
const KEEP_ALIVE =
  "The drain adds Connection: close only to a connection's next response (envoy#42305), and clients outside the mesh, unlike sidecars, do not drop an idle keep-alive connection when the endpoint goes";
const IDLE_BOUND = `bound their idle time with ${IDLE_TIMEOUT} in proxyMetadata (e.g. "30s"; Envoy's default is 1h)`;

export default defineRule({
  meta: {
    id: 'exit-on-zero-unbounded',
    severity: 'info',
    description: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on for a proxy that serves long-lived connections (TCP, gRPC, WebSocket, databases…, or HTTP keep-alive of clients outside the mesh) of unknown lifetime: only the SIGKILL at terminationGracePeriodSeconds ends its drain.',
    help: `Declare how long the proxy's long-lived connections last with the ${LIFETIME_ANNOTATION} annotation, so that drainlint checks it against the grace period, or bound them (idleTimeout, maxConnectionDuration) so that the count of open connections can reach zero.`,
    fixable: false,
    messages: {
      unbounded: {
        message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on and the {{proxy}}'s {{protocols}} connections have no known end: its drain may last until SIGKILL at {{grace}}.",
        help: `Declare their lifetime with the ${LIFETIME_ANNOTATION} annotation {{place}} ${BOUND}{{keepAlive}} {{notes}}Ports: {{ports}}. Values: {{values}}.`,
      },
      keepAlive: {
        message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on and the {{proxy}} serves HTTP outside the mesh: idle client connections may hold its drain until SIGKILL at {{grace}}.',
        help: `Declare how long those connections stay open with the ${LIFETIME_ANNOTATION} annotation {{place}} (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or ${IDLE_BOUND}. ${KEEP_ALIVE}: after MINIMUM_DRAIN_DURATION the {{proxy}} waits for them with no bound but kubelet's SIGKILL. {{notes}}Ports: {{ports}}. Values: {{values}}.`,
      },
      keepAliveMeshWide: {
        message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on mesh-wide and a {{proxy}} serves HTTP outside the mesh: idle client connections may hold its drain until SIGKILL.',
        help: `Declare how long the connections of {{workload}} stay open with the ${LIFETIME_ANNOTATION} annotation {{place}} (e.g. "120s") so that it is checked against terminationGracePeriodSeconds, or ${IDLE_BOUND}. ${KEEP_ALIVE}: after MINIMUM_DRAIN_DURATION the {{proxy}} waits for them with no bound but kubelet's SIGKILL. {{notes}}Ports of {{workload}}: {{ports}}. Values: {{values}}.`,
      },
      unboundedMeshWide: {
        message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on mesh-wide and a {{proxy}}'s {{protocols}} connections have no known end: its drain may last until SIGKILL.",
        help: `Declare the lifetime of the connections of {{workload}} with the ${LIFETIME_ANNOTATION} annotation {{place}} ${BOUND}{{keepAlive}} {{notes}}Ports of {{workload}}: {{ports}}. Values: {{values}}.`,
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
        // HTTP counts where clients outside the mesh reach the proxy (a gateway behind a load balancer,
        // a LoadBalancer or NodePort Service), unless an idle timeout bounds their keep-alive connections.
        const idle = rw.proxyEnv.get(IDLE_TIMEOUT);
        const idleSecs = idle ? parseGoDuration(idle.value) : undefined;
        const idleBounded = idleSecs !== undefined && idleSecs > 0;
        const ports = longLivedPorts(w, ctx.inventory, rw.gateway, ctx.config.defaultNamespace, behindLoadBalancer(rw)).filter((p) => !(idleBounded && p.protocol === OUTSIDE_HTTP));
        if (ports.length === 0) return;
        const keepAliveOnly = ports.every((p) => p.protocol === OUTSIDE_HTTP);
        const someKeepAlive = ports.some((p) => p.protocol === OUTSIDE_HTTP);

        const involved = [rw.ez, rw.min];
        // A mesh-wide finding is reported once for several workloads: it names the one whose ports are listed.
        const meshWide = mostSpecificSetting(involved)?.prov.level === 'mesh';
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          messageId: keepAliveOnly ? (meshWide ? 'keepAliveMeshWide' : 'keepAlive') : meshWide ? 'unboundedMeshWide' : 'unbounded',
          data: {
            keepAlive: someKeepAlive ? ` For the HTTP keep-alive ports: ${KEEP_ALIVE.charAt(0).toLowerCase()}${KEEP_ALIVE.slice(1)}; ${IDLE_TIMEOUT} in proxyMetadata bounds how long they stay idle (Envoy's default is 1h).` : '',
            proxy: proxyNoun(rw),
            protocols: protocolWords([...new Set(ports.map((p) => p.protocol))]),
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
