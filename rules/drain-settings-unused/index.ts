import { EZ, MIN, PROXY_CONFIG_ANNOTATION, annotationNotLabel, blockedByNamespace, defineRule, fact, isRecord, namespaceInjection, namespaceState, noSidecarCause, valueList } from '../../src/rule-api.js';
import type { DocView, Ref, RelatedValue } from '../../src/rule-api.js';
/** The sidecar status reason of a pod with no mesh signal at all: not "ruled out", just not in the mesh. */
const NO_SIGNAL = 'nothing says it is in the mesh';
const DURATION_KEYS = new Set(['terminationDrainDuration', 'termination_drain_duration', 'drainDuration', 'drain_duration']);
const METADATA_KEYS = new Set(['proxyMetadata', 'proxy_metadata']);

interface Setting {
  /** `terminationDrainDuration`, `EXIT_ON_ZERO_ACTIVE_CONNECTIONS`… */
  name: string;
  /** As shown: `30s`, `"true"`. */
  value: string;
  ref: Ref;
}

const text = (s: Setting) => `${s.name} ${s.value}`;

/** Drain settings written in the annotation, in document order: TDD / DD fields and EZ / MIN in proxyMetadata. */
function drainSettings(view: DocView): Setting[] {
  const value = view.value;
  if (!isRecord(value)) return [];
  const out: Setting[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (DURATION_KEYS.has(key) && typeof v === 'string' && v !== '') {
      out.push({ name: key, value: v, ref: { view, path: [key] } });
    } else if (METADATA_KEYS.has(key) && isRecord(v)) {
      for (const [name, mv] of Object.entries(v)) {
        // "" unsets a key: nothing is set.
        if ((name === EZ || name === MIN) && typeof mv === 'string' && mv !== '') out.push({ name, value: JSON.stringify(mv), ref: { view, path: [key, name] } });
      }
    }
  }
  return out;
}

const REMOVE = `Remove {{them}} from the ${PROXY_CONFIG_ANNOTATION} annotation, or, if the pod is meant to have a sidecar,`;
const WHY = `Only the sidecar injector and pilot-agent read ${PROXY_CONFIG_ANNOTATION}; without a sidecar the pod stops as plain Kubernetes does: preStop, SIGTERM, SIGKILL at terminationGracePeriodSeconds.`;

export default defineRule({
  meta: {
    id: 'drain-settings-unused',
    severity: 'info',
    description: 'Drain settings in the proxy.istio.io/config annotation of a pod that gets no sidecar (hostNetwork, sidecar.istio.io/inject "false", a system namespace, ambient mode, a Namespace that does not inject) are never read.',
    help: 'Remove the drain settings from the proxy.istio.io/config annotation, or, if the pod is meant to have a sidecar, remove what rules the sidecar out.',
    fixable: false,
    messages: {
      injectFalse: {
        message: '{{settings}} {{verb}} never read: sidecar.istio.io/inject is "false", so there is no sidecar.',
        help: `${REMOVE} drop the sidecar.istio.io/inject: "false" {{where}}. ${WHY} Values: {{values}}.`,
      },
      hostNetwork: {
        message: '{{settings}} {{verb}} never read: hostNetwork pods get no sidecar.',
        help: `${REMOVE} turn hostNetwork off. ${WHY} Values: {{values}}.`,
      },
      systemNamespace: {
        message: '{{settings}} {{verb}} never read: pods in {{namespace}} get no sidecar.',
        help: `${REMOVE} run it in another namespace. ${WHY} Values: {{values}}.`,
      },
      namespaceOptOut: {
        message: '{{settings}} {{verb}} never read: Namespace {{namespace}} has {{state}}, so there is no sidecar.',
        help: `${REMOVE} set the istio-injection label of Namespace {{namespace}} to enabled. ${WHY} Values: {{values}}.`,
      },
      namespaceNotInjecting: {
        message: '{{settings}} {{verb}} never read: neither Namespace {{namespace}} nor the pod opts in to sidecar injection.',
        help: `${REMOVE} label Namespace {{namespace}} istio-injection=enabled or the pod template sidecar.istio.io/inject: "true". ${WHY} Values: {{values}}.`,
      },
      ambient: {
        message: '{{settings}} {{verb}} never read: the pod is in ambient mode, without a sidecar.',
        help: `${REMOVE} label the pod template sidecar.istio.io/inject: "true" (a sidecar takes precedence over ambient). In ambient mode ztunnel carries the pod's traffic and has no per-pod drain settings. ${WHY} Values: {{values}}.`,
      },
    },
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
        // Always found: noSidecarCause mirrors the resolver's reasons for "no sidecar".
        const cause = noSidecarCause(w, ctx.inventory);
        if (!cause) return;
        const related: RelatedValue[] = settings.slice(1).map((s) => ({ message: `${text(s)} (${PROXY_CONFIG_ANNOTATION} annotation)`, ref: s.ref }));
        if (cause.ref) related.push({ message: `no sidecar: ${cause.what}`, ref: cause.ref });
        const plural = settings.length > 1;
        const deciding = cause.ns ? namespaceInjection(cause.ns) : fact(cause.setting!.name, cause.setting!.value, cause.setting!.source, cause.ref);
        ctx.report({
          at: first.ref,
          workload: w,
          messageId: cause.kind,
          data: {
            settings: settings.length > 2 ? `${text(first)} and ${settings.length - 1} more drain settings` : settings.map(text).join(' and '),
            verb: plural ? 'are' : 'is',
            them: plural ? 'them' : 'it',
            where: cause.setting?.source === 'pod annotation' ? 'annotation' : 'label',
            namespace: cause.ns?.name ?? cause.namespace ?? '',
            state: cause.ns ? namespaceState(cause.ns) : '',
            values: valueList([...settings.map((s) => fact(s.name, s.value, `${PROXY_CONFIG_ANNOTATION} annotation`, s.ref)), deciding]),
          },
          related,
        });
      },
    };
  },
});
