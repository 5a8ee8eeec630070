import path from 'node:path';
import rule from './index.js';
import { ROOT, ruleTester } from '../../test/helpers/rule-tester.js';
import { loadConfig } from '../../src/config.js';

const F = 'fixtures/connections-outlive-grace-period';
const cfg = loadConfig(path.join(ROOT, F, 'config/drainlint.yaml'), ROOT, new Set([rule.meta.id]));

ruleTester(rule, {
  valid: [
    { name: 'seed fix: grace period raised to 60 with mesh-wide EZ', files: [`${F}/seed-istio-operator.yaml`, `${F}/seed-deployment-grace-60.yaml`] },
    { name: 'L exactly equal to the grace period', files: [`${F}/lifetime-equals-grace.yaml`] },
    { name: 'L misplaced, without unit, or not a string', files: [`${F}/unusable-lifetime.yaml`] },
    { name: 'grace period of the wrong type; pod denied by admission', files: [`${F}/unusable-grace-or-denied.yaml`] },
    { name: 'suppressed by drainlint.io/ignore', files: [`${F}/suppressed.yaml`] },
    { name: 'timeouts of other Services and a disabled timeout', files: [`${F}/traffic-other-service.yaml`] },
    { name: 'no L at all (mesh-wide EZ alone)', files: [`${F}/seed-istio-operator.yaml`, `${F}/lifetime-equals-grace.yaml`] },
    { name: 'waypoint on Istio 1.27: the hard-coded 2s grace period is gateway-drain-too-short', files: [`${F}/gateway-waypoint-lifetime.yaml`], config: { istioVersion: '1.27' } },
  ],
  invalid: [
    {
      name: 'waypoint on Istio 1.28 (says gateway, where to set its grace period)',
      files: [`${F}/gateway-waypoint-lifetime.yaml`],
      config: { istioVersion: '1.28' },
      errors: [
        {
          messageId: 'cut',
          message: "Requests may stay in flight for 1m, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts them.",
          help: `Raise terminationGracePeriodSeconds to at least 60 (set it as spec.template.spec.terminationGracePeriodSeconds in the \`deployment\` key of a ConfigMap named by spec.infrastructure.parametersRef, Istio ≥ 1.26). The gateway cannot keep them open past it either. Values: connection lifetime 1m (drainlint.io/connection-lifetime annotation, ${F}/gateway-waypoint-lifetime.yaml:8); terminationGracePeriodSeconds 30 (default).`,
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 25,
          related: [
            `${F}/gateway-waypoint-lifetime.yaml:8:39 connection lifetime 1m (drainlint.io/connection-lifetime annotation)`,
          ],
          resource: "Gateway reports/reports-waypoint",
        },
      ],
    },
    {
      name: 'IstioOperator gateway matched by the config file, no k8s.overlays grace period',
      files: [`${F}/gateway-iop-config-lifetime.yaml`],
      config: { connectionLifetime: cfg.connectionLifetime },
      errors: [
        {
          messageId: 'cut',
          message: "Requests may stay in flight for 2m, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts them.",
          help: `Raise terminationGracePeriodSeconds to at least 120 (set it with a k8s.overlays patch of spec.template.spec.terminationGracePeriodSeconds on this gateway entry). The gateway cannot keep them open past it either. Values: connection lifetime 2m (connectionLifetime.workloads[0] in the config file, ${F}/config/drainlint.yaml:7); terminationGracePeriodSeconds 30 (default).`,
          line: 11,
          column: 15,
          endLine: 11,
          endColumn: 30,
          related: [
            `${F}/config/drainlint.yaml:7:14 connection lifetime 2m (connectionLifetime.workloads[0] in the config file)`,
          ],
          resource: "IngressGateway shop/billing-gateway",
        },
      ],
    },
    {
      name: 'seed: mesh-wide EZ in an IstioOperator, L 60s, default grace period',
      files: [`${F}/seed-istio-operator.yaml`, `${F}/seed-deployment-default-grace.yaml`],
      errors: [
        {
          messageId: 'cut',
          message: "Requests may stay in flight for 1m, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts them.",
          help: `Raise terminationGracePeriodSeconds to at least 60. EXIT_ON_ZERO_ACTIVE_CONNECTIONS (mesh config in IstioOperator istio-system/control-plane spec.meshConfig, ${F}/seed-istio-operator.yaml:11) makes the sidecar wait for open connections only until the SIGKILL. Values: connection lifetime 1m (drainlint.io/connection-lifetime annotation, ${F}/seed-deployment-default-grace.yaml:12); terminationGracePeriodSeconds 30 (default).`,
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 9,
          file: `${F}/seed-deployment-default-grace.yaml`,
          related: [
            `${F}/seed-deployment-default-grace.yaml:12:43 connection lifetime 1m (drainlint.io/connection-lifetime annotation)`,
            `${F}/seed-istio-operator.yaml:11:42 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (mesh config in IstioOperator istio-system/control-plane spec.meshConfig)`,
          ],
          resource: "Deployment shop/test",
        },
      ],
    },
    {
      name: 'seed per workload: EZ in the proxy.istio.io/config block scalar (second document fixed)',
      files: [`${F}/seed-annotation-ez.yaml`],
      errors: [
        {
          messageId: 'cut',
          message: "Requests may stay in flight for 1m, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts them.",
          help: `Raise terminationGracePeriodSeconds to at least 60. EXIT_ON_ZERO_ACTIVE_CONNECTIONS (proxy.istio.io/config annotation, ${F}/seed-annotation-ez.yaml:14) makes the sidecar wait for open connections only until the SIGKILL. Values: connection lifetime 1m (drainlint.io/connection-lifetime annotation, ${F}/seed-annotation-ez.yaml:11); terminationGracePeriodSeconds 30 (default).`,
          line: 15,
          column: 5,
          endLine: 15,
          endColumn: 9,
          related: [
            `${F}/seed-annotation-ez.yaml:11:43 connection lifetime 1m (drainlint.io/connection-lifetime annotation)`,
            `${F}/seed-annotation-ez.yaml:14:46 EXIT_ON_ZERO_ACTIVE_CONNECTIONS true (proxy.istio.io/config annotation)`,
          ],
          resource: "Deployment shop/orders",
        },
      ],
    },
    {
      name: 'plain workload, no mesh: explicit grace period below L',
      files: [`${F}/plain-no-mesh.yaml`],
      errors: [
        {
          messageId: 'cut',
          message: "Requests may stay in flight for 2m, but terminationGracePeriodSeconds is 60: SIGKILL cuts them.",
          help: `Raise terminationGracePeriodSeconds to at least 120. Values: connection lifetime 2m (drainlint.io/connection-lifetime annotation, ${F}/plain-no-mesh.yaml:12); terminationGracePeriodSeconds 60 (pod spec, ${F}/plain-no-mesh.yaml:14).`,
          line: 14,
          column: 38,
          endLine: 14,
          endColumn: 40,
          related: [
            `${F}/plain-no-mesh.yaml:12:43 connection lifetime 2m (drainlint.io/connection-lifetime annotation)`,
          ],
          resource: "StatefulSet batch/reports",
        },
      ],
    },
    {
      name: 'List with a CronJob (explicit grace) and a Deployment (default grace)',
      files: [`${F}/list-cronjob.yaml`],
      errors: [
        {
          messageId: 'cut',
          message: "Requests may stay in flight for 15m, but terminationGracePeriodSeconds is 300: SIGKILL cuts them.",
          help: `Raise terminationGracePeriodSeconds to at least 900. Values: connection lifetime 15m (drainlint.io/connection-lifetime annotation, ${F}/list-cronjob.yaml:17); terminationGracePeriodSeconds 300 (pod spec, ${F}/list-cronjob.yaml:20).`,
          line: 20,
          column: 46,
          endLine: 20,
          endColumn: 49,
          related: [
            `${F}/list-cronjob.yaml:17:51 connection lifetime 15m (drainlint.io/connection-lifetime annotation)`,
          ],
          resource: "CronJob batch/export",
        },
        {
          messageId: 'cut',
          message: "Requests may stay in flight for 45s, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts them.",
          help: `Raise terminationGracePeriodSeconds to at least 45. Values: connection lifetime 45s (drainlint.io/connection-lifetime annotation, ${F}/list-cronjob.yaml:33); terminationGracePeriodSeconds 30 (default).`,
          line: 34,
          column: 9,
          endLine: 34,
          endColumn: 13,
          related: [
            `${F}/list-cronjob.yaml:33:47 connection lifetime 45s (drainlint.io/connection-lifetime annotation)`,
          ],
          resource: "Deployment batch/export-api",
        },
      ],
    },
    {
      name: 'grace period 0 makes it info',
      files: [`${F}/grace-zero-info.yaml`],
      errors: [
        {
          severity: 'info',
          messageId: 'cut',
          message: "Requests may stay in flight for 10s, but terminationGracePeriodSeconds is 0 (no graceful shutdown): SIGKILL cuts them.",
          help: `Raise terminationGracePeriodSeconds to at least 10. The sidecar cannot keep them open past it either. Values: connection lifetime 10s (drainlint.io/connection-lifetime annotation, ${F}/grace-zero-info.yaml:13); terminationGracePeriodSeconds 0 (pod spec, ${F}/grace-zero-info.yaml:15).`,
          line: 15,
          column: 38,
          endLine: 15,
          endColumn: 39,
          related: [
            `${F}/grace-zero-info.yaml:13:43 connection lifetime 10s (drainlint.io/connection-lifetime annotation)`,
          ],
          resource: "Deployment dev/scratch",
        },
      ],
    },
    {
      name: 'L derived from the longest VirtualService timeout routed to the pods',
      files: [`${F}/traffic-derived.yaml`],
      errors: [
        {
          messageId: 'cut',
          message: "Requests may stay in flight for 1m30s, but terminationGracePeriodSeconds is 60: SIGKILL cuts them.",
          help: `Raise terminationGracePeriodSeconds to at least 90. Values: connection lifetime 1m30s (timeout of VirtualService shop/search http[0], ${F}/traffic-derived.yaml:29); terminationGracePeriodSeconds 60 (pod spec, ${F}/traffic-derived.yaml:58).`,
          line: 58,
          column: 38,
          endLine: 58,
          endColumn: 40,
          related: [
            `${F}/traffic-derived.yaml:29:16 connection lifetime 1m30s (timeout of VirtualService shop/search http[0])`,
          ],
          resource: "Deployment shop/search",
        },
      ],
    },
    {
      name: "suggestion follows the sidecar's own drain when it ends after L",
      files: [`${F}/drain-drives-suggestion.yaml`],
      errors: [
        {
          messageId: 'cut',
          message: "Requests may stay in flight for 1m, but terminationGracePeriodSeconds is 40: SIGKILL cuts them.",
          help: `Raise terminationGracePeriodSeconds to at least 75 (the sidecar's drain ends at 1m15s). The sidecar cannot keep them open past it either. Values: connection lifetime 1m (drainlint.io/connection-lifetime annotation, ${F}/drain-drives-suggestion.yaml:11); terminationDrainDuration 30s (proxy.istio.io/config annotation, ${F}/drain-drives-suggestion.yaml:13); istio-proxy preStop 45s (preStop of container istio-proxy, ${F}/drain-drives-suggestion.yaml:22); terminationGracePeriodSeconds 40 (pod spec, ${F}/drain-drives-suggestion.yaml:15).`,
          line: 15,
          column: 38,
          endLine: 15,
          endColumn: 40,
          related: [
            `${F}/drain-drives-suggestion.yaml:11:43 connection lifetime 1m (drainlint.io/connection-lifetime annotation)`,
            `${F}/drain-drives-suggestion.yaml:13:37 terminationDrainDuration 30s (proxy.istio.io/config annotation)`,
            `${F}/drain-drives-suggestion.yaml:22:13 istio-proxy preStop 45s (preStop of container istio-proxy)`,
          ],
          resource: "Deployment bank/ledger",
        },
      ],
    },
    {
      name: "suggestion follows the app's stop (preStop + shutdown) when it ends after L",
      files: [`${F}/app-drives-suggestion.yaml`],
      errors: [
        {
          messageId: 'cut',
          message: "Requests may stay in flight for 40s, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts them.",
          help: `Raise terminationGracePeriodSeconds to at least 45 (the app needs 45s to stop). Values: connection lifetime 40s (drainlint.io/connection-lifetime annotation, ${F}/app-drives-suggestion.yaml:10); app preStop 20s (preStop of container worker, ${F}/app-drives-suggestion.yaml:17); shutdown duration 25s (drainlint.io/shutdown-duration annotation, ${F}/app-drives-suggestion.yaml:11); terminationGracePeriodSeconds 30 (default).`,
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 9,
          related: [
            `${F}/app-drives-suggestion.yaml:10:43 connection lifetime 40s (drainlint.io/connection-lifetime annotation)`,
            `${F}/app-drives-suggestion.yaml:17:13 app preStop 20s (preStop of container worker)`,
            `${F}/app-drives-suggestion.yaml:11:41 shutdown duration 25s (drainlint.io/shutdown-duration annotation)`,
          ],
          resource: "Deployment /worker",
        },
      ],
    },
    {
      name: 'L from the config file: a workloads[] entry, then traffic resources over the default',
      files: [`${F}/config-lifetime.yaml`],
      config: { connectionLifetime: cfg.connectionLifetime },
      errors: [
        {
          messageId: 'cut',
          message: "Requests may stay in flight for 2m, but terminationGracePeriodSeconds is 90: SIGKILL cuts them.",
          help: `Raise terminationGracePeriodSeconds to at least 120. Values: connection lifetime 2m (connectionLifetime.workloads[0] in the config file, ${F}/config/drainlint.yaml:7); terminationGracePeriodSeconds 90 (pod spec, ${F}/config-lifetime.yaml:10).`,
          line: 10,
          column: 38,
          endLine: 10,
          endColumn: 40,
          related: [
            `${F}/config/drainlint.yaml:7:14 connection lifetime 2m (connectionLifetime.workloads[0] in the config file)`,
          ],
          resource: "Deployment shop/billing-api",
        },
        {
          messageId: 'cut',
          message: "Requests may stay in flight for 45s, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts them.",
          help: `Raise terminationGracePeriodSeconds to at least 45. Values: connection lifetime 45s (timeout of VirtualService shop/search http[0], ${F}/config-lifetime.yaml:65); terminationGracePeriodSeconds 30 (default).`,
          line: 37,
          column: 5,
          endLine: 37,
          endColumn: 9,
          related: [
            `${F}/config-lifetime.yaml:65:16 connection lifetime 45s (timeout of VirtualService shop/search http[0])`,
          ],
          resource: "Deployment shop/search",
        },
      ],
    },
    {
      name: 'a raised grace period lets a terminationDrainDuration over drainDuration run: the help raises drainDuration too',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: uploads
  namespace: media
spec:
  template:
    metadata:
      annotations:
        drainlint.io/connection-lifetime: 2m
        proxy.istio.io/config: |
          terminationDrainDuration: 1m
    spec:
      containers:
        - name: uploads
          image: example/uploads:2.2
`,
      errors: [
        {
          messageId: 'cut',
          message: "Requests may stay in flight for 2m, but terminationGracePeriodSeconds is 30 (default): SIGKILL cuts them.",
          help: "Raise terminationGracePeriodSeconds to at least 120 and drainDuration to at least 1m. The sidecar cannot keep them open past it either. Values: connection lifetime 2m (drainlint.io/connection-lifetime annotation, inline.yaml:10); terminationDrainDuration 1m (proxy.istio.io/config annotation, inline.yaml:12); drainDuration 45s (default); terminationGracePeriodSeconds 30 (default).",
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 9,
          related: [
            "inline.yaml:10:43 connection lifetime 2m (drainlint.io/connection-lifetime annotation)",
            "inline.yaml:12:37 terminationDrainDuration 1m (proxy.istio.io/config annotation)",
          ],
          resource: "Deployment media/uploads",
        },
      ],
    },
  ],
});
