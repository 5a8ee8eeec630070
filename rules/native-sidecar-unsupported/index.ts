import { defineRule } from '../../src/rule.js';
import { origin } from '../../src/describe.js';
import { workloadName } from '../../src/domain/identity.js';
import { compareVersions } from '../../src/domain/versions.js';
import { NATIVE_ANNOTATION } from '../../src/domain/names.js';
import { nativeEffective } from '../../src/domain/mode.js';

const ENV = 'ENABLE_NATIVE_SIDECARS';

export default defineRule({
  meta: {
    id: 'native-sidecar-unsupported',
    severity: 'error',
    description: 'Native sidecars are forced (sidecar.istio.io/nativeSidecar: "true" or istiod ENABLE_NATIVE_SIDECARS=true) for a target Kubernetes older than 1.29, which does not run init containers with restartPolicy: Always as sidecars.',
    fixable: false,
  },
  create(ctx) {
    const k8s = ctx.config.kubernetesVersion;
    if (!k8s || compareVersions(k8s, '1.29') >= 0) return {};
    const why = `the target Kubernetes ${k8s} does not run init containers with restartPolicy: Always as sidecars (on by default from 1.29; 1.28 only with the SidecarContainers alpha feature gate)`;
    const istio = ctx.config.istioVersion;
    const autoKnown = !istio || compareVersions(istio, '1.27') >= 0;
    /** Workloads istiod makes native (mesh-level mode): named in the finding on its setting. */
    const forcedByIstiod: string[] = [];

    return {
      workload(rw) {
        if (rw.mode.value === 'native' && rw.mode.prov.level === 'mesh' && rw.sidecar.status !== 'none' && !rw.admissionDenied) forcedByIstiod.push(workloadName(rw));
        // A workload that forces native mode itself.
        if (!nativeEffective(rw, istio) || rw.mode.prov.level !== 'annotation' || rw.sidecar.status === 'none' || rw.admissionDenied) return;
        ctx.report({
          at: rw.mode.prov.ref!,
          workload: rw.workload,
          message: `${NATIVE_ANNOTATION}: "true" forces a native sidecar, but ${why}: istio-proxy will not work as a sidecar in this pod. Remove the annotation (or write "false"), or target Kubernetes 1.29 or later.`,
        });
      },
      end() {
        // istiod forcing it for every pod it injects: one finding per setting.
        const settings = ctx.inventory.istiodEnv.filter((e) => e.name === ENV);
        const names = [...forcedByIstiod].sort();
        settings.forEach((env, i) => {
          if (String(env.value) !== 'true') return;
          // A later setting of the same revision (e.g. the rendered istiod Deployment) overrides it.
          if (settings.slice(i + 1).some((later) => later.revision === env.revision && String(later.value) !== 'true')) return;
          const scope = names.length === 0 ? 'every pod it injects' : `every pod it injects (${names.length === 1 ? '1 workload' : `${names.length} workloads`} of this run: ${shortList(names)})`;
          ctx.report({
            at: env.ref,
            message: `${ENV}=true (${origin({ level: 'mesh', source: env.label, ref: env.ref })}) forces native sidecars for ${scope}, but ${why}: istio-proxy will not work as a sidecar. Set ${ENV} to "false"${autoKnown ? ' (or "auto", which checks each node\'s kubelet)' : ''}, or target Kubernetes 1.29 or later.`,
          });
        });
      },
    };
  },
});

function shortList(names: string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}
