/**
 * Istio and Kubernetes versions: comparison of dotted versions, the versions a run targets (the
 * flag or the configuration file, else what the input says: install settings, image tags, chart
 * versions, revision names), and version facts other modules share.
 */
import type { Provenance, Ref, Valued } from '../types.js';

/** Compares dotted versions: negative when a < b. Missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  const pb = b.replace(/^v/, '').split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export type Product = 'istio' | 'kubernetes';
export const PRODUCT_NAMES: Record<Product, string> = { istio: 'Istio', kubernetes: 'Kubernetes' };

/**
 * The version an image tag or a release names: `1.24.2`, `1.24.2-distroless`, `v1.33.1`, `1.24`
 * → "1.24.2", "1.33.1", "1.24". Only major version 1 (every Istio and Kubernetes release so far):
 * a tag such as `2.3.0` of some fork or `latest` names no version we know.
 */
export function versionOfTag(tag: string): string | undefined {
  const m = /^v?(1)\.(\d{1,3})(?:\.(\d{1,3}))?(?:[-+_][0-9A-Za-z.+_-]*)?$/.exec(tag.trim());
  if (!m) return undefined;
  return m[3] !== undefined ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : `${m[1]}.${Number(m[2])}`;
}

/**
 * The version a chart version constraint names: an exact version (`1.24.2`, `v1.24.2`, `=1.24.2`)
 * as it is; a range that starts at a version (`~1.24.0`, `^1.24`, `>=1.24.0`, `1.24.x`, `1.24.*`)
 * only as its minor version, since any release of it may be installed. Ranges with an upper bound
 * only (`<1.25`), several clauses or `*` say too little.
 */
export function versionOfConstraint(text: string): string | undefined {
  const t = text.trim();
  const exact = t.replace(/^=\s*/, '');
  if (!/^(?:[~^]|>=)/.test(exact) && !/\.[x*]$/i.test(exact)) return /\s|[<>|,*]/.test(exact) ? undefined : versionOfTag(exact);
  const from = exact.replace(/^(?:[~^]|>=)\s*/, '').replace(/\.[x*]$/i, '');
  if (/\s|[<>|,*]/.test(from)) return undefined;
  const v = versionOfTag(from);
  return v?.split('.').slice(0, 2).join('.');
}

/**
 * The version an Istio revision name encodes (`1-24-2`, `1-24`, `istio-1-24-2`): the convention of
 * Istio's canary upgrade docs. Names such as `canary`, `stable` or `asm-managed` encode none.
 */
export function versionOfRevision(revision: string): string | undefined {
  const m = /^(?:[a-z][a-z0-9]*-)?v?(1)-(\d{1,2})(?:-(\d{1,2}))?$/.exec(revision.trim());
  if (!m) return undefined;
  return m[3] !== undefined ? `${m[1]}.${Number(m[2])}.${Number(m[3])}` : `${m[1]}.${Number(m[2])}`;
}

/** A version the input states, and where: "global.tag", "the proxyv2 image of Deployment shop/web". */
export interface VersionSignal {
  product: Product;
  version: string;
  /** What states it, in words that fit "from … in file:line". */
  what: string;
  ref: Ref;
}

/** A target version with where it came from (the flag, the configuration file, or the input). */
export interface TargetVersion extends Valued<string> {
  /** Read from the input, not given by the flag or the configuration file. */
  inferred: boolean;
  /** When inferred: each version the input states, lowest first, where it was first seen. */
  seen: VersionSignal[];
}

export interface TargetVersions {
  istio?: TargetVersion;
  kubernetes?: TargetVersion;
}

/** Where a version given by the flag or the configuration file came from. */
export type VersionOrigins = Partial<Record<Product, Provenance>>;

/**
 * The versions a run targets. The flag and the configuration file always win; without them, and
 * unless inference is off, the versions the input states: of several, the lowest (an install in
 * the middle of an upgrade runs both, and the older one decides what can go wrong).
 */
export function targetVersions(
  given: { istioVersion?: string; kubernetesVersion?: string; inferVersions?: boolean; versionOrigins?: VersionOrigins },
  signals: Iterable<VersionSignal>,
): TargetVersions {
  const out: TargetVersions = {};
  const all = [...signals];
  for (const product of ['istio', 'kubernetes'] as const) {
    const value = product === 'istio' ? given.istioVersion : given.kubernetesVersion;
    if (value !== undefined) {
      out[product] = { value, prov: given.versionOrigins?.[product] ?? { level: 'default', source: 'the target version' }, inferred: false, seen: [] };
      continue;
    }
    if (given.inferVersions === false) continue;
    // First signal per version, in input order; then lowest first.
    const first = new Map<string, VersionSignal>();
    for (const s of all) if (s.product === product && !first.has(s.version)) first.set(s.version, s);
    // A minor version (revision 1-24) and a release of it (image 1.24.2) agree: the release says more.
    const releases = [...first.keys()].filter((v) => v.split('.').length === 3);
    const seen = [...first.values()]
      .filter((s) => s.version.split('.').length === 3 || !releases.some((r) => r.startsWith(`${s.version}.`)))
      .sort((a, b) => compareVersions(a.version, b.version) || a.version.length - b.version.length);
    const lowest = seen[0];
    if (!lowest) continue;
    out[product] = { value: lowest.version, prov: { level: 'mesh', source: lowest.what, ref: lowest.ref }, inferred: true, seen };
  }
  return out;
}

/**
 * From Istio 1.26, pilot-agent's `POST /quitquitquit` exits without draining (spec §8.5, PR
 * #55424); before, it ran the full drain (terminationDrainDuration, or the exit-on-zero wait).
 * Undefined when the target version is unknown.
 */
export const QUIT_SKIPS_DRAIN_SINCE = '1.26';
export function quitSkipsDrain(istioVersion: string | undefined): boolean | undefined {
  return istioVersion === undefined ? undefined : compareVersions(istioVersion, QUIT_SKIPS_DRAIN_SINCE) >= 0;
}
