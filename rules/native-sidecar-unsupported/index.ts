import { NATIVE_ANNOTATION, compareVersions, defineRule, joinWords, nativeEffective, valueList, workloadName } from '../../src/rule-api.js';
const ENV = 'ENABLE_NATIVE_SIDECARS';
const WHY = 'Kubernetes runs init containers with restartPolicy: Always as sidecars from 1.29 on (1.28 only with the SidecarContainers alpha feature gate).';

export default defineRule({
  meta: {
    id: 'native-sidecar-unsupported',
    severity: 'error',
    description: 'Native sidecars are forced (sidecar.istio.io/nativeSidecar: "true" or istiod ENABLE_NATIVE_SIDECARS=true) for a target Kubernetes older than 1.29, which does not run init containers with restartPolicy: Always as sidecars.',
    help: 'Do not force native sidecars for clusters older than Kubernetes 1.29: remove the nativeSidecar annotation or set ENABLE_NATIVE_SIDECARS to "false" (or "auto"), or target Kubernetes 1.29 or later.',
    crossWorkload: true,
    fixable: false,
    messages: {
      annotationForcesNative: {
        versions: ['kubernetes'],
        message: `${NATIVE_ANNOTATION} is "true", but Kubernetes {{k8s}} does not run native sidecars: istio-proxy will not work in this pod.`,
        help: `Remove the annotation (or write "false"), or target Kubernetes 1.29 or later. ${WHY} Values: {{values}}.`,
      },
      istiodForcesNative: {
        versions: ['kubernetes'],
        message: `${ENV} is true, but Kubernetes {{k8s}} does not run native sidecars: istio-proxy will not work in the pods istiod injects.`,
        help: `Set ${ENV} to "false"{{auto}}, or target Kubernetes 1.29 or later. It forces native sidecars for every pod this istiod injects{{scope}}. ${WHY} Values: {{values}}.`,
      },
    },
  },
  create(ctx) {
    const k8s = ctx.config.kubernetesVersion;
    if (!k8s || compareVersions(k8s, '1.29') >= 0) return {};
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
          messageId: 'annotationForcesNative',
          data: { k8s, values: valueList([[NATIVE_ANNOTATION, { value: '"true"', prov: { ...rw.mode.prov, source: 'pod template annotation' } }]]) },
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
          const scope = names.length === 0 ? '' : ` (${names.length === 1 ? '1 workload' : `${names.length} workloads`} of this run: ${joinWords(names, 3)})`;
          ctx.report({
            at: env.ref,
            messageId: 'istiodForcesNative',
            data: {
              k8s,
              auto: autoKnown ? ' (or "auto", which checks each node\'s kubelet)' : '',
              scope,
              values: valueList([[ENV, { value: 'true', prov: { level: 'mesh', source: env.label, ref: env.ref } }]]),
            },
          });
        });
      },
    };
  },
});
