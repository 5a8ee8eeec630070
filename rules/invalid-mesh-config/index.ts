import { EZ, GO_DURATION_FORMAT, MIN, clip, defineRule, durationFault, fitted, get, isRecord, locate, meshDiscardWords, meshResource, realProblem, resourceId, suggestDuration, valueList, written, yamlType } from '../../src/rule-api.js';
import type { DocView, MeshSource, MessageSpec, Path, Ref, RelatedValue, Resource, ValueProblem, Valued } from '../../src/rule-api.js';
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
  boolean: 'a boolean',
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  object: 'a mapping',
  array: 'a list',
};

/** Mapping fields whose only common field is `mode` (users write the mode alone). */
const MODE_FIELDS = new Set(['outboundTrafficPolicy', 'outbound_traffic_policy', 'inboundTrafficPolicy', 'inbound_traffic_policy']);

/** What is wrong with the value (for the message), how to write it and a note on the format (for the help). */
function explain(p: ValueProblem): { what: string; fix: string; note: string } {
  const field = p.field;
  if (p.kind === 'bad-enum') {
    const allowed = p.expected.replace(/^one of /, '').split(', ');
    const match = typeof p.value === 'string' ? allowed.find((a) => a.toLowerCase() === (p.value as string).trim().toLowerCase()) : undefined;
    const list = allowed.join(', ');
    return {
      what: list.length <= 40 ? `is not one of ${list}` : 'is not a value of the enum',
      fix: match ? `Write ${field}: ${match}` : `Use one of ${list}`,
      note: match ? 'Enum values are case-sensitive. ' : '',
    };
  }
  if (p.kind === 'bad-duration') {
    const s = suggestDuration(p.value);
    return { what: durationFault(p.value), fix: s ? `Write ${field}: "${s}"` : `Write it as a Go duration string, e.g. ${field}: "10s"`, note: `${GO_DURATION_FORMAT} ` };
  }
  const expected = EXPECTED[p.expected] ?? p.expected;
  const v = p.value;
  let fix: string;
  if (p.expected === 'boolean') {
    const t = typeof v === 'string' ? v.trim().toLowerCase() : v;
    const b = t === 'true' || t === 'yes' || t === 'on' || t === 1 ? 'true' : t === 'false' || t === 'no' || t === 'off' || t === 0 ? 'false' : undefined;
    fix = b ? `Write ${field}: ${b} without quotes` : `Write ${field}: true or false`;
  } else if (p.expected === 'integer' || p.expected === 'number') {
    fix = typeof v === 'number' ? `Write ${field}: ${Math.round(v)}` : `Write ${field} as a number`;
  } else if (p.expected === 'string' && (typeof v === 'number' || typeof v === 'boolean')) {
    fix = `Quote it: ${field}: "${String(v)}"`;
  } else if (p.expected === 'object') {
    const inner = MODE_FIELDS.has(field) && typeof v === 'string' ? `{mode: ${v}}` : undefined;
    fix = inner ? `Write ${field}: ${inner}` : `Write ${field} as a mapping of its fields`;
  } else if (p.expected === 'array') {
    fix = `Write ${field} as a list`;
  } else {
    fix = `Write ${field} as ${expected}`;
  }
  return { what: `is ${kindOf(v)}, not ${expected}`, fix, note: '' };
}

interface DrainSetting {
  /** "terminationDrainDuration 30s", as written. */
  text: string;
  key: string;
  shown: string;
  ref: Ref;
  label: string;
  /** Where in its resource, for help texts: "spec.values.meshConfig", "data.mesh", "meshConfig". */
  where: string;
}

/** The drain settings (TDD, DD, EZ, MIN) written in a MeshConfig mapping, as written. */
function drainSettingsIn(view: DocView, base: Path, mesh: unknown, label: string, where: string): DrainSetting[] {
  const out: DrainSetting[] = [];
  if (!isRecord(mesh)) return out;
  for (const dc of DEFAULT_CONFIG_KEYS) {
    const pc = mesh[dc];
    if (!isRecord(pc)) continue;
    for (const key of [...TDD_KEYS, ...DD_KEYS]) {
      if (pc[key] === undefined || pc[key] === null) continue;
      const ref: Ref = { view, path: [...base, dc, key] };
      const shown = written(ref, pc[key]);
      out.push({ text: `${key} ${shown}`, key, shown, ref, label, where });
    }
    for (const mdKey of METADATA_KEYS) {
      const md = pc[mdKey];
      if (!isRecord(md)) continue;
      for (const name of [EZ, MIN]) {
        if (md[name] === undefined || md[name] === null || md[name] === '') continue;
        const ref: Ref = { view, path: [...base, dc, mdKey, name] };
        const shown = written(ref, md[name]);
        out.push({ text: `${name} ${shown}`, key: name, shown, ref, label, where });
      }
    }
  }
  return out;
}

/** For the message: ", so terminationDrainDuration 30s never applies" / ", so its 4 drain settings never apply" / "". */
function lost(settings: DrainSetting[]): string {
  if (settings.length === 0) return '';
  return settings.length === 1 ? `, so ${clip(settings[0]!.text, 50)} never applies` : `, so its ${settings.length} drain settings never apply`;
}

