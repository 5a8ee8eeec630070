/**
 * drain-exceeds-grace-period on the gateway Istio's gateway chart renders from its values (a values
 * file, a Flux HelmRelease): the grace period, the preStop and the drain are the chart's values; and
 * on the ingress gateway an IstioOperator's profile installs, at its `spec:`.
 */
import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/drain-exceeds-grace-period';
const G = 'fixtures/gitops/flux-helmreleases.yaml';

ruleTester(rule, {
  valid: [{ name: 'gateway chart values whose grace period covers the preStop and the drain', files: [`${F}/gateway-values-fits.yaml`] }],
  invalid: [
    {
      name: 'gateway chart values: a 60s drain in podAnnotations and a 45s grace period, at the grace period',
      files: [`${F}/gateway-values.yaml`],
      errors: [
        {
          messageId: 'classicDrain',
          message: "terminationDrainDuration is 1m, but terminationGracePeriodSeconds is 45: SIGKILL cuts the gateway's drain.",
          help: `Raise terminationGracePeriodSeconds to at least 60 (a value of the gateway chart since Istio 1.19), or lower terminationDrainDuration to at most 45s if load balancers stop sending to the gateway by then. The grace period counts from the pod's deletion, preStop included: the gateway's drain would end at 1m, but kubelet kills Envoy at 45s and the requests still in flight are reset. Values: terminationDrainDuration 1m (proxy.istio.io/config annotation, ${F}/gateway-values.yaml:5); terminationGracePeriodSeconds 45 (gateway chart values, ${F}/gateway-values.yaml:2).`,
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 34,
          related: [`${F}/gateway-values.yaml:5:31 terminationDrainDuration 1m (proxy.istio.io/config annotation)`],
          resource: 'Deployment /',
        },
      ],
    },
    {
      name: "gateway chart values: the chart's lifecycle preStop and a 25s drain over the default grace period, at the values' first key",
      files: [`${F}/gateway-values-no-grace.yaml`],
      errors: [
        {
          messageId: 'classicDrain',
          message: "terminationDrainDuration is 25s after a 10s istio-proxy preStop, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts the gateway's drain.",
          help: `Raise terminationGracePeriodSeconds to at least 35 (a value of the gateway chart since Istio 1.19), or lower terminationDrainDuration to at most 20s if load balancers stop sending to the gateway by then. The grace period counts from the pod's deletion, preStop included: the gateway's drain would end at 35s, but kubelet kills Envoy at 30s and the requests still in flight are reset. Values: terminationDrainDuration 25s (proxy.istio.io/config annotation, ${F}/gateway-values-no-grace.yaml:10); istio-proxy preStop 10s (preStop of container istio-proxy, ${F}/gateway-values-no-grace.yaml:3); terminationGracePeriodSeconds 30 (default).`,
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
          related: [`${F}/gateway-values-no-grace.yaml:10:31 terminationDrainDuration 25s (proxy.istio.io/config annotation)`, `${F}/gateway-values-no-grace.yaml:3:3 istio-proxy preStop 10s (preStop of container istio-proxy)`],
          resource: 'Deployment /',
        },
      ],
    },
    {
      name: "Flux HelmReleases: istiod's mesh-wide 20s drain against the gateway values' grace period of 10",
      files: [G],
      errors: [
        {
          messageId: 'classicDrain',
          message: "terminationDrainDuration is 20s, but terminationGracePeriodSeconds is 10: SIGKILL cuts the gateway's drain.",
          help: `Raise terminationGracePeriodSeconds to at least 20 (a value of the gateway chart since Istio 1.19), or lower terminationDrainDuration to at most 10s if load balancers stop sending to the gateway by then. The grace period counts from the pod's deletion, preStop included: the gateway's drain would end at 20s, but kubelet kills Envoy at 10s and the requests still in flight are reset. Values: terminationDrainDuration 20s (mesh config in Helm values of HelmRelease istio-system/istiod, ${G}:20); terminationGracePeriodSeconds 10 (gateway chart values, ${G}:38).`,
          line: 38,
          column: 36,
          endLine: 38,
          endColumn: 38,
          related: [`${G}:20:35 terminationDrainDuration 20s (mesh config in Helm values of HelmRelease istio-system/istiod)`],
          resource: 'Deployment istio-ingress/istio-ingress-gateway',
        },
      ],
    },
    {
      name: "the default profile's ingress gateway: the IstioOperator's mesh-wide 40s drain over the grace period of 30, at spec:",
      files: [`${F}/iop-default-profile.yaml`],
      errors: [
        {
          messageId: 'classicDrain',
          message: "terminationDrainDuration is 40s, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts the gateway's drain.",
          help: `Raise terminationGracePeriodSeconds to at least 40 (add an entry named istio-ingressgateway to components.ingressGateways with a k8s.overlays patch of spec.template.spec.terminationGracePeriodSeconds), or lower terminationDrainDuration to at most 30s if load balancers stop sending to the gateway by then. The grace period counts from the pod's deletion, preStop included: the gateway's drain would end at 40s, but kubelet kills Envoy at 30s and the requests still in flight are reset. Values: terminationDrainDuration 40s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/iop-default-profile.yaml:11); terminationGracePeriodSeconds 30 (default).`,
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 5,
          related: [`${F}/iop-default-profile.yaml:11:33 terminationDrainDuration 40s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig)`],
          resource: 'IngressGateway istio-system/istio-ingressgateway',
        },
      ],
    },
  ],
});
