import { defineRule, type RelatedValue } from '../../src/rule.js';
import { proxyNoun, relatedValues, seconds } from '../../src/describe.js';
import { workloadName } from '../../src/domain/identity.js';
import { PROXY_CONFIG_ANNOTATION, PROXY_CONTAINER } from '../../src/domain/names.js';
import type { ResolvedWorkload } from '../../src/resolved.js';
import type { DocView, Ref, Valued } from '../../src/types.js';
import { parseGoDuration } from '../../src/domain/durations.js';
import { isRecord } from '../../src/yaml/paths.js';
import { parseEmbedded } from '../../src/yaml/embedded.js';
import { injectionRuledOut } from '../../src/domain/injection.js';

const PROXY_CONFIG = 'PROXY_CONFIG';
/** istioctl kube-inject output: the injector wrote PROXY_CONFIG itself and the webhook skips the pod. */
const INJECTED_INIT = new Set(['istio-init', 'istio-validation']);
const STATUS_ANNOTATION = 'sidecar.istio.io/status';

const FIELDS = [
  { field: 'terminationDrainDuration', keys: ['terminationDrainDuration', 'termination_drain_duration'], of: (rw: ResolvedWorkload) => rw.replacedByProxyConfigEnv?.tdd ?? rw.tdd },
  { field: 'drainDuration', keys: ['drainDuration', 'drain_duration'], of: (rw: ResolvedWorkload) => rw.replacedByProxyConfigEnv?.dd ?? rw.dd },
] as const;

/** A duration field of the PROXY_CONFIG text, with its node. */
function fieldIn(view: DocView | undefined, keys: readonly string[]): Valued<number> | undefined {
  if (!view || !isRecord(view.value)) return undefined;
  for (const key of keys) {
    const raw = view.value[key];
    const secs = typeof raw === 'string' ? parseGoDuration(raw) : undefined;
    if (secs !== undefined) return { value: secs, prov: { level: 'proxy-container', source: `${PROXY_CONFIG} env of the ${PROXY_CONTAINER} container`, ref: { view, path: [key] } } };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'proxy-config-env-override',
    severity: 'warning',
    description: 'A user-declared istio-proxy container sets PROXY_CONFIG, which replaces the whole ProxyConfig the injector computes from the mesh config and ProxyConfig resources.',
    fixable: false,
  },
  create(ctx) {
    return {
      workload(rw) {
        const w = rw.workload;
        if (w.origin !== 'pod') return; // IstioOperator k8s.env and Gateway API pods are not injected over
        // Pre-injected output (kube-inject): the injector wrote PROXY_CONFIG itself and the webhook skips the pod.
        if (STATUS_ANNOTATION in w.podAnnotations || w.containers.some((c) => c.init && INJECTED_INIT.has(c.name))) return;
        // Never injected: the container runs as written and PROXY_CONFIG is its only ProxyConfig.
        if (injectionRuledOut(w, ctx.inventory)) return;
        for (const c of w.containers) {
          if (c.name !== PROXY_CONTAINER || !Array.isArray(c.value['env'])) continue;
          (c.value['env'] as unknown[]).forEach((e, i) => {
            if (!isRecord(e) || e['name'] !== PROXY_CONFIG) return;
            const valueRef: Ref = { view: w.view, path: [...c.path, 'env', i, 'value'] };
            const parsed = typeof e['value'] === 'string' ? parseEmbedded(valueRef) : {};
            const noun = proxyNoun(rw);
            const lost: string[] = [];
            const related: RelatedValue[] = [];
            let tddAfter: Valued<number> | undefined;
            for (const f of FIELDS) {
              const before = f.of(rw);
              // The annotation is applied again at runtime, after PROXY_CONFIG: its fields survive.
              const after: Valued<number> =
                before.prov.level === 'annotation' ? before : (fieldIn(parsed.view, f.keys) ?? { value: f.field === 'terminationDrainDuration' ? 5 : 45, prov: { level: 'default', source: 'default' } });
              if (f.field === 'terminationDrainDuration') tddAfter = after;
              if (after !== before && before.prov.level !== 'default' && before.prov.ref) {
                lost.push(`${f.field} ${seconds(before)} no longer applies and the ${noun} has ${seconds(after)}`);
                related.push(...relatedValues([[`${f.field} (lost)`, before], [f.field, after]]));
              }
            }
            let effect = '';
            if (lost.length > 0) effect = `: ${lost.join('; ')}`;
            else if (rw.mode.value !== 'native') {
              // (A native sidecar exits right after the app: terminationDrainDuration does not matter there.)
              effect = `; the ${noun} drains for terminationDrainDuration ${seconds(tddAfter!)}`;
              related.push(...relatedValues([['terminationDrainDuration', tddAfter]]));
            }
            const broken = parsed.error ? ` It does not even parse as ProxyConfig YAML or JSON (${parsed.error.message}), so pilot-agent fails to start.` : '';
            ctx.report({
              at: { view: w.view, path: [...c.path, 'env', i, 'name'] },
              workload: w,
              container: c.name,
              message: `${PROXY_CONFIG} is set in the env of the ${PROXY_CONTAINER} ${c.init ? 'init container' : 'container'} of ${workloadName(rw)}: the injector merges this container over its own and the user's entry wins, so it replaces the whole ProxyConfig istiod computed from the mesh config and ProxyConfig resources (only the ${PROXY_CONFIG_ANNOTATION} annotation is applied again, at runtime)${effect}.${broken} Remove the entry and set the fields you need in the ${PROXY_CONFIG_ANNOTATION} annotation.`,
              related,
            });
          });
        }
      },
    };
  },
});
