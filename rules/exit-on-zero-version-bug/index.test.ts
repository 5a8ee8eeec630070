import rule from './index.js';
import { ruleTester } from '../../test/helpers/rule-tester.js';

const F = 'fixtures/exit-on-zero-version-bug';
const EZ_ANN = (file: string, line: number) => `EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (proxy.istio.io/config annotation, ${F}/${file}:${line})`;
const NO_STATS = '1.12.0–1.13.4 do not enable the downstream_cx_active statistics it counts, so';
const ONE_ERROR = 'on 1.14–1.22 a single failed or timed-out (2s) stats request to Envoy ends the drain of';
const ONE_ERROR_END = 'at once, even with connections still open (istio#50596)';
const UPGRADE_123 = 'Upgrade to Istio 1.23 or later, which retries the stats request up to 5 times.';
const HBONE = "the in-process connections of Envoy's HBONE internal listeners, so";
const UPGRADE_1296 = 'Upgrade to Istio 1.29.6 or a later release (1.30.3, 1.31)';
const ASSUMED_ANN = ' (an injected sidecar is assumed: its pod template has the proxy.istio.io/config annotation)';
const PROXY_CONFIG = `EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (ProxyConfig shop/waypoint-drain, ${F}/waypoint.yaml:26)`;
const MESH = `EXIT_ON_ZERO_ACTIVE_CONNECTIONS "true" (mesh config in ConfigMap istio-system/istio, ${F}/mesh-wide/mesh.yaml:10)`;
const at = { line: 13, column: 46, endLine: 13, endColumn: 52 };

