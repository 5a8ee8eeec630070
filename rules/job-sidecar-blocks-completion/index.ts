import { NATIVE_ANNOTATION, assumedSentence, classicByDefault, compareVersions, defineRule, fact, isJobWorkload, nativeEffective, quitCall, relatedValues, valueList } from '../../src/rule-api.js';
import type { Inventory, ResolvedWorkload, Valued } from '../../src/rule-api.js';

const QUIT = 'curl -fsS -X POST http://localhost:15020/quitquitquit';
const WHY =
  'The Job controller counts a pod as finished only when all its containers have exited, and a classic istio-proxy runs until it is told to stop (istio/istio#11045).';

/**
 * How to run the sidecar natively for the target versions: the annotation from Istio 1.24,
 * istiod's ENABLE_NATIVE_SIDECARS from 1.21, both on Kubernetes 1.29 or later; '' when the target
 * versions cannot run it (suggesting it would only trade this finding for native-sidecar-unsupported).
 */
function nativeFix(istio?: string, k8s?: string): string {
  if (k8s && compareVersions(k8s, '1.29') < 0) return '';
  if (istio && compareVersions(istio, '1.21') < 0) return '';
  const k8sWords = k8s ? '' : ' on Kubernetes ≥ 1.29';
  if (istio && compareVersions(istio, '1.24') < 0) {
    return `Run the sidecar natively with istiod's ENABLE_NATIVE_SIDECARS=true${k8sWords} (Istio ${istio} does not know the ${NATIVE_ANNOTATION} annotation): istio-proxy then runs as an init container, which does not count for completion; or `;
  }
  return `Run the sidecar natively with the pod template annotation ${NATIVE_ANNOTATION}: "true" (Istio ≥ 1.24, or istiod's ENABLE_NATIVE_SIDECARS=true from 1.21)${k8sWords}: istio-proxy then runs as an init container, which does not count for completion; or `;
}

/** The remedies for the target versions, as one sentence. */
function fixes(istio?: string, k8s?: string): string {
  const native = nativeFix(istio, k8s);
  const quit = `make the app call the agent's quitquitquit when it is done (e.g. end its command with \`${QUIT}\`; from Istio 1.26 the proxy then exits without draining); or keep the pod out of the mesh with the pod label sidecar.istio.io/inject: "false".`;
  return native ? `${native}${quit}` : `${quit.charAt(0).toUpperCase()}${quit.slice(1)}`;
}

/**
 * What makes the sidecar classic, as value-list entries: the nativeSidecar annotation, istiod's
 * ENABLE_NATIVE_SIDECARS, or the default for the target versions.
 */
function modeEntries(rw: ResolvedWorkload, inv: Inventory, istio?: string, k8s?: string): [string, Valued<string>][] {
  if (rw.mode.prov.level === 'annotation') return [[NATIVE_ANNOTATION, { value: rw.mode.value === 'native' ? '"true"' : '"false"', prov: { ...rw.mode.prov, source: 'pod template annotation' } }]];
  // A setting the target versions ignore (an annotation before Istio 1.24) is where the mode says.
  if (rw.mode.prov.ref && rw.mode.prov.level === 'default') return [['proxy mode', { value: rw.mode.value, prov: rw.mode.prov }]];
  const env = inv.istiodEnv.filter((e) => e.name === 'ENABLE_NATIVE_SIDECARS').pop();
  if (env) return [['ENABLE_NATIVE_SIDECARS', { value: JSON.stringify(String(env.value)), prov: { level: 'mesh', source: env.label, ref: env.ref } }]];
  const versions = [istio ? `Istio ${istio}` : '', k8s ? `Kubernetes ${k8s}` : ''].filter(Boolean).join(' on ');
  return [['proxy mode', { value: 'classic', prov: { level: 'default', source: versions ? `default for ${versions}` : 'default' } }]];
}

/**
 * Why the sidecar is classic although the pod asks for native mode: Istio before 1.24 ignores the
 * annotation (from 1.21 the native-sidecar suggestion already says so).
 */
function modeNote(rw: ResolvedWorkload, istio?: string): string {
  if (rw.mode.value !== 'native' || !istio || compareVersions(istio, '1.21') >= 0) return '';
  return ` Istio ${istio} does not know the ${NATIVE_ANNOTATION} annotation (from 1.24), so the sidecar stays classic.`;
}

export default defineRule({
  meta: {
    id: 'job-sidecar-blocks-completion',
    severity: 'warning',
    description: 'A Job or CronJob pod has a classic istio-proxy sidecar that nothing stops when the app exits (no native sidecar, no call to the agent\'s /quitquitquit): the pod keeps running and the Job never completes.',
    help: 'Run the sidecar natively (sidecar.istio.io/nativeSidecar: "true", Istio ≥ 1.24 on Kubernetes ≥ 1.29), make the app POST to http://localhost:15020/quitquitquit when it is done, or keep the pod out of the mesh with the label sidecar.istio.io/inject: "false".',
    fixable: false,
    messages: {
      sidecarBlocksCompletion: {
        message: "Nothing stops this {{kind}}'s classic istio-proxy sidecar when its app exits, so {{outcome}}.",
        help: `{{fixes}} ${WHY}{{modeNote}}{{assumed}} Values: {{values}}.`,
      },
      defaultClassicBlocksCompletion: {
        message: "Unless native sidecars are on, nothing stops this {{kind}}'s istio-proxy sidecar when its app exits, so {{outcome}}.",
        help: `Native sidecars are the default from Istio 1.27 where every node's kubelet is 1.33 or later; give --istio-version and --k8s-version to decide. Otherwise: {{fixes}} ${WHY}{{assumed}} Values: {{values}}.`,
      },
    },
  },
  create(ctx) {
    const { istioVersion: istio, kubernetesVersion: k8s } = ctx.config;
    return {
      workload(rw) {
        const w = rw.workload;
        if (!isJobWorkload(w) || rw.gateway || rw.sidecar.status === 'none' || rw.admissionDenied) return;
        // A native sidecar is an init container: it does not hold the pod (nor the Job) open.
        if (nativeEffective(rw, istio)) return;
        // Something calls the agent's /quitquitquit when the app is done.
        if (quitCall(w)) return;
        const guess = classicByDefault(rw, ctx.inventory, ctx.config);
        const sidecar = fact('istio-proxy sidecar', rw.sidecar.status, rw.sidecar.reason);
        const mode = modeEntries(rw, ctx.inventory, istio, k8s);
        ctx.report({
          at: { view: w.view, path: w.podMetaPath, target: 'key' },
          workload: w,
          severity: guess ? 'info' : undefined,
          messageId: guess ? 'defaultClassicBlocksCompletion' : 'sidecarBlocksCompletion',
          data: {
            kind: w.kind,
            outcome: w.kind === 'CronJob' ? 'its Jobs never complete' : 'the Job never completes',
            fixes: fixes(istio, k8s),
            modeNote: modeNote(rw, istio),
            assumed: assumedSentence(rw),
            values: valueList([sidecar, ...mode]),
          },
          related: relatedValues(mode),
        });
      },
    };
  },
});
