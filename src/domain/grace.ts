/** terminationGracePeriodSeconds as a workload gets it: its pod spec, a gateway's overlay or parameters, or the default. */
import type { Workload } from '../inventory/model.js';
import type { ResolvedConfig } from '../config.js';
import type { Ref, Valued } from '../types.js';
import { compareVersions } from './versions.js';
import { DEFAULT_G } from './names.js';
import { fixOf, type Fix } from '../fix/intent.js';

/** Istio's first release with waypoints (ambient mode's alpha), and the first without the hard-coded grace period. */
const WAYPOINTS_SINCE = '1.18';
const WAYPOINT_GRACE_FIXED = '1.28';

/**
 * Whether the waypoint template of the target version hard-codes terminationGracePeriodSeconds 2
 * (Istio ≤ 1.27). A version older than waypoints themselves is not the waypoint's (a mixed input's
 * lowest version, read from another part of it): it is judged as unknown, as the newest Istio.
 */
export function waypointTemplateHardcodesGrace(istioVersion: string | undefined): boolean {
  return istioVersion !== undefined && compareVersions(istioVersion, WAYPOINT_GRACE_FIXED) < 0 && compareVersions(istioVersion, WAYPOINTS_SINCE) >= 0;
}

/** terminationGracePeriodSeconds: the pod spec, an IstioOperator overlay or Gateway parameters, else the default. */
export function graceOf(w: Workload, config: ResolvedConfig): Valued<number | undefined> {
  const gRaw = w.podSpec['terminationGracePeriodSeconds'];
  const set: Ref = w.graceOverride ?? { view: w.view, path: w.podSpecPath.concat('terminationGracePeriodSeconds') };
  const source = w.origin === 'iop-gateway' ? 'IstioOperator k8s.overlays patch' : w.origin === 'gateway-api' ? 'Gateway parameters ConfigMap' : w.origin === 'gateway-values' ? 'gateway chart values' : 'pod spec';
  if (gRaw === undefined || gRaw === null) {
    const at = w.anchor ?? set;
    if (w.gatewayClass === 'istio-waypoint' && waypointTemplateHardcodesGrace(config.istioVersion)) {
      return { value: 2, prov: { level: 'default', source: `waypoint template of Istio ${config.istioVersion} (hard-coded)`, ref: at } };
    }
    return { value: DEFAULT_G, prov: { level: 'default', source: 'default', ref: at } };
  }
  if (typeof gRaw === 'number' && Number.isInteger(gRaw) && gRaw >= 0) return { value: gRaw, prov: { level: 'pod-spec', source, ref: set } };
  return { value: undefined, prov: { level: 'pod-spec', source, ref: set } };
}

/**
 * The timing fix of a finding that asks to raise terminationGracePeriodSeconds to `target`: set it
 * in the pod spec. None for gateways whose grace period is set elsewhere (an overlay, chart values,
 * Gateway parameters) and none when drainDuration must be raised with it (`alone` false): the fix
 * is the help's suggestion whole, or nothing.
 */
export function raiseGraceFix(w: Workload, target: number, alone: boolean): Fix | undefined {
  if (!alone || w.origin !== 'pod' || w.graceOverride !== undefined || !Number.isInteger(target) || target <= 0) return undefined;
  return fixOf('timing', [{ op: 'set', at: { view: w.view, path: w.podSpecPath.concat('terminationGracePeriodSeconds') }, text: String(target) }]);
}
