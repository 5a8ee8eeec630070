import { defineRule } from '../../src/rule.js';
import { assumedNote, origin, relatedValues, seconds, workloadName, joinWords } from '../../src/describe.js';
import { EZ, MIN, type ResolvedWorkload } from '../../src/resolve.js';
import type { Ref, Valued } from '../../src/types.js';
import { compareVersions, formatSeconds } from '../../src/values.js';
import { pointedSetting, withoutPointed } from '../connections-outlive-grace-period/timing.js';
import { locate } from '../../src/yaml-view.js';
import { DRAIN_HOOK, drainHookLoss, nativeEffective } from '../global-lifecycle-override/lifecycles.js';

export default defineRule({
  meta: {
    id: 'native-sidecar-ignores-drain-settings',
    severity: 'info',
    description: 'The sidecar runs in native mode, where pilot-agent stops Envoy as soon as the app has exited: terminationDrainDuration, EXIT_ON_ZERO_ACTIVE_CONNECTIONS and MINIMUM_DRAIN_DURATION set for it are not used.',
    fixable: false,
  },
  check(ctx) {
    const k8s = ctx.config.kubernetesVersion;
    // Below Kubernetes 1.29 a forced native sidecar does not work at all: native-sidecar-unsupported.
    if (k8s && compareVersions(k8s, '1.29') < 0) return;
    for (const rw of ctx.resolution.workloads) {
      if (!nativeEffective(rw, ctx.config.istioVersion) || rw.sidecar.status === 'none' || rw.admissionDenied) continue;
      const ezRaw = rw.proxyEnv.get(EZ);
      const settings: [string, Valued<unknown>, string][] = [];
      if (rw.tdd.prov.level !== 'default') settings.push(['terminationDrainDuration', rw.tdd, `terminationDrainDuration ${seconds(rw.tdd)}`]);
      if (rw.ez.prov.level !== 'default' && ezRaw) settings.push([EZ, rw.ez, `${EZ} "${ezRaw.value}" (${origin(rw.ez.prov)})`]);
      if (rw.min.prov.level !== 'default') settings.push([MIN, rw.min, `${MIN} ${seconds(rw.min)}`]);
      if (settings.length === 0) continue;

      const involved = settings.map(([, v]) => v);
      const pointed = pointedSetting(involved);
      const names = joinWords(settings.map(([, , text]) => text));
      const plural = settings.length > 1;
      const subject = pointed?.prov.level === 'mesh' ? `${workloadName(rw)} runs` : 'the pod runs';
      const mode = `a native sidecar (${origin(rw.mode.prov)})`;
      const loss = drainHookLoss(rw, ctx.inventory, ctx.config.istioVersion);
      // A mesh-wide setting still serves gateways and classic sidecars: keep it for them.
      const users = pointed?.prov.level === 'mesh' ? classicUsers(ctx.resolution.workloads, involved) : undefined;
      const remove = users
        ? `keep ${plural ? 'them' : 'it'} only for gateways and classic sidecars${users.length > 0 ? ` (in this run: ${shortList(users)})` : ''}`
        : `remove ${plural ? 'them' : settings[0]![0]}`;
      let message: string;
      if (!loss) {
        message =
          `${names} ${plural ? 'are' : 'is'} not used: ${subject} ${mode}, whose preStop drains Envoy when termination starts and whose SIGTERM, sent only after the app has exited, makes pilot-agent stop Envoy immediately. ` +
          `${capital(remove)}; with native sidecars only the app's stop time (preStop + shutdown) has to fit terminationGracePeriodSeconds.`;
      } else {
        const ezOn = rw.ez.value;
        const extra = ezOn ? `MINIMUM_DRAIN_DURATION ${formatSeconds(rw.min.value)} and the connection checks` : `terminationDrainDuration ${formatSeconds(rw.tdd.value)}`;
        message =
          `${names} ${plural ? 'do' : 'does'} not drain while the app serves: ${subject} ${mode} whose /drain preStop ${loss.ref ? `${loss.what}, ${loss.ref.view.file.path}:${locate(loss.ref).line}` : loss.what}, ` +
          `so istio-proxy gets SIGTERM only after the app has exited and only then runs the classic drain, keeping a proxy without its app for another ${extra}. ` +
          `${loss.ref ? `Put the preStop \`${DRAIN_HOOK}\` back and ${remove}.` : `Upgrade to Istio 1.21 or later for the /drain preStop${users ? `; ${remove}` : `, or ${remove}`}.`}`;
      }
      ctx.reportDrainSetting({
        workload: rw,
        involved,
        message: `${message}${assumedNote(rw)}`,
        related: withoutPointed(
          [
            ...relatedValues(settings.map(([name, v]) => [name, v] as [string, Valued<unknown>])),
            ...(rw.mode.prov.ref ? [{ message: `native sidecar mode (${rw.mode.prov.source})`, ref: rw.mode.prov.ref }] : []),
            ...(loss?.ref ? [{ message: `the native sidecar's /drain preStop ${loss.what}`, ref: loss.ref }] : []),
          ],
          pointed,
        ),
      });
    }
  },
});

/** Gateways and classic sidecars that read one of the same mesh-wide settings. */
function classicUsers(all: ResolvedWorkload[], involved: Valued<unknown>[]): string[] {
  const keys = new Set(involved.filter((v) => v.prov.level === 'mesh' && v.prov.ref).map((v) => refKey(v.prov.ref!)));
  return all
    .filter((rw) => rw.sidecar.status !== 'none' && !rw.admissionDenied && rw.mode.value === 'classic')
    .filter((rw) => [rw.tdd, rw.ez, rw.min].some((v) => v.prov.ref && keys.has(refKey(v.prov.ref))))
    .map((rw) => workloadName(rw))
    .sort();
}

function refKey(ref: Ref): string {
  return `${ref.view.file.path}#${ref.view.index}:${ref.path.join('/')}`;
}

function shortList(names: string[]): string {
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}


function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
