/** Classic or native sidecar: the pod annotation, istiod's ENABLE_NATIVE_SIDECARS, or its default by version. */
import type { Inventory, Workload } from '../inventory/model.js';
import type { ResolvedConfig } from '../config.js';
import type { Mode } from '../resolved.js';
import type { Ref, Valued } from '../types.js';
import { compareVersions } from './versions.js';
import { isGateway } from './gateway.js';

export function proxyMode(w: Workload, inv: Inventory, config: ResolvedConfig): Valued<Mode> {
  // A gateway's proxy is the pod's main container: there is no sidecar to make native.
  if (isGateway(w)) return { value: 'classic', prov: { level: 'default', source: 'gateway (the proxy is the main container)' } };
  const ann = w.podAnnotations['sidecar.istio.io/nativeSidecar'];
  const annRef: Ref = { view: w.view, path: w.annotationsPath.concat('sidecar.istio.io/nativeSidecar') };
  if (ann === 'true') return { value: 'native', prov: { level: 'annotation', source: 'sidecar.istio.io/nativeSidecar annotation', ref: annRef } };
  if (ann === 'false') return { value: 'classic', prov: { level: 'annotation', source: 'sidecar.istio.io/nativeSidecar annotation', ref: annRef } };
  const env = inv.istiodEnv.filter((e) => e.name === 'ENABLE_NATIVE_SIDECARS').pop();
  const setting = env ? String(env.value) : undefined;
  if (setting === 'true') return { value: 'native', prov: { level: 'mesh', source: `ENABLE_NATIVE_SIDECARS=true (${env!.label})`, ref: env!.ref } };
  const istioAuto = config.istioVersion ? compareVersions(config.istioVersion, '1.27') >= 0 : false;
  const auto = setting === 'auto' || (setting === undefined && istioAuto);
  if (auto && config.kubernetesVersion && compareVersions(config.kubernetesVersion, '1.33') >= 0) {
    return { value: 'native', prov: { level: 'default', source: `ENABLE_NATIVE_SIDECARS=auto with Kubernetes ${config.kubernetesVersion}`, ref: env?.ref } };
  }
  return { value: 'classic', prov: { level: 'default', source: 'classic sidecar (no native-sidecar setting in the input)' } };
}

/**
 * Native mode as the target Istio applies it: the resolver's mode, except that Istio before 1.24
 * does not know the sidecar.istio.io/nativeSidecar annotation.
 */
export function nativeEffective(rw: { mode: Valued<Mode> }, istioVersion?: string): boolean {
  if (rw.mode.value !== 'native') return false;
  return !(rw.mode.prov.level === 'annotation' && istioVersion !== undefined && compareVersions(istioVersion, '1.24') < 0);
}
