import { defineRule } from '../../src/rule.js';
import type { Ref } from '../../src/types.js';
import { locate } from '../../src/yaml/locate.js';
import { annotationNotLabel, labelsField, namespaceState } from '../../src/domain/injection.js';
import { INJECT, NS_INJECTION } from '../../src/domain/names.js';

function at(ref: Ref): string {
  return `${ref.view.file.path}:${locate(ref).line}`;
}

export default defineRule({
  meta: {
    id: 'inject-annotation-not-label',
    severity: 'error',
    description: 'sidecar.istio.io/inject: "true" is written as a pod-template annotation in a Namespace that does not enable injection: the injection webhook selects pods by label only, so the pod gets no sidecar.',
    fixable: false,
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        const hit = annotationNotLabel(w, ctx.inventory);
        if (!hit) return;
        const { ns } = hit;
        const blocked = NS_INJECTION in ns.labels;
        const nsRef = ns.injectionRef ?? ns.labelsRef;
        const nsText = blocked
          ? `Namespace ${ns.name} has ${namespaceState(ns)} (${at(nsRef)}), which blocks injection even for a labelled pod`
          : `Namespace ${ns.name} (${namespaceState(ns)}, ${at(nsRef)}) does not enable injection`;
        const fix = blocked
          ? `Make it a label: move it to ${labelsField(w)} as ${INJECT}: "true", and remove the ${NS_INJECTION} label of Namespace ${ns.name} (or set it to enabled).`
          : `Make it a label: move it to ${labelsField(w)} as ${INJECT}: "true".`;
        ctx.report({
          at: hit.at,
          workload: w,
          message: `${INJECT}: "${hit.value}" is a pod annotation, but the injection webhook's objectSelector matches labels only and ${nsText}, so the pod gets no sidecar and none of its proxy settings apply. ${fix}`,
          related: [{ message: `Namespace ${ns.name} (${namespaceState(ns)})`, ref: nsRef }],
        });
      },
    };
  },
});
