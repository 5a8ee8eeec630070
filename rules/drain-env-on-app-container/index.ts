import { DEFAULT_MIN, EZ, MIN, PROXY_CONFIG_ANNOTATION, PROXY_CONTAINER, defineRule, formatSeconds, isRecord, parseGoBool, parseGoDuration, proxyContainer, sourceWords, valueList } from '../../src/rule-api.js';
import type { RelatedValue, ResolvedWorkload, Valued } from '../../src/rule-api.js';
/** Injected init containers that get every proxyMetadata entry as env too (injection template). */
const INJECTED_INIT = new Set(['istio-init', 'istio-validation']);

/** The string to write in proxyMetadata for the value found in the app container's env entry. */
function quoted(name: string, value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  if (name === EZ) {
    if (text !== undefined && parseGoBool(text) !== undefined) return `"${text}"`;
    return '"true"';
  }
  if (text !== undefined && parseGoDuration(text) !== undefined && text !== '0') return `"${text}"`;
  if (text !== undefined && /^\d+(\.\d+)?$/.test(text)) return `"${text}s"`;
  return '"<duration>"';
}

/** The help's note when the sidecar is assumed rather than seen. */
function assumed(rw: ResolvedWorkload): string {
  return rw.sidecar.status === 'assumed' ? ` An injected sidecar is assumed: ${rw.sidecar.reason}.` : '';
}

const READS = "pilot-agent reads only the istio-proxy container's own environment";

export default defineRule({
  meta: {
    id: 'drain-env-on-app-container',
    severity: 'error',
    description: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS or MINIMUM_DRAIN_DURATION set as env on a container other than istio-proxy, where pilot-agent never reads it.',
    help: "Set the variable where it reaches the istio-proxy container's environment (proxyMetadata in the proxy.istio.io/config annotation or the mesh config, or the env of a declared istio-proxy container) and remove it from the app container.",
    fixable: false,
    messages: {
      appEnv: {
        message: '{{name}} on {{container}} is never read, so the proxy keeps {{stays}} (default).',
        help: 'Write {{snippet}} in the {{annotation}} annotation ({{annPath}}) and remove the entry from {{container}}: {{reads}}, which the injector builds from proxyMetadata.{{assumed}} Values: {{values}}.',
      },
      appEnvMoveToProxy: {
        message: '{{name}} is on {{container}}, not on the istio-proxy container, so the proxy keeps {{stays}} (default).',
        help: 'Move the entry to the env of the istio-proxy container (value {{value}}): {{reads}}. Values: {{values}}.',
      },
      appEnvProxyHasValue: {
        message: '{{name}} on {{container}} is never read; the proxy gets "{{effective}}" from {{from}}.',
        help: 'Remove the entry from {{container}}{{orSet}}: {{reads}}.{{assumed}} Values: {{values}}.',
      },
    },
  },
  create(ctx) {
    return {
      workload(rw) {
        if (rw.sidecar.status === 'none') return; // sidecar-dependent rule (catalogue "When a sidecar is assumed")
        if (rw.admissionDenied) return; // the pod is never created: only the annotation finding counts
        const w = rw.workload;
        const proxy = proxyContainer(w);
        const annPath = [...w.podMetaPath.slice(w.base.length), 'annotations'].join('.');
        for (const c of w.containers) {
          if (c.name === PROXY_CONTAINER) continue;
          // kube-inject output: the injector renders proxyMetadata onto istio-init as well; not the user's doing.
          if (proxy && c.init && INJECTED_INIT.has(c.name)) continue;
          const env = c.value['env'];
          if (!Array.isArray(env)) continue;
          env.forEach((e, i) => {
            if (!isRecord(e) || (e['name'] !== EZ && e['name'] !== MIN)) return;
            const name = e['name'];
            const container = `${c.init ? 'init container' : 'container'} ${c.name || '(unnamed)'}`;
            const effective = rw.proxyEnv.get(name);
            const value = quoted(name, e['value']);
            const here: [string, Valued<unknown> | undefined] = [
              name,
              e['value'] !== undefined ? { value: JSON.stringify(e['value']), prov: { level: 'pod-spec', source: `env of ${container}`, ref: { view: w.view, path: [...c.path, 'env', i, 'value'] } } } : undefined,
            ];
            const common = { name, container, reads: READS, value, assumed: assumed(rw) };
            const related: RelatedValue[] = [];
            const at = { view: w.view, path: [...c.path, 'env', i, 'name'] };
            if (effective) {
              if (effective.prov.ref) related.push({ message: `${name} "${effective.value}" (${effective.prov.source})`, ref: effective.prov.ref });
              const proxyValue: Valued<unknown> = { value: `"${effective.value}"`, prov: effective.prov };
              ctx.report({
                at,
                workload: w,
                container: c.name,
                messageId: 'appEnvProxyHasValue',
                data: {
                  ...common,
                  effective: effective.value,
                  from: sourceWords(effective.prov),
                  orSet: `"${effective.value}"` === value ? '' : `, or set ${value} where the proxy gets it`,
                  values: valueList([here, [`the proxy's ${name}`, proxyValue]]),
                },
                related,
              });
              return;
            }
            const stays = name === EZ ? 'false' : formatSeconds(DEFAULT_MIN);
            const values = valueList([here, [`the proxy's ${name}`, { value: stays, prov: { level: 'default', source: 'default' } }]]);
            ctx.report({
              at,
              workload: w,
              container: c.name,
              messageId: proxy ? 'appEnvMoveToProxy' : 'appEnv',
              data: { ...common, stays, values, snippet: `proxyMetadata: {${name}: ${value}}`, annotation: PROXY_CONFIG_ANNOTATION, annPath },
              related,
            });
          });
        }
      },
    };
  },
});
