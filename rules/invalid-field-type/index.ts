import { PROXY_CONFIG_ANNOTATION, PROXY_CONFIG_FIELDS, clip, defineRule, denialWords, fitted, get, isRecord, meshDiscardWords, rejection, resourceId, snakeToCamel } from '../../src/rule-api.js';
import type { DocView, MessageSpec, Path, ResolvedWorkload, ResourceId, RuleContext, Workload } from '../../src/rule-api.js';
type Shape = 'mapping' | 'list' | 'string' | 'integer';

/** "30 (a string)", "a list", "true (a boolean)". */
function describeValue(v: unknown): string {
  if (v instanceof Date) return `${v.toISOString()} (a timestamp)`;
  if (Array.isArray(v)) return 'a list';
  if (isRecord(v)) return 'a mapping';
  if (typeof v === 'string') return v.includes('\n') ? 'a multi-line string' : v.length > 40 ? 'a string' : `${JSON.stringify(v)} (a string)`;
  if (typeof v === 'boolean') return `${v} (a boolean)`;
  if (typeof v === 'number') return `${v} (${Number.isInteger(v) ? 'an integer' : 'a number'})`;
  return String(v);
}

function fits(v: unknown, shape: Shape): boolean {
  switch (shape) {
    case 'mapping':
      return isRecord(v) && !(v instanceof Date);
    case 'list':
      return Array.isArray(v);
    case 'string':
      // sigs.k8s.io/yaml keeps an unquoted timestamp as text, so it is a string to the API server.
      return typeof v === 'string' || v instanceof Date;
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
  }
}

const ARTICLE: Record<Shape, string> = { mapping: 'a mapping', list: 'a list', string: 'a string', integer: 'an integer' };

/** A YAML-1.1-aware suggestion for a scalar that should be a string: quote it. */
function quoted(v: unknown): string {
  return JSON.stringify(typeof v === 'string' ? v : String(v));
}

/** A concrete value of the expected JSON type, from the value that was written. */
function suggestion(expected: string, v: unknown): string | undefined {
  if (expected === 'boolean') {
    if (typeof v === 'string') {
      const t = v.trim().toLowerCase();
      if (['yes', 'y', 'on', 'true', 't', '1', 'enabled'].includes(t)) return 'true';
      if (['no', 'n', 'off', 'false', 'f', '0', 'disabled'].includes(t)) return 'false';
    }
    if (typeof v === 'number') return v === 0 ? 'false' : 'true';
    return 'true or false';
  }
  if (expected === 'integer' || expected === 'number') {
    if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v)) return String(Math.round(Number(v)));
    if (typeof v === 'number') return String(Math.round(v));
    return undefined;
  }
  if (expected === 'string' && (typeof v === 'number' || typeof v === 'boolean')) return quoted(v);
  return undefined;
}

const MESSAGES = {
  graceNotInteger: {
    message: 'terminationGracePeriodSeconds is {{value}}, not an integer: {{rejected}}.',
    help: '{{fix}}. Kubernetes counts the grace period in whole seconds; drainlint treats it as unknown until then, so the checks that compare the drain with it stay silent.',
  },
  valueNotString: {
    message: 'The {{noun}} {{key}} is {{value}}, not a string: {{rejected}}.',
    help: '{{fix}}. Kubernetes {{noun}} values must be strings.',
  },
  wrongShape: {
    message: '{{field}} is {{value}}, not {{expected}}: {{rejected}}.',
    help: '{{fix}}. The Kubernetes API expects {{expected}} there.{{unknown}}',
  },
  annotationNotMapping: {
    message: 'The proxy.istio.io/config annotation holds {{value}}, not a ProxyConfig mapping: {{denied}}.',
    help: 'Write key: value lines such as terminationDrainDuration: "30s". {{why}}',
  },
  annotationField: {
    message: '{{field}} in proxy.istio.io/config is {{value}}, not {{expected}}: {{denied}}.',
    help: '{{fix}}, as the ProxyConfig field takes {{expected}}. {{why}}',
  },
  defaultConfigNotMapping: {
    message: '{{key}} is {{value}}, not a mapping: istiod rejects the whole mesh config.',
    help: '{{fix}}. {{key}} holds the ProxyConfig fields as a mapping. {{discarded}}',
  },
} satisfies Record<string, MessageSpec>;

