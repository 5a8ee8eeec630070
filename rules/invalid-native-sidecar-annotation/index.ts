import { NATIVE_ANNOTATION, PROXY_CONTAINER, compareVersions, defineRule, valueList } from '../../src/rule-api.js';
import type { Provenance, Valued } from '../../src/rule-api.js';
const MEANS_TRUE = /^\s*(true|t|yes|y|on|1|enabled?|native)\s*$/i;
const MEANS_FALSE = /^\s*(false|f|no|n|off|0|disabled?|classic)\s*$/i;

/** How each Istio version reads a value other than exactly "true" or "false" (spec §8.3). */
const BOTH_READINGS = 'Istio 1.24–1.26 make the sidecar native only for exactly "true"; from 1.27 the injection template makes it native for every value but exactly "false".';

export default defineRule({
  meta: {
    id: 'invalid-native-sidecar-annotation',
    severity: 'warning',
    description: 'The sidecar.istio.io/nativeSidecar annotation is not exactly "true" or "false": the injection template turns native mode on for every other value, while the code that moves istio-proxy knows only the exact ones.',
    help: 'Write exactly "true" or "false" (quoted, lower case), or remove the annotation to let istiod\'s ENABLE_NATIVE_SIDECARS decide.',
    fixable: false,
    messages: {
      empty: {
        message: `${NATIVE_ANNOTATION} is empty: the injector treats it as unset, so istiod's ENABLE_NATIVE_SIDECARS decides.`,
        help: 'Write "true" or "false", or remove the annotation if istiod\'s ENABLE_NATIVE_SIDECARS should decide. Values: {{values}}.',
      },
      readAsNative: {
        versions: ['istio'],
        message: `${NATIVE_ANNOTATION} is "{{value}}", which Istio {{version}} reads as native, whatever ENABLE_NATIVE_SIDECARS says.`,
        help: `Write {{target}}{{meaning}}. ${BOTH_READINGS} Values: {{values}}.`,
      },
      readAsClassic: {
        versions: ['istio'],
        message: `${NATIVE_ANNOTATION} is "{{value}}", which Istio {{version}} reads as classic and Istio 1.27 and later as native.`,
        help: `Write {{target}}{{meaning}}. ${BOTH_READINGS} Values: {{values}}.`,
      },
      versionDependent: {
        message: `${NATIVE_ANNOTATION} is "{{value}}", which Istio 1.24–1.26 read as classic and Istio 1.27 and later as native.`,
        help: `Write {{target}}{{meaning}}. ${BOTH_READINGS} Values: {{values}}.`,
      },
      ignored: {
        versions: ['istio'],
        message: `${NATIVE_ANNOTATION} is "{{value}}": Istio {{version}} ignores it, but Istio 1.27 and later read it as native.`,
        help: `Write {{target}}{{meaning}}, or remove the annotation. Istio reads it from 1.24 on: ${BOTH_READINGS} Values: {{values}}.`,
      },
      twoProxies: {
        versions: ['istio'],
        message: `${NATIVE_ANNOTATION} is "{{value}}": on Istio {{versions}} the pod can end up with two istio-proxy containers, a native one and its own.`,
        help:
          'Write {{target}}{{meaning}}. The injection template makes the sidecar native for every value but exactly "false", while the code that moves the ' +
          "pod's own istio-proxy container to initContainers knows only the exact values and otherwise follows istiod's ENABLE_NATIVE_SIDECARS: unless istiod " +
          'enables native sidecars, the pod ends up with two istio-proxy containers. Values: {{values}}.',
      },
    },
  },
  create(ctx) {
    const istio = ctx.config.istioVersion;
    return {
      workload(rw) {
        const w = rw.workload;
        // Gateways have no sidecar to make native; a pod without a proxy never reads it.
        if (rw.gateway || rw.sidecar.status === 'none' || rw.admissionDenied) return;
        const value = w.podAnnotations[NATIVE_ANNOTATION];
        // A YAML boolean or number is invalid-field-type's (the API server rejects it).
        if (typeof value !== 'string' || value === 'true' || value === 'false') return;
        const at = { view: w.view, path: [...w.annotationsPath, NATIVE_ANNOTATION] };
        const annotation: Valued<string> = { value: JSON.stringify(value), prov: { level: 'annotation', source: 'pod template annotation', ref: at } satisfies Provenance };
        const values: [string, Valued<unknown>][] = [[NATIVE_ANNOTATION, annotation]];
        if (value.trim() === '') {
          ctx.report({ at, workload: w, messageId: 'empty', data: { values: valueList(values) } });
          return;
        }
        const meant = MEANS_FALSE.test(value) ? 'false' : MEANS_TRUE.test(value) ? 'true' : undefined;
        const data = {
          value: shown(value),
          target: meant ? `"${meant}"` : '"true" or "false"',
          meaning: meant ? ` (what "${shown(value)}" seems to mean)` : '',
          version: istio ?? '',
        };
        const own = w.containers.find((c) => c.name === PROXY_CONTAINER && !c.init);
        // How the target Istio reads it (spec §8.3): ignored before 1.24, exact "true" only on 1.24–1.26, all but "false" from 1.27.
        const reading = !istio ? 'both' : compareVersions(istio, '1.24') < 0 ? 'ignored' : compareVersions(istio, '1.27') < 0 ? 'classic' : 'native';
        if (own && (reading === 'native' || reading === 'both')) {
          const container: Valued<string> = { value: 'container', prov: { level: 'proxy-container', source: 'pod spec', ref: { view: w.view, path: own.path } } };
          values.push([PROXY_CONTAINER, container]);
          ctx.report({ at, workload: w, messageId: 'twoProxies', data: { ...data, versions: istio ?? '1.27 and later', values: valueList(values) } });
          return;
        }
        const messageId = reading === 'both' ? 'versionDependent' : reading === 'ignored' ? 'ignored' : reading === 'classic' ? 'readAsClassic' : 'readAsNative';
        ctx.report({ at, workload: w, messageId, data: { ...data, values: valueList(values) } });
      },
    };
  },
});

/** The value as the message shows it: short enough for one line. */
function shown(value: string): string {
  return value.length > 24 ? `${value.slice(0, 23)}…` : value;
}
