import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/termination-drain-duration-ignored';

ruleTester(rule, {
  valid: [
    { name: 'EZ not set, EZ "yes" (not a Go bool), EZ without terminationDrainDuration', files: [`${F}/ez-off-or-tdd-default.yaml`] },
    { name: 'native sidecar; not injected', files: [`${F}/native-or-no-sidecar.yaml`] },
    { name: 'native sidecar by versions (Istio 1.28 auto on Kubernetes 1.33)', files: [`${F}/issue-44690-annotation.yaml`], config: { istioVersion: '1.28', kubernetesVersion: '1.33' } },
    { name: 'Istio 1.11 has no EZ', files: [`${F}/issue-44690-annotation.yaml`], config: { istioVersion: '1.11' } },
    { name: 'mesh-wide TDD without EZ anywhere', files: [`${F}/helm-values.yaml`, `${F}/mesh-workloads.yaml`] },
  ],
  invalid: [
    {
      name: 'IstioOperator gateways: EZ in k8s.env beside a mesh-wide TDD (says gateway); EZ only in podAnnotations is never env',
      files: [`${F}/gateway-iop.yaml`],
      errors: [
        {
          messageId: 'meshWideIgnored',
          message: "The mesh-wide terminationDrainDuration 30s is ignored here: EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, so only MINIMUM_DRAIN_DURATION 5s applies.",
          help: `Set MINIMUM_DRAIN_DURATION "30s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the 30s were meant as the minimum drain here; the mesh-wide terminationDrainDuration still applies to the workloads without EXIT_ON_ZERO_ACTIVE_CONNECTIONS. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, pilot-agent sleeps MINIMUM_DRAIN_DURATION once the drain starts, then exits as soon as no connection is open; it never reads terminationDrainDuration (istio/istio#44690). Values: terminationDrainDuration 30s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/gateway-iop.yaml:11); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (k8s.env of the IstioOperator gateway, ${F}/gateway-iop.yaml:19); MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 19,
          column: 22,
          endLine: 19,
          endColumn: 28,
          related: [
            `${F}/gateway-iop.yaml:11:33 terminationDrainDuration 30s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig)`,
          ],
          resource: "IngressGateway istio-system/istio-ingressgateway",
        },
      ],
    },
    {
      name: 'istio#44690: TDD and EZ in one annotation block scalar: points at TDD',
      files: [`${F}/issue-44690-annotation.yaml`],
      errors: [
        {
          messageId: 'ignored',
          message: "terminationDrainDuration is 30s but EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: only MINIMUM_DRAIN_DURATION 5s applies.",
          help: `Set MINIMUM_DRAIN_DURATION "30s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the 30s were meant as the minimum drain, and remove terminationDrainDuration. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, pilot-agent sleeps MINIMUM_DRAIN_DURATION once the drain starts, then exits as soon as no connection is open; it never reads terminationDrainDuration (istio/istio#44690). Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: terminationDrainDuration 30s (proxy.istio.io/config annotation, ${F}/issue-44690-annotation.yaml:12); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/issue-44690-annotation.yaml:14); MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 12,
          column: 37,
          endLine: 12,
          endColumn: 40,
          related: [
            `${F}/issue-44690-annotation.yaml:14:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation)`,
          ],
          resource: "Deployment shop/orders",
        },
      ],
    },
    {
      name: 'both mesh-wide in an IstioOperator: reported once on the mesh document (first for the ingress gateway its default profile installs)',
      files: [`${F}/mesh-iop.yaml`, `${F}/mesh-workloads.yaml`],
      errors: [
        {
          messageId: 'ignoredMinCovers',
          message: "terminationDrainDuration is 20s but EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: MINIMUM_DRAIN_DURATION 20s applies instead.",
          help: `Remove terminationDrainDuration: MINIMUM_DRAIN_DURATION 20s already sets the minimum drain. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, pilot-agent sleeps MINIMUM_DRAIN_DURATION once the drain starts, then exits as soon as no connection is open; it never reads terminationDrainDuration (istio/istio#44690). Values: terminationDrainDuration 20s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/mesh-iop.yaml:10); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/mesh-iop.yaml:12); MINIMUM_DRAIN_DURATION 20s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/mesh-iop.yaml:13). The same applies to 2 more workloads using this mesh config: Deployment shop/cart and Deployment shop/catalog.`,
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 36,
          related: [
            `${F}/mesh-iop.yaml:12:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in IstioOperator istio-system/control-plane spec.meshConfig)`,
            `${F}/mesh-iop.yaml:13:33 MINIMUM_DRAIN_DURATION 20s (mesh config in IstioOperator istio-system/control-plane spec.meshConfig)`,
          ],
          resource: null,
        },
      ],
    },
    {
      name: 'TDD in Helm values, EZ per workload (flow mapping in a block scalar; MIN shorter and longer)',
      files: [`${F}/annotation-ez-only.yaml`, `${F}/helm-values.yaml`],
      errors: [
        {
          messageId: 'meshWideIgnored',
          message: "The mesh-wide terminationDrainDuration 45s is ignored here: EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, so only MINIMUM_DRAIN_DURATION 10s applies.",
          help: `Set MINIMUM_DRAIN_DURATION "45s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the 45s were meant as the minimum drain here (and raise terminationGracePeriodSeconds to at least 46); the mesh-wide terminationDrainDuration still applies to the workloads without EXIT_ON_ZERO_ACTIVE_CONNECTIONS. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, pilot-agent sleeps MINIMUM_DRAIN_DURATION once the drain starts, then exits as soon as no connection is open; it never reads terminationDrainDuration (istio/istio#44690). Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: terminationDrainDuration 45s (mesh config in Helm values ${F}/helm-values.yaml, ${F}/helm-values.yaml:4); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/annotation-ez-only.yaml:12); MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation, ${F}/annotation-ez-only.yaml:12); terminationGracePeriodSeconds 30 (default).`,
          line: 12,
          column: 60,
          endLine: 12,
          endColumn: 66,
          related: [
            `${F}/helm-values.yaml:4:31 terminationDrainDuration 45s (mesh config in Helm values ${F}/helm-values.yaml)`,
            `${F}/annotation-ez-only.yaml:12:92 MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation)`,
          ],
          resource: "Deployment media/stream",
        },
        {
          messageId: 'meshWideIgnoredMinCovers',
          message: "The mesh-wide terminationDrainDuration 45s is ignored here: EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, so MINIMUM_DRAIN_DURATION 1m applies.",
          help: `Nothing to change for this workload: MINIMUM_DRAIN_DURATION 1m already covers the 45s, and the mesh-wide terminationDrainDuration only applies to the workloads without EXIT_ON_ZERO_ACTIVE_CONNECTIONS. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, pilot-agent sleeps MINIMUM_DRAIN_DURATION once the drain starts, then exits as soon as no connection is open; it never reads terminationDrainDuration (istio/istio#44690). Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: terminationDrainDuration 45s (mesh config in Helm values ${F}/helm-values.yaml, ${F}/helm-values.yaml:4); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/annotation-ez-only.yaml:30); MINIMUM_DRAIN_DURATION 1m (proxy.istio.io/config annotation, ${F}/annotation-ez-only.yaml:29).`,
          line: 30,
          column: 46,
          endLine: 30,
          endColumn: 52,
          related: [
            `${F}/helm-values.yaml:4:31 terminationDrainDuration 45s (mesh config in Helm values ${F}/helm-values.yaml)`,
            `${F}/annotation-ez-only.yaml:29:37 MINIMUM_DRAIN_DURATION 1m (proxy.istio.io/config annotation)`,
          ],
          resource: "Deployment media/upload",
        },
      ],
    },
    {
      name: 'EZ in the env of a declared istio-proxy container beats a JSON annotation',
      files: [`${F}/proxy-container-env.yaml`],
      errors: [
        {
          messageId: 'ignored',
          message: "terminationDrainDuration is 15s but EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: only MINIMUM_DRAIN_DURATION 5s applies.",
          help: `Set MINIMUM_DRAIN_DURATION "15s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the 15s were meant as the minimum drain, and remove terminationDrainDuration. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, pilot-agent sleeps MINIMUM_DRAIN_DURATION once the drain starts, then exits as soon as no connection is open; it never reads terminationDrainDuration (istio/istio#44690). Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. Values: terminationDrainDuration 15s (proxy.istio.io/config annotation, ${F}/proxy-container-env.yaml:11); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (env of the istio-proxy container, ${F}/proxy-container-env.yaml:20); MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 20,
          column: 22,
          endLine: 20,
          endColumn: 25,
          related: [
            `${F}/proxy-container-env.yaml:11:62 terminationDrainDuration 15s (proxy.istio.io/config annotation)`,
          ],
          resource: "Deployment edge/legacy",
        },
      ],
    },
    {
      name: 'TDD equal to the default on a pod with grace period 0: info',
      files: [`${F}/grace-zero.yaml`],
      errors: [
        {
          severity: 'info',
          messageId: 'ignoredMinCovers',
          message: "terminationDrainDuration is 5s but EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: MINIMUM_DRAIN_DURATION 5s applies instead.",
          help: `Remove terminationDrainDuration: MINIMUM_DRAIN_DURATION 5s already sets the minimum drain. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, pilot-agent sleeps MINIMUM_DRAIN_DURATION once the drain starts, then exits as soon as no connection is open; it never reads terminationDrainDuration (istio/istio#44690). Native sidecars (Istio ≥ 1.27 on Kubernetes ≥ 1.33) change this. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: terminationDrainDuration 5s (proxy.istio.io/config annotation, ${F}/grace-zero.yaml:14); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/grace-zero.yaml:13); MINIMUM_DRAIN_DURATION 5s (default).`,
          line: 14,
          column: 37,
          endLine: 14,
          endColumn: 39,
          related: [
            `${F}/grace-zero.yaml:13:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation)`,
          ],
          resource: "Deployment dev/scratch",
        },
      ],
    },
    {
      name: 'native sidecar without its /drain preStop, EZ on: the classic drain after the app reads EZ and MIN, not terminationDrainDuration',
      files: [`${F}/native-replaced-hook.yaml`],
      errors: [
        {
          messageId: 'ignored',
          message: "terminationDrainDuration is 30s but EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on: only MINIMUM_DRAIN_DURATION 10s applies.",
          help: `Set MINIMUM_DRAIN_DURATION "30s" beside EXIT_ON_ZERO_ACTIVE_CONNECTIONS if the 30s were meant as the minimum drain, and remove terminationDrainDuration. With EXIT_ON_ZERO_ACTIVE_CONNECTIONS on, pilot-agent sleeps MINIMUM_DRAIN_DURATION once the drain starts, then exits as soon as no connection is open; it never reads terminationDrainDuration (istio/istio#44690). Values: terminationDrainDuration 30s (proxy.istio.io/config annotation, ${F}/native-replaced-hook.yaml:21); EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation, ${F}/native-replaced-hook.yaml:23); MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation, ${F}/native-replaced-hook.yaml:24).`,
          line: 21,
          column: 37,
          endLine: 21,
          endColumn: 40,
          related: [
            `${F}/native-replaced-hook.yaml:23:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation)`,
            `${F}/native-replaced-hook.yaml:24:37 MINIMUM_DRAIN_DURATION 10s (proxy.istio.io/config annotation)`,
          ],
          resource: "Deployment notify/mailer",
        },
      ],
    },
  ],
});