export default defineRule({
  meta: {
    id: 'invalid-field-type',
    severity: 'error',
    description: 'A field drainlint reads has a type the Kubernetes API or Istio would reject (a non-integer grace period, annotations that are not a mapping of strings, proxy.istio.io/config contents that are not a mapping).',
    help: 'Write each field with the type the Kubernetes API and Istio expect: integers unquoted, label and annotation values as strings, lists and mappings where the schema has them.',
    fixable: false,
    messages: MESSAGES,
  },
  create(ctx) {
    return {
      workload(rw) {
        checkWorkload(ctx, rw);
      },

      end() {
        for (const ns of ctx.inventory.namespaces.values()) {
          const resource = resourceId(ns);
          const base = [...ns.base, 'metadata'];
          const meta = get(ns.view.value, base);
          if (!isRecord(meta)) continue;
          for (const field of ['labels', 'annotations'] as const) {
            stringMap(ctx, ns.view, [...base, field], meta[field], '', 'the API server rejects the Namespace', field, { resource });
          }
        }

        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          for (const key of ['defaultConfig', 'default_config']) {
            const dc = m.value[key];
            if (dc === undefined || dc === null || fits(dc, 'mapping')) continue;
            const fix = typeof dc === 'string' && /:\s/.test(dc) ? `Write its fields as a YAML mapping under ${key}:, not as a string` : `Write the ProxyConfig fields as a mapping under ${key}:`;
            ctx.report({
              at: { view: m.view, path: [...m.path, key] },
              ...fitted(MESSAGES, 'defaultConfigNotMapping', { key, value: describeValue(dc), fix, discarded: meshDiscardWords(m, ctx.inventory) }, ['value']),
              resource: resourceId(m.resource),
            });
          }
        }
      },
    };
  },
});

interface Where {
  workload?: Workload;
  resource?: ResourceId;
  container?: string;
}

/**
 * `at` must be `shape`; reports and returns false when the value is present and is not.
 * `unknown`: what drainlint cannot read meanwhile (a sentence for the help, with a leading space).
 */
function expect(ctx: RuleContext, view: DocView, path: Path, value: unknown, shape: Shape, field: string, rejected: string, where: Where, fix?: string, unknown = ''): boolean {
  if (value === undefined || value === null || fits(value, shape)) return true;
  ctx.report({
    at: { view, path },
    ...fitted(MESSAGES, 'wrongShape', { field, value: describeValue(value), expected: ARTICLE[shape], rejected, fix: fix ?? `Write ${field.replace(/^The /, 'the ')} as ${ARTICLE[shape]}`, unknown }, ['field', 'value']),
    ...where,
  });
  return false;
}

const HOOK_UNKNOWN = " drainlint treats the hook's duration as unknown until then.";

/** labels / annotations: a mapping whose values are strings (null reads as ""). `owner`: "" or " of the pod template". */
function stringMap(ctx: RuleContext, view: DocView, path: Path, value: unknown, owner: string, rejected: string, field: 'labels' | 'annotations', where: Where): void {
  if (!expect(ctx, view, path, value, 'mapping', `metadata.${field}${owner}`, rejected, where, `Write ${field} as key: "value" pairs`)) return;
  if (!isRecord(value)) return;
  const noun = field === 'labels' ? 'label' : 'annotation';
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined || fits(v, 'string')) continue;
    let fix: string;
    if (key === PROXY_CONFIG_ANNOTATION && isRecord(v)) fix = `Write the ProxyConfig as YAML text in a block scalar: ${key}: | followed by the indented fields`;
    else if (isRecord(v) || Array.isArray(v)) fix = `Write it as a string (YAML or JSON text in a block scalar)`;
    else fix = `Quote it: ${key}: ${quoted(v)}`;
    ctx.report({
      at: { view, path: [...path, key] },
      ...fitted(MESSAGES, 'valueNotString', { noun, key, value: describeValue(v), rejected, fix }, ['key', 'value']),
      ...where,
    });
  }
}

