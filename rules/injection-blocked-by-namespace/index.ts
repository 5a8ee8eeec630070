import { defineRule, type RelatedValue } from '../../src/rule.js';
import type { Ref } from '../../src/types.js';
import { locate } from '../../src/yaml/locate.js';
import { blockedByNamespace, namespaceState } from '../../src/domain/injection.js';
import { INJECT, NS_INJECTION, REV } from '../../src/domain/names.js';

function at(ref: Ref): string {
  return `${ref.view.file.path}:${locate(ref).line}`;
}

export default defineRule({
  meta: {
    id: 'injection-blocked-by-namespace',
    severity: 'warning',
    description: 'A pod opts in to sidecar injection by label (sidecar.istio.io/inject: "true" or istio.io/rev), but its Namespace has an istio-injection label other than "enabled", which blocks every injection webhook.',
    fixable: false,
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        const hit = blockedByNamespace(w, ctx.inventory);
        if (!hit) return;
        const { ns } = hit;
        const nsRef = ns.injectionRef!;
        const labels = hit.other ? `the labels ${hit.label}: "${hit.value}" and ${hit.other.label}: "${hit.other.value}"` : `the label ${hit.label}: "${hit.value}"`;
        // With istio.io/rev, "enabled" would inject the default revision instead: only removing the key keeps the revision.
        const nsFix = hit.label === REV || hit.other ? `remove the ${NS_INJECTION} label from Namespace ${ns.name}` : `remove the ${NS_INJECTION} label from Namespace ${ns.name} (or set it to enabled)`;
        const related: RelatedValue[] = [{ message: `Namespace ${ns.name} label ${namespaceState(ns)}`, ref: nsRef }];
        if (hit.other) related.push({ message: `pod label ${hit.other.label}: "${hit.other.value}"`, ref: hit.other.ref });
        ctx.report({
          at: hit.at,
          workload: w,
          message: `The pod template opts in to sidecar injection with ${labels}, but Namespace ${ns.name} has ${namespaceState(ns)} (${at(nsRef)}): the namespace webhook needs ${NS_INJECTION}=enabled and the ${INJECT}/${REV} ones need no ${NS_INJECTION} key at all, so the pod gets no sidecar. To inject it, ${nsFix}; to keep it out of the mesh, drop the pod's ${hit.other ? 'labels' : 'label'}.`,
          related,
        });
      },
    };
  },
});
