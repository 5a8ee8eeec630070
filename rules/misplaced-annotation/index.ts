import { REV, WORKLOAD_TEMPLATE, defineRule, fixOf, get, joinWords, parseEmbedded, isIgnoreAnnotation, isRecord, istioComponent, neverInjectedNamespace, optsOutOfInjection, rootNamespace, valueList } from '../../src/rule-api.js';
import type { Fix, Path, PathSeg, Ref, RelatedValue, ResolvedWorkload, Valued, Workload } from '../../src/rule-api.js';
/** Annotations that only mean something on the pod (catalogue row misplaced-annotation, D07). */
const POD_ANNOTATION = /^(?:proxy\.istio\.io\/config|sidecar\.istio\.io\/.+|inject\.istio\.io\/templates|status\.sidecar\.istio\.io\/port|readiness\.status\.sidecar\.istio\.io\/.+|drainlint\.io\/.+)$/;
/** Labels the injection webhook's objectSelector matches on the pod only. */
const POD_LABELS = new Set(['sidecar.istio.io/inject', 'istio.io/rev']);
const INJECT = 'sidecar.istio.io/inject';
const PROXY_CONFIG = 'proxy.istio.io/config';

type Field = 'annotations' | 'labels';
type MessageId = 'proxyConfig' | 'injectorAnnotation' | 'drainlintAnnotation' | 'injectAnnotation' | 'injectionLabel' | 'podTemplateDiffers' | 'proxyConfigMerge';

/** Who reads the key from the pod, for the help of a finding whose pod template has its own value. */
function reader(key: string, field: Field): string {
  if (field === 'labels') return "the injection webhook's objectSelector matches pod labels only";
  if (key.startsWith('drainlint.io/')) return 'drainlint reads its annotations from the pod template only';
  if (key === PROXY_CONFIG) return 'the sidecar injector and pilot-agent read it from the pod only';
  if (key === INJECT) return 'the injector reads it from the pod only, and there as a label';
  return 'the sidecar injector reads it from the pod only';
}

/** The value as quoted in a message: short scalars only (a block scalar or a mapping is not repeated). */
function shown(value: unknown, key: string): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === null || typeof value === 'object') return '';
  else text = String(value);
  return !text.includes('\\n') && text.length <= 40 && key.length + text.length <= 80 ? text : '';
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The settings of a misplaced proxy.istio.io/config that the pod template's own one lacks: paths
 * to scalars (into maps both have, such as proxyMetadata); undefined when a value is a list.
 */
function missingSettings(misplaced: unknown, pod: unknown, at: PathSeg[] = []): PathSeg[][] | undefined {
  if (Array.isArray(misplaced)) return undefined;
  if (!isRecord(misplaced)) return pod === undefined ? [at] : [];
  if (pod !== undefined && !isRecord(pod)) return [];
  const out: PathSeg[][] = [];
  for (const [k, v] of Object.entries(misplaced)) {
    const sub = missingSettings(v, isRecord(pod) ? pod[k] : undefined, [...at, k]);
    if (!sub) return undefined;
    out.push(...sub);
  }
  return out;
}

/**
 * The merge of a misplaced proxy.istio.io/config into the pod template's: each setting the pod
 * template lacks is copied as written, then the misplaced annotation goes. None when there is
 * nothing to add (then removing it is the fix) or the texts do not parse as mappings.
 */
function mergeFix(misplaced: Ref, pod: Ref | undefined): { fix: Fix; keys: string } | undefined {
  const from = parseEmbedded(misplaced).view;
  const into = pod ? parseEmbedded(pod).view : undefined;
  if (!from || !into || !isRecord(from.value) || !isRecord(into.value)) return undefined;
  const paths = missingSettings(from.value, into.value);
  if (!paths || paths.length === 0) return undefined;
  const fix = fixOf('layout', [...paths.map((p) => ({ op: 'set' as const, at: { view: into, path: p }, from: { view: from, path: p } })), { op: 'remove', at: misplaced }]);
  return fix && { fix, keys: joinWords(paths.map((p) => p.join('.'))) };
}

