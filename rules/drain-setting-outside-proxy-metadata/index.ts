import { DEFAULT_MIN, EZ, MIN, PROXY_CONFIG_ANNOTATION, defineRule, fixOf, formatSeconds, isRecord, parseGoBool, parseGoDuration, resourceId, sourceWords, valueList, written } from '../../src/rule-api.js';
import type { Fix, Path, Provenance, Ref, RelatedValue, Valued } from '../../src/rule-api.js';
const KEYS = [EZ, MIN] as const;
const WHY = "It is an environment variable of the proxy, not a ProxyConfig field: istiod drops unknown keys silently, and only proxyMetadata entries become the proxy's environment";

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

/** A value as written at `ref`, for the help's list of values. */
function writtenAt(ref: Ref, raw: unknown, prov: Omit<Provenance, 'ref'>): Valued<string> {
  return { value: written(ref, raw), prov: { ...prov, ref } };
}

/**
 * The help's change: the value, quoted, under the ProxyConfig's proxyMetadata (the spelling the
 * mapping already uses), and the direct key removed; none when the value meant is not known.
 */
function moveFix(ref: Ref, pc: Record<string, unknown>, pcPath: Path, name: string, value: string): Fix | undefined {
  if (value.startsWith('"<')) return undefined;
  const md = ['proxyMetadata', 'proxy_metadata'].find((k) => isRecord(pc[k])) ?? 'proxyMetadata';
  if (md in pc && !isRecord(pc[md])) return undefined;
  return fixOf('layout', [{ op: 'set', at: { view: ref.view, path: [...pcPath, md, name] }, text: value }, { op: 'remove', at: ref }]);
}

function defaultOf(name: string): string {
  return name === EZ ? 'false' : formatSeconds(DEFAULT_MIN);
}

