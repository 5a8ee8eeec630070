import { defineRule } from '../../src/rule.js';
import { PROXY_CONTAINER } from '../../src/domain/names.js';
import { NATIVE_ANNOTATION } from '../../src/domain/names.js';

const MEANS_TRUE = /^\s*(true|t|yes|y|on|1|enabled?|native)\s*$/i;
const MEANS_FALSE = /^\s*(false|f|no|n|off|0|disabled?|classic)\s*$/i;

export default defineRule({
  meta: {
    id: 'invalid-native-sidecar-annotation',
    severity: 'warning',
    description: 'The sidecar.istio.io/nativeSidecar annotation is not exactly "true" or "false": the injection template turns native mode on for every other value, while the code that moves istio-proxy knows only the exact ones.',
    fixable: false,
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        // Gateways have no sidecar to make native; a pod without a proxy never reads it.
        if (rw.gateway || rw.sidecar.status === 'none' || rw.admissionDenied) return;
        const value = w.podAnnotations[NATIVE_ANNOTATION];
        // A YAML boolean or number is invalid-field-type's (the API server rejects it).
        if (typeof value !== 'string' || value === 'true' || value === 'false') return;
        const at = { view: w.view, path: [...w.annotationsPath, NATIVE_ANNOTATION] };
        let message: string;
        if (value.trim() === '') {
          message = `${NATIVE_ANNOTATION} is empty: the injector treats it as unset, so istiod's ENABLE_NATIVE_SIDECARS decides; write "true" or "false", or remove it.`;
        } else {
          const meant = MEANS_FALSE.test(value) ? 'false' : MEANS_TRUE.test(value) ? 'true' : undefined;
          const effect = meant === 'false' ? 'so this pod gets a native sidecar, the opposite of what it says' : "so this pod gets a native sidecar whatever istiod's ENABLE_NATIVE_SIDECARS says";
          const own = w.containers.find((c) => c.name === PROXY_CONTAINER && !c.init);
          const moved = own
            ? '; the istio-proxy container the pod declares is moved to initContainers only for exactly "true", so unless istiod enables native sidecars the pod ends up with two istio-proxy containers'
            : '';
          message =
            `${NATIVE_ANNOTATION}: "${value}" is neither "true" nor "false": Istio's injection template treats every value but exactly "false" as native, ${effect}${moved}. ` +
            (meant ? `Write "${meant}".` : 'Write "true" or "false".');
        }
        ctx.report({ at, workload: w, message });
      },
    };
  },
});
