import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/removed-setting';
const TDDS = 'TERMINATION_DRAIN_DURATION_SECONDS';
const CM = 'the mesh config (ConfigMap istio-system/istio)';
const CM_TDD = `terminationDrainDuration 20s (mesh config in ConfigMap istio-system/istio, ${F}/multi-doc-configmap-cr-cronjob.yaml:9)`;
const PSD_GONE = "was removed in Istio 1.17 and is ignored (hot restart is disabled, so it never bounded the proxy's shutdown)";

ruleTester(rule, {
  valid: [
    { name: 'the replacements (terminationDrainDuration, drainDuration, proxyMetadata) and an unrelated flag', files: [`${F}/current-settings.yaml`] },
    { name: 'Istio 1.9: TERMINATION_DRAIN_DURATION_SECONDS still overrides terminationDrainDuration', files: [`${F}/annotation-tdds-only.yaml`], config: { istioVersion: '1.9' } },
    { name: 'Istio 1.7: same', files: [`${F}/annotation-tdds-only.yaml`], config: { istioVersion: '1.7.8' } },
    { name: 'Istio 1.9: parentShutdownDuration and the env var still work', files: [`${F}/annotation.yaml`], config: { istioVersion: '1.9' } },
    { name: 'Istio 1.5: the pilot-agent flags and the env var still work', files: [`${F}/legacy-proxy-container.yaml`], config: { istioVersion: '1.5' } },
    { name: 'kube-inject output on the Istio 1.9 it came from', files: [`${F}/kube-inject-output.yaml`], config: { istioVersion: '1.9.9' } },
  ],
  invalid: [
    {
      name: 'Istio 1.10: the env var in the annotation proxyMetadata is ignored from this release',
      files: [`${F}/annotation-tdds-only.yaml`],
      config: { istioVersion: '1.10' },
      errors: [
        {
          message: `${TDDS} in proxyMetadata of the proxy.istio.io/config annotation of Deployment shop/cart was removed in Istio 1.10 and is ignored: the proxy drains for terminationDrainDuration 5s (default). Write terminationDrainDuration: "20s" in the annotation and remove the variable.`,
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 47,
        },
      ],
    },
    {
      name: 'IstioOperator: mesh proxyMetadata and ingress gateway k8s.env (istio/istio#31383)',
      files: [`${F}/istio-operator-env.yaml`],
      errors: [
        {
          message: `${TDDS} in proxyMetadata of defaultConfig of the mesh config (IstioOperator istio-system/control-plane spec.meshConfig) was removed in Istio 1.10 and is ignored: sidecars using it drain for terminationDrainDuration 5s (default). Set meshConfig.defaultConfig.terminationDrainDuration: "60s" and remove the variable.`,
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 43,
        },
        {
          message: `${TDDS} in k8s.env of gateway istio-ingressgateway (IstioOperator istio-system/control-plane) was removed in Istio 1.10 and is ignored: the gateway drains for terminationDrainDuration 5s (default). Set meshConfig.defaultConfig.terminationDrainDuration: "310s", or terminationDrainDuration: "310s" in a proxy.istio.io/config annotation under k8s.podAnnotations, and remove the variable.`,
          line: 19,
          column: 21,
          endLine: 19,
          endColumn: 55,
        },
      ],
    },
    {
      name: 'annotation: parentShutdownDuration, and the env var beside a terminationDrainDuration',
      files: [`${F}/annotation.yaml`],
      errors: [
        {
          message: `parentShutdownDuration in the proxy.istio.io/config annotation of Deployment shop/checkout ${PSD_GONE}: remove it; the proxy drains for terminationDrainDuration 30s (proxy.istio.io/config annotation, ${F}/annotation.yaml:11).`,
          line: 12,
          column: 11,
          endLine: 12,
          endColumn: 33,
          related: [`${F}/annotation.yaml:11:37 terminationDrainDuration 30s (proxy.istio.io/config annotation)`],
        },
        {
          message: `${TDDS} in proxyMetadata of the proxy.istio.io/config annotation of Deployment shop/checkout was removed in Istio 1.10 and is ignored: the proxy drains for terminationDrainDuration 30s (proxy.istio.io/config annotation, ${F}/annotation.yaml:11). Remove the variable.`,
          line: 14,
          column: 13,
          endLine: 14,
          endColumn: 47,
        },
      ],
    },
    {
      name: 'Istio 1.16: only the env var is removed',
      files: [`${F}/annotation.yaml`],
      config: { istioVersion: '1.16.7' },
      errors: [
        {
          message: `${TDDS} in proxyMetadata of the proxy.istio.io/config annotation of Deployment shop/checkout was removed in Istio 1.10 and is ignored: the proxy drains for terminationDrainDuration 30s (proxy.istio.io/config annotation, ${F}/annotation.yaml:11). Remove the variable.`,
          line: 14,
          column: 13,
          endLine: 14,
          endColumn: 47,
        },
      ],
    },
    {
      name: 'pre-injected istio-proxy container: pilot-agent flags and env, app container env',
      files: [`${F}/legacy-proxy-container.yaml`],
      errors: [
        {
          message: `${TDDS} in the env of container app of Deployment shop/legacy (only the istio-proxy container's env was ever read) was removed in Istio 1.10 and is ignored: the proxy drains for terminationDrainDuration 5s (default). Set terminationDrainDuration: "20s" in the pod template's proxy.istio.io/config annotation and remove the variable.`,
          line: 15,
          column: 21,
          endLine: 15,
          endColumn: 55,
        },
        {
          message: `pilot-agent flag --drainDuration in the args of the istio-proxy container of Deployment shop/legacy was removed in Istio 1.6 and is ignored (unknown flags are tolerated): Envoy's drain window stays drainDuration 45s (default). Write drainDuration: "45s" in the pod template's proxy.istio.io/config annotation instead and remove the flag.`,
          line: 22,
          column: 15,
          endLine: 22,
          endColumn: 30,
        },
        {
          message: `pilot-agent flag --parentShutdownDuration in the args of the istio-proxy container of Deployment shop/legacy was removed in Istio 1.6 and is ignored (unknown flags are tolerated): remove it; the proxy's drain is terminationDrainDuration 5s (default).`,
          line: 24,
          column: 15,
          endLine: 24,
          endColumn: 44,
        },
        {
          message: `${TDDS} in the env of the istio-proxy container of Deployment shop/legacy was removed in Istio 1.10 and is ignored: the proxy drains for terminationDrainDuration 5s (default). Set terminationDrainDuration: "20s" in the pod template's proxy.istio.io/config annotation and remove the variable.`,
          line: 26,
          column: 21,
          endLine: 26,
          endColumn: 55,
        },
      ],
    },
    {
      name: 'Istio 1.9: only the pilot-agent flags (removed in 1.6); the env var still sets the drain',
      files: [`${F}/legacy-proxy-container.yaml`],
      config: { istioVersion: '1.9' },
      errors: [
        {
          message: `pilot-agent flag --drainDuration in the args of the istio-proxy container of Deployment shop/legacy was removed in Istio 1.6 and is ignored (unknown flags are tolerated): Envoy's drain window stays drainDuration 45s (default). Write drainDuration: "45s" in the pod template's proxy.istio.io/config annotation instead and remove the flag.`,
          line: 22,
          column: 15,
          endLine: 22,
          endColumn: 30,
        },
        {
          message: `pilot-agent flag --parentShutdownDuration in the args of the istio-proxy container of Deployment shop/legacy was removed in Istio 1.6 and is ignored (unknown flags are tolerated): remove it; the proxy's drain is terminationDrainDuration 20s (env of the istio-proxy container, ${F}/legacy-proxy-container.yaml:27).`,
          line: 24,
          column: 15,
          endLine: 24,
          endColumn: 44,
          related: [`${F}/legacy-proxy-container.yaml:27:22 terminationDrainDuration 20s (env of the istio-proxy container)`],
        },
      ],
    },
    {
      name: 'kube-inject output on current Istio: once on istio-proxy, not again on istio-init',
      files: [`${F}/kube-inject-output.yaml`],
      errors: [
        {
          message: `${TDDS} in the env of the istio-proxy container of Deployment bookinfo/reviews was removed in Istio 1.10 and is ignored: the proxy drains for terminationDrainDuration 5s (default). Set terminationDrainDuration: "40s" in the pod template's proxy.istio.io/config annotation and remove the variable.`,
          line: 28,
          column: 21,
          endLine: 28,
          endColumn: 55,
        },
      ],
    },
    {
      name: 'a pod without a sidecar (Namespace does not inject)',
      files: [`${F}/no-sidecar.yaml`],
      errors: [
        {
          message: `${TDDS} in the env of container exporter of Deployment tools/exporter (only the istio-proxy container's env was ever read) was removed in Istio 1.10 and is ignored, and the pod gets no sidecar anyway (Namespace tools does not enable injection): remove the variable, or, if the pod is meant to be in the mesh, set terminationDrainDuration: "15s" in the pod template's proxy.istio.io/config annotation instead.`,
          line: 19,
          column: 21,
          endLine: 19,
          endColumn: 55,
        },
      ],
    },
    {
      name: 'Helm values: removed settings as MeshConfig and defaultConfig keys',
      files: [`${F}/helm-values-direct-keys.yaml`],
      errors: [
        {
          message: `parentShutdownDuration at the top level of the mesh config (Helm values ${F}/helm-values-direct-keys.yaml) ${PSD_GONE}: remove it; the drain is meshConfig.defaultConfig.terminationDrainDuration.`,
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 25,
        },
        {
          message: `${TDDS} at the top level of the mesh config (Helm values ${F}/helm-values-direct-keys.yaml) is a pilot-agent environment variable that was removed in Istio 1.10 and is ignored: set meshConfig.defaultConfig.terminationDrainDuration: "30s" and remove the key.`,
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 37,
        },
        {
          message: `${TDDS} in defaultConfig of the mesh config (Helm values ${F}/helm-values-direct-keys.yaml) is a pilot-agent environment variable (never a ProxyConfig key) that was removed in Istio 1.10 and is ignored: sidecars using it drain for terminationDrainDuration 5s (default). Set meshConfig.defaultConfig.terminationDrainDuration: "45s" and remove the key.`,
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 39,
        },
      ],
    },
    {
      name: 'multi-document file: ConfigMap mesh text, ProxyConfig resource, CronJob in a List',
      files: [`${F}/multi-doc-configmap-cr-cronjob.yaml`],
      errors: [
        {
          message: `parentShutdownDuration in defaultConfig of ${CM} ${PSD_GONE}: remove it; sidecars using it drain for ${CM_TDD}.`,
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 29,
          related: [`${F}/multi-doc-configmap-cr-cronjob.yaml:9:33 terminationDrainDuration 20s (mesh config in ConfigMap istio-system/istio)`],
        },
        {
          message: `${TDDS} in proxyMetadata of defaultConfig of ${CM} was removed in Istio 1.10 and is ignored: sidecars using it drain for ${CM_TDD}. Remove the variable.`,
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 43,
        },
        {
          message: `${TDDS} in environmentVariables of ProxyConfig batch/batch-drain was removed in Istio 1.10 and is ignored, and the ProxyConfig resource has no drain field: set terminationDrainDuration: "40s" in the pod template's proxy.istio.io/config annotation, or meshConfig.defaultConfig.terminationDrainDuration mesh-wide, and remove the variable.`,
          line: 21,
          column: 5,
          endLine: 21,
          endColumn: 39,
        },
        {
          message: `${TDDS} in the env of container report of CronJob batch/report (only the istio-proxy container's env was ever read) was removed in Istio 1.10 and is ignored: the proxy drains for ${CM_TDD}. Set terminationDrainDuration: "40s" in the pod template's proxy.istio.io/config annotation and remove the variable.`,
          line: 42,
          column: 29,
          endLine: 42,
          endColumn: 63,
          related: [`${F}/multi-doc-configmap-cr-cronjob.yaml:9:33 terminationDrainDuration 20s (mesh config in ConfigMap istio-system/istio)`],
        },
      ],
    },
  ],
});
