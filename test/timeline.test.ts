/**
 * The termination timeline of spec §3, for every path the proxy can take: event times, ranges,
 * lower bounds, the SIGKILL cap and the windows where traffic is lost.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeTimeline, type Timeline, type TimelineFacts, type Timing } from '../src/domain/timeline.js';
import type { Valued } from '../src/types.js';

const dflt = <T>(value: T): Valued<T> => ({ value, prov: { level: 'default', source: 'default' } });
const set = <T>(value: T): Valued<T> => ({ value, prov: { level: 'annotation', source: 'proxy.istio.io/config annotation' } });
const hook = (seconds: number | undefined, extra: Partial<Timing> = {}): Timing => ({ seconds, prov: { level: 'pod-spec', source: 'preStop of container app' }, ...extra });

function facts(over: Partial<TimelineFacts> = {}): TimelineFacts {
  return {
    path: 'classic',
    gateway: false,
    grace: dflt<number | undefined>(30),
    tdd: dflt(5),
    dd: dflt(45),
    ez: dflt(false),
    min: dflt(5),
    appPreStop: hook(0),
    proxyPreStop: hook(0),
    ...over,
  };
}

/** "kind@at" (with "..latest", "≥" for lower bounds, "✂" when SIGKILL comes first, "?" when unknown). */
function moments(t: Timeline): string[] {
  return t.events.map((e) => `${e.kind}@${e.at === undefined ? '?' : `${e.atLeast ? '≥' : ''}${e.at}${e.latest !== undefined ? `..${e.latest}` : ''}${e.cutByKill ? '✂' : ''}`}`);
}

function windows(t: Timeline): string[] {
  return t.losses.map((l) => `${l.kind} ${l.from}-${l.to}${l.possible ? ' (possible)' : ''}`);
}

