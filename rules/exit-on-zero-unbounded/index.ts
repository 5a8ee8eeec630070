import { mostSpecificSetting } from '../../src/resolve.js';
import { defineRule } from '../../src/rule.js';
import type { Workload } from '../../src/inventory/model.js';
import { LIFETIME_ANNOTATION } from '../../src/domain/names.js';
import { drainsClassically } from '../../src/resolve.js';
import { assumedNote, classicNote, origin, proxyNoun, relatedValues, seconds } from '../../src/describe.js';
import { workloadName } from '../../src/domain/identity.js';
import { longLivedPorts } from '../../src/domain/ports.js';

/** How many ports the message names before "and N more". */
const SHOWN = 3;

/** Where the lifetime annotation goes for this workload. */
function annotationPlace(w: Workload): string {
  if (w.origin === 'iop-gateway') return 'in its k8s.podAnnotations';
  if (w.origin === 'gateway-api') return w.annotationsPath.includes('infrastructure') ? 'in spec.infrastructure.annotations' : 'in the Gateway annotations';
  return w.kind === 'Pod' ? "in the Pod's annotations" : 'on the pod template';
}

export default defineRule({
  meta: {
    id: 'exit-on-zero-unbounded',
    severity: 'info',
    description: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on for a proxy that serves long-lived connections (TCP, gRPC, WebSocket, databases…) of unknown lifetime: only the SIGKILL at terminationGracePeriodSeconds ends its drain.',
    fixable: false,
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

        const noun = proxyNoun(rw);
        const shown = ports.slice(0, SHOWN).map((p) => p.text);
        const list = ports.length > SHOWN ? `${shown.join(', ')} and ${ports.length - SHOWN} more` : shown.join(', ');
        const involved = [rw.ez, rw.min];
        // A mesh-wide finding is reported once for several workloads: name the one whose ports are listed.
        const whose = mostSpecificSetting(involved)?.prov.level === 'mesh' ? ` of ${workloadName(rw)}` : '';
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          message:
            `EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on (${origin(rw.ez.prov)}) and the ${noun}${whose} serves connections that outlive a request (${list}): ` +
            `the drain does not force them closed, so after MINIMUM_DRAIN_DURATION ${seconds(rw.min)} the ${noun} waits for them with no bound but kubelet's SIGKILL at ${seconds(rw.grace, 'terminationGracePeriodSeconds')}, and nothing says whether they end before it. ` +
            `Declare their lifetime with the ${LIFETIME_ANNOTATION} annotation ${annotationPlace(w)} (e.g. "120s") so it is checked against the grace period, ` +
            `or bound them with an idleTimeout or maxConnectionDuration in a DestinationRule connectionPool so the count can reach zero.` +
            `${assumedNote(rw)}${classicNote(rw, ctx.config)}`,
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