function checkWorkload(ctx: RuleContext, rw: ResolvedWorkload): void {
  const w = rw.workload;
  const problems = rw.annotationProblems;
  const rejected = rejection(w);
  const where: Where = { workload: w };
  const root = w.view.value;

  // The workload's own metadata, then the pod template's (the same node for a Pod).
  const ownMeta = [...w.base, 'metadata'];
  const metas: [Path, string][] = [[ownMeta, '']];
  const samePath = ownMeta.length === w.podMetaPath.length && ownMeta.every((s, i) => s === w.podMetaPath[i]);
  const tplPath = w.podMetaPath.slice(0, -1);
  let templateOk = true;
  if (!samePath) {
    templateOk = expect(ctx, w.view, tplPath, get(root, tplPath), 'mapping', 'The pod template', rejected, where);
    if (templateOk) metas.push([w.podMetaPath, ' of the pod template']);
  }
  for (const [path, owner] of metas) {
    const meta = get(root, path);
    if (!expect(ctx, w.view, path, meta, 'mapping', `metadata${owner}`, rejected, where)) continue;
    if (!isRecord(meta)) continue;
    for (const field of ['labels', 'annotations'] as const) {
      stringMap(ctx, w.view, [...path, field], meta[field], owner, rejected, field, where);
    }
  }
  if (!templateOk) return;

  // proxy.istio.io/config contents: a mapping, with fields of the right type.
  const ann = w.proxyConfigAnnotation;
  if (ann?.view) {
    const v = ann.view.value;
    if (v !== null && v !== undefined && !fits(v, 'mapping')) {
      ctx.report({
        at: { view: ann.view, path: [] },
        ...fitted(MESSAGES, 'annotationNotMapping', { value: describeValue(v), ...denialWords(rw) }, ['value']),
        ...where,
      });
    }
  }
  for (const p of problems) {
    if (p.kind !== 'wrong-type' && p.kind !== 'bad-enum') continue;
    // A duration of the wrong type is invalid-duration's (validate.ts reports a number there as wrong-type: Ajv gives no parentSchema without verbose).
    if (PROXY_CONFIG_FIELDS[snakeToCamel(p.field)]?.type === 'duration') continue;
    let fix: string | undefined;
    if (p.kind === 'bad-enum') {
      const allowed = p.expected.replace(/^one of /, '').split(', ');
      const match = typeof p.value === 'string' ? allowed.find((a) => a.toLowerCase() === (p.value as string).trim().toLowerCase()) : undefined;
      fix = match ? `Write ${p.field}: ${match} (enum values are case-sensitive)` : `Use ${p.expected}`;
    } else {
      const s = suggestion(p.expected, p.value);
      fix = s ? `Write ${p.field}: ${s}` : undefined;
    }
    const expected = p.kind === 'bad-enum' ? p.expected : p.expected === 'object' ? 'a mapping' : p.expected === 'array' ? 'a list' : `${/^[aeiou]/.test(p.expected) ? 'an' : 'a'} ${p.expected}`;
    ctx.report({
      at: p.ref,
      ...fitted(MESSAGES, 'annotationField', { field: p.field, value: describeValue(p.value), expected, fix: fix ?? `Write ${p.field} as ${expected}`, ...denialWords(rw) }, ['field', 'value']),
      ...where,
    });
  }

  // The pod spec.
  const spec = get(root, w.podSpecPath);
  if (!expect(ctx, w.view, w.podSpecPath, spec, 'mapping', 'The pod spec', rejected, where)) return;
  if (!isRecord(spec)) return;
  const g = spec['terminationGracePeriodSeconds'];
  if (g !== undefined && g !== null && !fits(g, 'integer')) {
    const s = suggestion('integer', g);
    ctx.report({
      at: { view: w.view, path: [...w.podSpecPath, 'terminationGracePeriodSeconds'] },
      messageId: 'graceNotInteger',
      data: {
        value: describeValue(g),
        rejected,
        fix: `Write terminationGracePeriodSeconds: ${s ?? '30'}${s === undefined ? ' (the default) or the seconds you need' : typeof g === 'string' ? ' without quotes' : ''}`,
      },
      ...where,
    });
  }
  for (const field of ['containers', 'initContainers'] as const) {
    const list = spec[field];
    const listPath = [...w.podSpecPath, field];
    if (!expect(ctx, w.view, listPath, list, 'list', field, rejected, where, 'Write each container as a list item (- name: …)')) continue;
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      const cPath = [...listPath, i];
      if (!expect(ctx, w.view, cPath, c, 'mapping', `${field}[${i}]`, rejected, where)) return;
      if (!isRecord(c)) return;
      const cName = typeof c['name'] === 'string' ? c['name'] : `${field}[${i}]`;
      const cWhere: Where = { ...where, container: typeof c['name'] === 'string' ? c['name'] : undefined };
      const what = (f: string) => `${f} of container ${clip(cName, 40)}`;
      if (expect(ctx, w.view, [...cPath, 'env'], c['env'], 'list', what('env'), rejected, cWhere, 'Write each variable as a list item (- name: X, value: "…")') && Array.isArray(c['env'])) {
        c['env'].forEach((e, ei) => expect(ctx, w.view, [...cPath, 'env', ei], e, 'mapping', what(`env[${ei}]`), rejected, cWhere, 'Write it as name: X with value: "…"'));
      }
      if (expect(ctx, w.view, [...cPath, 'args'], c['args'], 'list', what('args'), rejected, cWhere) && Array.isArray(c['args'])) {
        c['args'].forEach((a, ai) => {
          if (typeof a === 'number' || typeof a === 'boolean') expect(ctx, w.view, [...cPath, 'args', ai], a, 'string', what(`args[${ai}]`), rejected, cWhere, `Quote it: ${quoted(a)}`);
        });
      }
      checkLifecycle(ctx, w, cPath, c['lifecycle'], what, rejected, cWhere);
    });
  }
}