describe('termination timeline', () => {
  it('classic, EZ off (defaults): the proxy drains 5s and is killed; SIGKILL at 30', () => {
    const t = computeTimeline(facts());
    assert.deepEqual(moments(t), ['app-sigterm@0', 'app-exit@0', 'drain-start@0', 'proxy-exit@5', 'sigkill@30']);
    assert.equal(t.drainEnd, 5);
    assert.deepEqual(t.proxyExit, { earliest: 5, latest: 5 });
    assert.equal(t.listenersClose, undefined);
    assert.deepEqual(windows(t), []);
  });

  it('classic, EZ off: the seed default — a 60s connection lifetime outlives the proxy (5s) and the grace period (30s)', () => {
    const t = computeTimeline(facts({ lifetime: set(60) }));
    assert.deepEqual(moments(t), ['app-sigterm@0', 'app-exit@0', 'drain-start@0', 'proxy-exit@5', 'sigkill@30', 'connections-end@30✂']);
    assert.deepEqual(windows(t), ['requests-cut-by-proxy-exit 5-30', 'connections-cut-at-kill 30-60']);
  });

  it('classic, EZ on via the mesh (seed): earliest exit MIN + 1s, latest the SIGKILL at G; G 30 cuts a 60s lifetime', () => {
    const t = computeTimeline(facts({ ez: set(true), lifetime: set(60) }));
    assert.deepEqual(moments(t), ['app-sigterm@0', 'app-exit@0', 'drain-start@0', 'proxy-exit@6..30', 'sigkill@30', 'connections-end@30✂']);
    assert.equal(t.drainEnd, 6);
    assert.deepEqual(t.proxyExit, { earliest: 6, latest: 30 });
    assert.deepEqual(windows(t), ['connections-cut-at-kill 30-60']);
  });

  it('classic, EZ on with G 60 (the seed fixed): connections end before SIGKILL, nothing is lost', () => {
    const t = computeTimeline(facts({ ez: set(true), lifetime: set(60), grace: set<number | undefined>(60) }));
    assert.deepEqual(moments(t), ['app-sigterm@0', 'app-exit@0', 'drain-start@0', 'proxy-exit@6..60', 'listeners-close@45', 'connections-end@60', 'sigkill@60']);
    assert.deepEqual(windows(t), ['listeners-closed 45-60 (possible)']);
  });

  it('classic, EZ on with an app preStop longer than MIN: the proxy may exit during it', () => {
    const t = computeTimeline(facts({ ez: set(true), appPreStop: hook(20) }));
    assert.deepEqual(windows(t), ['proxy-may-exit-during-app-prestop 6-20 (possible)']);
    assert.equal(t.appExit, 20);
  });

  it('classic, EZ off: TDD longer than DD closes the listeners while the proxy lives', () => {
    const t = computeTimeline(facts({ tdd: set(60), grace: set<number | undefined>(90) }));
    assert.deepEqual(moments(t), ['app-sigterm@0', 'app-exit@0', 'drain-start@0', 'listeners-close@45', 'proxy-exit@60', 'sigkill@90']);
    assert.equal(t.listenersClose, 45);
    assert.deepEqual(windows(t), ['listeners-closed 45-60']);
  });

  it('classic: a drain longer than G is cut by SIGKILL', () => {
    const t = computeTimeline(facts({ tdd: set(40) }));
    assert.deepEqual(moments(t), ['app-sigterm@0', 'app-exit@0', 'drain-start@0', 'sigkill@30', 'proxy-exit@30✂']);
    assert.equal(t.drainEnd, 40, 'drainEnd is not capped');
  });

  it('classic with a proxy preStop: the drain starts after it', () => {
    const t = computeTimeline(facts({ proxyPreStop: hook(10) }));
    assert.deepEqual(moments(t), ['app-sigterm@0', 'app-exit@0', 'proxy-prestop-end@10', 'drain-start@10', 'proxy-exit@15', 'sigkill@30']);
    assert.equal(t.drainStart, 10);
    assert.equal(t.drainEnd, 15);
  });

  it('classic, EZ off, app slower than the proxy: the proxy is gone while the app serves', () => {
    const t = computeTimeline(facts({ appPreStop: hook(10), shutdown: set(5) }));
    assert.deepEqual(moments(t), ['drain-start@0', 'proxy-exit@5', 'app-prestop-end@10', 'app-sigterm@10', 'app-exit@15', 'sigkill@30']);
    assert.deepEqual(windows(t), ['proxy-gone-app-serving 5-15']);
  });

  it('a preStop known only as a lower bound makes the app exit a lower bound', () => {
    const t = computeTimeline(facts({ appPreStop: hook(30, { atLeast: true }), grace: set<number | undefined>(60) }));
    assert.deepEqual(moments(t), ['drain-start@0', 'proxy-exit@5', 'app-prestop-end@≥30', 'app-sigterm@≥30', 'app-exit@≥30', 'sigkill@60']);
    assert.equal(t.appExitAtLeast, true);
  });

  it('an unknown preStop leaves the app exit unknown, with the reason', () => {
    const t = computeTimeline(facts({ appPreStop: hook(undefined, { unknown: 'the preStop script loops' }) }));
    const app = t.events.find((e) => e.kind === 'app-exit')!;
    assert.equal(app.at, undefined);
    assert.equal(app.unknown, 'the preStop script loops');
    assert.equal(t.appExit, undefined);
  });

  it('native: the /drain preStop drains at t = 0, the proxy exits with the app, listeners never close, TDD/EZ unused', () => {
    const t = computeTimeline(facts({ path: 'native', appPreStop: hook(10), shutdown: set(5), tdd: set(60), ez: set(true) }));
    assert.deepEqual(moments(t), ['drain-start@0', 'app-prestop-end@10', 'app-sigterm@10', 'app-exit@15', 'proxy-exit@15', 'sigkill@30']);
    assert.equal(t.drainEnd, 15);
    assert.equal(t.ez, false);
    assert.equal(t.listenersClose, undefined);
    assert.deepEqual(windows(t), []);
  });

  it('native: an app stop longer than G is cut', () => {
    const t = computeTimeline(facts({ path: 'native', appPreStop: hook(40) }));
    assert.deepEqual(moments(t), ['drain-start@0', 'sigkill@30', 'app-prestop-end@30✂', 'app-sigterm@30✂', 'app-exit@30✂', 'proxy-exit@30✂']);
  });

  it('native without the /drain hook (Istio < 1.21 or a replaced lifecycle): the classic drain starts when the app has exited', () => {
    const t = computeTimeline(facts({ path: 'native-without-drain-hook', appPreStop: hook(10) }));
    assert.deepEqual(moments(t), ['app-prestop-end@10', 'app-sigterm@10', 'app-exit@10', 'drain-start@10', 'proxy-exit@15', 'sigkill@30']);
    assert.equal(t.drainStart, 10);
    assert.equal(t.drainEnd, 15);
  });

  it('native without the hook and EZ on: MIN + 1s after the app exits', () => {
    const t = computeTimeline(facts({ path: 'native-without-drain-hook', appPreStop: hook(10), ez: set(true), min: set(8) }));
    assert.equal(t.drainEnd, 19);
    assert.deepEqual(t.proxyExit, { earliest: 19, latest: 30 });
  });

  it('native without the hook after an app exit known only as a lower bound: the drain moments are lower bounds too', () => {
    const t = computeTimeline(facts({ path: 'native-without-drain-hook', appPreStop: hook(10, { atLeast: true }), tdd: set(50), grace: set<number | undefined>(90) }));
    assert.deepEqual(moments(t), ['app-prestop-end@≥10', 'app-sigterm@≥10', 'app-exit@≥10', 'drain-start@≥10', 'listeners-close@≥55', 'proxy-exit@≥60', 'sigkill@90']);
    assert.equal(t.drainEndAtLeast, true);
    assert.equal(t.drainEnd, 60);
  });

  it('classic: an app preStop known as a lower bound leaves the drain exact (it starts at SIGTERM after the proxy preStop)', () => {
    const t = computeTimeline(facts({ appPreStop: hook(30, { atLeast: true }) }));
    assert.equal(t.drainEndAtLeast, false);
    assert.deepEqual(windows(t), ['proxy-gone-app-serving 5-30']);
  });

  it('gateway: the classic drain of all listeners, no app to stop or outlive', () => {
    const t = computeTimeline(facts({ gateway: true, tdd: set(20), lifetime: set(25) }));
    assert.deepEqual(moments(t), ['drain-start@0', 'proxy-exit@20', 'connections-end@25', 'sigkill@30']);
    assert.deepEqual(windows(t), [], 'a gateway is its own app: no proxy-before-app window');
  });

  it('waypoint on Istio ≤ 1.27: G hard-coded 2 cuts the default 5s drain', () => {
    const t = computeTimeline(facts({ gateway: true, grace: { value: 2, prov: { level: 'default', source: 'waypoint template' } } }));
    assert.deepEqual(moments(t), ['drain-start@0', 'sigkill@2', 'proxy-exit@2✂']);
  });

  it('no proxy: only the app and SIGKILL', () => {
    const t = computeTimeline(facts({ path: 'none', appPreStop: hook(10), lifetime: set(60) }));
    assert.deepEqual(moments(t), ['app-prestop-end@10', 'app-sigterm@10', 'app-exit@10', 'sigkill@30', 'connections-end@30✂']);
    assert.equal(t.drainEnd, undefined);
    assert.deepEqual(windows(t), ['connections-cut-at-kill 30-60']);
  });

  it('an unusable grace period leaves SIGKILL unknown, with why, and caps nothing', () => {
    const t = computeTimeline(facts({ grace: { value: undefined, prov: { level: 'pod-spec', source: 'pod spec' } }, tdd: set(40) }));
    assert.deepEqual(moments(t), ['app-sigterm@0', 'app-exit@0', 'drain-start@0', 'proxy-exit@40', 'sigkill@?']);
    assert.match(t.events.find((e) => e.kind === 'sigkill')!.unknown!, /not a whole number of seconds/);
  });

  it('SIGTERM reaches the app when its preStop returns; unknown with the reason when the preStop is', () => {
    const known = computeTimeline(facts({ appPreStop: hook(12), shutdown: set(3) }));
    assert.equal(known.events.find((e) => e.kind === 'app-sigterm')!.at, 12);
    assert.equal(known.events.find((e) => e.kind === 'app-exit')!.at, 15);
    const unknown = computeTimeline(facts({ appPreStop: hook(undefined, { unknown: 'the preStop script loops' }) }));
    const sigterm = unknown.events.find((e) => e.kind === 'app-sigterm')!;
    assert.equal(sigterm.at, undefined);
    assert.equal(sigterm.unknown, 'the preStop script loops');
  });

  it('a preStop longer than G: SIGTERM to the app comes at the SIGKILL', () => {
    const t = computeTimeline(facts({ appPreStop: hook(45) }));
    assert.deepEqual(moments(t).filter((m) => m.startsWith('app-sigterm')), ['app-sigterm@30✂']);
  });
});

