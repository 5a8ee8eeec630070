import { DEFAULT_MIN, EZ, MIN, PROXY_CONFIG_ANNOTATION, defineRule, formatSeconds, isRecord, sourceWords, valueList, written } from '../../src/rule-api.js';
import type { Ref, RelatedValue, Valued, Workload } from '../../src/rule-api.js';
const KEYS: readonly string[] = [EZ, MIN];

/** The value as it should be written elsewhere: always a quoted string. */
function quoted(value: unknown): string {
  return JSON.stringify(typeof value === 'string' ? value : String(value));
}

/** Why the annotation's proxyMetadata never becomes env on this kind of gateway (a sentence without its period). */
function why(w: Workload): string {
  if (w.origin === 'iop-gateway') {
    return `This IstioOperator gateway is not injected: pilot-agent reads the ${PROXY_CONFIG_ANNOTATION} annotation (k8s.podAnnotations) at runtime, and only the injector turns proxyMetadata into environment variables`;
  }
  const where = w.annotationsPath.includes('infrastructure') ? 'spec.infrastructure.annotations' : 'metadata.annotations';
  return `istiod deploys this Gateway (class ${w.gatewayClass ?? 'istio'}) itself and computes its ProxyConfig without annotations: the ${PROXY_CONFIG_ANNOTATION} annotation copied from ${where} is read at runtime only, and its proxyMetadata never becomes an environment variable`;
}

/** Where the variable does reach the gateway's istio-proxy environment (a sentence without its period). */
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
    help: "Set the variable where it reaches the gateway's istio-proxy environment: k8s.env of an IstioOperator gateway entry, or a ProxyConfig selecting a Gateway API gateway by its gateway.networking.k8s.io/gateway-name label.",
    fixable: false,
    messages: {
      notRendered: {
        message: "{{name}} in {{annotation}} never becomes this gateway's env, so the proxy keeps {{stays}}.",
        help: '{{instead}}. {{why}}. Values: {{values}}.',
      },
      emptyCannotUnset: {
        message: 'An empty {{name}} in {{annotation}} cannot unset it on this gateway: the proxy keeps "{{effective}}" from {{from}}.',
        help: '{{instead}}. {{why}}, so an empty value there unsets nothing. Values: {{values}}.',
      },
      emptyNoEffect: {
        message: 'An empty {{name}} in {{annotation}} has no effect on this gateway, whose proxy keeps {{stays}} (default).',
        help: 'Remove it: the proxy has no value from elsewhere to unset. {{why}}. Values: {{values}}.',
      },
      sameValueElsewhere: {
        message: '{{name}} "{{effective}}" in {{annotation}} is never rendered; {{from}} sets the same value.',
        help: 'Remove it here. {{why}}. Values: {{values}}.',
      },
      setForThisGateway: {
        message: '{{name}} {{value}} in {{annotation}} never becomes this gateway\'s env; the proxy keeps "{{effective}}" from {{from}}.',
        help: 'Remove it here, or change that value to {{value}} if that was meant: it already sets {{name}} for this gateway alone, where it works. {{why}}. Values: {{values}}.',
      },
    },
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
            const stays = name === EZ ? 'false' : formatSeconds(DEFAULT_MIN);
            const ref: Ref = { view: ann.view, path: [mdKey, name] };
            const proxyValue: Valued<string> = effective ? { value: `"${effective.value}"`, prov: effective.prov } : { value: stays, prov: { level: 'default', source: 'default' } };
            const data = {
              name,
              annotation: PROXY_CONFIG_ANNOTATION,
              why: why(w),
              values: valueList([
                [name, { value: written(ref, raw), prov: { level: 'annotation', source: `${PROXY_CONFIG_ANNOTATION} annotation`, ref } }],
                [`the proxy's ${name}`, proxyValue],
              ]),
              ...(effective ? { effective: effective.value, from: sourceWords(effective.prov) } : {}),
            };
            const unset = raw === '' || raw === null || raw === undefined;
            const at = { ...ref, target: 'key' as const };
            if (unset) {
              if (effective) {
                ctx.report({ at, workload: w, messageId: 'emptyCannotUnset', data: { ...data, instead: instead(w, name, name === EZ ? '"false"' : '"5s"') }, related });
              } else {
                ctx.report({ at, workload: w, messageId: 'emptyNoEffect', data: { ...data, stays }, related });
              }
            } else if (effective && effective.value === String(raw)) {
              ctx.report({ at, workload: w, messageId: 'sameValueElsewhere', data, related });
            } else if (effective && (effective.prov.level === 'proxy-container' || effective.prov.level === 'selector-proxyconfig')) {
              // Already set for this gateway alone, in the place that works: that value wins.
              ctx.report({ at, workload: w, messageId: 'setForThisGateway', data: { ...data, value: quoted(raw) }, related });
            } else {
              const shown = effective ? `"${effective.value}" from ${sourceWords(effective.prov)}` : `${stays} (default)`;
              ctx.report({ at, workload: w, messageId: 'notRendered', data: { ...data, stays: shown, instead: instead(w, name, quoted(raw)) }, related });
            }
          }
        }
      },
    };
  },
});
