import { PROXY_CONFIG_ANNOTATION, PROXY_CONTAINER, STATUS_ANNOTATION, defineRule, fact, formatSeconds, injectionRuledOut, isRecord, joinWords, parseEmbedded, parseGoDuration, proxyNoun, relatedValues, valueList, written } from '../../src/rule-api.js';
import type { DocView, Ref, ResolvedWorkload, Timing, Valued } from '../../src/rule-api.js';
const PROXY_CONFIG = 'PROXY_CONFIG';
/** istioctl kube-inject output: the injector wrote PROXY_CONFIG itself and the webhook skips the pod. */
const INJECTED_INIT = new Set(['istio-init', 'istio-validation']);

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

const FIX = `Remove the entry and set the fields you need in the ${PROXY_CONFIG_ANNOTATION} annotation`;
const WHY = `The injector merges this {{container}} over its own and the user's entry wins, so PROXY_CONFIG replaces the whole ProxyConfig istiod computed from the mesh config and ProxyConfig resources; only the ${PROXY_CONFIG_ANNOTATION} annotation is applied again, at runtime.`;

/** A PROXY_CONFIG value as written, cut short, for a help text. */
function shown(ref: Ref, raw: unknown): string {
  const text = written(ref, raw).replace(/\s*\n\s*/g, ' ');
  return text.length <= 60 ? text : `${text.slice(0, 59)}…`;
}

export default defineRule({
  meta: {
    id: 'proxy-config-env-override',
    severity: 'warning',
    description: 'A user-declared istio-proxy container sets PROXY_CONFIG, which replaces the whole ProxyConfig the injector computes from the mesh config and ProxyConfig resources.',
    help: 'Remove PROXY_CONFIG from the istio-proxy container and set the fields you need in the proxy.istio.io/config annotation, which is merged over the mesh config instead of replacing it.',
    fixable: false,
    messages: {
      settingsLost: {
        message: 'PROXY_CONFIG replaces the injected ProxyConfig: {{changes}}.',
        help: `${FIX}. ${WHY} Values: {{values}}.`,
      },
      replaced: {
        message: 'PROXY_CONFIG replaces the whole ProxyConfig istiod injects; the {{proxy}} drains for terminationDrainDuration {{tdd}}.',
        help: `${FIX}. ${WHY} Values: {{values}}.`,
      },
      replacedNative: {
        message: 'PROXY_CONFIG replaces the whole ProxyConfig istiod injects from the mesh config and ProxyConfig resources.',
        help: `${FIX}. ${WHY} (A native sidecar exits right after the app: its drain does not depend on terminationDrainDuration.) Values: {{values}}.`,
      },
      unparsable: {
        message: 'PROXY_CONFIG does not parse as ProxyConfig YAML or JSON: pilot-agent fails to start.',
        help: `${FIX}. pilot-agent reads PROXY_CONFIG at start and cannot parse this value ({{error}}). Even a valid one would replace the whole ProxyConfig istiod computed from the mesh config and ProxyConfig resources: the injector merges this {{container}} over its own and the user's entry wins. Values: {{values}}.`,
      },
    },
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
            const changes: string[] = [];
            const values: [string, Valued<unknown> | Timing | undefined][] = [];
            let tddAfter: Valued<number> | undefined;
            for (const f of FIELDS) {
              const before = f.of(rw);
              // The annotation is applied again at runtime, after PROXY_CONFIG: its fields survive.
              const after: Valued<number> =
                before.prov.level === 'annotation' ? before : (fieldIn(parsed.view, f.keys) ?? { value: f.field === 'terminationDrainDuration' ? 5 : 45, prov: { level: 'default', source: 'default' } });
              if (f.field === 'terminationDrainDuration') tddAfter = after;
              if (after !== before && before.prov.level !== 'default' && before.prov.ref) {
                changes.push(`${f.field} ${formatSeconds(after.value)} instead of ${formatSeconds(before.value)}`);
                values.push([`${f.field} (lost)`, before], [f.field, after]);
              }
            }
            const native = rw.mode.value === 'native';
            // (A native sidecar exits right after the app: terminationDrainDuration does not matter there.)
            if (changes.length === 0 && !native) values.push(['terminationDrainDuration', tddAfter]);
            const container = c.init ? 'init container' : 'container';
            const error = parsed.error?.message;
            const messageId = error ? 'unparsable' : changes.length > 0 ? 'settingsLost' : native ? 'replacedNative' : 'replaced';
            const listed: [string, Valued<unknown> | Timing | undefined][] = [...values];
            if (error) listed.unshift(fact(PROXY_CONFIG, shown(valueRef, e['value']), `env of the ${PROXY_CONTAINER} ${container}`, valueRef));
            else if (messageId === 'replacedNative') listed.push(['native sidecar mode', { value: 'on', prov: rw.mode.prov }]);
            ctx.report({
              at: { view: w.view, path: [...c.path, 'env', i, 'name'] },
              workload: w,
              container: c.name,
              messageId,
              data: {
                changes: joinWords(changes),
                proxy: proxyNoun(rw),
                tdd: formatSeconds(tddAfter!.value),
                container,
                error: error ?? '',
                values: valueList(listed),
              },
              related: relatedValues(values),
            });
          });
        }
      },
    };
  },
});
