import { defineRule, type RelatedValue } from '../../src/rule.js';
import { resourceId } from '../../src/domain/identity.js';
import { origin } from '../../src/describe.js';
import { PROXY_CONFIG_ANNOTATION } from '../../src/domain/names.js';
import { EZ, MIN } from '../../src/domain/names.js';
import type { Path } from '../../src/types.js';
import { parseGoBool, parseGoDuration } from '../../src/domain/durations.js';
import { isRecord } from '../../src/yaml/paths.js';
import { locate } from '../../src/yaml/locate.js';

const KEYS = [EZ, MIN] as const;
const WHY = 'it is an environment variable of the proxy, not a ProxyConfig field, and istiod drops unknown keys silently';

/** The value to write in proxyMetadata, always a quoted string (a YAML bool or number there is proxy-metadata-not-string). */
function quoted(name: string, value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  if (name === EZ) return text !== undefined && parseGoBool(text) !== undefined ? `"${text}"` : '"true"';
  if (text !== undefined && text !== '0' && parseGoDuration(text) !== undefined) return `"${text}"`;
  if (text !== undefined && /^\d+(\.\d+)?$/.test(text)) return `"${text}s"`;
  return '"<duration>"';
}

/** A (string) proxyMetadata entry for `name` in the same ProxyConfig mapping, if any; a non-string one discards the document. */
function sibling(pcPath: Path, pc: Record<string, unknown>, name: string): { value: unknown; path: Path } | undefined {
  for (const key of ['proxyMetadata', 'proxy_metadata']) {
    const md = pc[key];
    if (isRecord(md) && typeof md[name] === 'string') return { value: md[name], path: [...pcPath, key, name] };
  }
  return undefined;
}


export default defineRule({
  meta: {
    id: 'drain-setting-outside-proxy-metadata',
    severity: 'error',
    description: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS or MINIMUM_DRAIN_DURATION written as a direct key of defaultConfig, of the proxy.istio.io/config annotation or of the mesh config instead of under proxyMetadata, where istiod drops it.',
    fixable: false,
  },
  create(ctx) {
    return {
      // The pod template's proxy.istio.io/config annotation.
      workload(rw) {
        const ann = rw.workload.proxyConfigAnnotation;
        if (!ann?.view || !isRecord(ann.view.value) || rw.admissionDenied) return;
        const pc = ann.view.value;
        for (const name of KEYS) {
          if (!(name in pc)) continue;
          const v = quoted(name, pc[name]);
          const effective = rw.proxyEnv.get(name);
          const related: RelatedValue[] = [];
          let tail: string;
          if (effective) {
            if (effective.prov.ref) related.push({ message: `${name} "${effective.value}" (${effective.prov.source})`, ref: effective.prov.ref });
            tail = `it has no effect: the proxy gets ${name} "${effective.value}" from ${origin(effective.prov)}. Remove this key${`"${effective.value}"` === v ? '' : `, or write proxyMetadata: {${name}: ${v}} in the annotation`}.`;
          } else {
            tail = `the proxy's ${name} stays ${name === EZ ? 'false' : '5s'} (default). Write it as proxyMetadata: {${name}: ${v}} in the annotation.`;
          }
          ctx.report({
            at: { view: ann.view, path: [name], target: 'key' },
            workload: rw.workload,
            message: `${name} is a direct key of the ${PROXY_CONFIG_ANNOTATION} annotation, but ${WHY}, so ${tail}`,
            related,
          });
        }
      },

      end() {
        // Mesh configs: a direct key of defaultConfig, or of the MeshConfig itself.
        for (const m of ctx.inventory.meshSources) {
          const dcKey = ['defaultConfig', 'default_config'].find((k) => isRecord(m.value[k]));
          const dc = dcKey ? (m.value[dcKey] as Record<string, unknown>) : undefined;
          for (const name of KEYS) {
            const sites: { at: Path; raw: unknown; where: string; form: (v: string) => string }[] = [];
            if (name in m.value) sites.push({ at: [...m.path, name], raw: m.value[name], where: `at the top level of the mesh config (${m.label})`, form: (v) => `defaultConfig: {proxyMetadata: {${name}: ${v}}}` });
            if (dc && name in dc) sites.push({ at: [...m.path, dcKey!, name], raw: dc[name], where: `a direct key of ${dcKey} in the mesh config (${m.label})`, form: (v) => `proxyMetadata: {${name}: ${v}} under ${dcKey}` });
            for (const site of sites) {
              const v = quoted(name, site.raw);
              const have = dc ? sibling([...m.path, dcKey!], dc, name) : undefined;
              const related: RelatedValue[] = [];
              let tail: string;
              if (have) {
                const ref = { view: m.view, path: have.path };
                related.push({ message: `${name} ${JSON.stringify(have.value)} (${have.path.slice(m.path.length, -1).join('.')})`, ref });
                tail = `it has no effect: ${have.path.slice(m.path.length, -1).join('.')} sets it to ${JSON.stringify(have.value)} (${m.view.file.path}:${locate(ref).line}), which is what proxies get. Remove this key${`"${String(have.value)}"` === v ? '' : `, or write ${v} there`}.`;
              } else {
                tail = `no proxy gets ${name} from this mesh config. Write it as ${site.form(v)}.`;
              }
              ctx.report({
                at: { view: m.view, path: site.at, target: 'key' },
                resource: resourceId(m.resource),
                message: `${name} is ${site.where.startsWith('at ') ? 'written ' : ''}${site.where}, but ${WHY}, so ${tail}`,
                related,
              });
            }
          }
        }
      },
    };
  },
});