/**
 * `istio.io/rev` on a workload's own metadata is also Istio's ownership label: its charts put it on
 * every object they render. It is misplaced only where it must be meant to select the revision that
 * injects the pods: the pod template does not carry the label itself (any value), the pod does not
 * opt out of injection, the workload is not one of Istio's own components (istiod, istio-cni,
 * ztunnel, gateways), and its namespace is one the injector serves (not kube-system & co, not
 * Istio's root namespace).
 */
function ownershipLabel(rw: ResolvedWorkload): boolean {
  const w = rw.workload;
  if (w.podLabels[REV] !== undefined || optsOutOfInjection(w)) return true;
  if (istioComponent(w, rw.gateway) !== undefined) return true;
  return neverInjectedNamespace(w, rootNamespace(rw.meshSources)) !== undefined;
}

export default defineRule({
  meta: {
    id: 'misplaced-annotation',
    severity: 'error',
    description: "Istio and drainlint annotations (and the sidecar.istio.io/inject and istio.io/rev labels) on a workload's own metadata instead of its pod template, where nothing reads them.",
    help: "Move the key to the pod template's metadata (spec.template.metadata; for a CronJob spec.jobTemplate.spec.template.metadata): the sidecar injector, pilot-agent and drainlint read these keys from the pod only.",
    fixable: true,
    fixTypes: ['layout'],
    messages: {
      proxyConfig: {
        message: 'The annotation proxy.istio.io/config is on {{place}}, so none of its proxy settings apply.',
        help: 'Move it to {{target}}: the sidecar injector and pilot-agent read it from the pod only, and {{lands}}.',
      },
      injectorAnnotation: {
        message: 'The annotation {{key}}{{value}} is on {{place}}, so the sidecar injector never sees it.',
        help: 'Move it to {{target}}: the sidecar injector reads it from the pod only, and {{lands}}.',
      },
      drainlintAnnotation: {
        message: 'The annotation {{key}}{{value}} is on {{place}}, so drainlint ignores it.',
        help: 'Move it to {{target}}: drainlint reads its own annotations from the pod template only, as Istio does, and {{lands}}.',
      },
      injectAnnotation: {
        message: 'The annotation sidecar.istio.io/inject{{value}} is on {{place}}, where the injector never sees it.',
        help: 'Move it to {{target}}, as a label: the injection webhook selects pods by label, so the deprecated annotation form cannot opt a pod in, and {{lands}}.',
      },
      injectionLabel: {
        message: 'The label {{key}}{{value}} is on {{place}}, so it {{effect}}.',
        help: "Move it to {{target}}: the injection webhook's objectSelector matches the labels of the pod being created only, and {{lands}}.",
      },
      proxyConfigMerge: {
        message: "The annotation proxy.istio.io/config on {{place}} is ignored; the pod template's own one counts.",
        help: "Merge it into the pod template's: add {{keys}} to {{target}}.proxy.istio.io/config (its own values stay), and remove this one: the sidecar injector and pilot-agent read it from the pod only, and {{lands}}. Values: {{values}}.",
      },
      podTemplateDiffers: {
        message: "The {{noun}} {{key}}{{value}} on {{place}} is ignored; the pod template's {{podValue}} counts.",
        help: 'Remove this one, or set the value you want in {{target}}: {{reader}}, and {{lands}}. Values: {{values}}.',
      },
    },
  },
  create(ctx) {
    function check(w: Workload, site: Site, field: Field, key: string, value: unknown, tpl: string) {
      // The deprecated inject annotation belongs on the pod as a label (the webhook selects by label).
      const targetField: Field = field === 'annotations' && key === INJECT ? 'labels' : field;
      const podRefs: Ref[] = [{ view: w.view, path: [...w.podMetaPath, targetField, key] }];
      if (targetField !== field) podRefs.push({ view: w.view, path: [...w.podMetaPath, field, key] });
      const podValues = podRefs.map((ref) => ({ ref, value: get(w.view.value, ref.path) })).filter((p) => p.value !== undefined);
      // The same key with the same value on the pod template too: a harmless copy (kustomize commonLabels…).
      if (podValues.some((p) => same(p.value, value))) return;
      const noun = field === 'annotations' ? 'annotation' : 'label';
      const at: Ref = { view: w.view, path: [...site.meta, field, key], target: 'key' };
      const quoted = key === PROXY_CONFIG ? '' : shown(value, key);
      const base = { key, value: quoted ? `: ${quoted}` : '', place: site.place, target: `${tpl}.metadata.${targetField}`, lands: site.lands };
      const related: RelatedValue[] = [];
      const pod = podValues[0];
      let messageId: MessageId;
      let data: Record<string, string>;
      if (pod) {
        const podShown = shown(pod.value, key);
        related.push({ message: `${key}${podShown ? `: ${podShown}` : ''} (pod template)`, ref: pod.ref });
        const podField = String(pod.ref.path[pod.ref.path.length - 2]);
        const values: [string, Valued<unknown>][] = [
          [key, { value: quoted || 'set', prov: { level: 'pod-spec', source: `${site.source} ${field}`, ref: at } }],
          [key, { value: podShown || 'set', prov: { level: 'pod-spec', source: `pod template ${podField}`, ref: pod.ref } }],
        ];
        messageId = 'podTemplateDiffers';
        data = { ...base, noun, podValue: podShown || 'own value', reader: reader(key, field), values: valueList(values) };
        // Two proxy configs: the settings only the misplaced one has are merged into the pod template's.
        const merge = key === PROXY_CONFIG ? mergeFix({ view: w.view, path: at.path }, pod.ref) : undefined;
        if (merge) {
          ctx.report({ at, workload: w, messageId: 'proxyConfigMerge', data: { ...base, keys: merge.keys, values: valueList(values) }, related, fix: merge.fix });
          return;
        }
      } else if (field === 'labels') {
        messageId = 'injectionLabel';
        data = { ...base, effect: key === INJECT ? 'opts no pod in or out of injection' : 'selects no revision for the pods' };
      } else if (key === PROXY_CONFIG) {
        messageId = 'proxyConfig';
        data = base;
      } else if (key === INJECT) {
        messageId = 'injectAnnotation';
        data = base;
      } else if (key.startsWith('drainlint.io/')) {
        messageId = 'drainlintAnnotation';
        data = base;
      } else {
        messageId = 'injectorAnnotation';
        data = base;
      }
      // The help's change: move the key as written (a block scalar keeps its style) to the pod
      // template, or, when the pod template has its own value (which counts), remove this one.
      const from: Ref = { view: w.view, path: at.path };
      const fix = pod ? fixOf('layout', [{ op: 'remove', at: from }]) : fixOf('layout', [{ op: 'set', at: podRefs[0]!, from }, { op: 'remove', at: from }]);
      ctx.report({ at, workload: w, messageId, data, related, fix });
    }

    return {
      workload(rw) {
        const w = rw.workload;
        const template = WORKLOAD_TEMPLATE[w.kind];
        if (!template || template.length === 0) return; // a Pod's metadata is the pod's
        const tpl = template.join('.');
        const sites: Site[] = [
          {
            meta: [...w.base, 'metadata'],
            place: `the ${w.kind}'s own metadata`,
            source: `${w.kind} metadata`,
            lands: `a ${w.kind}'s own labels and annotations are never copied onto its pods`,
          },
        ];
        // A CronJob's Job template has metadata of its own: it lands on the Job, not on the pod.
        if (w.kind === 'CronJob') {
          sites.push({
            meta: [...w.base, 'spec', 'jobTemplate', 'metadata'],
            place: "the Job template's metadata",
            source: 'Job template metadata',
            lands: 'spec.jobTemplate.metadata lands on the Job, not on its pods',
          });
        }
        for (const site of sites) {
          for (const field of ['annotations', 'labels'] as const) {
            const map = get(w.view.value, [...site.meta, field]);
            if (!isRecord(map)) continue; // a wrong type is invalid-field-type's
            for (const [key, value] of Object.entries(map)) {
              // drainlint's suppression annotations suppress on the workload's own metadata too.
              const relevant = field === 'labels' ? POD_LABELS.has(key) : POD_ANNOTATION.test(key) && !isIgnoreAnnotation(key);
              if (!relevant) continue;
              if (field === 'labels' && key === REV && ownershipLabel(rw)) continue;
              check(w, site, field, key, value, tpl);
            }
          }
        }
      },
    };
  },
});

interface Site {
  meta: Path;
  /** Where the key is, in a message: "the Deployment's own metadata". */
  place: string;
  /** The same as a value's source in help texts: "Deployment metadata". */
  source: string;
  /** Why nothing on the pod sees it. */
  lands: string;
}
