import { defineRule, type RelatedValue } from '../../src/rule.js';
import type { MeshSource, Resource } from '../../src/inventory/model.js';
import { EZ, MIN } from '../../src/domain/names.js';
import type { ValueProblem } from '../../src/istio/validate.js';
import type { DocView, Path, Ref } from '../../src/types.js';
import { get, isRecord } from '../../src/yaml/paths.js';
import { locate } from '../../src/yaml/locate.js';
import { meshResource } from '../../src/domain/identity.js';
import { realProblem } from '../../src/domain/env-sites.js';
import { notDuration, suggestDuration } from '../../src/domain/durations.js';
import { written, yamlType } from '../../src/domain/written.js';
import { resourceId } from '../../src/domain/identity.js';

const TDD_KEYS = ['terminationDrainDuration', 'termination_drain_duration'];
const DD_KEYS = ['drainDuration', 'drain_duration'];
const DEFAULT_CONFIG_KEYS = ['defaultConfig', 'default_config'];
const METADATA_KEYS = ['proxyMetadata', 'proxy_metadata'];

/**
 * Problems other rules own (catalogue "One fault, one finding"): terminationDrainDuration /
 * drainDuration values (invalid-duration), proxyMetadata values (proxy-metadata-not-string), a
 * defaultConfig that is not a mapping (invalid-field-type).
 */
function ownedElsewhere(p: ValueProblem, m: MeshSource): boolean {
  if (p.kind === 'metadata-not-string' || p.kind === 'bad-drain-duration') return true;
  const rel = p.ref.path.slice(m.path.length);
  if (rel.length === 1 && DEFAULT_CONFIG_KEYS.includes(String(rel[0]))) return true;
  return rel.length === 2 && DEFAULT_CONFIG_KEYS.includes(String(rel[0])) && [...TDD_KEYS, ...DD_KEYS].includes(String(rel[1]));
}

/**
 * Values jsonpb (golang/protobuf v1.5 `jsonpb/decode.go`) accepts although the schema in
 * src/istio/validate.ts flags them: integers written as strings (`trimQuote`), enums written as
 * numbers, and unquoted timestamps, which sigs.k8s.io/yaml keeps as strings.
 */
function acceptedByJsonpb(p: ValueProblem): boolean {
  const v = p.value;
  if (p.kind === 'bad-enum') return typeof v === 'number' && Number.isInteger(v);
  if (p.kind !== 'wrong-type') return false;
  if (p.expected === 'integer') return typeof v === 'string' && /^-?\d+$/.test(v);
  if (p.expected === 'number') return typeof v === 'string' && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v);
  if (p.expected === 'string') return v instanceof Date;
  return false;
}

/** "a string", "a YAML boolean"… */
function kindOf(v: unknown): string {
  if (typeof v === 'string') return 'a string';
  return yamlType(v);
}

const EXPECTED: Record<string, string> = {
  boolean: 'a boolean (true or false)',
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  object: 'a mapping',
  array: 'a list',
};

/** Mapping fields whose only common field is `mode` (users write the mode alone). */
const MODE_FIELDS = new Set(['outboundTrafficPolicy', 'outbound_traffic_policy', 'inboundTrafficPolicy', 'inbound_traffic_policy']);

/** What is wrong with the value, and how to write it. */
function explain(p: ValueProblem): { what: string; fix: string } {
  const field = p.field;
  if (p.kind === 'bad-enum') {
    const allowed = p.expected.replace(/^one of /, '').split(', ');
    const match = typeof p.value === 'string' ? allowed.find((a) => a.toLowerCase() === (p.value as string).trim().toLowerCase()) : undefined;
    return {
      what: `is not one of ${allowed.join(', ')}${match ? ' (enum values are case-sensitive)' : ''}`,
      fix: match ? `write ${field}: ${match}` : `use one of ${allowed.join(', ')}`,
    };
  }
  if (p.kind === 'bad-duration') {
    const s = suggestDuration(p.value);
    return { what: notDuration(p.value), fix: s ? `write ${field}: "${s}"` : `write it as a Go duration string, e.g. ${field}: "10s"` };
  }
  const expected = EXPECTED[p.expected] ?? p.expected;
  const v = p.value;
  let fix: string;
  if (p.expected === 'boolean') {
    const t = typeof v === 'string' ? v.trim().toLowerCase() : v;
    const b = t === 'true' || t === 'yes' || t === 'on' || t === 1 ? 'true' : t === 'false' || t === 'no' || t === 'off' || t === 0 ? 'false' : undefined;
    fix = b ? `write ${field}: ${b} without quotes` : `write ${field}: true or false`;
  } else if (p.expected === 'integer' || p.expected === 'number') {
    fix = typeof v === 'number' ? `write ${field}: ${Math.round(v)}` : `write ${field} as a number`;
  } else if (p.expected === 'string' && (typeof v === 'number' || typeof v === 'boolean')) {
    fix = `quote it: ${field}: "${String(v)}"`;
  } else if (p.expected === 'object') {
    const inner = MODE_FIELDS.has(field) && typeof v === 'string' ? `{mode: ${v}}` : undefined;
    fix = inner ? `write ${field}: ${inner}` : `write ${field} as a mapping of its fields`;
  } else if (p.expected === 'array') {
    fix = `write ${field} as a list`;
  } else {
    fix = `write ${field} as ${expected}`;
  }
  return { what: `is ${kindOf(v)}, not ${expected}`, fix };
}

interface DrainSetting {
  text: string;
  ref: Ref;
  label: string;
}