/** For the help: " Drain settings that never apply: terminationDrainDuration 30s (mesh config in …, file:8); …". */
function lostList(settings: DrainSetting[]): string {
  if (settings.length === 0) return '';
  const values = valueList(settings.map((s) => [s.key, { value: s.shown, prov: { level: 'mesh' as const, source: s.where, ref: s.ref } }] as [string, Valued<unknown>]));
  return ` Drain settings that never apply: ${values}.`;
}

/** Settings in file order (an IstioOperator's two mesh configs interleave). */
function inFileOrder(settings: DrainSetting[]): DrainSetting[] {
  const pos = (s: DrainSetting) => locate(s.ref);
  return [...settings].sort((a, b) => pos(a).line - pos(b).line || pos(a).column - pos(b).column);
}

function related(settings: DrainSetting[]): RelatedValue[] {
  return settings.map((s) => ({ message: `${s.text} (${s.label}, discarded)`, ref: s.ref }));
}

const MESSAGES = {
  meshField: {
    message: '{{field}}: {{value}} {{what}}: istiod rejects the mesh config{{lost}}.',
    help: '{{fix}}. {{note}}{{discarded}}{{lostList}}',
  },
  operatorField: {
    message: '{{field}}: {{value}} {{what}}: istioctl refuses the IstioOperator{{lost}}.',
    help: '{{fix}}. {{note}}istioctl validates the mesh config and refuses the IstioOperator unless forced; forced, {{discarded}}{{lostList}}',
  },
  meshNotText: {
    message: 'data.mesh is {{type}}, not a string: the API server rejects the ConfigMap{{lost}}.',
    help: 'Write the mesh config as YAML text in a block scalar: mesh: | followed by the indented fields. Every ConfigMap data value must be a string, so istiod never reads this mesh config.{{lostList}}',
  },
  meshTextNotMapping: {
    message: 'The mesh text in data.mesh is {{type}}, not a mapping of MeshConfig fields: istiod rejects it.',
    help: 'Write field: value lines (e.g. accessLogFile: /dev/stdout), with lists under their field name. {{discarded}}',
  },
} satisfies Record<string, MessageSpec>;

export default defineRule({
  meta: {
    id: 'invalid-mesh-config',
    severity: 'error',
    description: 'A mesh config (istio ConfigMap, IstioOperator, Helm values) has a field of the wrong type or an unknown enum value: istiod discards the whole document, and every drain setting in it with it.',
    help: 'Fix the field istiod cannot read (its type, or the exact spelling of an enum value): a single wrong value makes istiod discard the whole mesh config, drain settings included.',
    fixable: false,
    messages: MESSAGES,
  },
  create(ctx) {
    return {
      end() {
        // Drain settings per resource: an IstioOperator's spec.meshConfig and spec.values.meshConfig are merged into one document.
        const byResource = new Map<Resource, DrainSetting[]>();
        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          const list = byResource.get(m.resource) ?? [];
          const where = m.view === m.resource.view ? m.path.slice(m.resource.base.length).join('.') : 'data.mesh';
          list.push(...drainSettingsIn(m.view, m.path, m.value, `mesh config in ${m.label}`, where));
          byResource.set(m.resource, inFileOrder(list));
        }

        for (const [m, problems] of ctx.resolution.meshProblems) {
          const settings = byResource.get(m.resource) ?? [];
          for (const p of problems) {
            if (!realProblem(p) || ownedElsewhere(p, m) || acceptedByJsonpb(p)) continue;
            const dotted = p.ref.path.slice(m.path.length).join('.');
            const { what, fix, note } = explain(p);
            const discarded = meshDiscardWords(m, ctx.inventory);
            ctx.report({
              at: p.ref,
              resource: meshResource(m),
              ...fitted(
                MESSAGES,
                m.kind === 'IstioOperator' ? 'operatorField' : 'meshField',
                {
                  field: dotted,
                  value: clip(written(p.ref, p.value)),
                  what,
                  lost: lost(settings),
                  fix,
                  note,
                  discarded: m.kind === 'IstioOperator' ? discarded.charAt(0).toLowerCase() + discarded.slice(1) : discarded,
                  lostList: lostList(settings),
                },
                ['field', 'value'],
              ),
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
            const settings = drainSettingsIn(res.view, host, raw, `ConfigMap ${res.namespace ?? 'istio-system'}/${res.name ?? 'istio'} data.mesh`, 'data.mesh');
            ctx.report({
              at: { view: res.view, path: host, target: 'key' },
              resource: resourceId(res),
              messageId: 'meshNotText',
              data: { type: yamlType(raw), lost: lost(settings), lostList: lostList(settings) },
              related: related(settings),
            });
            continue;
          }
          const parsed = m.view !== res.view ? m.view.value : undefined;
          if (parsed === null || parsed === undefined || isRecord(parsed)) continue;
          ctx.report({
            at: { view: m.view, path: [] },
            resource: resourceId(res),
            messageId: 'meshTextNotMapping',
            data: { type: typeof parsed === 'string' ? 'a plain string' : yamlType(parsed), discarded: meshDiscardWords(m, ctx.inventory) },
          });
        }
      },
    };
  },
});
