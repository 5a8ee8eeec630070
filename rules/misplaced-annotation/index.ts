import { defineRule, type RelatedValue } from '../../src/rule.js';
import { WORKLOAD_TEMPLATE, type Workload } from '../../src/inventory/model.js';
import type { Path, Ref } from '../../src/types.js';
import { get, isRecord } from '../../src/yaml/paths.js';
import { locate } from '../../src/yaml/locate.js';

/** Annotations that only mean something on the pod (catalogue row misplaced-annotation, D07). */
const POD_ANNOTATION = /^(?:proxy\.istio\.io\/config|sidecar\.istio\.io\/.+|inject\.istio\.io\/templates|status\.sidecar\.istio\.io\/port|readiness\.status\.sidecar\.istio\.io\/.+|drainlint\.io\/.+)$/;
/** Labels the injection webhook's objectSelector matches on the pod only. */
const POD_LABELS = new Set(['sidecar.istio.io/inject', 'istio.io/rev']);
const INJECT = 'sidecar.istio.io/inject';

type Field = 'annotations' | 'labels';

/** Who reads the key, and so why the workload's own metadata is the wrong place. */
function reader(key: string, field: Field): string {
  if (field === 'labels') {
    const effect = key === INJECT ? 'it opts no pod in or out' : 'it selects no revision for the pods';
    return `the injection webhook's objectSelector matches pod labels only, so ${effect}`;
  }
  if (key.startsWith('drainlint.io/')) return 'drainlint reads it from the pod template only, so it is ignored';
  if (key === 'proxy.istio.io/config') return 'the sidecar injector and pilot-agent read it from the pod only, so none of its proxy settings apply';
  if (key === INJECT) return 'the injector reads it from the pod only, and there as a label (the annotation form is deprecated and cannot opt a pod in)';
  return 'the sidecar injector reads it from the pod only, so it has no effect';
}

function shown(value: unknown): string {
  if (typeof value === 'string') return !value.includes('\n') && value.length <= 60 ? `: "${value}"` : '';
  if (value === null || typeof value === 'object') return '';
  return `: ${String(value)}`;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export default defineRule({
  meta: {
    id: 'misplaced-annotation',
    severity: 'error',
    description: "Istio and drainlint annotations (and the sidecar.istio.io/inject and istio.io/rev labels) on a workload's own metadata instead of its pod template, where nothing reads them.",
    fixable: false,
  },
  create(ctx) {
    function check(w: Workload, site: { meta: Path; place: string }, field: Field, key: string, value: unknown, tpl: string) {
      // The deprecated inject annotation belongs on the pod as a label (the webhook selects by label).
      const targetField: Field = field === 'annotations' && key === INJECT ? 'labels' : field;
      const podRefs: Ref[] = [{ view: w.view, path: [...w.podMetaPath, targetField, key] }];
      if (targetField !== field) podRefs.push({ view: w.view, path: [...w.podMetaPath, field, key] });
      const podValues = podRefs.map((ref) => ({ ref, value: get(w.view.value, ref.path) })).filter((p) => p.value !== undefined);
      // The same key with the same value on the pod template too: a harmless copy (kustomize commonLabels…).
      if (podValues.some((p) => same(p.value, value))) return;
      const noun = field === 'annotations' ? 'annotation' : 'label';
      const target = `${tpl}.metadata.${targetField}`;
      const what = `The ${noun} ${key}${key === 'proxy.istio.io/config' ? '' : shown(value)} is on ${site.place}, but ${reader(key, field)}`;
      let fix: string;
      const related: RelatedValue[] = [];
      const pod = podValues[0];
      if (pod) {
        const at = `${pod.ref.view.file.path}:${locate(pod.ref).line}`;
        const podValue = shown(pod.value).replace(/^: /, ' ') || ' its own';
        fix = `; the pod template sets${podValue} (${at}), which is what counts. Remove this one, or set the value you want in ${target}.`;
        related.push({ message: `${key}${shown(pod.value)} (pod template)`, ref: pod.ref });
      } else {
        fix = `. Move it to ${target}.`;
      }
      ctx.report({ at: { view: w.view, path: [...site.meta, field, key], target: 'key' }, workload: w, message: `${what}${fix}`, related });
    }

    return {
      workload(rw) {
        const w = rw.workload;
        const template = WORKLOAD_TEMPLATE[w.kind];
        if (!template || template.length === 0) return; // a Pod's metadata is the pod's
        const tpl = template.join('.');
        const sites: { meta: Path; place: string }[] = [{ meta: [...w.base, 'metadata'], place: `the ${w.kind}'s own metadata` }];
        // A CronJob's Job template has metadata of its own: it lands on the Job, not on the pod.
        if (w.kind === 'CronJob') sites.push({ meta: [...w.base, 'spec', 'jobTemplate', 'metadata'], place: "the Job template's metadata (spec.jobTemplate.metadata)" });
        for (const site of sites) {
          for (const field of ['annotations', 'labels'] as const) {
            const map = get(w.view.value, [...site.meta, field]);
            if (!isRecord(map)) continue; // a wrong type is invalid-field-type's
            for (const [key, value] of Object.entries(map)) {
              const relevant = field === 'labels' ? POD_LABELS.has(key) : POD_ANNOTATION.test(key);
              if (!relevant) continue;
              check(w, site, field, key, value, tpl);
            }
          }
        }
      },
    };
  },
});
