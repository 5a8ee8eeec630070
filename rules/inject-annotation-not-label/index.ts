import { INJECT, NS_INJECTION, annotationNotLabel, defineRule, fact, labelsField, namespaceInjection, namespaceState, valueList } from '../../src/rule-api.js';
const WHY = "The injection webhook's objectSelector matches labels only, so the annotation opts nothing in and none of the pod's proxy settings apply.";

export default defineRule({
  meta: {
    id: 'inject-annotation-not-label',
    severity: 'error',
    description: 'sidecar.istio.io/inject: "true" is written as a pod-template annotation in a Namespace that does not enable injection: the injection webhook selects pods by label only, so the pod gets no sidecar.',
    help: 'Write sidecar.istio.io/inject: "true" as a pod-template label, not an annotation, or enable injection for the whole Namespace.',
    fixable: false,
    messages: {
      notInjectingNamespace: {
        message: 'sidecar.istio.io/inject: "{{value}}" is an annotation, not a label, and Namespace {{namespace}} does not enable injection: no sidecar.',
        help: `Make it a label: move it to {{labels}} as sidecar.istio.io/inject: "true". ${WHY} Values: {{values}}.`,
      },
      namespaceOptOut: {
        message: 'sidecar.istio.io/inject: "{{value}}" is an annotation, not a label, and Namespace {{namespace}} has {{state}}: no sidecar.',
        help: `Make it a label: move it to {{labels}} as sidecar.istio.io/inject: "true", and remove the ${NS_INJECTION} label of Namespace {{namespace}} (or set it to enabled), which blocks injection even for a labelled pod. ${WHY} Values: {{values}}.`,
      },
    },
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        const hit = annotationNotLabel(w, ctx.inventory);
        if (!hit) return;
        const { ns } = hit;
        const nsRef = ns.injectionRef ?? ns.labelsRef;
        ctx.report({
          at: hit.at,
          workload: w,
          messageId: NS_INJECTION in ns.labels ? 'namespaceOptOut' : 'notInjectingNamespace',
          data: {
            value: hit.value,
            namespace: ns.name,
            state: namespaceState(ns),
            labels: labelsField(w),
            values: valueList([fact(INJECT, JSON.stringify(hit.value), 'pod annotation', hit.at), namespaceInjection(ns)]),
          },
          related: [{ message: `Namespace ${ns.name} (${namespaceState(ns)})`, ref: nsRef }],
        });
      },
    };
  },
});
