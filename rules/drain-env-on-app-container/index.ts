import { defineRule, type RelatedValue } from '../../src/rule.js';
import { assumedNote, origin } from '../../src/describe.js';
import { PROXY_CONFIG_ANNOTATION, PROXY_CONTAINER } from '../../src/domain/names.js';
import { EZ, MIN } from '../../src/domain/names.js';
import { proxyContainer } from '../../src/inventory/model.js';
import { parseGoBool, parseGoDuration } from '../../src/domain/durations.js';
import { isRecord } from '../../src/yaml/paths.js';

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

export default defineRule({
  meta: {
    id: 'drain-env-on-app-container',
    severity: 'error',
    description: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS or MINIMUM_DRAIN_DURATION set as env on a container other than istio-proxy, where pilot-agent never reads it.',
    fixable: false,
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
            const written = quoted(name, e['value']);
            const related: RelatedValue[] = [];
            let state: string;
            let fix: string;
            if (effective) {
              state = `it has no effect: the proxy gets ${name} "${effective.value}" from ${origin(effective.prov)}`;
              related.push({ message: `${name} "${effective.value}" (${effective.prov.source})`, ref: effective.prov.ref! });
              fix = `"${effective.value}"` === written ? `Remove it from ${container}.` : `Remove it from ${container}, or set ${written} where the proxy gets it.`;
            } else {
              state = `the proxy's ${name} stays ${name === EZ ? 'false' : '5s'} (default)`;
              fix = proxy
                ? `Move the entry to the env of the ${PROXY_CONTAINER} container (value ${written}).`
                : `Write it as proxyMetadata: {${name}: ${written}} in the ${PROXY_CONFIG_ANNOTATION} annotation (${annPath}) and remove it from ${container}.`;
            }
            ctx.report({
              at: { view: w.view, path: [...c.path, 'env', i, 'name'] },
              workload: w,
              container: c.name,
              message: `${name} is set in the env of ${container}, but pilot-agent reads only the ${PROXY_CONTAINER} container's own environment, so ${state}. ${fix}${assumedNote(rw)}`,
              related: related.filter((r) => r.ref),
            });
          });
        }
      },
    };
  },
});