ruleTester(rule, {
  valid: [
    { name: 'no --istio-version: silent', files: [`${F}/annotation-ez.yaml`, `${F}/waypoint.yaml`, `${F}/mesh-wide`] },
    { name: 'Istio 1.11 has no EZ; 1.13.5 is fixed; 1.23 retries', files: [`${F}/annotation-ez.yaml`], config: { istioVersion: '1.11' } },
    { name: 'Istio 1.13.5', files: [`${F}/annotation-ez.yaml`], config: { istioVersion: '1.13.5' } },
    { name: 'Istio 1.23.0', files: [`${F}/annotation-ez.yaml`], config: { istioVersion: '1.23.0' } },
    { name: 'waypoint on 1.29.6 and 1.30.3 (fixed)', files: [`${F}/waypoint.yaml`], config: { istioVersion: '1.29.6' } },
    { name: 'waypoint on 1.30.3', files: [`${F}/waypoint.yaml`], config: { istioVersion: '1.30.3' } },
    { name: 'mesh-wide EZ on 1.31: nothing left', files: [`${F}/mesh-wide`], config: { istioVersion: '1.31.0' } },
    { name: 'native sidecar with its /drain preStop (Istio 1.22), EZ false, EZ yes, hostNetwork', files: [`${F}/native-and-off.yaml`], config: { istioVersion: '1.22' } },
  ],
  invalid: [
    {
      name: 'Istio 1.13.4: the stats are never enabled, the sidecar lives until G',
      files: [`${F}/annotation-ez.yaml`],
      config: { istioVersion: '1.13.4' },
      errors: [
        {
          ...at,
          message:
            `${EZ_ANN('annotation-ez.yaml', 13)} misbehaves on Istio 1.13.4: ${NO_STATS} the sidecar never sees zero connections and lives until SIGKILL at terminationGracePeriodSeconds 45s (pod spec, ${F}/annotation-ez.yaml:16) (istio#37573). ` +
            `Upgrade to Istio 1.13.5 or later, or turn it off and size terminationDrainDuration instead.${ASSUMED_ANN}`,
          related: [`${F}/annotation-ez.yaml:16:38 terminationGracePeriodSeconds 45s (pod spec)`],
        },
      ],
    },
    {
      name: 'Istio 1.12.0 (first release with EZ)',
      files: [`${F}/annotation-ez.yaml`],
      config: { istioVersion: '1.12.0' },
      errors: [
        {
          ...at,
          message:
            `${EZ_ANN('annotation-ez.yaml', 13)} misbehaves on Istio 1.12.0: ${NO_STATS} the sidecar never sees zero connections and lives until SIGKILL at terminationGracePeriodSeconds 45s (pod spec, ${F}/annotation-ez.yaml:16) (istio#37573). ` +
            `Upgrade to Istio 1.13.5 or later, or turn it off and size terminationDrainDuration instead.${ASSUMED_ANN}`,
        },
      ],
    },
    {
      name: 'Istio 1.20: one failed stats request ends the drain',
      files: [`${F}/annotation-ez.yaml`],
      config: { istioVersion: '1.20' },
      errors: [{ ...at, message: `${EZ_ANN('annotation-ez.yaml', 13)} misbehaves on Istio 1.20: ${ONE_ERROR} the sidecar ${ONE_ERROR_END}. ${UPGRADE_123}${ASSUMED_ANN}`, related: [] }],
    },
    {
      name: 'waypoint on 1.29.5 (EZ from a ProxyConfig selecting the gateway-name label)',
      files: [`${F}/waypoint.yaml`],
      config: { istioVersion: '1.29.5' },
      errors: [
        {
          message:
            `${PROXY_CONFIG} misbehaves on Istio 1.29.5: this waypoint counts ${HBONE} it never sees zero connections and waits until SIGKILL at terminationGracePeriodSeconds 30s (default) (istio#60728). ` +
            `${UPGRADE_1296}, or turn it off for this gateway and size terminationDrainDuration instead.`,
          line: 26,
          column: 38,
          endLine: 26,
          endColumn: 44,
          related: [`${F}/waypoint.yaml:5:9 terminationGracePeriodSeconds 30s (default)`],
        },
      ],
    },
    {
      name: 'waypoint on 1.30.2: fixed in 1.30.3',
      files: [`${F}/waypoint.yaml`],
      config: { istioVersion: '1.30.2' },
      errors: [
        {
          message:
            `${PROXY_CONFIG} misbehaves on Istio 1.30.2: this waypoint counts ${HBONE} it never sees zero connections and waits until SIGKILL at terminationGracePeriodSeconds 30s (default) (istio#60728). ` +
            'Upgrade to Istio 1.30.3 or later, or turn it off for this gateway and size terminationDrainDuration instead.',
          line: 26,
          column: 38,
          endLine: 26,
          endColumn: 44,
        },
      ],
    },
    {
      name: 'waypoint on 1.22: both bugs, G hard-coded to 2',
      files: [`${F}/waypoint.yaml`],
      config: { istioVersion: '1.22' },
      errors: [
        {
          message:
            `${PROXY_CONFIG} misbehaves on Istio 1.22: ${ONE_ERROR} the gateway ${ONE_ERROR_END}; ` +
            `this waypoint counts ${HBONE} it never sees zero connections and waits until SIGKILL at terminationGracePeriodSeconds 2s (waypoint template of Istio 1.22 (hard-coded)) (istio#60728). ` +
            `${UPGRADE_1296}, or turn it off for this gateway and size terminationDrainDuration instead.`,
          line: 26,
          column: 38,
          endLine: 26,
          endColumn: 44,
          related: [`${F}/waypoint.yaml:5:9 terminationGracePeriodSeconds 2s (waypoint template of Istio 1.22 (hard-coded))`],
        },
      ],
    },
    {
      name: 'mesh-wide EZ on 1.29.0: once on the mesh document, naming the ambient gateway (namespace label) and the waypoint',
      files: [`${F}/mesh-wide`],
      config: { istioVersion: '1.29.0' },
      errors: [
        {
          file: `${F}/mesh-wide/mesh.yaml`,
          message:
            `${MESH} misbehaves on Istio 1.29.0: the ambient gateways Gateway edge/public and Gateway shop/shop-waypoint (waypoint) count ${HBONE} they never see zero connections and wait until SIGKILL at terminationGracePeriodSeconds (istio#60728). ` +
            `${UPGRADE_1296}, or turn it off for those gateways and size terminationDrainDuration instead.`,
          line: 10,
          column: 42,
          endLine: 10,
          endColumn: 48,
          related: [],
        },
      ],
    },
    {
      name: 'mesh-wide EZ on 1.20: every proxy, and the ambient gateways never reach zero',
      files: [`${F}/mesh-wide`],
      config: { istioVersion: '1.20' },
      errors: [
        {
          file: `${F}/mesh-wide/mesh.yaml`,
          message:
            `${MESH} misbehaves on Istio 1.20: ${ONE_ERROR} each proxy that has it ${ONE_ERROR_END}; ` +
            `the ambient gateways Gateway edge/public and Gateway shop/shop-waypoint (waypoint) count ${HBONE} they never see zero connections and wait until SIGKILL at terminationGracePeriodSeconds (istio#60728). ` +
            `${UPGRADE_1296}, or turn it off for those gateways and size terminationDrainDuration instead. ` +
            'The same applies to 3 more workloads using this mesh config: Deployment istio-ingress/ingress, Gateway edge/public and Gateway shop/shop-waypoint.',
          line: 10,
          column: 42,
          endLine: 10,
          endColumn: 48,
        },
      ],
    },
    {
      name: 'IstioOperator gateway k8s.env "True" on 1.16',
      files: [`${F}/iop-gateway.yaml`],
      config: { istioVersion: '1.16.2' },
      errors: [
        {
          message: `EXIT_ON_ZERO_ACTIVE_CONNECTIONS "True" (k8s.env of the IstioOperator gateway, ${F}/iop-gateway.yaml:16) misbehaves on Istio 1.16.2: ${ONE_ERROR} the gateway ${ONE_ERROR_END}. ${UPGRADE_123}`,
          line: 16,
          column: 22,
          endLine: 16,
          endColumn: 28,
        },
      ],
    },
    {
      name: 'native sidecars on Istio 1.20 have no /drain preStop yet: the loop runs',
      files: [`${F}/native-and-off.yaml`],
      config: { istioVersion: '1.20' },
      errors: [{ message: `${EZ_ANN('native-and-off.yaml', 32)} misbehaves on Istio 1.20: ${ONE_ERROR} the sidecar ${ONE_ERROR_END}. ${UPGRADE_123}${ASSUMED_ANN}`, line: 32, column: 46, endLine: 32, endColumn: 52 }],
    },
    {
      name: 'native sidecar whose /drain preStop a global lifecycle replaces (Istio 1.22)',
      files: [`${F}/native-global-lifecycle.yaml`],
      config: { istioVersion: '1.22' },
      errors: [
        {
          message: `${EZ_ANN('native-global-lifecycle.yaml', 26)} misbehaves on Istio 1.22: ${ONE_ERROR} the sidecar ${ONE_ERROR_END}. ${UPGRADE_123}${ASSUMED_ANN}`,
          line: 26,
          column: 46,
          endLine: 26,
          endColumn: 52,
        },
      ],
    },
  ],
});
