/**
 * What a run's options mean for the engine: the configuration file found or named with the flags
 * over it, and the rules chosen. lint() plans its run with it, and so does each worker thread of
 * that run (from the same options), so that every thread lints with the same settings.
 */
import path from 'node:path';
import { emptyConfig, findConfig, loadConfig, UsageError, type ResolvedConfig } from './config.js';
import { RULES } from '../rules/index.js';
import type { Rule } from './rule.js';
import { closest } from './text.js';
import type { LintOptions } from './lint-options.js';

export interface RunPlan {
  cwd: string;
  config: ResolvedConfig;
  /** The rules the run runs. */
  rules: Rule[];
  /** Every rule id there is. */
  known: Set<string>;
}

/** Throws a `UsageError` for an unknown rule id, an invalid configuration file or a version that is not one. */
export function planRun(o: NonNullable<LintOptions['options']>): RunPlan {
  const cwd = path.resolve(o.cwd ?? process.cwd());
  const known = new Set(RULES.map((r) => r.meta.id));
  for (const id of [...(o.onlyRules ?? []), ...(o.disableRules ?? [])]) {
    if (!known.has(id)) {
      const near = closest(id, known);
      throw new UsageError(`unknown rule id "${id}"${near ? `: did you mean "${near}"?` : ''} (drainlint rules lists them)`);
    }
  }
  const config = readConfig(cwd, o.config, known);
  if (o.meshConfig) config.meshConfig = [...config.meshConfig, ...o.meshConfig.map((m) => path.resolve(cwd, m))];
  if (o.gatewayValues) config.gatewayValues = [...config.gatewayValues, ...o.gatewayValues.map((m) => path.resolve(cwd, m))];
  if (o.istioVersion) {
    config.istioVersion = checkVersion(o.istioVersion, 'Istio');
    config.versionOrigins = { ...config.versionOrigins, istio: { level: 'config', source: '--istio-version' } };
  }
  if (o.kubernetesVersion) {
    config.kubernetesVersion = checkVersion(o.kubernetesVersion, 'Kubernetes');
    config.versionOrigins = { ...config.versionOrigins, kubernetes: { level: 'config', source: '--k8s-version' } };
  }
  if (o.inferVersions === false) config.inferVersions = false;
  if (o.assumeInjected) config.assumeInjected = true;
  if (o.defaultNamespace) config.defaultNamespace = o.defaultNamespace;
  const rules = RULES.filter((r) => (!o.onlyRules || o.onlyRules.includes(r.meta.id)) && !(o.disableRules ?? []).includes(r.meta.id));
  return { cwd, config, rules, known };
}

function readConfig(cwd: string, explicit: string | false | undefined, known: Set<string>): ResolvedConfig {
  if (explicit === false) return emptyConfig(cwd);
  const file = explicit ?? findConfig(cwd);
  return file ? loadConfig(file, cwd, known) : emptyConfig(cwd);
}

function checkVersion(v: string, product: string): string {
  if (!/^v?\d+\.\d+(\.\d+)?$/.test(v)) throw new UsageError(`the target ${product} version is a version such as 1.24 or 1.24.3, not "${v}"`);
  return v.replace(/^v/, '');
}
