import { EZ, MESH_CONFIG_FIELDS, MIN, PROXY_CONFIG_ANNOTATION, PROXY_CONFIG_FIELDS, clip, closest, compareVersions, defineRule, drainDurationFloor, fitted, formatSeconds, isRecord, joinWords, meshDrain, parseGoDuration, raisesToo, relatedValues, reportedAsRemoved, resourceId, snakeToCamel, valueList, workloadDrain } from '../../src/rule-api.js';
import type { DocView, DrainValues, FieldSpec, MessageSpec, Path, ResolvedWorkload, Valued } from '../../src/rule-api.js';
/** Keys other rules own (catalogue tie-breaks): misplaced-grace-period, drain-setting-outside-proxy-metadata. */
const GRACE_KEYS = new Set(['terminationGracePeriodSeconds', 'termination_grace_period_seconds']);

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

interface Fields {
  /** Every accepted spelling (camelCase and snake_case) → the camelCase field. */
  accepted: Map<string, string>;
  /** Fields removed by the target version (spelling → [field, version]). */
  removed: Map<string, [string, string]>;
  /** camelCase names for "did you mean". */
  names: string[];
  specs: Readonly<Record<string, FieldSpec>>;
}

function fieldsFor(specs: Readonly<Record<string, FieldSpec>>, version: string | undefined): Fields {
  const accepted = new Map<string, string>();
  const removed = new Map<string, [string, string]>();
  const names: string[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const gone = spec.removed !== undefined && (!version || compareVersions(version, spec.removed) >= 0);
    for (const spelling of new Set([name, snake(name)])) {
      if (gone) removed.set(spelling, [name, spec.removed!]);
      else accepted.set(spelling, name);
    }
    if (!gone) names.push(name);
  }
  return { accepted, removed, names, specs };
}

/**
 * The line to write for `field` from the misplaced key's value (`terminationDrainDuration: "45s"`),
 * with the care that it creates no other finding: a drainDuration in whole seconds and not below
 * the drain it covers, a terminationDrainDuration above drainDuration with "raise drainDuration
 * too" (`d`: the drain values at the same level). Undefined when the value cannot be carried over.
 */
