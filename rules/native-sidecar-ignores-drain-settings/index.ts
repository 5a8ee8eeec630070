import { mostSpecificSetting } from '../../src/resolve.js';
import { defineRule } from '../../src/rule.js';
import { assumedNote, origin, relatedValues, seconds } from '../../src/describe.js';
import { workloadName } from '../../src/domain/identity.js';
import { joinWords } from '../../src/text.js';
import { EZ, MIN } from '../../src/domain/names.js';
import { type ResolvedWorkload } from '../../src/resolved.js';
import type { Ref, Valued } from '../../src/types.js';
import { compareVersions } from '../../src/domain/versions.js';
import { formatSeconds } from '../../src/domain/durations.js';
import { locate } from '../../src/yaml/locate.js';
import { DRAIN_HOOK } from '../../src/domain/names.js';
import { drainHookLoss } from '../../src/domain/lifecycle.js';
import { nativeEffective } from '../../src/domain/mode.js';

export default defineRule({
  meta: {
    id: 'native-sidecar-ignores-drain-settings',
    severity: 'info',
    description: 'The sidecar runs in native mode, where pilot-agent stops Envoy as soon as the app has exited: terminationDrainDuration, EXIT_ON_ZERO_ACTIVE_CONNECTIONS and MINIMUM_DRAIN_DURATION set for it are not used.',
    fixable: false,
  },
  create(ctx) {
    const k8s = ctx.config.kubernetesVersion;
    // Below Kubernetes 1.29 a forced native sidecar does not work at all: native-sidecar-unsupported.
    if (k8s && compareVersions(k8s, '1.29') < 0) return {};
    const classic = new ClassicUsers();
    return {
      workload(rw) {
        classic.add(rw);
        if (!nativeEffective(rw, ctx.config.istioVersion) || rw.sidecar.status === 'none' || rw.admissionDenied) return;
        const ezRaw = rw.proxyEnv.get(EZ);
        const settings: [string, Valued<unknown>, string][] = [];
        if (rw.tdd.prov.level !== 'default') settings.push(['terminationDrainDuration', rw.tdd, `terminationDrainDuration ${seconds(rw.tdd)}`]);
        if (rw.ez.prov.level !== 'default' && ezRaw) settings.push([EZ, rw.ez, `${EZ} "${ezRaw.value}" (${origin(rw.ez.prov)})`]);
        if (rw.min.prov.level !== 'default') settings.push([MIN, rw.min, `${MIN} ${seconds(rw.min)}`]);
        if (settings.length === 0) return;

        const involved = settings.map(([, v]) => v);
        const pointed = mostSpecificSetting(involved);
        const names = joinWords(settings.map(([, , text]) => text));
        const plural = settings.length > 1;
        const subject = pointed?.prov.level === 'mesh' ? `${workloadName(rw)} runs` : 'the pod runs';
        const mode = `a native sidecar (${origin(rw.mode.prov)})`;
        const loss = drainHookLoss(rw, ctx.inventory, ctx.config.istioVersion);
        const lossWhere = loss ? (loss.ref ? `${loss.what}, ${loss.ref.view.file.path}:${locate(loss.ref).line}` : loss.what) : '';
        const extra = rw.ez.value ? `MINIMUM_DRAIN_DURATION ${formatSeconds(rw.min.value)} and the connection checks` : `terminationDrainDuration ${formatSeconds(rw.tdd.value)}`;
        const assumed = assumedNote(rw);
        const single = settings[0]![0];
        const lost = loss !== undefined;
        const putBack = loss?.ref !== undefined;
        /** The message, given the classic users the settings are kept for (undefined: none to keep). Holds only text. */
        const compose = (users: string | undefined): string => {
          const remove = users !== undefined ? `keep ${plural ? 'them' : 'it'} only for gateways and classic sidecars${users}` : `remove ${plural ? 'them' : single}`;
          let message: string;
          if (!lost) {
            message =
              `${names} ${plural ? 'are' : 'is'} not used: ${subject} ${mode}, whose preStop drains Envoy when termination starts and whose SIGTERM, sent only after the app has exited, makes pilot-agent stop Envoy immediately. ` +
              `${capital(remove)}; with native sidecars only the app's stop time (preStop + shutdown) has to fit terminationGracePeriodSeconds.`;
          } else {
            message =
              `${names} ${plural ? 'do' : 'does'} not drain while the app serves: ${subject} ${mode} whose /drain preStop ${lossWhere}, ` +
              `so istio-proxy gets SIGTERM only after the app has exited and only then runs the classic drain, keeping a proxy without its app for another ${extra}. ` +
              `${putBack ? `Put the preStop \`${DRAIN_HOOK}\` back and ${remove}.` : `Upgrade to Istio 1.21 or later for the /drain preStop${users !== undefined ? `; ${remove}` : `, or ${remove}`}.`}`;
          }
          return `${message}${assumed}`;
        };
        // A mesh-wide setting still serves gateways and classic sidecars: keep it for them. Which
        // ones use it is known only after the last workload, so that message is written then.
        const keys = pointed?.prov.level === 'mesh' ? meshKeys(involved) : undefined;
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          message: keys ? () => compose(classic.inThisRun(keys)) : compose(undefined),
          related: [
              ...relatedValues(settings.map(([name, v]) => [name, v] as [string, Valued<unknown>])),
              ...(rw.mode.prov.ref ? [{ message: `native sidecar mode (${rw.mode.prov.source})`, ref: rw.mode.prov.ref }] : []),
              ...(loss?.ref ? [{ message: `the native sidecar's /drain preStop ${loss.what}`, ref: loss.ref }] : []),
            ],
        });
      },
    };
  },
});

