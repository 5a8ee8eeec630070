import { EZ, MIN, annotationDrain, clip, crLabel, crResource, defineRule, fixOf, denialWords, fitted, meshDiscardWords, meshDrain, meshResource, parseGoDuration, proxyConfigDrain, raisesToo, realProblem, rejectedCrValues, suggestDuration, written, yamlType } from '../../src/rule-api.js';
import type { DrainValues, Fix, MessageSpec, Ref, ResolvedWorkload } from '../../src/rule-api.js';
/**
 * The string to write instead — what Go would read for the value the user meant — and the help's
 * sentence about it; a MINIMUM_DRAIN_DURATION longer than drainDuration asks to raise drainDuration
 * too (`d`: the drain values at the same level), so that the fix creates no other finding. The
 * fix writes the string; it is left to the user when the intent is unclear or drainDuration must
 * change too.
 */
function suggestion(name: string, value: unknown, ref: Ref, d: DrainValues, rw?: ResolvedWorkload, istio?: string): { fix: string; edit?: Fix } {
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
  if (text === undefined) return { fix: `Write a string value, e.g. ${name}: "${name === EZ ? 'true' : name === MIN ? '30s' : '…'}"` };
  const too = name === MIN ? raisesToo(d, MIN, parseGoDuration(text) ?? 0, rw, istio) : '';
  const fix = `${text === shown ? 'Quote it:' : 'Write'} ${name}: "${text}"${too}`;
  return too ? { fix } : { fix, edit: fixOf('layout', [{ op: 'set', at: ref, text: JSON.stringify(text) }]) };
}

const MESSAGES = {
  meshNotString: {
    message: '{{name}}: {{value}} in {{mdKey}} is {{type}}, not a string: istiod rejects the whole mesh config.',
    help: '{{fix}}. {{mdKey}} is a map of strings, and istiod cannot unmarshal {{type}} into it. {{discarded}}',
  },
  annotationNotString: {
    message: '{{name}}: {{value}} in {{mdKey}} is {{type}}, not a string: {{denied}}.',
    help: '{{fix}}. {{mdKey}} is a map of strings. {{why}}',
  },
  proxyConfigNotString: {
    message: '{{name}}: {{value}} in environmentVariables is {{type}}, not a string: the API server rejects the ProxyConfig.',
    help: "{{fix}}. The ProxyConfig schema types every environmentVariables value as a string, so none of this resource's variables reach any proxy.",
  },
} satisfies Record<string, MessageSpec>;

export default defineRule({
  meta: {
    id: 'proxy-metadata-not-string',
    severity: 'error',
    description: 'A proxyMetadata or ProxyConfig environmentVariables value is a YAML boolean or number, not a string: istiod discards the whole mesh config, admission denies the pod, or the API server rejects the ProxyConfig.',
    help: 'Quote every proxyMetadata and environmentVariables value ("true", "30s"): they are maps of strings.',
    fixable: true,
    fixTypes: ['layout'],
    messages: MESSAGES,
  },
  create(ctx) {
    return {
      // The proxy.istio.io/config annotation: the injector fails to parse it and admission denies the pod.
      workload(rw) {
        for (const p of rw.annotationProblems) {
          if (p.kind !== 'metadata-not-string' || !realProblem(p)) continue;
          const s = suggestion(p.field, p.value, p.ref, annotationDrain(rw), rw, ctx.config.istioVersion);
          ctx.report({
            at: p.ref,
            workload: rw.workload,
            fix: s.edit,
            ...fitted(
              MESSAGES,
              'annotationNotString',
              {
                name: p.field,
                value: clip(written(p.ref, p.value)),
                mdKey: String(p.ref.path[p.ref.path.length - 2]),
                type: yamlType(p.value),
                fix: s.fix,
                ...denialWords(rw),
              },
              ['name', 'value'],
            ),
          });
        }
      },

      end() {
        // Mesh configs (IstioOperator, istio ConfigMap `mesh`, Helm values): istiod drops the whole document.
        for (const [m, problems] of ctx.resolution.meshProblems) {
          for (const p of problems) {
            if (p.kind !== 'metadata-not-string' || !realProblem(p)) continue;
            const s = suggestion(p.field, p.value, p.ref, meshDrain(m, p.ref.path.slice(0, m.path.length + 1)), undefined, ctx.config.istioVersion);
            ctx.report({
              at: p.ref,
              resource: meshResource(m),
              fix: s.edit,
              ...fitted(
                MESSAGES,
                'meshNotString',
                {
                  name: p.field,
                  value: clip(written(p.ref, p.value)),
                  mdKey: String(p.ref.path[p.ref.path.length - 2]),
                  type: yamlType(p.value),
                  fix: s.fix,
                  discarded: meshDiscardWords(m, ctx.inventory),
                },
                ['name', 'value'],
              ),
            });
          }
        }
        // ProxyConfig CRs: the CRD types environmentVariables as map<string, string>.
        for (const pc of ctx.inventory.proxyConfigs) {
          const envPath = [...pc.base, 'spec', 'environmentVariables'];
          for (const [name, value] of rejectedCrValues(pc)) {
            const ref: Ref = { view: pc.view, path: [...envPath, name] };
            const s = suggestion(name, value, ref, proxyConfigDrain(pc.view, envPath, `environmentVariables of ${crLabel(pc)}`), undefined, ctx.config.istioVersion);
            ctx.report({
              at: ref,
              resource: crResource(pc),
              fix: s.edit,
              ...fitted(
                MESSAGES,
                'proxyConfigNotString',
                { name, value: clip(written(ref, value)), type: yamlType(value), fix: s.fix },
                ['name', 'value'],
              ),
            });
          }
        }
      },
    };
  },
});
