import { defineRule, type RelatedValue } from '../../src/rule.js';
import { origin } from '../../src/describe.js';
import { PROXY_CONFIG_ANNOTATION } from '../../src/domain/names.js';
import { type Workload } from '../../src/inventory/model.js';
import { EZ, MIN } from '../../src/domain/names.js';
import { isRecord } from '../../src/yaml/paths.js';

const KEYS: readonly string[] = [EZ, MIN];

/** The value as it should be written elsewhere: always a quoted string. */
function quoted(value: unknown): string {
  return JSON.stringify(typeof value === 'string' ? value : String(value));
}

/** Why the annotation's proxyMetadata never becomes env on this kind of gateway. */
function why(w: Workload): string {
  if (w.origin === 'iop-gateway') {
    return `this IstioOperator gateway is not injected: pilot-agent reads the ${PROXY_CONFIG_ANNOTATION} annotation (k8s.podAnnotations) at runtime, and only the injector turns proxyMetadata into environment variables`;
  }
  const where = w.annotationsPath.includes('infrastructure') ? 'spec.infrastructure.annotations' : 'metadata.annotations';
  return `istiod deploys this Gateway (class ${w.gatewayClass ?? 'istio'}) itself and computes its ProxyConfig without annotations: the ${PROXY_CONFIG_ANNOTATION} annotation copied from ${where} is read at runtime only, and its proxyMetadata never becomes an environment variable`;
}

/** Where the variable does reach the gateway's istio-proxy environment. */
function instead(w: Workload, name: string, value: string): string {
  if (w.origin === 'iop-gateway') return `Set it in k8s.env of this gateway entry instead (- name: ${name}, value: ${value})`;
  const ns = w.namespace ?? w.effectiveNamespace;
  return (
    `Set it with a ProxyConfig in ${ns ? `namespace ${ns}` : "the Gateway's namespace"} whose selector.matchLabels is gateway.networking.k8s.io/gateway-name: ${w.name ?? '<name>'} ` +
    `and whose spec.environmentVariables has ${name}: ${value} instead`
  );
}

export default defineRule({
  meta: {
    id: 'annotation-not-rendered',
    severity: 'error',
    description: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS or MINIMUM_DRAIN_DURATION in the proxyMetadata of a proxy.istio.io/config annotation on a gateway that is not injected (IstioOperator gateway, Gateway API): it never becomes the proxy\'s environment.',
    fixable: false,
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        if (w.annotationMetadataRendered || rw.admissionDenied) return;
        const ann = w.proxyConfigAnnotation;
        if (!ann?.view || !isRecord(ann.view.value)) return;
        for (const mdKey of ['proxyMetadata', 'proxy_metadata']) {
          const md = ann.view.value[mdKey];
          if (!isRecord(md)) continue;
          for (const name of KEYS) {
            if (!(name in md)) continue;
            const raw = md[name];
            const effective = rw.proxyEnv.get(name);
            const related: RelatedValue[] = [];
            if (effective?.prov.ref) related.push({ message: `${name} "${effective.value}" (${effective.prov.source})`, ref: effective.prov.ref });
            const shown = effective ? `"${effective.value}" from ${origin(effective.prov)}` : `${name === EZ ? 'false' : '5s'} (default)`;
            const unset = raw === '' || raw === null || raw === undefined;
            let tail: string;
            if (unset) {
              tail = effective
                ? `so the empty value does not unset it: the proxy keeps ${name} ${shown}. ${instead(w, name, name === EZ ? '"false"' : '"5s"')}.`
                : `so the empty value has no effect (the proxy's ${name} is ${shown}). Remove it.`;
            } else if (effective && effective.value === String(raw)) {
              tail = `so the proxy's ${name} is ${shown}, not from this annotation. Remove it here.`;
            } else if (effective && (effective.prov.level === 'proxy-container' || effective.prov.level === 'selector-proxyconfig')) {
              // Already set for this gateway alone, in the place that works: that value wins.
              tail = `so the proxy's ${name} stays ${shown}. Remove it here, or change that value to ${quoted(raw)} if that was meant.`;
            } else {
              tail = `so the proxy's ${name} stays ${shown}. ${instead(w, name, quoted(raw))}.`;
            }
            ctx.report({
              at: { view: ann.view, path: [mdKey, name], target: 'key' },
              workload: w,
              message: `${name} is set in the proxyMetadata of the ${PROXY_CONFIG_ANNOTATION} annotation, but ${why(w)}, ${tail}`,
              related,
            });
          }
        }
      },
    };
  },
});
