import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/job-sidecar-blocks-completion';

ruleTester(rule, {
  valid: [
    { name: 'native sidecar by annotation (no target versions)', files: [`${F}/job-native-annotation.yaml`] },
    { name: 'native sidecar by annotation on Istio 1.24 and Kubernetes 1.30', files: [`${F}/job-native-annotation.yaml`], config: { istioVersion: '1.24', kubernetesVersion: '1.30' } },
    { name: 'istiod makes every sidecar native (ENABLE_NATIVE_SIDECARS=true)', files: [`${F}/istiod-native.yaml`] },
    { name: 'auto on Istio 1.28 with Kubernetes 1.33 is native', files: [`${F}/job-injected-namespace.yaml`], config: { istioVersion: '1.28', kubernetesVersion: '1.33' } },
    { name: 'the app calls quitquitquit: curl in a script, pilot-agent, scuttle', files: [`${F}/job-quitquitquit.yaml`], config: { istioVersion: '1.26' } },
    { name: 'no sidecar (inject "false", a Namespace that does not inject) and a Deployment', files: [`${F}/not-blocked.yaml`], config: { istioVersion: '1.26' } },
    { name: 'suppressed by drainlint.io/ignore', files: [`${F}/suppressed.yaml`], config: { istioVersion: '1.26' } },
  ],
  invalid: [
    {
      name: 'Job in an injecting Namespace, no target versions: info',
      files: [`${F}/job-injected-namespace.yaml`],
      errors: [
        {
          severity: 'info',
          messageId: 'defaultClassicBlocksCompletion',
          message: "Unless native sidecars are on, nothing stops this Job's istio-proxy sidecar when its app exits, so the Job never completes.",
          help: "Native sidecars are the default from Istio 1.27 where every node's kubelet is 1.33 or later; give --istio-version and --k8s-version to decide. Otherwise: Run the sidecar natively with the pod template annotation sidecar.istio.io/nativeSidecar: \"true\" (Istio ≥ 1.24, or istiod's ENABLE_NATIVE_SIDECARS=true from 1.21) on Kubernetes ≥ 1.29: istio-proxy then runs as an init container, which does not count for completion; or make the app call the agent's quitquitquit when it is done (e.g. end its command with `curl -fsS -X POST http://localhost:15020/quitquitquit`; from Istio 1.26 the proxy then exits without draining); or keep the pod out of the mesh with the pod label sidecar.istio.io/inject: \"false\". The Job controller counts a pod as finished only when all its containers have exited, and a classic istio-proxy runs until it is told to stop (istio/istio#11045). Values: istio-proxy sidecar seen (Namespace batch has istio-injection=enabled); proxy mode classic (default).",
          line: 17,
          column: 5,
          endLine: 17,
          endColumn: 13,
          related: [],
          resource: "Job batch/db-migrate",
        },
      ],
    },
    {
      name: 'Job in an injecting Namespace on Istio 1.26: warning',
      files: [`${F}/job-injected-namespace.yaml`],
      config: { istioVersion: '1.26' },
      errors: [
        {
          messageId: 'sidecarBlocksCompletion',
          message: "Nothing stops this Job's classic istio-proxy sidecar when its app exits, so the Job never completes.",
          help: "Run the sidecar natively with the pod template annotation sidecar.istio.io/nativeSidecar: \"true\" (Istio ≥ 1.24, or istiod's ENABLE_NATIVE_SIDECARS=true from 1.21) on Kubernetes ≥ 1.29: istio-proxy then runs as an init container, which does not count for completion; or make the app call the agent's quitquitquit when it is done (e.g. end its command with `curl -fsS -X POST http://localhost:15020/quitquitquit`; from Istio 1.26 the proxy then exits without draining); or keep the pod out of the mesh with the pod label sidecar.istio.io/inject: \"false\". The Job controller counts a pod as finished only when all its containers have exited, and a classic istio-proxy runs until it is told to stop (istio/istio#11045). Values: istio-proxy sidecar seen (Namespace batch has istio-injection=enabled); proxy mode classic (default for Istio 1.26).",
          line: 17,
          column: 5,
          endLine: 17,
          endColumn: 13,
          related: [],
          resource: "Job batch/db-migrate",
        },
      ],
    },
    {
      name: 'Kubernetes 1.28 cannot run native sidecars: quitquitquit or no injection only',
      files: [`${F}/job-injected-namespace.yaml`],
      config: { istioVersion: '1.28', kubernetesVersion: '1.28' },
      errors: [
        {
          messageId: 'sidecarBlocksCompletion',
          message: "Nothing stops this Job's classic istio-proxy sidecar when its app exits, so the Job never completes.",
          help: "Make the app call the agent's quitquitquit when it is done (e.g. end its command with `curl -fsS -X POST http://localhost:15020/quitquitquit`; from Istio 1.26 the proxy then exits without draining); or keep the pod out of the mesh with the pod label sidecar.istio.io/inject: \"false\". The Job controller counts a pod as finished only when all its containers have exited, and a classic istio-proxy runs until it is told to stop (istio/istio#11045). Values: istio-proxy sidecar seen (Namespace batch has istio-injection=enabled); proxy mode classic (default for Istio 1.28 on Kubernetes 1.28).",
          line: 17,
          column: 5,
          endLine: 17,
          endColumn: 13,
          related: [],
          resource: "Job batch/db-migrate",
        },
      ],
    },
    {
      name: 'CronJob with its own istio-proxy container and nativeSidecar "false"',
      files: [`${F}/cronjob-istio-proxy.yaml`],
      errors: [
        {
          messageId: 'sidecarBlocksCompletion',
          message: "Nothing stops this CronJob's classic istio-proxy sidecar when its app exits, so its Jobs never complete.",
          help: `Run the sidecar natively with the pod template annotation sidecar.istio.io/nativeSidecar: "true" (Istio ≥ 1.24, or istiod's ENABLE_NATIVE_SIDECARS=true from 1.21) on Kubernetes ≥ 1.29: istio-proxy then runs as an init container, which does not count for completion; or make the app call the agent's quitquitquit when it is done (e.g. end its command with \`curl -fsS -X POST http://localhost:15020/quitquitquit\`; from Istio 1.26 the proxy then exits without draining); or keep the pod out of the mesh with the pod label sidecar.istio.io/inject: "false". The Job controller counts a pod as finished only when all its containers have exited, and a classic istio-proxy runs until it is told to stop (istio/istio#11045). Values: istio-proxy sidecar seen (it declares an istio-proxy container); sidecar.istio.io/nativeSidecar "false" (pod template annotation, ${F}/cronjob-istio-proxy.yaml:14).`,
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 17,
          related: [
            `${F}/cronjob-istio-proxy.yaml:14:45 sidecar.istio.io/nativeSidecar "false" (pod template annotation)`,
          ],
          resource: "CronJob analytics/report",
        },
      ],
    },
    {
      name: 'nativeSidecar "true" on Istio 1.22, which does not know the annotation',
      files: [`${F}/job-native-annotation.yaml`],
      config: { istioVersion: '1.22' },
      errors: [
        {
          messageId: 'sidecarBlocksCompletion',
          message: "Nothing stops this Job's classic istio-proxy sidecar when its app exits, so the Job never completes.",
          help: `Run the sidecar natively with istiod's ENABLE_NATIVE_SIDECARS=true on Kubernetes ≥ 1.29 (Istio 1.22 does not know the sidecar.istio.io/nativeSidecar annotation): istio-proxy then runs as an init container, which does not count for completion; or make the app call the agent's quitquitquit when it is done (e.g. end its command with \`curl -fsS -X POST http://localhost:15020/quitquitquit\`; from Istio 1.26 the proxy then exits without draining); or keep the pod out of the mesh with the pod label sidecar.istio.io/inject: "false". The Job controller counts a pod as finished only when all its containers have exited, and a classic istio-proxy runs until it is told to stop (istio/istio#11045). An injected sidecar is assumed: its pod template has the sidecar.istio.io/nativeSidecar annotation. Values: istio-proxy sidecar assumed (its pod template has the sidecar.istio.io/nativeSidecar annotation); proxy mode classic (Istio 1.22 ignores the sidecar.istio.io/nativeSidecar annotation, read from 1.24).`,
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 13,
          related: [
            `${F}/job-native-annotation.yaml:11:41 proxy mode classic (Istio 1.22 ignores the sidecar.istio.io/nativeSidecar annotation, read from 1.24)`,
          ],
          resource: "Job batch/backfill",
        },
      ],
    },
    {
      name: 'istiod keeps classic sidecars; injection assumed from the mesh config in the run',
      files: [`${F}/job-mesh-config-classic.yaml`],
      errors: [
        {
          messageId: 'sidecarBlocksCompletion',
          message: "Nothing stops this Job's classic istio-proxy sidecar when its app exits, so the Job never completes.",
          help: `Run the sidecar natively with the pod template annotation sidecar.istio.io/nativeSidecar: "true" (Istio ≥ 1.24, or istiod's ENABLE_NATIVE_SIDECARS=true from 1.21) on Kubernetes ≥ 1.29: istio-proxy then runs as an init container, which does not count for completion; or make the app call the agent's quitquitquit when it is done (e.g. end its command with \`curl -fsS -X POST http://localhost:15020/quitquitquit\`; from Istio 1.26 the proxy then exits without draining); or keep the pod out of the mesh with the pod label sidecar.istio.io/inject: "false". The Job controller counts a pod as finished only when all its containers have exited, and a classic istio-proxy runs until it is told to stop (istio/istio#11045). An injected sidecar is assumed: an Istio mesh config is part of this run. Values: istio-proxy sidecar assumed (an Istio mesh config is part of this run); ENABLE_NATIVE_SIDECARS "false" (IstioOperator istio-system/control-plane, ${F}/job-mesh-config-classic.yaml:11).`,
          line: 19,
          column: 3,
          endLine: 19,
          endColumn: 11,
          related: [
            `${F}/job-mesh-config-classic.yaml:11:33 ENABLE_NATIVE_SIDECARS "false" (IstioOperator istio-system/control-plane)`,
          ],
          resource: "Job shop/seed",
        },
      ],
    },
    {
      name: 'inline Job without pod template metadata: points at the template key',
      code: `apiVersion: batch/v1
kind: Job
metadata:
  name: once
  namespace: shop
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: once
          image: example/once:1.0
`,
      config: { assumeInjected: true, kubernetesVersion: '1.29' },
      errors: [
        {
          messageId: 'sidecarBlocksCompletion',
          message: "Nothing stops this Job's classic istio-proxy sidecar when its app exits, so the Job never completes.",
          help: "Run the sidecar natively with the pod template annotation sidecar.istio.io/nativeSidecar: \"true\" (Istio ≥ 1.24, or istiod's ENABLE_NATIVE_SIDECARS=true from 1.21): istio-proxy then runs as an init container, which does not count for completion; or make the app call the agent's quitquitquit when it is done (e.g. end its command with `curl -fsS -X POST http://localhost:15020/quitquitquit`; from Istio 1.26 the proxy then exits without draining); or keep the pod out of the mesh with the pod label sidecar.istio.io/inject: \"false\". The Job controller counts a pod as finished only when all its containers have exited, and a classic istio-proxy runs until it is told to stop (istio/istio#11045). An injected sidecar is assumed: assumeInjected is set. Values: istio-proxy sidecar assumed (assumeInjected is set); proxy mode classic (default for Kubernetes 1.29).",
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 11,
          related: [],
          resource: "Job shop/once",
        },
      ],
    },
  ],
});
