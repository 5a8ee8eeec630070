import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/exit-on-zero-version-bug';

ruleTester(rule, {
  valid: [
    { name: 'no --istio-version: silent', files: [`${F}/annotation-ez.yaml`, `${F}/waypoint.yaml`, `${F}/mesh-wide`] },
    { name: 'Istio 1.11 has no EZ; 1.13.5 is fixed; 1.23 retries', files: [`${F}/annotation-ez.yaml`], config: { istioVersion: '1.11' } },
    { name: 'Istio 1.13.5', files: [`${F}/annotation-ez.yaml`], config: { istioVersion: '1.13.5' } },
    { name: 'Istio 1.23.0', files: [`${F}/annotation-ez.yaml`], config: { istioVersion: '1.23.0' } },
    { name: 'waypoint on 1.29.6 and 1.30.3 (fixed)', files: [`${F}/waypoint.yaml`], config: { istioVersion: '1.29.6' } },
    { name: 'waypoint on 1.30.3', files: [`${F}/waypoint.yaml`], config: { istioVersion: '1.30.3' } },
    { name: 'mesh-wide EZ on 1.31: nothing left', files: [`${F}/mesh-wide`], config: { istioVersion: '1.31.0' } },
    { name: "the waypoint's revision (istio.io/rev canary) on 1.29.6: fixed", files: [`${F}/revision-waypoint.yaml`], config: { istioVersion: '1.29.6' } },
    { name: 'native sidecar with its /drain preStop (Istio 1.22), EZ false, EZ yes, hostNetwork', files: [`${F}/native-and-off.yaml`], config: { istioVersion: '1.22' } },
    { name: 'Istio 1.23.1 read from the proxy image: it retries, no bug', files: [`${F}/version-from-input/orders.yaml`] },
    { name: 'versions not read from the input (--no-infer-versions): no target version, silent', files: [`${F}/version-from-input`], config: { inferVersions: false } },
  ],
  invalid: [
    {
      name: 'Istio 1.13.2 read from the IstioOperator spec.tag (the lowest beside the 1.23.1 proxy image): the help says where it came from',
      files: [`${F}/version-from-input`],
      errors: [
        {
          messageId: 'noStats',
          message: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS never sees zero connections on Istio 1.13.2 (no stats): the sidecar lives until SIGKILL at 45s.',
          help: `Upgrade to Istio 1.13.5 or later, or turn EXIT_ON_ZERO_ACTIVE_CONNECTIONS off and size terminationDrainDuration instead. Istio 1.12.0–1.13.4 do not enable the downstream_cx_active statistics the exit-on-zero loop counts, so it never sees zero connections (istio#37573). Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/version-from-input/orders.yaml:13); terminationGracePeriodSeconds 45 (pod spec, ${F}/version-from-input/orders.yaml:15). Target: Istio 1.13.2, from spec.tag of IstioOperator istio-system/control-plane in ${F}/version-from-input/istio-operator.yaml:9 (the lowest of 1.13.2 and 1.23.1 in the input).`,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 52,
          file: `${F}/version-from-input/orders.yaml`,
          related: [`${F}/version-from-input/orders.yaml:15:38 terminationGracePeriodSeconds 45s (pod spec)`],
          resource: 'Deployment shop/orders',
        },
      ],
    },
    {
      name: 'Istio 1.13.4: the stats are never enabled, the sidecar lives until G',
      files: [`${F}/annotation-ez.yaml`],
      config: { istioVersion: '1.13.4' },
      errors: [
        {
          messageId: 'noStats',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS never sees zero connections on Istio 1.13.4 (no stats): the sidecar lives until SIGKILL at 45s.",
          help: `Upgrade to Istio 1.13.5 or later, or turn EXIT_ON_ZERO_ACTIVE_CONNECTIONS off and size terminationDrainDuration instead. Istio 1.12.0–1.13.4 do not enable the downstream_cx_active statistics the exit-on-zero loop counts, so it never sees zero connections (istio#37573). An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/annotation-ez.yaml:13); terminationGracePeriodSeconds 45 (pod spec, ${F}/annotation-ez.yaml:16).`,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 52,
          related: [
            `${F}/annotation-ez.yaml:16:38 terminationGracePeriodSeconds 45s (pod spec)`,
          ],
          resource: "Deployment shop/orders",
        },
      ],
    },
    {
      name: 'Istio 1.12.0 (first release with EZ)',
      files: [`${F}/annotation-ez.yaml`],
      config: { istioVersion: '1.12.0' },
      errors: [
        {
          messageId: 'noStats',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS never sees zero connections on Istio 1.12.0 (no stats): the sidecar lives until SIGKILL at 45s.",
          help: `Upgrade to Istio 1.13.5 or later, or turn EXIT_ON_ZERO_ACTIVE_CONNECTIONS off and size terminationDrainDuration instead. Istio 1.12.0–1.13.4 do not enable the downstream_cx_active statistics the exit-on-zero loop counts, so it never sees zero connections (istio#37573). An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/annotation-ez.yaml:13); terminationGracePeriodSeconds 45 (pod spec, ${F}/annotation-ez.yaml:16).`,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 52,
          related: [
            `${F}/annotation-ez.yaml:16:38 terminationGracePeriodSeconds 45s (pod spec)`,
          ],
          resource: "Deployment shop/orders",
        },
      ],
    },
    {
      name: 'Istio 1.20: one failed stats request ends the drain',
      files: [`${F}/annotation-ez.yaml`],
      config: { istioVersion: '1.20' },
      errors: [
        {
          messageId: 'oneError',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, but on Istio 1.20 one failed stats request ends the sidecar's drain at once, even with connections open.",
          help: `Upgrade to Istio 1.23 or later. On 1.14–1.22 a single failed or timed-out (2s) stats request to Envoy ends the exit-on-zero loop at once, even with connections still open (istio#50596); 1.23 and later retry it and give up after 4 retries. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/annotation-ez.yaml:13).`,
          line: 13,
          column: 46,
          endLine: 13,
          endColumn: 52,
          related: [],
          resource: "Deployment shop/orders",
        },
      ],
    },
    {
      name: 'waypoint on 1.29.5 (EZ from a ProxyConfig selecting the gateway-name label)',
      files: [`${F}/waypoint.yaml`],
      config: { istioVersion: '1.29.5' },
      errors: [
        {
          messageId: 'hbone',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, but on Istio 1.29.5 this waypoint counts its HBONE internal connections and waits until SIGKILL at 30s.",
          help: `Upgrade to Istio 1.29.6 or a later release (1.30.3, 1.31), or turn EXIT_ON_ZERO_ACTIVE_CONNECTIONS off for this gateway and size terminationDrainDuration instead. Before 1.29.6 and 1.30.3, ambient gateways and waypoints count the in-process connections of Envoy's HBONE internal listeners, so the exit-on-zero loop never sees zero connections (istio#60728). Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (ProxyConfig shop/waypoint-drain, ${F}/waypoint.yaml:26); terminationGracePeriodSeconds 30 (default).`,
          line: 26,
          column: 38,
          endLine: 26,
          endColumn: 44,
          related: [
            `${F}/waypoint.yaml:5:9 terminationGracePeriodSeconds 30s (default)`,
          ],
          resource: "Gateway shop/waypoint",
        },
      ],
    },
    {
      name: 'waypoint on 1.30.2: fixed in 1.30.3',
      files: [`${F}/waypoint.yaml`],
      config: { istioVersion: '1.30.2' },
      errors: [
        {
          messageId: 'hbone',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, but on Istio 1.30.2 this waypoint counts its HBONE internal connections and waits until SIGKILL at 30s.",
          help: `Upgrade to Istio 1.30.3 or later, or turn EXIT_ON_ZERO_ACTIVE_CONNECTIONS off for this gateway and size terminationDrainDuration instead. Before 1.29.6 and 1.30.3, ambient gateways and waypoints count the in-process connections of Envoy's HBONE internal listeners, so the exit-on-zero loop never sees zero connections (istio#60728). Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (ProxyConfig shop/waypoint-drain, ${F}/waypoint.yaml:26); terminationGracePeriodSeconds 30 (default).`,
          line: 26,
          column: 38,
          endLine: 26,
          endColumn: 44,
          related: [
            `${F}/waypoint.yaml:5:9 terminationGracePeriodSeconds 30s (default)`,
          ],
          resource: "Gateway shop/waypoint",
        },
      ],
    },
    {
      name: 'waypoint on 1.22: both bugs, G hard-coded to 2',
      files: [`${F}/waypoint.yaml`],
      config: { istioVersion: '1.22' },
      errors: [
        {
          messageId: 'oneErrorAndHbone',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, but on Istio 1.22 this waypoint never sees zero, and one failed stats request ends its drain at once.",
          help: `Upgrade to Istio 1.29.6 or a later release (1.30.3, 1.31), or turn EXIT_ON_ZERO_ACTIVE_CONNECTIONS off for this gateway and size terminationDrainDuration instead. Before 1.29.6 and 1.30.3, ambient gateways and waypoints count the in-process connections of Envoy's HBONE internal listeners, so the exit-on-zero loop never sees zero connections (istio#60728). On 1.14–1.22 a single failed or timed-out (2s) stats request to Envoy ends the exit-on-zero loop at once, even with connections still open (istio#50596); 1.23 and later retry it and give up after 4 retries. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (ProxyConfig shop/waypoint-drain, ${F}/waypoint.yaml:26); terminationGracePeriodSeconds 2 (waypoint template of Istio 1.22 (hard-coded)).`,
          line: 26,
          column: 38,
          endLine: 26,
          endColumn: 44,
          related: [
            `${F}/waypoint.yaml:5:9 terminationGracePeriodSeconds 2s (waypoint template of Istio 1.22 (hard-coded))`,
          ],
          resource: "Gateway shop/waypoint",
        },
      ],
    },
    {
      name: 'mesh-wide EZ on 1.29.0: once on the mesh document, naming the ambient gateway (namespace label) and the waypoint',
      files: [`${F}/mesh-wide`],
      config: { istioVersion: '1.29.0' },
      errors: [
        {
          messageId: 'hbone',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, but on Istio 1.29.0 each ambient gateway counts its HBONE internal connections and waits until SIGKILL.",
          help: `Upgrade to Istio 1.29.6 or a later release (1.30.3, 1.31), or turn EXIT_ON_ZERO_ACTIVE_CONNECTIONS off for those gateways and size terminationDrainDuration instead. Before 1.29.6 and 1.30.3, ambient gateways and waypoints count the in-process connections of Envoy's HBONE internal listeners, so the exit-on-zero loop never sees zero connections (istio#60728). It reaches the ambient gateways Gateway edge/public and Gateway shop/shop-waypoint (waypoint). Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (mesh config in ConfigMap istio-system/istio, ${F}/mesh-wide/mesh.yaml:10).`,
          line: 10,
          column: 42,
          endLine: 10,
          endColumn: 48,
          file: `${F}/mesh-wide/mesh.yaml`,
          related: [],
          resource: null,
        },
      ],
    },
    {
      name: 'mesh-wide EZ on 1.20: every proxy, and the ambient gateways never reach zero',
      files: [`${F}/mesh-wide`],
      config: { istioVersion: '1.20' },
      errors: [
        {
          messageId: 'oneError',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, but on Istio 1.20 one failed stats request ends a proxy's drain at once, even with connections open.",
          help: `Upgrade to Istio 1.29.6 or a later release (1.30.3, 1.31), or turn EXIT_ON_ZERO_ACTIVE_CONNECTIONS off for those gateways and size terminationDrainDuration instead. On 1.14–1.22 a single failed or timed-out (2s) stats request to Envoy ends the exit-on-zero loop at once, even with connections still open (istio#50596); 1.23 and later retry it and give up after 4 retries. It also reaches the ambient gateways Gateway edge/public and Gateway shop/shop-waypoint (waypoint). Before 1.29.6 and 1.30.3, ambient gateways and waypoints count the in-process connections of Envoy's HBONE internal listeners, so the exit-on-zero loop never sees zero connections (istio#60728). Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (mesh config in ConfigMap istio-system/istio, ${F}/mesh-wide/mesh.yaml:10). The same applies to 3 more workloads using this mesh config: Deployment istio-ingress/ingress, Gateway edge/public and Gateway shop/shop-waypoint.`,
          line: 10,
          column: 42,
          endLine: 10,
          endColumn: 48,
          file: `${F}/mesh-wide/mesh.yaml`,
          related: [],
          resource: null,
        },
      ],
    },
    {
      name: 'IstioOperator gateway k8s.env "True" on 1.16',
      files: [`${F}/iop-gateway.yaml`],
      config: { istioVersion: '1.16.2' },
      errors: [
        {
          messageId: 'oneError',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, but on Istio 1.16.2 one failed stats request ends the gateway's drain at once, even with connections open.",
          help: `Upgrade to Istio 1.23 or later. On 1.14–1.22 a single failed or timed-out (2s) stats request to Envoy ends the exit-on-zero loop at once, even with connections still open (istio#50596); 1.23 and later retry it and give up after 4 retries. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "True" (k8s.env of the IstioOperator gateway, ${F}/iop-gateway.yaml:16).`,
          line: 16,
          column: 22,
          endLine: 16,
          endColumn: 28,
          related: [],
          resource: "IngressGateway istio-system/istio-ingressgateway",
        },
      ],
    },
    {
      name: 'native sidecars on Istio 1.20 have no /drain preStop yet: the loop runs',
      files: [`${F}/native-and-off.yaml`],
      config: { istioVersion: '1.20' },
      errors: [
        {
          messageId: 'oneError',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, but on Istio 1.20 one failed stats request ends the sidecar's drain at once, even with connections open.",
          help: `Upgrade to Istio 1.23 or later. On 1.14–1.22 a single failed or timed-out (2s) stats request to Envoy ends the exit-on-zero loop at once, even with connections still open (istio#50596); 1.23 and later retry it and give up after 4 retries. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/native-and-off.yaml:32).`,
          line: 32,
          column: 46,
          endLine: 32,
          endColumn: 52,
          related: [],
          resource: "Deployment shop/native",
        },
      ],
    },
    {
      name: 'native sidecar whose /drain preStop a global lifecycle replaces (Istio 1.22)',
      files: [`${F}/native-global-lifecycle.yaml`],
      config: { istioVersion: '1.22' },
      errors: [
        {
          messageId: 'oneError',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, but on Istio 1.22 one failed stats request ends the sidecar's drain at once, even with connections open.",
          help: `Upgrade to Istio 1.23 or later. On 1.14–1.22 a single failed or timed-out (2s) stats request to Envoy ends the exit-on-zero loop at once, even with connections still open (istio#50596); 1.23 and later retry it and give up after 4 retries. An injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation. Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/native-global-lifecycle.yaml:26).`,
          line: 26,
          column: 46,
          endLine: 26,
          endColumn: 52,
          related: [],
          resource: "Deployment shop/native",
        },
      ],
    },
    {
      name: "mesh defaultConfig EZ of the waypoint's revision (istio.io/rev on the Gateway) on 1.29.0",
      files: [`${F}/revision-waypoint.yaml`],
      config: { istioVersion: '1.29.0' },
      errors: [
        {
          messageId: 'hbone',
          message: "EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on, but on Istio 1.29.0 each ambient gateway counts its HBONE internal connections and waits until SIGKILL.",
          help: `Upgrade to Istio 1.29.6 or a later release (1.30.3, 1.31), or turn EXIT_ON_ZERO_ACTIVE_CONNECTIONS off for that gateway and size terminationDrainDuration instead. Before 1.29.6 and 1.30.3, ambient gateways and waypoints count the in-process connections of Envoy's HBONE internal listeners, so the exit-on-zero loop never sees zero connections (istio#60728). It reaches the ambient gateway Gateway shop/waypoint (waypoint). Values: EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (mesh config in ConfigMap istio-system/istio-canary, ${F}/revision-waypoint.yaml:22).`,
          line: 22,
          column: 42,
          endLine: 22,
          endColumn: 48,
          related: [],
          resource: null,
        },
      ],
    },
  ],
});
