import { EZ, assumedSentence, compareVersions, defineRule, formatSeconds, get, joinWords, relatedValues, valueList, workloadName } from '../../src/rule-api.js';
import type { Inventory, MessageData, ResolvedWorkload, Valued } from '../../src/rule-api.js';
const ID = 'exit-on-zero-version-bug';
const AMBIENT_LABEL = 'istio.io/dataplane-mode';

const NO_STATS = 'Istio 1.12.0–1.13.4 do not enable the downstream_cx_active statistics the exit-on-zero loop counts, so it never sees zero connections (istio#37573).';
const ONE_ERROR =
  'On 1.14–1.22 a single failed or timed-out (2s) stats request to Envoy ends the exit-on-zero loop at once, even with connections still open (istio#50596); 1.23 and later retry it and give up after 4 retries.';
const HBONE =
  "Before 1.29.6 and 1.30.3, ambient gateways and waypoints count the in-process connections of Envoy's HBONE internal listeners, so the exit-on-zero loop never sees zero connections (istio#60728).";

export default defineRule({
  meta: {
    id: ID,
    severity: 'info',
    description: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on for a target Istio version where it misbehaves: it never sees zero connections (1.12.0–1.13.4, ambient gateways and waypoints before 1.29.6 and 1.30.3) or one failed stats request ends the drain at once (1.14–1.22).',
    help: 'Upgrade to an Istio release where EXIT_ON_ZERO_ACTIVE_CONNECTIONS works for these proxies, or turn it off and size terminationDrainDuration instead.',
    crossWorkload: true,
    fixable: false,
    messages: {
      noStats: {
        versions: ['istio'],
        message: `${EZ} never sees zero connections on Istio {{version}} (no stats): {{who}} lives until SIGKILL{{at}}.`,
        help: `Upgrade to {{upgrade}}, or turn ${EZ} off{{forWhom}} and size terminationDrainDuration instead. ${NO_STATS}{{ambient}}{{assumed}} Values: {{values}}.`,
      },
      oneError: {
        versions: ['istio'],
        message: `${EZ} is on, but on Istio {{version}} one failed stats request ends {{whose}} drain at once, even with connections open.`,
        help: `Upgrade to {{upgrade}}{{orOff}}. ${ONE_ERROR}{{ambient}}{{assumed}} Values: {{values}}.`,
      },
      hbone: {
        versions: ['istio'],
        message: `${EZ} is on, but on Istio {{version}} {{subject}} counts its HBONE internal connections and waits until SIGKILL{{at}}.`,
        help: `Upgrade to {{upgrade}}, or turn ${EZ} off for {{forWhom}} and size terminationDrainDuration instead. ${HBONE}{{gateways}}{{assumed}} Values: {{values}}.`,
      },
      oneErrorAndHbone: {
        versions: ['istio'],
        message: `${EZ} is on, but on Istio {{version}} {{subject}} never sees zero, and one failed stats request ends its drain at once.`,
        help: `Upgrade to {{upgrade}}, or turn ${EZ} off for this gateway and size terminationDrainDuration instead. ${HBONE} ${ONE_ERROR}{{assumed}} Values: {{values}}.`,
      },
    },
  },
  create(ctx) {
    const v = ctx.config.istioVersion;
    if (!v) return {};
    const at = (x: string) => compareVersions(v, x);
    // The bug every proxy of this version has, if any.
    const general: 'no-stats' | 'one-error' | undefined = at('1.12') >= 0 && at('1.13.5') < 0 ? 'no-stats' : at('1.14') >= 0 && at('1.23') < 0 ? 'one-error' : undefined;
    const ambientBug = at('1.29.6') < 0 || (at('1.30') >= 0 && at('1.30.3') < 0);
    const ambientUpgrade = at('1.30') >= 0 ? 'Istio 1.30.3 or later' : 'Istio 1.29.6 or a later release (1.30.3, 1.31)';
    // A target version without either bug: no workload needs a visit.
    if (!general && !ambientBug) return {};

    // EZ set once in the mesh config is reported once there: one finding whose help names every ambient gateway it reaches.
    const key = (rw: ResolvedWorkload) => (rw.ez.prov.ref ? `${rw.ez.prov.ref.view.file.path}#${rw.ez.prov.ref.view.index}:${rw.ez.prov.ref.path.join('/')}` : '');
    const meshAmbient = new Map<string, string[]>();
    const once = new Set<string>();

    return {
      workload(rw) {
        if (!rw.ez.value || rw.sidecar.status === 'none' || rw.admissionDenied || ctx.ignores(rw.workload)) return;
        // A native sidecar with its /drain preStop (the timeline's native path) never runs the exit-on-zero loop.
        if (rw.timeline.path === 'native') return;
        const ambient = ambientBug && isAmbientGateway(rw, ctx.inventory);
        if (!general && !ambient) return;
        const mesh = rw.ez.prov.level === 'mesh';
        const name = (x: ResolvedWorkload) => `${workloadName(x)}${x.workload.gatewayClass === 'istio-waypoint' ? ' (waypoint)' : ''}`;
        if (mesh && ambient) meshAmbient.set(key(rw), [...(meshAmbient.get(key(rw)) ?? []), name(rw)]);
        // Only ambient gateways are hit and the help names them all: one report is enough.
        if (mesh && !general) {
          if (once.has(key(rw))) return;
          once.add(key(rw));
        }
        const proxy = rw.gateway ? 'gateway' : 'sidecar';
        const waypoint = rw.workload.gatewayClass === 'istio-waypoint';
        const meshKey = key(rw);
        const ezRaw: Valued<string> = { value: `"${rw.proxyEnv.get(EZ)?.value ?? 'true'}"`, prov: rw.ez.prov };
        const mentionsG = !mesh && (general === 'no-stats' || ambient);
        const values = valueList([[EZ, ezRaw], ['terminationGracePeriodSeconds', mentionsG ? rw.grace : undefined]]);
        const common = {
          version: v,
          at: mesh || rw.grace.value === undefined ? '' : ` at ${formatSeconds(rw.grace.value)}`,
          assumed: mesh ? '' : assumedSentence(rw),
          values,
        };
        const related = relatedValues([[EZ, rw.ez], ['terminationGracePeriodSeconds', mentionsG ? rw.grace : undefined]]);

        if (!mesh) {
          // One workload: everything is known now.
          const subject = waypoint ? 'this waypoint' : 'this ambient gateway';
          let messageId: 'noStats' | 'oneError' | 'hbone' | 'oneErrorAndHbone';
          let data: MessageData;
          if (general === 'no-stats') {
            messageId = 'noStats';
            data = {
              ...common,
              who: `the ${proxy}`,
              upgrade: ambient ? ambientUpgrade : 'Istio 1.13.5 or later',
              forWhom: ambient ? ' for this gateway' : '',
              ambient: ambient ? ` ${HBONE}` : '',
            };
          } else if (general === 'one-error' && ambient) {
            messageId = 'oneErrorAndHbone';
            data = { ...common, subject, upgrade: ambientUpgrade };
          } else if (general === 'one-error') {
            messageId = 'oneError';
            data = { ...common, whose: `the ${proxy}'s`, upgrade: 'Istio 1.23 or later', orOff: '', ambient: '' };
          } else {
            messageId = 'hbone';
            data = { ...common, subject, upgrade: ambientUpgrade, forWhom: 'this gateway', gateways: '' };
          }
          ctx.reportDrainSetting({ workload: rw, involved: [rw.ez], messageId, data, related });
          return;
        }

        // Set in the mesh config: the ambient gateways it reaches are known after the last workload.
        const ambientOf = () => [...(meshAmbient.get(meshKey) ?? [])].sort();
        const reached = (targets: string[]) => `${targets.length === 1 ? 'the ambient gateway' : 'the ambient gateways'} ${joinWords(targets)}`;
        const offFor = (targets: string[]) => (targets.length === 1 ? 'that gateway' : 'those gateways');
        if (general) {
          // Every proxy that has it; the ambient gateways among them are named in help.
          const extra = (targets: string[]) => (targets.length === 0 ? '' : ` It also reaches ${reached(targets)}. ${HBONE}`);
          if (general === 'no-stats') {
            ctx.reportDrainSetting({
              workload: rw,
              involved: [rw.ez],
              messageId: 'noStats',
              data: () => {
                const targets = ambientOf();
                return { ...common, who: 'every proxy with it', upgrade: targets.length > 0 ? ambientUpgrade : 'Istio 1.13.5 or later', forWhom: '', ambient: extra(targets) };
              },
              related,
            });
          } else {
            ctx.reportDrainSetting({
              workload: rw,
              involved: [rw.ez],
              messageId: 'oneError',
              data: () => {
                const targets = ambientOf();
                return {
                  ...common,
                  whose: "a proxy's",
                  upgrade: targets.length > 0 ? ambientUpgrade : 'Istio 1.23 or later',
                  orOff: targets.length > 0 ? `, or turn ${EZ} off for ${offFor(targets)} and size terminationDrainDuration instead` : '',
                  ambient: extra(targets),
                };
              },
              related,
            });
          }
          return;
        }
        ctx.reportDrainSetting({
          workload: rw,
          involved: [rw.ez],
          messageId: 'hbone',
          data: () => {
            const targets = ambientOf();
            return { ...common, subject: 'each ambient gateway', upgrade: ambientUpgrade, forWhom: offFor(targets), gateways: ` It reaches ${reached(targets)}.` };
          },
          related,
        });
      },
    };
  },
});

/**
 * Ambient ingress gateways and waypoints: Gateway API classes istio-waypoint and istio-east-west
 * (the waypoint template), and gateways labelled or placed in a namespace with istio.io/dataplane-mode=ambient.
 */
function isAmbientGateway(rw: ResolvedWorkload, inv: Inventory): boolean {
  if (!rw.gateway) return false;
  const w = rw.workload;
  if (w.gatewayClass === 'istio-waypoint' || w.gatewayClass === 'istio-east-west') return true;
  const own = get(w.value, ['metadata', 'labels', AMBIENT_LABEL]);
  if (w.podLabels[AMBIENT_LABEL] === 'ambient' || own === 'ambient') return true;
  if (w.podLabels[AMBIENT_LABEL] !== undefined) return false;
  const ns = w.effectiveNamespace ? inv.namespaces.get(w.effectiveNamespace) : undefined;
  return ns !== undefined && get(ns.value, ['metadata', 'labels', AMBIENT_LABEL]) === 'ambient';
}
