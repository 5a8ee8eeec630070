/**
 * Gateway facts the timing rules share: the waypoint's hard-coded grace period, where a gateway's
 * grace period is set when it has no pod spec in the input, and which gateways sit behind external
 * load balancers.
 */
import type { ResolvedWorkload } from '../resolved.js';
import type { Workload } from '../inventory/model.js';
import { proxyContainer } from '../inventory/model.js';
import type { ResolvedConfig } from '../config.js';
import { waypointTemplateHardcodesGrace } from './grace.js';

/**
 * A waypoint whose grace period is the 2s that the waypoint template of Istio ≤ 1.27 hard-codes
 * (no parametersRef overlay sets it). gateway-drain-too-short reports it; the grace-period rules
 * stay silent.
 */
export function hardcodedWaypointGrace(rw: ResolvedWorkload, config: Pick<ResolvedConfig, 'istioVersion'>): boolean {
  const w = rw.workload;
  return (
    w.origin === 'gateway-api' &&
    w.gatewayClass === 'istio-waypoint' &&
    w.graceOverride === undefined &&
    rw.grace.prov.level === 'default' &&
    waypointTemplateHardcodesGrace(config.istioVersion)
  );
}

/**
 * Where to set terminationGracePeriodSeconds for a gateway that has no pod spec in the input and
 * no value yet (IstioOperator entry, Gateway API Gateway); "" otherwise.
 */
export function graceHint(rw: ResolvedWorkload): string {
  const w = rw.workload;
  if (w.graceOverride !== undefined) return '';
  // A gateway of the IstioOperator's profile has no entry yet: the patch needs one.
  if (w.origin === 'iop-gateway' && w.profile) return ` (add an entry named ${w.name} to components.${w.kind === 'EgressGateway' ? 'egressGateways' : 'ingressGateways'} with a k8s.overlays patch of spec.template.spec.terminationGracePeriodSeconds)`;
  if (w.origin === 'iop-gateway') return ' (set it with a k8s.overlays patch of spec.template.spec.terminationGracePeriodSeconds on this gateway entry)';
  if (w.origin === 'gateway-api') return ' (set it as spec.template.spec.terminationGracePeriodSeconds in the `deployment` key of a ConfigMap named by spec.infrastructure.parametersRef, Istio ≥ 1.26)';
  if (w.origin === 'gateway-values') return ' (a value of the gateway chart since Istio 1.19)';
  return '';
}

/**
 * Gateways that external load balancers send to: not waypoints (ztunnel and istiod's EDS route to
 * them) and not IstioOperator egress gateways (reached by sidecars only).
 */
export function behindLoadBalancer(rw: ResolvedWorkload): boolean {
  const w = rw.workload;
  if (!rw.gateway) return false;
  if (w.gatewayClass === 'istio-waypoint') return false;
  if (w.origin === 'iop-gateway' && w.kind === 'EgressGateway') return false;
  return true;
}


/** Whether the workload is a gateway: its proxy is the pod's main container (router mode). */
export function isGateway(w: Workload): boolean {
  if (w.origin !== 'pod') return true;
  const tpl = w.podAnnotations['inject.istio.io/templates'];
  if (typeof tpl === 'string' && tpl.split(',').includes('gateway')) return true;
  if ('gateway.networking.k8s.io/gateway-name' in w.podLabels || 'istio.io/gateway-name' in w.podLabels) return true;
  const proxy = proxyContainer(w);
  const args = proxy && Array.isArray(proxy.value['args']) ? (proxy.value['args'] as unknown[]) : [];
  return args.includes('router');
}
