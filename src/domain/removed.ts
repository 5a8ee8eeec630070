/**
 * Which removed drain settings are removed for the target Istio version. Shared with
 * unknown-proxy-config-key, which stays silent exactly where removed-setting reports (catalogue
 * tie-break "One fault, one finding").
 */
import { compareVersions } from './versions.js';
import { TDDS } from './names.js';
import type { Container } from '../inventory/model.js';

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


/** Istio's proxy images, whose entrypoint is pilot-agent (`istio/proxyv2`, `istio/proxy_debug`, distroless tags too). */
const PROXY_IMAGE = /(^|\/)(proxyv2|proxy_debug)(:|@|$)/;
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);
const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * Whether a container runs `pilot-agent proxy` (whatever it is named): its command is pilot-agent
 * (or a shell script that runs `pilot-agent proxy`) with `proxy` as the subcommand, or it has no
 * command and its args start with `proxy` on an Istio proxy image (whose entrypoint is pilot-agent;
 * `auto` is the injector's placeholder for it).
 */
export function runsPilotAgentProxy(c: Container): boolean {
  const command = strings(c.value['command']);
  const args = strings(c.value['args']);
  const subcommand = (argv: string[]) => argv.find((a) => !a.startsWith('-'));
  if (command.length > 0) {
    const i = command.findIndex((a) => base(a) === 'pilot-agent');
    if (i >= 0) return subcommand([...command.slice(i + 1), ...args]) === 'proxy';
    if (SHELLS.has(base(command[0]!))) return [...command, ...args].some((a) => /(^|[\s/;&|])pilot-agent\s+proxy\b/.test(a));
    return false;
  }
  const image = c.value['image'];
  const proxyImage = typeof image === 'string' && (PROXY_IMAGE.test(image) || image === 'auto');
  return proxyImage && subcommand(args) === 'proxy';
}
