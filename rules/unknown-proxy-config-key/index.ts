import { defineRule } from '../../src/rule.js';
import { PROXY_CONFIG_ANNOTATION } from '../../src/domain/names.js';
import type { ResolvedWorkload } from '../../src/resolved.js';
import { EZ, MIN } from '../../src/domain/names.js';
import type { DocView, Path, Valued } from '../../src/types.js';
import { relatedValues, seconds } from '../../src/describe.js';
import { workloadName } from '../../src/domain/identity.js';
import { MESH_CONFIG_FIELDS, PROXY_CONFIG_FIELDS, type FieldSpec } from '../../src/istio/mesh-fields.js';
import { closest, snakeToCamel } from '../../src/text.js';
import { compareVersions } from '../../src/domain/versions.js';
import { formatSeconds, parseGoDuration } from '../../src/domain/durations.js';
import { isRecord } from '../../src/yaml/paths.js';
import { reportedAsRemoved } from '../../src/domain/removed.js';
import { resourceId } from '../../src/domain/identity.js';

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

/** "write terminationDrainDuration: \"45s\"" from the misspelt key's value, or "rename the key to X". */
function rewrite(field: string, spec: FieldSpec | undefined, value: unknown): string {
  const line = rewriteLine(field, spec, value);
  return line ? `write ${line}` : `rename the key to ${field}`;
}