export default defineRule({
  meta: {
    id: 'drain-setting-outside-proxy-metadata',
    severity: 'error',
    description: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS or MINIMUM_DRAIN_DURATION written as a direct key of defaultConfig, of the proxy.istio.io/config annotation or of the mesh config instead of under proxyMetadata, where istiod drops it.',
    help: 'Write the variable under proxyMetadata, as a quoted string (proxyMetadata: {EXIT_ON_ZERO_ACTIVE_CONNECTIONS: "true"}): it is an environment variable of the proxy, not a ProxyConfig field.',
    fixable: true,
    fixTypes: ['layout'],
    messages: {
      annotationKey: {
        message: '{{name}} as a direct key of {{annotation}} is dropped by istiod, so the proxy keeps {{stays}} (default).',
        help: 'Write it as {{snippet}} in the annotation. {{why}}. Values: {{values}}.',
      },
      annotationKeyProxyHasValue: {
        message: '{{name}} as a direct key of {{annotation}} is dropped by istiod; the proxy gets "{{effective}}" from {{from}}.',
        help: 'Remove this key{{orWrite}}. {{why}}. Values: {{values}}.',
      },
      meshKey: {
        message: '{{name}} {{site}} is dropped by istiod, so no proxy gets it from this mesh config.',
        help: 'Write it as {{form}}. {{why}}. Values: {{values}}.',
      },
      meshKeyProxyHasValue: {
        message: '{{name}} {{site}} is dropped by istiod; proxies get "{{have}}" from {{metadata}}.',
        help: 'Remove this key{{orWrite}}. {{why}}. Values: {{values}}.',
      },
    },
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
          const snippet = `proxyMetadata: {${name}: ${v}}`;
          const effective = rw.proxyEnv.get(name);
          const ref: Ref = { view: ann.view, path: [name] };
          const here = writtenAt(ref, pc[name], { level: 'annotation', source: `${PROXY_CONFIG_ANNOTATION} annotation` });
          const common = { name, annotation: PROXY_CONFIG_ANNOTATION, why: WHY };
          if (effective) {
            const related: RelatedValue[] = effective.prov.ref ? [{ message: `${name} "${effective.value}" (${effective.prov.source})`, ref: effective.prov.ref }] : [];
            ctx.report({
              at: { ...ref, target: 'key' },
              workload: rw.workload,
              fix: fixOf('layout', [{ op: 'remove', at: ref }]),
              messageId: 'annotationKeyProxyHasValue',
              data: {
                ...common,
                effective: effective.value,
                from: sourceWords(effective.prov),
                orWrite: `"${effective.value}"` === v ? '' : `, or write ${snippet} in the annotation`,
                values: valueList([[name, here], [`the proxy's ${name}`, { value: `"${effective.value}"`, prov: effective.prov }]]),
              },
              related,
            });
          } else {
            const stays = defaultOf(name);
            ctx.report({
              at: { ...ref, target: 'key' },
              workload: rw.workload,
              fix: moveFix(ref, pc, [], name, v),
              messageId: 'annotationKey',
              data: { ...common, stays, snippet, values: valueList([[name, here], [`the proxy's ${name}`, { value: stays, prov: { level: 'default', source: 'default' } }]]) },
              related: [],
            });
          }
        }
      },

      end() {
        // Mesh configs: a direct key of defaultConfig, or of the MeshConfig itself.
        for (const m of ctx.inventory.meshSources) {
          const dcKey = ['defaultConfig', 'default_config'].find((k) => isRecord(m.value[k]));
          const dc = dcKey ? (m.value[dcKey] as Record<string, unknown>) : undefined;
          const source = { level: 'mesh' as const, source: `mesh config in ${m.label}` };
          for (const name of KEYS) {
            const sites: { at: Path; raw: unknown; site: string; form: (v: string) => string }[] = [];
            if (name in m.value) sites.push({ at: [...m.path, name], raw: m.value[name], site: 'at the top level of the mesh config', form: (v) => `defaultConfig: {proxyMetadata: {${name}: ${v}}}` });
            if (dc && name in dc) sites.push({ at: [...m.path, dcKey!, name], raw: dc[name], site: `as a direct key of ${dcKey}`, form: (v) => `proxyMetadata: {${name}: ${v}} under ${dcKey}` });
            // Where the value belongs: the defaultConfig there is (written as it is spelled), or a new one.
            const pcPath = [...m.path, dcKey ?? 'defaultConfig'];
            for (const site of sites) {
              const v = quoted(name, site.raw);
              const have = dc ? sibling([...m.path, dcKey!], dc, name) : undefined;
              const ref: Ref = { view: m.view, path: site.at };
              const here = writtenAt(ref, site.raw, source);
              if (have) {
                const haveRef: Ref = { view: m.view, path: have.path };
                const metadata = have.path.slice(m.path.length, -1).join('.');
                ctx.report({
                  at: { ...ref, target: 'key' },
                  resource: resourceId(m.resource),
                  fix: fixOf('layout', [{ op: 'remove', at: ref }]),
                  messageId: 'meshKeyProxyHasValue',
                  data: {
                    name,
                    site: site.site,
                    have: String(have.value),
                    metadata,
                    why: WHY,
                    orWrite: `"${String(have.value)}"` === v ? '' : `, or write ${v} in ${metadata}`,
                    values: valueList([[name, here], [`${metadata}.${name}`, writtenAt(haveRef, have.value, source)]]),
                  },
                  related: [{ message: `${name} ${JSON.stringify(have.value)} (${metadata})`, ref: haveRef }],
                });
              } else {
                ctx.report({
                  at: { ...ref, target: 'key' },
                  resource: resourceId(m.resource),
                  fix: moveFix(ref, dc ?? {}, pcPath, name, v),
                  messageId: 'meshKey',
                  data: { name, site: site.site, form: site.form(v), why: WHY, values: valueList([[name, here]]) },
                  related: [],
                });
              }
            }
          }
        }
      },
    };
  },
});