function checkLifecycle(ctx: RuleContext, w: Workload, cPath: Path, lifecycle: unknown, what: (f: string) => string, rejected: string, where: Where): void {
  const lPath = [...cPath, 'lifecycle'];
  if (!expect(ctx, w.view, lPath, lifecycle, 'mapping', what('lifecycle'), rejected, where) || !isRecord(lifecycle)) return;
  const preStop = lifecycle['preStop'];
  const pPath = [...lPath, 'preStop'];
  if (!expect(ctx, w.view, pPath, preStop, 'mapping', what('lifecycle.preStop'), rejected, where, 'Write one handler: sleep, exec or httpGet') || !isRecord(preStop)) return;
  const sleep = preStop['sleep'];
  if (expect(ctx, w.view, [...pPath, 'sleep'], sleep, 'mapping', what('preStop.sleep'), rejected, where, 'Write sleep: {seconds: N}') && isRecord(sleep)) {
    const s = sleep['seconds'];
    if (s !== undefined && s !== null && !fits(s, 'integer')) {
      const fix = suggestion('integer', s);
      expect(ctx, w.view, [...pPath, 'sleep', 'seconds'], s, 'integer', what('preStop.sleep.seconds'), rejected, where, fix ? `Write seconds: ${fix}` : undefined, HOOK_UNKNOWN);
    }
  }
  const exec = preStop['exec'];
  if (expect(ctx, w.view, [...pPath, 'exec'], exec, 'mapping', what('preStop.exec'), rejected, where) && isRecord(exec)) {
    const command = exec['command'];
    if (expect(ctx, w.view, [...pPath, 'exec', 'command'], command, 'list', what('preStop.exec.command'), rejected, where, 'Write the argv as a list, e.g. ["sleep", "10"]', HOOK_UNKNOWN) && Array.isArray(command)) {
      command.forEach((a, ai) => {
        if (a !== null && typeof a !== 'string') {
          expect(ctx, w.view, [...pPath, 'exec', 'command', ai], a, 'string', what(`preStop.exec.command[${ai}]`), rejected, where, `Quote it: ${quoted(a)}`);
        }
      });
    }
  }
}
