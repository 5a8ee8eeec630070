import { DRAIN_HOOK, EZ, MESSAGE_LIMIT, MIN, assumedSentence, compareVersions, defineRule, drainHookLoss, fillMessage, formatSeconds, joinWords, locate, mostSpecificSetting, relatedValues, valueList, workloadName } from '../../src/rule-api.js';
import type { MessageData, Ref, ResolvedWorkload, Valued } from '../../src/rule-api.js';
const NATIVE_PATH =
  "whose preStop drains Envoy when termination starts and whose SIGTERM, sent only after the app has exited, makes pilot-agent stop Envoy at once";
const CLASSIC_AFTER =
  'so istio-proxy drains nothing while the app serves: it gets SIGTERM only after the app has exited and only then runs the classic drain, keeping a proxy without its app for another {{extra}}.';

const messages = {
  unused: {
    versions: ['istio', 'kubernetes'] as const,
    message: '{{settings}} {{isAre}} unused: native sidecars stop Envoy once the app exits.',
    help: `{{Remove}}; with native sidecars only the app's stop time (preStop + shutdown) has to fit terminationGracePeriodSeconds. {{Subject}} runs a native sidecar, ${NATIVE_PATH}.{{assumed}} Values: {{values}}.`,
  },
  hookReplaced: {
    versions: ['istio', 'kubernetes'] as const,
    message: "{{settings}} {{applies}} only once the app exits: the sidecar's /drain preStop is replaced.",
    help: `Put the preStop \`${DRAIN_HOOK}\` back and {{remove}}. The /drain preStop of the native sidecar of {{subject}} {{loss}}, ${CLASSIC_AFTER}{{assumed}} Values: {{values}}.`,
  },
  hookMissing: {
    versions: ['istio', 'kubernetes'] as const,
    message: '{{settings}} {{applies}} only once the app exits: Istio {{version}} injects no /drain preStop.',
    help: `Upgrade to Istio 1.21 or later for the /drain preStop{{orRemove}}. Istio {{version}} injects none (it came in 1.21), ${CLASSIC_AFTER}{{assumed}} Values: {{values}}.`,
  },
};

export default defineRule({
  meta: {
    id: 'native-sidecar-ignores-drain-settings',
    severity: 'info',
    description: 'The sidecar runs in native mode, where pilot-agent stops Envoy as soon as the app has exited: terminationDrainDuration, EXIT_ON_ZERO_ACTIVE_CONNECTIONS and MINIMUM_DRAIN_DURATION set for it are not used.',
    help: "Remove drain settings that native sidecars do not read (keep mesh-wide ones only for gateways and classic sidecars), and size terminationGracePeriodSeconds for the app's own stop; keep the native /drain preStop in place.",
    fixable: false,
    messages,
  },
  create(ctx) {
    const k8s = ctx.config.kubernetesVersion;
    // Below Kubernetes 1.29 a forced native sidecar does not work at all: native-sidecar-unsupported.
    if (k8s && compareVersions(k8s, '1.29') < 0) return {};
    const istio = ctx.config.istioVersion;
    const classic = new ClassicUsers();
    return {
      workload(rw) {
        classic.add(rw);
        // The timeline's path decides: native with the /drain preStop (the settings are unused), or
        // native without it, where the classic drain runs once the app has exited (they apply then).
        const path = rw.timeline.path;
        if ((path !== 'native' && path !== 'native-without-drain-hook') || rw.admissionDenied) return;
        const late = path === 'native-without-drain-hook';
        const ezRaw = rw.proxyEnv.get(EZ);
        /**
         * Each setting: its name, its value (as the message shows it) and where it came from. Without
         * the /drain preStop only those the classic drain reads are named: terminationDrainDuration
         * with EXIT_ON_ZERO_ACTIVE_CONNECTIONS off (on: termination-drain-duration-ignored), MIN with it on.
         */
        const settings: [string, Valued<unknown>, string][] = [];
        if (rw.tdd.prov.level !== 'default' && !(late && rw.ez.value)) settings.push(['terminationDrainDuration', rw.tdd, formatSeconds(rw.tdd.value)]);
        if (rw.ez.prov.level !== 'default' && ezRaw) settings.push([EZ, rw.ez, `"${ezRaw.value}"`]);
        if (rw.min.prov.level !== 'default' && !(late && !rw.ez.value)) settings.push([MIN, rw.min, formatSeconds(rw.min.value)]);
        if (settings.length === 0) return;

        const involved = settings.map(([, v]) => v);
        const pointed = mostSpecificSetting(involved);
        const plural = settings.length > 1;
        const single = settings[0]![0];
        const loss = late ? drainHookLoss(rw, ctx.inventory, istio) : undefined;
        const messageId = !loss ? 'unused' : loss.ref ? 'hookReplaced' : 'hookMissing';
        const shown: Record<string, string> = {
          settings: joinWords(settings.map(([name, , value]) => `${name} ${value}`)),
          isAre: plural ? 'are' : 'is',
          applies: plural ? 'apply' : 'applies',
          version: istio ?? '',
        };
        // Three settings with their values can make the message too long: then it names them only.
        if (fillMessage(messages[messageId].message, shown, messageId).length > MESSAGE_LIMIT) shown['settings'] = joinWords(settings.map(([name]) => name));
        const mode: Valued<string> = { value: 'native', prov: rw.mode.prov };
        const values = valueList([...settings.map(([name, v, value]): [string, Valued<unknown>] => [name, { value, prov: v.prov }]), ['sidecar mode', mode]]);
        const meshWide = pointed?.prov.level === 'mesh';
        const common = {
          ...shown,
          subject: meshWide ? workloadName(rw) : 'this pod',
          Subject: meshWide ? workloadName(rw) : 'The pod',
          loss: loss?.ref ? `${loss.what} at ${loss.ref.view.file.path}:${locate(loss.ref).line}` : '',
          extra: rw.ez.value ? `MINIMUM_DRAIN_DURATION ${formatSeconds(rw.min.value)} and the connection checks` : `terminationDrainDuration ${formatSeconds(rw.tdd.value)}`,
          assumed: assumedSentence(rw),
          values,
        };
        /** The data, given the classic users the settings are kept for (undefined: none to keep). Holds only text. */
        const compose = (users: string | undefined): MessageData => {
          // Once the /drain preStop is back, a terminationDrainDuration that EXIT_ON_ZERO_ACTIVE_CONNECTIONS left unread is unused too.
          const unreadToo = late && rw.ez.value && rw.tdd.prov.level !== 'default' ? ' and terminationDrainDuration' : '';
          const remove = users !== undefined ? `keep ${plural ? 'them' : 'it'} only for gateways and classic sidecars${users}` : `remove ${plural ? 'them' : single}${unreadToo}`;
          return {
            ...common,
            remove,
            Remove: capital(remove),
            orRemove: users !== undefined ? `; ${remove}` : `, or ${remove}`,
          };
        };
        // A mesh-wide setting still serves gateways and classic sidecars: keep it for them. Which
        // ones use it is known only after the last workload, so that text is written then.
        const keys = meshWide ? meshKeys(involved) : undefined;
        ctx.reportDrainSetting({
          workload: rw,
          involved,
          messageId,
          data: keys ? () => compose(classic.inThisRun(keys)) : compose(undefined),
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
    // Gateways and classic sidecars, whose drain reads them while the app runs (the timeline's classic path).
    if (rw.admissionDenied || rw.timeline.path !== 'classic') return;
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
