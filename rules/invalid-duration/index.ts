import { defineRule } from '../../src/rule.js';
import { PROXY_CONFIG_ANNOTATION, PROXY_CONTAINER } from '../../src/domain/names.js';
import { LIFETIME_ANNOTATION, SHUTDOWN_ANNOTATION } from '../../src/domain/names.js';
import type { ValueProblem } from '../../src/istio/validate.js';
import type { Ref } from '../../src/types.js';
import { parseGoDuration } from '../../src/domain/durations.js';
import { isRecord } from '../../src/yaml/paths.js';
import { admissionDenial, podDenied, realProblem, resourceEnvSites, workloadEnvSites, type EnvSite } from '../../src/domain/env-sites.js';
import { meshResource } from '../../src/domain/identity.js';
import { durationFix, notDuration, suggestDuration } from '../../src/domain/durations.js';
import { MIN, TDDS } from '../../src/domain/names.js';
import { written, yamlType } from '../../src/domain/written.js';

const TDD_KEYS = new Set(['terminationDrainDuration', 'termination_drain_duration']);
const DD_KEYS = new Set(['drainDuration', 'drain_duration']);

/** What is wrong with a terminationDrainDuration / drainDuration value. */
function describe(p: ValueProblem, where: string): string {
  const shown = `${p.field}: ${written(p.ref, p.value)} ${where}`;
  if (p.kind !== 'bad-drain-duration') return `${shown} ${notDuration(p.value)}`;
  const secs = typeof p.value === 'string' ? parseGoDuration(p.value) : undefined;
  return secs !== undefined && secs <= 0
    ? `${shown} is not positive (Istio validates drainDuration as at least 1s, in whole seconds)`
    : `${shown} is not a whole number of seconds (Istio validates drainDuration in whole seconds: Envoy takes --drain-time-s)`;
}

function durationProblem(p: ValueProblem): boolean {
  if (!realProblem(p)) return false;
  if (p.kind === 'bad-drain-duration') return DD_KEYS.has(p.field);
  // A non-string value comes as 'wrong-type' (validate.ts reads err.parentSchema, which ajv sets only with `verbose`).
  return (p.kind === 'bad-duration' || p.kind === 'wrong-type') && (TDD_KEYS.has(p.field) || DD_KEYS.has(p.field));
}

export default defineRule({
  meta: {
    id: 'invalid-duration',
    severity: 'error',
    description: 'terminationDrainDuration, drainDuration, MINIMUM_DRAIN_DURATION or a drainlint.io duration annotation is not a Go duration string (or drainDuration is not whole seconds): rejected, or silently replaced by the default.',
    fixable: false,
  },
  create(ctx) {
    /** MINIMUM_DRAIN_DURATION strings pilot-agent cannot parse: silently the 5s default. */
    const minSite = (site: EnvSite) => {
      if (site.name !== MIN || typeof site.value !== 'string') return;
      if (site.value === '' && site.origin !== 'env') return; // "" in proxyMetadata unsets the key
      if (parseGoDuration(site.value) !== undefined) return;
      const key = site.origin === 'env' ? 'value' : MIN;
      ctx.report({
        at: site.ref,
        workload: site.workload,
        resource: site.resource,
        container: site.container,
        severity: 'warning',
        message: `${MIN}${site.origin === 'env' ? ' value' : ''}: ${written(site.ref, site.value)} ${site.where} ${notDuration(site.value)}: pilot-agent logs a warning and uses the 5s default instead; ${durationFix(key, site.value)}.`,
      });
    };

    return {
      workload(rw) {
        const w = rw.workload;
        // 2. terminationDrainDuration / drainDuration in the proxy.istio.io/config annotation: admission denies the pod.
        for (const p of rw.annotationProblems) {
          if (!durationProblem(p)) continue;
          ctx.report({
            at: p.ref,
            workload: w,
            message: `${describe(p, `in the ${PROXY_CONFIG_ANNOTATION} annotation`)}: ${admissionDenial(rw, 'rejects the annotation')}; ${durationFix(p.field, p.value, DD_KEYS.has(p.field))}.`,
          });
        }

        // 3. MINIMUM_DRAIN_DURATION in the annotation's proxyMetadata and the istio-proxy env.
        for (const site of workloadEnvSites(rw)) minSite(site);

        // 4. A non-string `value` of MINIMUM_DRAIN_DURATION / TERMINATION_DRAIN_DURATION_SECONDS on istio-proxy: the API rejects the pod spec.
        for (const c of w.containers) {
          if (c.name !== PROXY_CONTAINER || !Array.isArray(c.value['env'])) continue;
          (c.value['env'] as unknown[]).forEach((e, i) => {
            if (!isRecord(e) || (e['name'] !== MIN && e['name'] !== TDDS)) return;
            const value = e['value'];
            if (value === undefined || value === null || typeof value === 'string') return;
            const ref: Ref = { view: w.view, path: [...c.path, 'env', i, 'value'] };
            const shown = written(ref, value);
            const text = e['name'] === MIN ? suggestDuration(value) : typeof value === 'number' ? shown : undefined;
            const fix = text === undefined ? `write a string, e.g. value: "${e['name'] === MIN ? '30s' : '30'}"` : text === shown ? `quote it: value: "${text}"` : `write value: "${text}"`;
            ctx.report({
              at: ref,
              workload: w,
              container: c.name,
              message: `${e['name']} in the env of the ${PROXY_CONTAINER} container has value: ${shown}, ${yamlType(value)}: the API server rejects the ${w.kind} because env values must be strings; ${fix}.`,
            });
          });
        }

        // 5. drainlint's own duration annotations on the pod template.
        if (podDenied(rw)) return;
        for (const [annotation, meaning] of [
          [LIFETIME_ANNOTATION, 'the expected connection lifetime of this workload stays unknown'],
          [SHUTDOWN_ANNOTATION, "the app's shutdown time stays unknown (counted as 0)"],
        ] as const) {
          const raw = w.podAnnotations[annotation];
          if (typeof raw !== 'string' || parseGoDuration(raw) !== undefined) continue; // non-strings are invalid-field-type
          const ref: Ref = { view: w.view, path: [...w.podMetaPath, 'annotations', annotation] };
          ctx.report({
            at: ref,
            workload: w,
            message: `${annotation}: ${written(ref, raw)} ${notDuration(raw)}: drainlint cannot use it, and ${meaning}; ${durationFix(annotation, raw)}.`,
          });
        }
      },

      end() {
        // 1. terminationDrainDuration / drainDuration in a mesh config: istiod discards the whole document.
        for (const [m, problems] of ctx.resolution.meshProblems) {
          for (const p of problems) {
            if (!durationProblem(p)) continue;
            ctx.report({
              at: p.ref,
              resource: meshResource(m),
              message: `${describe(p, `in the mesh config (${m.label})`)}: istiod rejects the whole mesh config and keeps its last good one (or the built-in defaults), so none of its settings apply; ${durationFix(p.field, p.value, DD_KEYS.has(p.field))}.`,
            });
          }
        }
        // 3. MINIMUM_DRAIN_DURATION in mesh proxyMetadata and ProxyConfig environmentVariables.
        for (const site of resourceEnvSites(ctx)) minSite(site);
      },
    };
  },
});