/**
 * Gateways and classic sidecars that read mesh-wide drain settings, grouped by which ones they
 * read: per group a count and the first three names in sort order, so memory does not grow with
 * the workloads of the run (the groups are combinations of a few mesh config settings).
 */
class ClassicUsers {
  private groups = new Map<string, { keys: string[]; count: number; lowest: string[] }>();

  add(rw: ResolvedWorkload): void {
    if (rw.sidecar.status === 'none' || rw.admissionDenied || rw.mode.value !== 'classic') return;
    // Only mesh-level settings can be one of the mesh-wide settings a native sidecar ignores.
    const keys = [...meshKeys([rw.tdd, rw.ez, rw.min])].sort();
    if (keys.length === 0) return;
    const id = keys.join('\n');
    let g = this.groups.get(id);
    if (!g) this.groups.set(id, (g = { keys, count: 0, lowest: [] }));
    g.count++;
    g.lowest = lowest([...g.lowest, workloadName(rw)]);
  }

  /** " (in this run: a, b, c and N more)" for those reading one of the settings, or '' when none does. */
  inThisRun(keys: Set<string>): string {
    let count = 0;
    let names: string[] = [];
    for (const g of this.groups.values()) {
      if (!g.keys.some((k) => keys.has(k))) continue;
      count += g.count;
      names = lowest([...names, ...g.lowest]);
    }
    if (count === 0) return '';
    return ` (in this run: ${count <= 3 ? names.join(', ') : `${names.join(', ')} and ${count - 3} more`})`;
  }
}

/** The first three in sort order (duplicates count: two workloads can share a name). */
function lowest(names: string[]): string[] {
  return names.sort().slice(0, 3);
}

/** Where the mesh-level settings among these are set. */
function meshKeys(values: Valued<unknown>[]): Set<string> {
  return new Set(values.filter((v) => v.prov.level === 'mesh' && v.prov.ref).map((v) => refKey(v.prov.ref!)));
}

function refKey(ref: Ref): string {
  return `${ref.view.file.path}#${ref.view.index}:${ref.path.join('/')}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
