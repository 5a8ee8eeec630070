import { defineRule } from '../../src/rule.js';
import { assumedNote, origin, proxyNoun, relatedValues, seconds } from '../../src/describe.js';
import { workloadName } from '../../src/domain/identity.js';
import { joinWords } from '../../src/text.js';
import { EZ } from '../../src/domain/names.js';
import { type ResolvedWorkload } from '../../src/resolved.js';
import type { Inventory } from '../../src/inventory/model.js';
import { compareVersions } from '../../src/domain/versions.js';
import { get } from '../../src/yaml/paths.js';
import { drainHookLoss, ignores } from '../../src/domain/lifecycle.js';
import { nativeEffective } from '../../src/domain/mode.js';

const ID = 'exit-on-zero-version-bug';
const AMBIENT_LABEL = 'istio.io/dataplane-mode';

export default defineRule({
  meta: {
    id: ID,
    severity: 'info',
    description: 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on for a target Istio version where it misbehaves: it never sees zero connections (1.12.0–1.13.4, ambient gateways and waypoints before 1.29.6 and 1.30.3) or one failed stats request ends the drain at once (1.14–1.22).',
    fixable: false,
  },
  create(ctx) {
    const v = ctx.config.istioVersion;
    if (!v) return {};
    const at = (x: string) => compareVersions(v, x);
    // The bug every proxy of this version has, if any.
    const general: 'no-stats' | 'one-error' | undefined = at('1.12') >= 0 && at('1.13.5') < 0 ? 'no-stats' : at('1.14') >= 0 && at('1.23') < 0 ? 'one-error' : undefined;
    const ambientBug = at('1.29.6') < 0 || (at('1.30') >= 0 && at('1.30.3') < 0);

    // EZ set once in the mesh config is reported once there: one message naming every ambient gateway it reaches.
    const key = (rw: ResolvedWorkload) => (rw.ez.prov.ref ? `${rw.ez.prov.ref.view.file.path}#${rw.ez.prov.ref.view.index}:${rw.ez.prov.ref.path.join('/')}` : '');
    const meshAmbient = new Map<string, string[]>();
    const once = new Set<string>();

    return {
      workload(rw) {
        if (!rw.ez.value || rw.sidecar.status === 'none' || rw.admissionDenied || ignores(rw.workload, ID)) return;
        // A native sidecar with its /drain preStop never runs the exit-on-zero loop.
        if (nativeEffective(rw, v) && !drainHookLoss(rw, ctx.inventory, v)) return;
        const ambient = ambientBug && isAmbientGateway(rw, ctx.inventory);
        if (!general && !ambient) return;
        const mesh = rw.ez.prov.level === 'mesh';
        const name = (x: ResolvedWorkload) => `${workloadName(x)}${x.workload.gatewayClass === 'istio-waypoint' ? ' (waypoint)' : ''}`;
        if (mesh && ambient) meshAmbient.set(key(rw), [...(meshAmbient.get(key(rw)) ?? []), name(rw)]);
        // Only ambient gateways are hit and the message names them all: one report is enough.
        if (mesh && !general) {
          if (once.has(key(rw))) return;
          once.add(key(rw));
        }
        const g = mesh || rw.grace.value === undefined ? 'terminationGracePeriodSeconds' : `terminationGracePeriodSeconds ${seconds(rw.grace)}`;
        const who = mesh ? 'each proxy that has it' : `the ${proxyNoun(rw)}`;
        const ezText = `${EZ} "${rw.proxyEnv.get(EZ)?.value ?? 'true'}" (${origin(rw.ez.prov)})`;
        const waypoint = rw.workload.gatewayClass === 'istio-waypoint';
        const assumed = mesh ? '' : assumedNote(rw);
        const meshKey = key(rw);
        // A mesh-wide message names every ambient gateway of the run: it is written once all were seen.
        const message = (): string | undefined => {
          const clauses: string[] = [];
          let fix = '';
          if (general === 'no-stats') {
            clauses.push(`1.12.0–1.13.4 do not enable the downstream_cx_active statistics it counts, so ${who} never sees zero connections and lives until SIGKILL at ${g} (istio#37573)`);
            fix = 'Upgrade to Istio 1.13.5 or later, or turn it off and size terminationDrainDuration instead.';
          } else if (general === 'one-error') {
            clauses.push(`on 1.14–1.22 a single failed or timed-out (2s) stats request to Envoy ends the drain of ${who} at once, even with connections still open (istio#50596)`);
            fix = 'Upgrade to Istio 1.23 or later, which retries the stats request up to 5 times.';
          }
          const targets = mesh ? (meshAmbient.get(meshKey) ?? []) : ambient ? ['this'] : [];
          if (targets.length > 0) {
            const one = targets.length === 1;
            const subject = mesh ? `the ambient ${one ? 'gateway' : 'gateways'} ${joinWords([...targets].sort())}` : `this ${waypoint ? 'waypoint' : 'ambient gateway'}`;
            clauses.push(`${subject} ${one ? 'counts' : 'count'} the in-process connections of Envoy's HBONE internal listeners, so ${one ? 'it never sees' : 'they never see'} zero connections and ${one ? 'waits' : 'wait'} until SIGKILL at ${g} (istio#60728)`);
            const upgrade = at('1.30') >= 0 ? 'Istio 1.30.3 or later' : 'Istio 1.29.6 or a later release (1.30.3, 1.31)';
            fix = `Upgrade to ${upgrade}, or turn it off for ${one && !mesh ? 'this gateway' : one ? 'that gateway' : 'those gateways'} and size terminationDrainDuration instead.`;
          }
          return clauses.length === 0 ? undefined : `${ezText} misbehaves on Istio ${v}: ${clauses.join('; ')}. ${fix}${assumed}`;
        };
        const mentionsG = !mesh && (general === 'no-stats' || ambient);
        const now = mesh ? undefined : message();
        if (!mesh && now === undefined) return;
        ctx.reportDrainSetting({
          workload: rw,
          involved: [rw.ez],
          message: now ?? (() => message()!),
          related: relatedValues([[EZ, rw.ez], ['terminationGracePeriodSeconds', mentionsG ? rw.grace : undefined]]),
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

