import { defineRule } from '../../src/rule.js';
import { PROXY_CONTAINER } from '../../src/domain/names.js';
import type { Ref } from '../../src/types.js';
import { parseGoBool } from '../../src/domain/durations.js';
import { isRecord } from '../../src/yaml/paths.js';
import { EZ } from '../../src/domain/names.js';
import { resourceEnvSites, workloadEnvSites, type EnvSite } from '../../src/domain/env-sites.js';
import { written, yamlType } from '../../src/domain/written.js';

const ACCEPTED = 'true/false, True/False, TRUE/FALSE, t/f, T/F, 1/0';
const MEANT_FALSE = /^\s*(0|f|false|no?|off|disabled?)\s*$/i;

/** The ParseBool spelling of what the user meant: "false" for no/off/disable…, else "true". */
function meant(value: unknown): 'true' | 'false' {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return value === 0 ? 'false' : 'true';
  if (typeof value === 'string' && MEANT_FALSE.test(value)) return 'false';
  return 'true';
}

export default defineRule({
  meta: {
    id: 'invalid-boolean',
    severity: 'warning',
    description: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS has a value Go strconv.ParseBool rejects (yes, on, ""), so pilot-agent silently treats it as false, or a YAML boolean env value the API server rejects.',
    fixable: false,
  },
  create(ctx) {
    /** 1. Strings pilot-agent cannot parse: a warning in its log and EZ stays off. */
    const ezSite = (site: EnvSite) => {
      if (site.name !== EZ || typeof site.value !== 'string') return;
      if (site.value === '' && site.origin !== 'env') return; // "" in proxyMetadata unsets the key
      if (parseGoBool(site.value) !== undefined) return;
      const key = site.origin === 'env' ? 'value' : EZ;
      const on = site.value === '' || meant(site.value) === 'true';
      const fix = site.value === '' ? `write ${key}: "true" to turn it on, or remove the entry` : `write ${key}: "${meant(site.value)}"`;
      const effect = on
        ? 'so the proxy does not wait for active connections to close'
        : 'which is what it means here, but only by accident';
      ctx.report({
        at: site.ref,
        workload: site.workload,
        resource: site.resource,
        container: site.container,
        message: `${EZ}${site.origin === 'env' ? ' value' : ''}: ${written(site.ref, site.value)} ${site.where} is not a value Go's strconv.ParseBool accepts (${ACCEPTED}): pilot-agent logs a warning and treats it as false, ${effect}; ${fix}.`,
      });
    };

    return {
      workload(rw) {
        for (const site of workloadEnvSites(rw)) ezSite(site);

        // 2. A non-string `value` of EXIT_ON_ZERO_ACTIVE_CONNECTIONS on istio-proxy: the API rejects the pod spec.
        const w = rw.workload;
        for (const c of w.containers) {
          if (c.name !== PROXY_CONTAINER || !Array.isArray(c.value['env'])) continue;
          (c.value['env'] as unknown[]).forEach((e, i) => {
            if (!isRecord(e) || e['name'] !== EZ) return;
            const value = e['value'];
            if (value === undefined || value === null || typeof value === 'string') return;
            const ref: Ref = { view: w.view, path: [...c.path, 'env', i, 'value'] };
            const shown = written(ref, value);
            const text = meant(value);
            ctx.report({
              at: ref,
              workload: w,
              container: c.name,
              severity: 'error',
              message: `${EZ} in the env of the ${PROXY_CONTAINER} container has value: ${shown}, ${yamlType(value)}: the API server rejects the ${w.kind} because env values must be strings; ${text === shown ? 'quote it: ' : 'write '}value: "${text}".`,
            });
          });
        }
      },

      end() {
        for (const site of resourceEnvSites(ctx)) ezSite(site);
      },
    };
  },
});
