import { EZ, PARSE_BOOL_VALUES, PROXY_CONTAINER, clip, defineRule, fitted, isRecord, parseGoBool, resourceEnvSites, workloadEnvSites, written, yamlType } from '../../src/rule-api.js';
import type { EnvSite, MessageSpec, Ref } from '../../src/rule-api.js';
const MEANT_FALSE = /^\s*(0|f|false|no?|off|disabled?)\s*$/i;

/** The ParseBool spelling of what the user meant: "false" for no/off/disable…, else "true". */
function meant(value: unknown): 'true' | 'false' {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return value === 0 ? 'false' : 'true';
  if (typeof value === 'string' && MEANT_FALSE.test(value)) return 'false';
  return 'true';
}

const PARSE_BOOL = `Go's strconv.ParseBool accepts only ${PARSE_BOOL_VALUES}; for anything else pilot-agent logs a warning and treats the variable as false`;

const MESSAGES = {
  silentlyFalse: {
    message: '{{setting}} is not a Go boolean: pilot-agent treats it as false.',
    help: `{{fix}}. ${PARSE_BOOL}, so the proxy does not wait for active connections to close.`,
  },
  falseByAccident: {
    message: '{{setting}} is not a Go boolean: pilot-agent reads it as false only by accident.',
    help: `{{fix}}. ${PARSE_BOOL}, which is what this value means, but only by accident.`,
  },
  envNotString: {
    message: '{{name}} value: {{value}} is {{type}}, not a string: the API server rejects the {{kind}}.',
    help: '{{fix}}. Container env values must be strings.',
  },
  operatorEnvNotString: {
    message: '{{name}} value: {{value}} is {{type}}, not a string: istioctl rejects the IstioOperator.',
    help: '{{fix}}. k8s.env holds Kubernetes EnvVars, whose values must be strings: istioctl fails to decode the IstioOperator and refuses to install it, even with --force.',
  },
} satisfies Record<string, MessageSpec>;

export default defineRule({
  meta: {
    id: 'invalid-boolean',
    severity: 'warning',
    description: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS has a value Go strconv.ParseBool rejects (yes, on, ""), so pilot-agent silently treats it as false, or a YAML boolean env value the API server rejects.',
    help: 'Write EXIT_ON_ZERO_ACTIVE_CONNECTIONS as the quoted string "true" or "false" (in a container env: value: "true").',
    fixable: false,
    messages: MESSAGES,
  },
  create(ctx) {
    /** 1. Strings pilot-agent cannot parse: a warning in its log and EZ stays off. */
    const ezSite = (site: EnvSite) => {
      if (site.name !== EZ || typeof site.value !== 'string') return;
      if (site.value === '' && site.origin !== 'env') return; // "" in proxyMetadata unsets the key
      if (parseGoBool(site.value) !== undefined) return;
      // The gateway chart's env is a map of names to values: the fix is written under the name.
      const envEntry = site.origin === 'env' && site.workload?.origin !== 'gateway-values';
      const key = envEntry ? 'value' : EZ;
      const on = site.value === '' || meant(site.value) === 'true';
      ctx.report({
        at: site.ref,
        workload: site.workload,
        resource: site.resource,
        container: site.container,
        ...fitted(
          MESSAGES,
          on ? 'silentlyFalse' : 'falseByAccident',
          {
            setting: `${EZ}${envEntry ? ' value' : ''}: ${clip(written(site.ref, site.value))}`,
            fix: site.value === '' ? `Write ${key}: "true" to turn it on, or remove the entry` : `Write ${key}: "${meant(site.value)}"`,
          },
          ['setting'],
        ),
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
              ...fitted(MESSAGES, w.origin === 'iop-gateway' ? 'operatorEnvNotString' : 'envNotString', { name: EZ, value: clip(shown), type: yamlType(value), kind: w.kind, fix: `${text === shown ? 'Quote it:' : 'Write'} value: "${text}"` }, ['value']),
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
