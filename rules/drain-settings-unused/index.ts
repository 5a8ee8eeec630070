import { defineRule, type RelatedValue } from '../../src/rule.js';
import { workloadName } from '../../src/domain/identity.js';
import { joinWords } from '../../src/text.js';
import { PROXY_CONFIG_ANNOTATION } from '../../src/domain/names.js';
import { EZ, MIN } from '../../src/domain/names.js';
import type { DocView, Ref } from '../../src/types.js';
import { isRecord } from '../../src/yaml/paths.js';
import { annotationNotLabel, blockedByNamespace, noSidecarCause } from '../../src/domain/injection.js';

/** The sidecar status reason of a pod with no mesh signal at all: not "ruled out", just not in the mesh. */
const NO_SIGNAL = 'nothing says it is in the mesh';
const DURATION_KEYS = new Set(['terminationDrainDuration', 'termination_drain_duration', 'drainDuration', 'drain_duration']);
const METADATA_KEYS = new Set(['proxyMetadata', 'proxy_metadata']);

interface Setting {
  text: string;
  ref: Ref;
}

/** Drain settings written in the annotation, in document order: TDD / DD fields and EZ / MIN in proxyMetadata. */
function drainSettings(view: DocView): Setting[] {
  const value = view.value;
  if (!isRecord(value)) return [];
  const out: Setting[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (DURATION_KEYS.has(key) && typeof v === 'string' && v !== '') {
      out.push({ text: `${key} ${v}`, ref: { view, path: [key] } });
    } else if (METADATA_KEYS.has(key) && isRecord(v)) {
      for (const [name, mv] of Object.entries(v)) {
        // "" unsets a key: nothing is set.
        if ((name === EZ || name === MIN) && typeof mv === 'string' && mv !== '') out.push({ text: `${name} "${mv}"`, ref: { view, path: [key, name] } });
      }
    }
  }
  return out;
}


export default defineRule({
  meta: {
    id: 'drain-settings-unused',
    severity: 'info',
    description: 'Drain settings in the proxy.istio.io/config annotation of a pod that gets no sidecar (hostNetwork, sidecar.istio.io/inject "false", a system namespace, ambient mode, a Namespace that does not inject) are never read.',
    fixable: false,
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        if (w.origin !== 'pod' || rw.sidecar.status !== 'none' || rw.sidecar.reason === NO_SIGNAL) return;
        // A pod admission would deny once injected gets only the value finding (it names the injection status).
        if (rw.admissionDenied) return;
        // The injection rules explain the missing sidecar themselves (catalogue "One fault, one finding").
        if (annotationNotLabel(w, ctx.inventory) || blockedByNamespace(w, ctx.inventory)) return;
        const view = w.proxyConfigAnnotation?.view;
        if (!view) return;
        const settings = drainSettings(view);
        const first = settings[0];
        if (!first) return;
        const cause = noSidecarCause(w, ctx.inventory);
        const related: RelatedValue[] = settings.slice(1).map((s) => ({ message: `${s.text} (${PROXY_CONFIG_ANNOTATION} annotation)`, ref: s.ref }));
        if (cause?.ref) related.push({ message: `no sidecar: ${cause.what}`, ref: cause.ref });
        const plural = settings.length > 1;
        const fix = cause?.enable ? `Remove ${plural ? 'them' : 'it'}, or, if the pod is meant to have a sidecar, ${cause.enable}.` : `Remove ${plural ? 'them' : 'it'}.`;
        ctx.report({
          at: first.ref,
          workload: w,
          message: `${joinWords(settings.map((s) => s.text))} in the ${PROXY_CONFIG_ANNOTATION} annotation of ${workloadName(rw)} ${plural ? 'are' : 'is'} never read: the pod gets no sidecar (${rw.sidecar.reason}). ${fix}`,
          related,
        });
      },
    };
  },
});
