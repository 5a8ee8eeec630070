/**
 * Classic or native sidecar, as the target Istio decides it: the pod's sidecar.istio.io/nativeSidecar
 * annotation (read differently by version, spec §8.3), istiod's ENABLE_NATIVE_SIDECARS, or its
 * default by version (`auto` from 1.27, native where every kubelet is ≥ 1.33).
 */
import type { Inventory, Workload } from '../inventory/model.js';
import type { ResolvedConfig } from '../config.js';
import type { Mode } from '../resolved.js';
import type { Provenance, Ref, Valued } from '../types.js';
import { compareVersions } from './versions.js';
import { isGateway } from './gateway.js';
import { NATIVE_ANNOTATION } from './names.js';

/** Istio releases that changed how native mode is chosen. */
const ISTIOD_SETTING_SINCE = '1.19';
const ANNOTATION_SINCE = '1.24';
const ANY_BUT_FALSE_SINCE = '1.27';
const AUTO_SINCE = '1.27';
const AUTO_KUBELET = '1.33';

export function proxyMode(w: Workload, inv: Inventory, config: ResolvedConfig): Valued<Mode> {
  // A gateway's proxy is the pod's main container: there is no sidecar to make native.
  if (isGateway(w)) return { value: 'classic', prov: { level: 'default', source: 'gateway (the proxy is the main container)' } };
  const istio = config.istioVersion;
  /** The target Istio is known and at least / below `v`. */
  const since = (v: string) => istio !== undefined && compareVersions(istio, v) >= 0;
  const before = (v: string) => istio !== undefined && compareVersions(istio, v) < 0;
  const raw = w.podAnnotations[NATIVE_ANNOTATION];
  const ann = typeof raw === 'string' ? raw : undefined;
  const annRef: Ref = { view: w.view, path: w.annotationsPath.concat(NATIVE_ANNOTATION) };
  const byAnnotation = (value: Mode, note = ''): Valued<Mode> => ({ value, prov: { level: 'annotation', source: `${NATIVE_ANNOTATION} annotation${note}`, ref: annRef } });
  // Istio before 1.24 does not know the annotation at all.
  if (ann !== undefined && !before(ANNOTATION_SINCE)) {
    if (ann === 'true') return byAnnotation('native');
    if (ann === 'false') return byAnnotation('classic');
    // Other values: the 1.27 template tests `!= "false"`, the 1.24–1.26 one `== "true"` (spec §8.3).
    if (since(ANY_BUT_FALSE_SINCE)) return byAnnotation('native', ` ("${ann}" is native on Istio ${ANY_BUT_FALSE_SINCE} and later)`);
    if (istio !== undefined) return byAnnotation('classic', ` ("${ann}" is not "true", which Istio ${istio} needs for native)`);
    // Version unknown: the value means native or classic depending on it; istiod's setting decides here.
  }
  const env = inv.istiodEnv.filter((e) => e.name === 'ENABLE_NATIVE_SIDECARS').pop();
  const setting = env ? String(env.value) : undefined;
  const classic = (source: string, ref?: Ref): Valued<Mode> => ({ value: 'classic', prov: { level: 'default', source, ref } satisfies Provenance });
  if (env && before(ISTIOD_SETTING_SINCE)) return classic(`classic sidecar (Istio ${istio} has no ENABLE_NATIVE_SIDECARS; added in ${ISTIOD_SETTING_SINCE})`, env.ref);
  if (setting === 'true') return { value: 'native', prov: { level: 'mesh', source: `ENABLE_NATIVE_SIDECARS=true (${env!.label})`, ref: env!.ref } };
  // `auto` exists from 1.27 (its default there); earlier istiod reads it as false.
  const auto = (setting === 'auto' && !before(AUTO_SINCE)) || (setting === undefined && since(AUTO_SINCE));
  if (auto && config.kubernetesVersion && compareVersions(config.kubernetesVersion, AUTO_KUBELET) >= 0) {
    return { value: 'native', prov: { level: 'default', source: `ENABLE_NATIVE_SIDECARS=auto with Kubernetes ${config.kubernetesVersion}`, ref: env?.ref } };
  }
  // Istio before 1.24 ignores the annotation: say so where it is written.
  if (ann !== undefined) return classic(`Istio ${istio} ignores the ${NATIVE_ANNOTATION} annotation, read from ${ANNOTATION_SINCE}`, annRef);
  return classic('classic sidecar (no native-sidecar setting in the input)');
}

/**
 * Native mode as the target Istio applies it. The resolver's mode already reads the annotation
 * and istiod's setting by version (proxyMode); kept for the rules that ask with the version.
 */
export function nativeEffective(rw: { mode: Valued<Mode> }, _istioVersion?: string): boolean {
  return rw.mode.value === 'native';
}