describe('settings that play no part in the timeline', () => {
  const names = (t: Timeline) => t.unused.map((u) => u.name);

  it('classic, EZ off: MINIMUM_DRAIN_DURATION; drainDuration too when the proxy is gone before it ends', () => {
    const t = computeTimeline(facts());
    assert.deepEqual(names(t), ['MINIMUM_DRAIN_DURATION', 'drainDuration']);
    assert.match(t.unused[1]!.why, /listeners never stop accepting/);
  });

  it('classic, EZ on: terminationDrainDuration, with why', () => {
    const t = computeTimeline(facts({ ez: set(true), grace: set<number | undefined>(60) }));
    assert.deepEqual(names(t), ['terminationDrainDuration']);
    assert.match(t.unused[0]!.why, /EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on/);
  });

  it('classic, a drainDuration that ends while the proxy lives is used', () => {
    assert.deepEqual(names(computeTimeline(facts({ tdd: set(60), grace: set<number | undefined>(90) }))), ['MINIMUM_DRAIN_DURATION']);
  });

  it('native: every drain setting, EZ only when it is on', () => {
    assert.deepEqual(names(computeTimeline(facts({ path: 'native', ez: set(true) }))), ['terminationDrainDuration', 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS', 'MINIMUM_DRAIN_DURATION', 'drainDuration']);
    assert.deepEqual(names(computeTimeline(facts({ path: 'native' }))), ['terminationDrainDuration', 'MINIMUM_DRAIN_DURATION', 'drainDuration']);
  });

  it('native without the /drain hook uses the classic settings', () => {
    assert.deepEqual(names(computeTimeline(facts({ path: 'native-without-drain-hook', appPreStop: hook(10) }))), ['MINIMUM_DRAIN_DURATION', 'drainDuration']);
  });

  it('no proxy: every drain setting', () => {
    const t = computeTimeline(facts({ path: 'none' }));
    assert.deepEqual(names(t), ['terminationDrainDuration', 'drainDuration', 'EXIT_ON_ZERO_ACTIVE_CONNECTIONS', 'MINIMUM_DRAIN_DURATION']);
    assert.ok(t.unused.every((u) => u.why === 'the pod has no proxy'));
  });
});