/** The drain settings (TDD, DD, EZ, MIN) written in a MeshConfig mapping, as written. */
function drainSettingsIn(view: DocView, base: Path, mesh: unknown, label: string): DrainSetting[] {
  const out: DrainSetting[] = [];
  if (!isRecord(mesh)) return out;
  for (const dc of DEFAULT_CONFIG_KEYS) {
    const pc = mesh[dc];
    if (!isRecord(pc)) continue;
    for (const key of [...TDD_KEYS, ...DD_KEYS]) {
      if (pc[key] === undefined || pc[key] === null) continue;
      const ref: Ref = { view, path: [...base, dc, key] };
      out.push({ text: `${key} ${written(ref, pc[key])}`, ref, label });
    }
    for (const mdKey of METADATA_KEYS) {
      const md = pc[mdKey];
      if (!isRecord(md)) continue;
      for (const name of [EZ, MIN]) {
        if (md[name] === undefined || md[name] === null || md[name] === '') continue;
        const ref: Ref = { view, path: [...base, dc, mdKey, name] };
        out.push({ text: `${name} ${written(ref, md[name])}`, ref, label });
      }
    }
  }
  return out;
}

/** "terminationDrainDuration 30s here never applies" / "A and B here never apply". */
function neverApplies(settings: DrainSetting[]): string {
  const texts = settings.map((s) => s.text);
  const joined = texts.length <= 2 ? texts.join(' and ') : `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}`;
  return `${joined} here never ${texts.length === 1 ? 'applies' : 'apply'}`;
}

/** What happens to the document: istiod discards it; an IstioOperator is refused by istioctl first. */
function discarded(kind: MeshSource['kind'] | 'ConfigMapData', settings: DrainSetting[]): string {
  const lost = settings.length > 0 ? `with it every drain setting in it: ${neverApplies(settings)}` : 'keeps its last good one (or the built-in defaults)';
  switch (kind) {
    case 'IstioOperator':
      return `istioctl refuses the IstioOperator (unless forced), and istiod discards the whole mesh config (it logs "invalid mesh config") and ${lost}`;
    case 'ConfigMapData':
      return `the API server rejects the ConfigMap (every data value must be a string), so istiod never reads this mesh config${settings.length > 0 ? `: ${neverApplies(settings)}` : ''}`;
    default:
      return `istiod discards the whole mesh config (it logs "invalid mesh config") and ${lost}`;
  }
}

/** Settings in file order (an IstioOperator's two mesh configs interleave). */
function inFileOrder(settings: DrainSetting[]): DrainSetting[] {
  const pos = (s: DrainSetting) => locate(s.ref);
  return [...settings].sort((a, b) => pos(a).line - pos(b).line || pos(a).column - pos(b).column);
}

function related(settings: DrainSetting[]): RelatedValue[] {
  return settings.map((s) => ({ message: `${s.text} (${s.label}, discarded)`, ref: s.ref }));
}

export default defineRule({
  meta: {
    id: 'invalid-mesh-config',
    severity: 'error',
    description: 'A mesh config (istio ConfigMap, IstioOperator, Helm values) has a field of the wrong type or an unknown enum value: istiod discards the whole document, and every drain setting in it with it.',
    fixable: false,
  },
  create(ctx) {
    return {
      end() {
        // Drain settings per resource: an IstioOperator's spec.meshConfig and spec.values.meshConfig are merged into one document.
        const byResource = new Map<Resource, DrainSetting[]>();
        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          const list = byResource.get(m.resource) ?? [];
          list.push(...drainSettingsIn(m.view, m.path, m.value, `mesh config in ${m.label}`));
          byResource.set(m.resource, inFileOrder(list));
        }

        for (const [m, problems] of ctx.resolution.meshProblems) {
          const settings = byResource.get(m.resource) ?? [];
          for (const p of problems) {
            if (!realProblem(p) || ownedElsewhere(p, m) || acceptedByJsonpb(p)) continue;
            const dotted = p.ref.path.slice(m.path.length).join('.');
            const { what, fix } = explain(p);
            ctx.report({
              at: p.ref,
              resource: meshResource(m),
              message: `${dotted}: ${written(p.ref, p.value)} in the mesh config (${m.label}) ${what}: ${discarded(m.kind, settings)}; ${fix}.`,
              related: related(settings),
            });
          }
        }

        // An istio ConfigMap whose `mesh` is not YAML text, or whose text is not a mapping.
        for (const m of ctx.inventory.meshSources) {
          if (m.kind !== 'ConfigMap' || m.embedError) continue;
          const res = m.resource;
          const host: Path = [...res.base, 'data', 'mesh'];
          const raw = get(res.view.value, host);
          if (raw === null || raw === undefined) continue;
          if (typeof raw !== 'string') {
            const settings = drainSettingsIn(res.view, host, raw, `ConfigMap ${res.namespace ?? 'istio-system'}/${res.name ?? 'istio'} data.mesh`);
            const fix = isRecord(raw) ? 'write it as YAML text in a block scalar: mesh: | followed by the indented fields' : 'write the mesh config as YAML text in a block scalar (mesh: |)';
            ctx.report({
              at: { view: res.view, path: host, target: 'key' },
              resource: resourceId(res),
              message: `data.mesh of ${m.label} is ${yamlType(raw)}, not a string: ${discarded('ConfigMapData', settings)}; ${fix}.`,
              related: related(settings),
            });
            continue;
          }
          const parsed = m.view !== res.view ? m.view.value : undefined;
          if (parsed === null || parsed === undefined || isRecord(parsed)) continue;
          ctx.report({
            at: { view: m.view, path: [] },
            resource: resourceId(res),
            message: `The mesh text in ${m.label} (data.mesh) is ${typeof parsed === 'string' ? 'a plain string' : yamlType(parsed)}, not a mapping of MeshConfig fields: ${discarded('ConfigMap', [])}; write field: value lines (e.g. accessLogFile: /dev/stdout), with lists under their field name.`,
          });
        }
      },
    };
  },
});