function rewriteLine(field: string, spec: FieldSpec | undefined, value: unknown, d: DrainValues, rw?: ResolvedWorkload, istio?: string): string | undefined {
  if (spec?.type === 'duration') {
    let secs: number | undefined;
    if (typeof value === 'number' && value >= 0) secs = value;
    else if (typeof value === 'string') secs = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value.trim()) : parseGoDuration(value.trim());
    if (secs !== undefined) {
      if (field === 'drainDuration') {
        const whole = Math.max(1, Math.ceil(secs));
        const floor = drainDurationFloor(d, whole, istio);
        return floor ? `${field}: "${floor.target}"${floor.why}` : `${field}: "${formatSeconds(whole)}"`;
      }
      return `${field}: "${formatSeconds(secs)}"${field === 'terminationDrainDuration' ? raisesToo(d, field, secs, rw, istio) : ''}`;
    }
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return `${field}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
  }
  return undefined;
}

/** The care for a ProxyConfig field moved under defaultConfig as written: ", and raise drainDuration …" / " (not below …)". */
function movedCare(key: string, value: unknown, d: DrainValues, istio?: string): string {
  const field = snakeToCamel(key);
  if (field !== 'terminationDrainDuration' && field !== 'drainDuration') return '';
  const secs = typeof value === 'string' ? parseGoDuration(value.trim()) : undefined;
  if (secs === undefined) return '';
  if (field === 'terminationDrainDuration') return raisesToo(d, field, secs, undefined, istio);
  const floor = drainDurationFloor(d, secs, istio);
  return floor ? `, and raise it to at least ${floor.target}${floor.why}` : '';
}

const MESH_DROPS = 'istiod drops unknown MeshConfig keys without a warning';

const MESSAGES = {
  misspelt: {
    message: 'Unknown key {{key}} in {{where}}: {{ignored}}{{stays}}.',
    help: 'Did you mean {{guess}}? {{rewrite}}. {{ignores}}.{{values}}',
  },
  unknownKey: {
    versions: ['istio'],
    message: 'Unknown key {{key}} in {{where}}: {{ignored}}.',
    help: '{{version}} has no such ProxyConfig field: remove it or fix the name. {{ignores}}.',
  },
  removedKey: {
    versions: ['istio'],
    message: '{{key}} in {{where}} was removed from ProxyConfig in Istio {{removed}}: {{ignored}}.',
    help: 'Remove it: the field no longer exists. {{ignores}}.',
  },
  envVarKey: {
    message: "{{key}} in {{where}} is not under proxyMetadata: it never reaches the proxy's environment.",
    help: 'Move it under proxyMetadata as a string ({{key}}: {{shown}}): only proxyMetadata entries become environment variables of the istio-proxy container. {{ignores}}.',
  },
  gracePeriodKey: {
    message: '{{key}} in {{where}} is not a ProxyConfig field: the grace period is set in the pod spec.',
    help: 'Set terminationGracePeriodSeconds in the pod spec instead, and remove this key. {{ignores}}.',
  },
  meshMisspelt: {
    message: 'Unknown MeshConfig key {{key}}: istiod drops it.',
    help: `Did you mean {{guess}}? ${MESH_DROPS}.`,
  },
  meshUnknown: {
    versions: ['istio'],
    message: 'Unknown MeshConfig key {{key}}: istiod drops it.',
    help: `{{version}} has no such MeshConfig field: remove it or fix the name. ${MESH_DROPS}.`,
  },
  meshRemoved: {
    versions: ['istio'],
    message: '{{key}} was removed from MeshConfig in Istio {{removed}}: istiod drops it.',
    help: `Remove it: the field no longer exists. ${MESH_DROPS}.`,
  },
  proxyFieldAtTop: {
    message: '{{key}} is a ProxyConfig field at the top level of the mesh config: istiod drops it.',
    help: `Move it to meshConfig.defaultConfig.{{key}}{{care}}. ProxyConfig fields apply only under defaultConfig; ${MESH_DROPS}.`,
  },
  misspeltProxyFieldAtTop: {
    message: 'Unknown MeshConfig key {{key}}: istiod drops it.',
    help: `Did you mean {{guess}}? It is a ProxyConfig field and belongs under defaultConfig: write meshConfig.defaultConfig.{{line}}. ${MESH_DROPS}.`,
  },
  envVarAtTop: {
    message: '{{key}} is an environment variable at the top level of the mesh config: istiod drops it.',
    help: `Move it to meshConfig.defaultConfig.proxyMetadata.{{key}}, as a string: only proxyMetadata entries become environment variables of the proxies. ${MESH_DROPS}.`,
  },
} satisfies Record<string, MessageSpec>;

export default defineRule({
  meta: {
    id: 'unknown-proxy-config-key',
    severity: 'warning',
    description: 'A key in meshConfig.defaultConfig, the proxy.istio.io/config annotation or at the top level of the MeshConfig is not a field Istio knows, so it is silently dropped.',
    help: 'Fix the spelling of the key, or move it where it belongs: ProxyConfig fields under defaultConfig, proxy environment variables under proxyMetadata, the grace period in the pod spec.',
    fixable: false,
    messages: MESSAGES,
  },
  create(ctx) {
    const version = ctx.config.istioVersion;
    const proxy = fieldsFor(PROXY_CONFIG_FIELDS, version);
    const mesh = fieldsFor(MESH_CONFIG_FIELDS, version);
    const versionWord = version ? `Istio ${version}` : 'Current Istio';

    /** Where a ProxyConfig mapping is and what ignores its unknown keys: for the message and the help. */
    interface Place {
      where: string;
      ignored: string;
      ignores: string;
      drain: DrainValues;
      rw?: ResolvedWorkload;
    }

    const proxyConfig = (view: DocView, path: Path, value: Record<string, unknown>, place: Place) => {
      for (const key of Object.keys(value)) {
        if (proxy.accepted.has(key)) continue;
        if (GRACE_KEYS.has(key) || key === EZ || key === MIN || reportedAsRemoved(key, version)) continue;
        const at = { view, path: [...path, key], target: 'key' as const };
        const base = { key, where: place.where, ignored: place.ignored, ignores: place.ignores };
        const gone = proxy.removed.get(key);
        if (gone) {
          ctx.report({ at, workload: place.rw?.workload, ...fitted(MESSAGES, 'removedKey', { ...base, removed: gone[1] }, ['key']) });
          continue;
        }
        if (/^[A-Z][A-Z0-9_]*$/.test(key)) {
          const v = value[key];
          ctx.report({ at, workload: place.rw?.workload, ...fitted(MESSAGES, 'envVarKey', { ...base, shown: JSON.stringify(v === null || v === undefined ? '' : String(v)) }, ['key']) });
          continue;
        }
        const camel = snakeToCamel(key);
        if (/^termination_?grace_?period/i.test(camel)) {
          ctx.report({ at, workload: place.rw?.workload, ...fitted(MESSAGES, 'gracePeriodKey', base, ['key']) });
          continue;
        }
        const guess = closest(camel, proxy.names);
        if (!guess) {
          ctx.report({ at, workload: place.rw?.workload, ...fitted(MESSAGES, 'unknownKey', { ...base, version: versionWord }, ['key']) });
          continue;
        }
        let stays = '';
        const values: [string, Valued<unknown>][] = [];
        const rw = place.rw;
        if (rw && (guess === 'terminationDrainDuration' || guess === 'drainDuration')) {
          const v = guess === 'terminationDrainDuration' ? rw.tdd : rw.dd;
          stays = `, so ${guess} stays ${formatSeconds(v.value)}${v.prov.level === 'default' ? ' (default)' : ''}`;
          values.push([guess, v]);
        }
        const md = value[key];
        if (guess === 'proxyMetadata' && isRecord(md) && Object.keys(md).length > 0) {
          const names = Object.keys(md).map((n) => clip(n, 32));
          stays = `, so ${joinWords(names, 2)} never ${names.length === 1 ? 'reaches' : 'reach'} the proxy's environment`;
        }
        const line = rewriteLine(guess, proxy.specs[guess], md, place.drain, rw, version);
        ctx.report({
          at,
          workload: rw?.workload,
          ...fitted(MESSAGES, 'misspelt', { ...base, stays, guess, rewrite: line ? `Write ${line}` : `Rename the key to ${guess}`, values: values.length > 0 ? ` Values: ${valueList(values)}.` : '' }, ['key']),
          related: relatedValues(values),
        });
      }
    };

    return {
      workload(rw) {
        if (rw.admissionDenied) return; // the pod is never created: only that finding
        const ann = rw.workload.proxyConfigAnnotation;
        if (!ann?.view || !isRecord(ann.view.value)) return;
        proxyConfig(ann.view, [], ann.view.value, {
          where: PROXY_CONFIG_ANNOTATION,
          ignored: 'Istio ignores it',
          ignores: `The injector and pilot-agent ignore unknown keys in the ${PROXY_CONFIG_ANNOTATION} annotation without a warning`,
          drain: workloadDrain(rw),
          rw,
        });
      },

      end() {
        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          const resource = resourceId(m.resource);
          const dcKeys = ['defaultConfig', 'default_config'];
          for (const dcKey of dcKeys) {
            const dc = m.value[dcKey];
            if (isRecord(dc)) {
              proxyConfig(m.view, [...m.path, dcKey], dc, {
                where: dcKey,
                ignored: 'istiod drops it',
                ignores: 'istiod drops unknown ProxyConfig keys without a warning',
                drain: meshDrain(m, [...m.path, dcKey]),
              });
            }
          }
          // The MeshConfig's own top level.
          const drain = meshDrain(m, [...m.path, dcKeys.find((k) => isRecord(m.value[k])) ?? 'defaultConfig']);
          for (const key of Object.keys(m.value)) {
            if (mesh.accepted.has(key)) continue;
            if (GRACE_KEYS.has(key) || key === EZ || key === MIN || reportedAsRemoved(key, version)) continue;
            const at = { view: m.view, path: [...m.path, key], target: 'key' as const };
            const base = { key };
            const gone = mesh.removed.get(key);
            const proxyField = proxy.accepted.get(key);
            if (gone) {
              ctx.report({ at, resource, ...fitted(MESSAGES, 'meshRemoved', { ...base, removed: gone[1] }, ['key']) });
            } else if (proxyField) {
              ctx.report({ at, resource, ...fitted(MESSAGES, 'proxyFieldAtTop', { ...base, care: movedCare(key, m.value[key], drain, version) }, ['key']) });
            } else if (/^[A-Z][A-Z0-9_]*$/.test(key)) {
              ctx.report({ at, resource, ...fitted(MESSAGES, 'envVarAtTop', base, ['key']) });
            } else {
              const camel = snakeToCamel(key);
              const meshGuess = closest(camel, mesh.names);
              const proxyGuess = meshGuess ? undefined : closest(camel, proxy.names);
              if (meshGuess) ctx.report({ at, resource, ...fitted(MESSAGES, 'meshMisspelt', { ...base, guess: meshGuess }, ['key']) });
              else if (proxyGuess) {
                const line = rewriteLine(proxyGuess, proxy.specs[proxyGuess], m.value[key], drain, undefined, version) ?? `${proxyGuess}:`;
                ctx.report({ at, resource, ...fitted(MESSAGES, 'misspeltProxyFieldAtTop', { ...base, guess: proxyGuess, line }, ['key']) });
              } else ctx.report({ at, resource, ...fitted(MESSAGES, 'meshUnknown', { ...base, version: versionWord }, ['key']) });
            }
          }
        }
      },
    };
  },
});
