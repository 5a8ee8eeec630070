/**
 * Config `overrides`: rules turned on, off or to another severity for the findings whose subject
 * (a workload, a mesh config, a ProxyConfig…) and file match — for third-party charts that users
 * cannot annotate. Entries apply in order; a later one wins for the rules it names.
 */
import path from 'node:path';
import type { Ref, Severity } from '../types.js';
import type { Subject } from './subject.js';
import { nameGlob, pathGlob } from '../glob.js';

/** `off`, a severity, or `true`: on, at the rule's own severity (`false` is read as `off`). */
export type OverrideSetting = 'off' | Severity | true;

export interface OverrideMatch {
  kind?: string;
  namespace?: string;
  name?: string;
  labels?: Record<string, string>;
  container?: string;
  /** Globs of files, relative to the config file's folder. */
  file?: string | string[];
}

/** One `overrides[]` entry of the config file, ready to match. */
export interface ConfigOverride {
  index: number;
  match: OverrideMatch;
  rules: Record<string, OverrideSetting>;
  reason?: string;
  /** The config file as reports name it, and the entry in it. */
  file: string;
  ref: Ref;
  /** The config file's folder: file globs are relative to it. */
  dir: string;
}

/** Whether an entry's `match` holds for a finding about `subject` in `file` (absolute). */
export function overrideMatches(o: ConfigOverride, subject: Subject, file: string): boolean {
  const m = o.match;
  if (m.kind !== undefined && !nameGlob(m.kind, subject.kind)) return false;
  if (m.namespace !== undefined && !nameGlob(m.namespace, subject.namespace ?? '')) return false;
  if (m.name !== undefined && !nameGlob(m.name, subject.name ?? '')) return false;
  if (m.container !== undefined && !nameGlob(m.container, subject.container ?? '')) return false;
  if (m.labels && !Object.entries(m.labels).every(([k, v]) => subject.labels[k] === v)) return false;
  if (m.file !== undefined) {
    const rel = path.relative(o.dir, file).split(path.sep).join('/');
    if (rel.startsWith('../') || path.isAbsolute(rel)) return false;
    const globs = Array.isArray(m.file) ? m.file : [m.file];
    if (!globs.some((g) => pathGlob(g)(rel))) return false;
  }
  return true;
}

/** Whether an override turns the rule on somewhere (it then runs even when `rules` turns it off). */
export function turnsOn(overrides: readonly ConfigOverride[], ruleId: string): boolean {
  return overrides.some((o) => o.rules[ruleId] !== undefined && o.rules[ruleId] !== 'off');
}
