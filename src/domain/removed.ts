/**
 * Which removed drain settings are removed for the target Istio version. Shared with
 * unknown-proxy-config-key, which stays silent exactly where removed-setting reports (catalogue
 * tie-break "One fault, one finding").
 */
import { compareVersions } from './versions.js';
import { TDDS } from './names.js';

export const TDDS_REMOVED = '1.10';
/** The ProxyConfig field terminationDrainDuration came in 1.7; before, TERMINATION_DRAIN_DURATION_SECONDS was the only way. */
export const TDD_FIELD_SINCE = '1.7';
export const PSD_REMOVED = '1.17';
export const FLAGS_REMOVED = '1.6';

/** True when the setting is gone in the target version; without a version, judge by the newest Istio. */
export function removedIn(version: string | undefined, removed: string): boolean {
  return !version || compareVersions(version, removed) >= 0;
}

export function isParentShutdownKey(key: string): boolean {
  return key === 'parentShutdownDuration' || key === 'parent_shutdown_duration';
}

/** Keys of a ProxyConfig or MeshConfig mapping that removed-setting reports (for the target version). */
export function reportedAsRemoved(key: string, version: string | undefined): boolean {
  if (key === TDDS) return removedIn(version, TDDS_REMOVED);
  if (isParentShutdownKey(key)) return removedIn(version, PSD_REMOVED);
  return false;
}

