import { defineRule } from '../../src/rule.js';
import { PROXY_CONFIG_ANNOTATION } from '../../src/domain/names.js';
import type { Ref } from '../../src/types.js';
import { admissionDenial, realProblem, rejectedCrValues } from '../../src/domain/env-sites.js';
import { crLabel, crResource, meshResource } from '../../src/domain/identity.js';
import { EZ, MIN } from '../../src/domain/names.js';
import { suggestDuration } from '../../src/domain/durations.js';
import { written, yamlType } from '../../src/domain/written.js';

/** The string to write instead: what Go would read for the value the user meant. */
function fix(name: string, value: unknown, ref: Ref): string {
  const shown = written(ref, value);
  let text: string | undefined;
  if (name === EZ) {
    if (typeof value === 'boolean') text = String(value);
    else if (value === 1 || value === 0) text = value === 1 ? 'true' : 'false';
  } else if (name === MIN) {
    text = suggestDuration(value);
  } else if (typeof value === 'boolean') {
    text = String(value);
  } else if (typeof value === 'number') {
    text = shown;
  }
  if (text === undefined) return `write a string value, e.g. ${name}: "${name === EZ ? 'true' : name === MIN ? '30s' : '…'}"`;
  return text === shown ? `quote it: ${name}: "${text}"` : `write ${name}: "${text}"`;
}

export default defineRule({
  meta: {
    id: 'proxy-metadata-not-string',
    severity: 'error',
    description: 'A proxyMetadata or ProxyConfig environmentVariables value is a YAML boolean or number, not a string: istiod discards the whole mesh config, admission denies the pod, or the API server rejects the ProxyConfig.',
    fixable: false,
  },
  create(ctx) {
    return {
      // The proxy.istio.io/config annotation: the injector fails to parse it and admission denies the pod.
      workload(rw) {
        for (const p of rw.annotationProblems) {
          if (p.kind !== 'metadata-not-string' || !realProblem(p)) continue;
          const mdKey = String(p.ref.path[p.ref.path.length - 2]);
          ctx.report({
            at: p.ref,
            workload: rw.workload,
            message: `${mdKey} value ${p.field}: ${written(p.ref, p.value)} in the ${PROXY_CONFIG_ANNOTATION} annotation is ${yamlType(p.value)}, not a string: ${admissionDenial(rw, 'cannot parse the annotation')}; ${fix(p.field, p.value, p.ref)}.`,
          });
        }
      },

      end() {
        // Mesh configs (IstioOperator, istio ConfigMap `mesh`, Helm values): istiod drops the whole document.
        for (const [m, problems] of ctx.resolution.meshProblems) {
          for (const p of problems) {
            if (p.kind !== 'metadata-not-string' || !realProblem(p)) continue;
            const mdKey = String(p.ref.path[p.ref.path.length - 2]);
            ctx.report({
              at: p.ref,
              resource: meshResource(m),
              message: `${mdKey} value ${p.field}: ${written(p.ref, p.value)} in the mesh config (${m.label}) is ${yamlType(p.value)}, not a string: istiod cannot unmarshal it into the string map, rejects the whole mesh config and keeps its last good one (or the built-in defaults), so none of its settings apply; ${fix(p.field, p.value, p.ref)}.`,
            });
          }
        }
        // ProxyConfig CRs: the CRD types environmentVariables as map<string, string>.
        for (const pc of ctx.inventory.proxyConfigs) {
          for (const [name, value] of rejectedCrValues(pc)) {
            const ref: Ref = { view: pc.view, path: [...pc.base, 'spec', 'environmentVariables', name] };
            ctx.report({
              at: ref,
              resource: crResource(pc),
              message: `environmentVariables value ${name}: ${written(ref, value)} in ${crLabel(pc)} is ${yamlType(value)}, not a string: the API server rejects the ProxyConfig (its schema types every value as a string), so none of its variables reach any proxy; ${fix(name, value, ref)}.`,
            });
          }
        }
      },
    };
  },
});