function rewriteLine(field: string, spec: FieldSpec | undefined, value: unknown): string | undefined {
  if (spec?.type === 'duration') {
    let secs: number | undefined;
    if (typeof value === 'number' && value >= 0) secs = value;
    else if (typeof value === 'string') secs = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value.trim()) : parseGoDuration(value.trim());
    if (secs !== undefined) return `${field}: "${formatSeconds(secs)}"`;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return `${field}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'unknown-proxy-config-key',
    severity: 'warning',
    description: 'A key in meshConfig.defaultConfig, the proxy.istio.io/config annotation or at the top level of the MeshConfig is not a field Istio knows, so it is silently dropped.',
    fixable: false,
  },
  create(ctx) {
    const version = ctx.config.istioVersion;
    const proxy = fieldsFor(PROXY_CONFIG_FIELDS, version);
    const mesh = fieldsFor(MESH_CONFIG_FIELDS, version);
    const versionWord = version ? `Istio ${version}` : 'current Istio';

    /** Why the key is unknown and what to write instead, for a ProxyConfig mapping. */
    const proxyConfigAdvice = (key: string, value: unknown, rw?: ResolvedWorkload): { stays: string; text: string; related: [string, Valued<unknown>][] } => {
      const none = { stays: '', related: [] };
      const gone = proxy.removed.get(key);
      if (gone) return { ...none, text: `${gone[0]} was removed in Istio ${gone[1]}: remove it.` };
      if (/^[A-Z][A-Z0-9_]*$/.test(key)) {
        const shown = JSON.stringify(value === null || value === undefined ? '' : String(value));
        return { ...none, text: `it looks like a proxy environment variable, and only proxyMetadata turns those into env: move it under proxyMetadata as a string (${key}: ${shown}).` };
      }
      const camel = snakeToCamel(key);
      if (/^termination_?grace_?period/i.test(camel)) {
        return { ...none, text: 'the grace period is not a proxy setting: set terminationGracePeriodSeconds in the pod spec instead.' };
      }
      const guess = closest(camel, proxy.names);
      if (!guess) return { ...none, text: `${versionWord} has no such ProxyConfig field: remove it or fix the name.` };
      let stays = '';
      const related: [string, Valued<unknown>][] = [];
      if (rw && (guess === 'terminationDrainDuration' || guess === 'drainDuration')) {
        const v = guess === 'terminationDrainDuration' ? rw.tdd : rw.dd;
        stays = `, so ${guess} stays ${seconds(v)}`;
        related.push([guess, v]);
      }
      if (guess === 'proxyMetadata' && isRecord(value) && Object.keys(value).length > 0) {
        const names = Object.keys(value);
        stays = `, so ${names.join(', ')} never ${names.length === 1 ? 'reaches' : 'reach'} the proxy's environment`;
      }
      return { stays, text: `did you mean ${guess}? ${capitalize(rewrite(guess, proxy.specs[guess], value))}.`, related };
    };

    const proxyConfig = (view: DocView, path: Path, value: Record<string, unknown>, where: string, drops: string, rw?: ResolvedWorkload) => {
      for (const key of Object.keys(value)) {
        if (proxy.accepted.has(key)) continue;
        if (GRACE_KEYS.has(key) || key === EZ || key === MIN || reportedAsRemoved(key, version)) continue;
        const advice = proxyConfigAdvice(key, value[key], rw);
        ctx.report({
          at: { view, path: [...path, key], target: 'key' },
          message: `Unknown key ${key} in ${where}: ${drops}${advice.stays}; ${advice.text}`,
          workload: rw?.workload,
          related: relatedValues(advice.related),
        });
      }
    };

    return {
      workload(rw) {
        if (rw.admissionDenied) return; // the pod is never created: only that finding
        const ann = rw.workload.proxyConfigAnnotation;
        if (!ann?.view || !isRecord(ann.view.value)) return;
        proxyConfig(ann.view, [], ann.view.value, `the ${PROXY_CONFIG_ANNOTATION} annotation of ${workloadName(rw)}`, 'the injector and pilot-agent ignore unknown keys', rw);
      },

      end() {
        for (const m of ctx.inventory.meshSources) {
          if (m.embedError) continue;
          const where = `the mesh config (${m.label})`;
          const resource = resourceId(m.resource);
          for (const dcKey of ['defaultConfig', 'default_config']) {
            const dc = m.value[dcKey];
            if (isRecord(dc)) proxyConfig(m.view, [...m.path, dcKey], dc, `${dcKey} of ${where}`, 'istiod drops unknown ProxyConfig keys silently');
          }
          // The MeshConfig's own top level.
          for (const key of Object.keys(m.value)) {
            if (mesh.accepted.has(key)) continue;
            if (GRACE_KEYS.has(key) || key === EZ || key === MIN || reportedAsRemoved(key, version)) continue;
            let advice: string;
            const gone = mesh.removed.get(key);
            const proxyField = proxy.accepted.get(key);
            if (gone) advice = `${gone[0]} was removed in Istio ${gone[1]}: remove it`;
            else if (proxyField) advice = `${key} is a ProxyConfig field and belongs under defaultConfig: move it to meshConfig.defaultConfig.${key}`;
            else if (/^[A-Z][A-Z0-9_]*$/.test(key)) {
              advice = `it is a proxy environment variable and belongs under defaultConfig.proxyMetadata, as a string: move it to meshConfig.defaultConfig.proxyMetadata.${key}`;
            } else {
              const camel = snakeToCamel(key);
              const meshGuess = closest(camel, mesh.names);
              const proxyGuess = meshGuess ? undefined : closest(camel, proxy.names);
              if (meshGuess) advice = `did you mean ${meshGuess}?`;
              else if (proxyGuess) {
                const line = rewriteLine(proxyGuess, proxy.specs[proxyGuess], m.value[key]) ?? `${proxyGuess}:`;
                advice = `did you mean ${proxyGuess}? It is a ProxyConfig field and belongs under defaultConfig: write meshConfig.defaultConfig.${line}`;
              }
              else advice = `${versionWord} has no such MeshConfig field: remove it or fix the name`;
            }
            ctx.report({
              at: { view: m.view, path: [...m.path, key], target: 'key' },
              message: `Unknown key ${key} at the top level of ${where}: istiod drops unknown MeshConfig keys silently; ${advice}${advice.endsWith('?') ? '' : '.'}`,
              resource,
            });
          }
        }
      },
    };
  },
});

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
