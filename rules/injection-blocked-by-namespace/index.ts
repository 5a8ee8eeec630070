import { NS_INJECTION, REV, blockedByNamespace, defineRule, fact, namespaceInjection, namespaceState, valueList } from '../../src/rule-api.js';
import type { RelatedValue } from '../../src/rule-api.js';
const WHY = `The injection webhook is called for ${NS_INJECTION}=enabled, or for an ${REV} label or a pod opt-in label only when the Namespace has no ${NS_INJECTION} key at all.`;
/** With istio.io/rev, "enabled" would inject the default revision instead: only removing the key keeps the revision. */
const REV_FIX = `To inject the pod, remove the ${NS_INJECTION} label from Namespace {{namespace}} (setting it to enabled would inject the default revision instead of {{revision}})`;

export default defineRule({
  meta: {
    id: 'injection-blocked-by-namespace',
    severity: 'warning',
    description: 'A pod opts in to sidecar injection by label (sidecar.istio.io/inject: "true" or istio.io/rev), but its Namespace has an istio-injection label other than "enabled", which blocks every injection webhook.',
    help: "Remove the istio-injection label from the Namespace (or set it to enabled) to inject the pod, or drop the pod's opt-in label to keep it out of the mesh.",
    fixable: false,
    messages: {
      injectLabel: {
        message: `The pod's label sidecar.istio.io/inject: "true" is blocked by {{state}} on Namespace {{namespace}}: no sidecar.`,
        help: `To inject the pod, remove the ${NS_INJECTION} label from Namespace {{namespace}} (or set it to enabled, which injects every pod of the Namespace); to keep it out of the mesh, drop the pod's label. ${WHY} Values: {{values}}.`,
      },
      revLabel: {
        message: `The pod's label istio.io/rev: "{{revision}}" is blocked by {{state}} on Namespace {{namespace}}: no sidecar.`,
        help: `${REV_FIX}; to keep it out of the mesh, drop the pod's label. ${WHY} Values: {{values}}.`,
      },
      bothLabels: {
        message: "The pod's labels sidecar.istio.io/inject and istio.io/rev are blocked by {{state}} on Namespace {{namespace}}: no sidecar.",
        help: `${REV_FIX}; to keep it out of the mesh, drop the pod's labels. ${WHY} Values: {{values}}.`,
      },
    },
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        const hit = blockedByNamespace(w, ctx.inventory);
        if (!hit) return;
        const { ns } = hit;
        const related: RelatedValue[] = [{ message: `Namespace ${ns.name} label ${namespaceState(ns)}`, ref: ns.injectionRef! }];
        if (hit.other) related.push({ message: `pod label ${hit.other.label}: "${hit.other.value}"`, ref: hit.other.ref });
        const labels = [fact(hit.label, JSON.stringify(hit.value), 'pod label', hit.at)];
        if (hit.other) labels.push(fact(hit.other.label, JSON.stringify(hit.other.value), 'pod label', hit.other.ref));
        const revision = hit.label === REV ? hit.value : hit.other?.value;
        ctx.report({
          at: hit.at,
          workload: w,
          messageId: hit.other ? 'bothLabels' : hit.label === REV ? 'revLabel' : 'injectLabel',
          data: {
            namespace: ns.name,
            state: namespaceState(ns),
            revision: revision ?? '',
            values: valueList([...labels, namespaceInjection(ns)]),
          },
          related,
        });
      },
    };
  },
});
