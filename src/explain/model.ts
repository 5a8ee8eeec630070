/**
 * What `drainlint explain` shows of a workload, as plain data: its effective settings with where
 * each came from (and the values written but overridden or ignored), its termination timeline, the
 * windows where traffic is lost, and the findings that apply. Built from the resolved workload the
 * rules saw — the timeline is the one `computeTimeline` made, rendered, never recomputed — right
 * after the rules ran on it, so only this small object outlives the workload on huge runs. Every
 * renderer (terminal, JSON, Markdown, HTML) reads this shape; JSON writes it as it is
 * (schema/explain.schema.json).
 */
import type { ResolvedWorkload, UnappliedValue } from '../resolved.js';
import type { EventKind, LossKind, ProxyPath, Timeline, TimelineEvent, TimelineInput, Timing, UnusedSetting } from '../domain/timeline.js';
import type { Finding, Provenance, ProvenanceLevel, Severity, Valued } from '../types.js';
import type { TargetVersion, TargetVersions } from '../domain/targets.js';
import { locate } from '../yaml/locate.js';
import { formatSeconds } from '../domain/durations.js';
import { resourceId } from '../domain/identity.js';
import { EZ, MIN, TDDS } from '../domain/names.js';
import { NO_MESH_SIGNAL } from '../domain/injection.js';

/** Version of the explain JSON shape (schema/explain.schema.json); bumped on any incompatible change. */
export const EXPLAIN_FORMAT_VERSION = 1;

/** Where a value was written: file and line (absent for built-in defaults). */
export interface Place {
  file?: string;
  line?: number;
}

export interface SourceOf extends Place {
  /** The precedence level, e.g. "default", "mesh", "annotation", "pod-spec". */
  level: ProvenanceLevel | 'given' | 'derived';
  /** In words: "default", "proxy.istio.io/config annotation", "mesh config in IstioOperator istio-system/control-plane spec.meshConfig". */
  source: string;
}

/** A value written for the workload that does not take effect, shown struck through. */
export interface StruckValue extends SourceOf {
  /** The setting it was written as (TERMINATION_DRAIN_DURATION_SECONDS beside terminationDrainDuration). */
  setting: string;
  written: string;
  status: 'overridden' | 'ignored';
  why: string;
}

export type SettingKey = 'G' | 'TDD' | 'DD' | 'EZ' | 'MIN' | 'Pa' | 'Pp' | 'Sa' | 'L' | 'mode' | 'injection' | 'istioVersion' | 'kubernetesVersion';

/** One row of the effective-settings table. */
export interface ExplainedSetting extends SourceOf {
  key: SettingKey;
  /** The spec's symbol: G, TDD, DD, EZ, MIN, Pₐ, Pₚ, Sₐ, L. */
  symbol: string;
  /** What the setting is called where users write it. */
  name: string;
  /** set: written somewhere; default: nothing set it; unknown: drainlint cannot tell (see `unknown`); unset: not declared (L, Sₐ, versions). */
  state: 'set' | 'default' | 'unknown' | 'unset';
  /** The value in words ("30", "5s", "at least 30s", "true", "classic"); absent when unknown or unset. */
  value?: string;
  seconds?: number;
  /** `seconds` is a lower bound. */
  atLeast?: boolean;
  /** Why the value is unknown. */
  unknown?: string;
  /** Why the value plays no part in the timeline (TDD while EXIT_ON_ZERO_ACTIVE_CONNECTIONS is on). */
  unused?: string;
  /** What the value means here, beside the value (how a proxy mode stops, what an unset value counts as). */
  note?: string;
  struck: StruckValue[];
}

export interface ExplainedInput extends SourceOf {
  name: string;
  value: string;
}

export interface ExplainedEvent {
  kind: EventKind;
  /** What happens, in words. */
  label: string;
  /** Seconds after the pod was deleted; absent when unknown. */
  at?: number;
  /** The moment is a range from `at` to `latest`. */
  latest?: number;
  atLeast?: boolean;
  /** SIGKILL comes first: the moment is cut at G. */
  cutByKill?: boolean;
  unknown?: string;
  inputs: ExplainedInput[];
}

export interface ExplainedLoss {
  kind: LossKind;
  label: string;
  from: number;
  to: number;
  possible?: boolean;
}

export interface ExplainedTimeline {
  path: ProxyPath;
  gateway: boolean;
  /** SIGKILL (G); absent when the grace period is unusable. */
  grace?: number;
  /** The latest moment the timeline shows (what a chart's axis spans). */
  end: number;
  drainStart?: number;
  listenersClose?: number;
  proxyExit?: { earliest: number; latest: number };
  appExit?: number;
  events: ExplainedEvent[];
  losses: ExplainedLoss[];
}

export interface ExplainedFinding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  help: string;
  file: string;
  line: number;
  column: number;
  docsUrl: string;
}

export interface ExplainedWorkload {
  /** "Deployment shop/test". */
  id: string;
  resource: { kind: string; namespace?: string; name?: string };
  file: string;
  line: number;
  /** The proxy that stops with the pod: classic or native sidecar, gateway, waypoint, none. */
  proxy: 'classic' | 'native' | 'gateway' | 'waypoint' | 'none';
  settings: ExplainedSetting[];
  timeline: ExplainedTimeline;
  findings: ExplainedFinding[];
}

/** The run's target versions as explain shows them (one settings row each). */
export interface ExplainedTargets {
  istio: ExplainedSetting;
  kubernetes: ExplainedSetting;
}

export function explainTargets(t: TargetVersions): ExplainedTargets {
  return { istio: versionRow('istioVersion', 'Istio', t.istio), kubernetes: versionRow('kubernetesVersion', 'Kubernetes', t.kubernetes) };
}

function versionRow(key: 'istioVersion' | 'kubernetesVersion', product: string, v: TargetVersion): ExplainedSetting {
  const place = v.ref ? placeOf(v.ref) : {};
  return { key, symbol: '', name: `target ${product} version`, state: v.value ? 'set' : 'unset', ...(v.value ? { value: v.value } : {}), level: v.ref ? 'derived' : 'given', source: v.source, ...place, struck: [] };
}

/**
 * A resolved workload as explain shows it. `targets`: the run's target versions (one row each).
 * Findings are attached after the run (attachFindings).
 */
export function explainWorkload(rw: ResolvedWorkload, targets: TargetVersions): ExplainedWorkload {
  const w = rw.workload;
  const t = rw.timeline;
  const id = resourceId(w);
  const at = w.anchor ?? { view: w.view, path: w.base.concat('metadata', 'name') };
  const unused = new Map<string, string>(t.unused.map((u: UnusedSetting) => [u.name, u.why]));
  const struck = (...settings: string[]) => rw.unapplied.filter((u) => settings.includes(u.setting)).map(struckValue);
  const proxy = proxyKind(rw);
  const hasProxy = proxy !== 'none';
  const v = explainTargets(targets);

  const drain = [
    durationRow('TDD', 'TDD', 'terminationDrainDuration', rw.tdd, unused.get('terminationDrainDuration'), struck('terminationDrainDuration', TDDS)),
    durationRow('DD', 'DD', 'drainDuration', rw.dd, unused.get('drainDuration'), struck('drainDuration')),
    ezRow(rw, unused.get(EZ), struck(EZ)),
    durationRow('MIN', 'MIN', MIN, rw.min, unused.get(MIN), struck(MIN)),
  ];
  const settings: ExplainedSetting[] = [
    graceRow(rw),
    // Without a proxy only the drain settings written for it are shown, each unused and why.
    ...(hasProxy ? drain : drain.filter((d) => d.state === 'set' || d.struck.length > 0)),
    ...(rw.gateway ? [] : [timingRow('Pa', 'Pₐ', 'app preStop', rw.appPreStop)]),
    ...(hasProxy ? [timingRow('Pp', 'Pₚ', 'istio-proxy preStop', rw.proxyPreStop)] : []),
    ...(rw.gateway ? [] : [declaredRow('Sa', 'Sₐ', 'app shutdown duration', rw.shutdown, 'not declared: counts as 0', struck('shutdown duration'))]),
    declaredRow('L', 'L', 'connection lifetime', rw.lifetime, 'not declared', struck('connection lifetime')),
    modeRow(rw, proxy),
    injectionRow(rw),
    v.istio,
    v.kubernetes,
  ];
  return {
    id: `${id.kind} ${id.namespace ? `${id.namespace}/` : ''}${id.name ?? '(unnamed)'}`,
    resource: id,
    file: w.view.file.path,
    line: locate(at).line,
    proxy,
    settings,
    timeline: explainTimeline(t),
    findings: [],
  };
}

function proxyKind(rw: ResolvedWorkload): ExplainedWorkload['proxy'] {
  if (rw.timeline.path === 'none') return 'none';
  if (rw.gateway) return rw.workload.gatewayClass === 'istio-waypoint' ? 'waypoint' : 'gateway';
  return rw.timeline.path === 'classic' ? 'classic' : 'native';
}

function placeOf(ref: NonNullable<Provenance['ref']>): Place {
  return { file: ref.view.file.path, line: locate(ref).line };
}

function sourceOf(prov: Provenance): SourceOf {
  // A default names no place: the node it points at (the pod spec, for a missing grace period) is where to add it, not where it was set.
  return { level: prov.level, source: prov.source, ...(prov.level !== 'default' && prov.ref ? placeOf(prov.ref) : {}) };
}

function struckValue(u: UnappliedValue): StruckValue {
  return { setting: u.setting, written: u.written, status: u.status, why: u.why, ...sourceOf(u.prov) };
}

const stateOf = (prov: Provenance): 'set' | 'default' => (prov.level === 'default' ? 'default' : 'set');

function graceRow(rw: ResolvedWorkload): ExplainedSetting {
  const g = rw.grace;
  const base = { key: 'G' as const, symbol: 'G', name: 'terminationGracePeriodSeconds', ...sourceOf(g.prov), struck: [] };
  if (g.value === undefined) {
    const why = rw.timeline.events.find((e) => e.kind === 'sigkill')?.unknown;
    return { ...base, state: 'unknown', ...(why ? { unknown: why } : {}) };
  }
  return { ...base, state: stateOf(g.prov), value: String(g.value), seconds: g.value, ...(rw.graceOptOut ? { note: 'no graceful shutdown' } : {}) };
}

function durationRow(key: SettingKey, symbol: string, name: string, v: Valued<number>, unused: string | undefined, struck: StruckValue[]): ExplainedSetting {
  return { key, symbol, name, state: stateOf(v.prov), value: formatSeconds(v.value), seconds: v.value, ...sourceOf(v.prov), ...(unused ? { unused } : {}), struck };
}

function ezRow(rw: ResolvedWorkload, unused: string | undefined, struck: StruckValue[]): ExplainedSetting {
  return { key: 'EZ', symbol: 'EZ', name: EZ, state: stateOf(rw.ez.prov), value: String(rw.ez.value), ...sourceOf(rw.ez.prov), ...(unused ? { unused } : {}), struck };
}

function timingRow(key: SettingKey, symbol: string, name: string, t: Timing): ExplainedSetting {
  const base = { key, symbol, name, ...sourceOf(t.prov), struck: [] };
  if (t.seconds === undefined) return { ...base, state: 'unknown', ...(t.unknown ? { unknown: t.unknown } : {}) };
  const value = `${t.atLeast ? 'at least ' : ''}${formatSeconds(t.seconds)}`;
  return { ...base, state: stateOf(t.prov), value, seconds: t.seconds, ...(t.atLeast ? { atLeast: true } : {}) };
}

function declaredRow(key: SettingKey, symbol: string, name: string, v: Valued<number> | undefined, missing: string, struck: StruckValue[]): ExplainedSetting {
  if (!v) {
    const invalid = struck.find((s) => s.status === 'ignored');
    return invalid
      ? { key, symbol, name, state: 'unknown', unknown: `${invalid.source} "${invalid.written}": ${invalid.why}`, level: 'default', source: 'unknown', struck }
      : { key, symbol, name, state: 'unset', level: 'default', source: missing, struck };
  }
  return { key, symbol, name, state: stateOf(v.prov), value: formatSeconds(v.value), seconds: v.value, ...sourceOf(v.prov), struck };
}

const PATH_NOTES: Record<ProxyPath, string> = {
  classic: 'pilot-agent drains after SIGTERM, then stops Envoy',
  native: 'the /drain preStop drains at once; Envoy stops when the app has exited',
  'native-without-drain-hook': 'the classic drain starts when the app has exited',
  none: '',
};

function modeRow(rw: ResolvedWorkload, proxy: ExplainedWorkload['proxy']): ExplainedSetting {
  const path = rw.timeline.path;
  const base = { key: 'mode' as const, symbol: '', name: 'proxy mode', struck: [] };
  if (proxy === 'none') return { ...base, state: 'set', value: 'none', level: 'derived', source: `no proxy: ${rw.sidecar.reason}` };
  const note = PATH_NOTES[path];
  const value = proxy === 'native' && path === 'native-without-drain-hook' ? 'native (without the /drain preStop)' : proxy;
  const prov = proxy === 'gateway' || proxy === 'waypoint' ? sourceOf({ level: 'default', source: rw.workload.origin === 'pod' ? 'gateway: the proxy is the main container' : `gateway deployed by ${rw.workload.origin === 'iop-gateway' ? 'the IstioOperator' : 'istiod'}` }) : sourceOf(rw.mode.prov);
  return { ...base, state: rw.mode.prov.level === 'default' ? 'default' : 'set', value, ...prov, ...(note ? { note } : {}) };
}

function injectionRow(rw: ResolvedWorkload): ExplainedSetting {
  const s = rw.sidecar;
  const value = s.status === 'none' ? (s.reason === NO_MESH_SIGNAL ? 'none' : 'ruled out') : s.status;
  return { key: 'injection', symbol: '', name: 'sidecar injection', state: 'set', value, level: 'derived', source: s.reason, struck: [] };
}

const EVENT_LABELS: Record<EventKind, string> = {
  'app-prestop-end': "the app's preStop ends",
  'app-sigterm': 'SIGTERM to the app',
  'proxy-prestop-end': "istio-proxy's preStop ends",
  'drain-start': 'the proxy starts draining',
  'listeners-close': 'listeners stop accepting (drainDuration)',
  'proxy-exit': 'the proxy exits',
  'app-exit': 'the app exits',
  'connections-end': 'connections expected to end (L)',
  sigkill: 'SIGKILL',
};

const LOSS_LABELS: Record<LossKind, string> = {
  'proxy-gone-app-serving': 'proxy gone while the app serves',
  'requests-cut-by-proxy-exit': 'proxy gone while requests are in flight',
  'listeners-closed': 'listeners closed while the pod receives traffic',
  'connections-cut-at-kill': 'connections still open at SIGKILL',
  'proxy-may-exit-during-app-prestop': "proxy may exit during the app's preStop",
};

function explainTimeline(t: Timeline): ExplainedTimeline {
  const times = [...t.events.flatMap((e) => [e.at, e.latest]), ...t.losses.map((l) => l.to), t.grace].filter((x): x is number => x !== undefined);
  return {
    path: t.path,
    gateway: t.gateway,
    ...(t.grace !== undefined ? { grace: t.grace } : {}),
    end: Math.max(0, ...times),
    ...(t.drainStart !== undefined ? { drainStart: t.drainStart } : {}),
    ...(t.listenersClose !== undefined ? { listenersClose: t.listenersClose } : {}),
    ...(t.proxyExit ? { proxyExit: { ...t.proxyExit } } : {}),
    ...(t.appExit !== undefined ? { appExit: t.appExit } : {}),
    events: t.events.map((e) => explainEvent(e, t)),
    losses: t.losses.map((l) => ({ kind: l.kind, label: LOSS_LABELS[l.kind], from: l.from, to: l.to, ...(l.possible ? { possible: true } : {}) })),
  };
}

function explainEvent(e: TimelineEvent, t: Timeline): ExplainedEvent {
  let label = EVENT_LABELS[e.kind];
  if (e.kind === 'drain-start') label = t.path === 'native' ? 'the /drain preStop: the proxy starts draining' : t.gateway ? 'SIGTERM to the gateway: it starts draining all listeners' : 'SIGTERM to pilot-agent: the proxy starts draining';
  if (e.kind === 'proxy-exit' && e.latest !== undefined) label = 'the proxy exits: at the first poll with no active connection, at the latest at SIGKILL';
  if (e.kind === 'proxy-exit' && t.gateway) label = 'the gateway exits';
  if (e.kind === 'proxy-exit' && t.gateway && e.latest !== undefined) label = 'the gateway exits: at the first poll with no active connection, at the latest at SIGKILL';
  return {
    kind: e.kind,
    label,
    ...(e.at !== undefined ? { at: e.at } : {}),
    ...(e.latest !== undefined ? { latest: e.latest } : {}),
    ...(e.atLeast ? { atLeast: true } : {}),
    ...(e.cutByKill ? { cutByKill: true } : {}),
    ...(e.unknown !== undefined ? { unknown: e.unknown } : {}),
    inputs: e.inputs.map(explainInput),
  };
}

function explainInput(i: TimelineInput): ExplainedInput {
  const v = i.value;
  const raw = 'value' in v ? v.value : v.seconds;
  const value = typeof raw === 'number' ? `${'atLeast' in v && v.atLeast ? 'at least ' : ''}${i.name === 'terminationGracePeriodSeconds' ? String(raw) : formatSeconds(raw)}` : raw === undefined ? 'unknown' : String(raw);
  return { name: i.name, value, ...sourceOf(v.prov) };
}

/** The findings that apply to each workload: those about it, and those on a mesh-wide setting it uses. */
export function attachFindings(explained: Map<object, ExplainedWorkload>, findings: readonly Finding[], subjects: Map<Finding, object[]>): void {
  const byIdentity = new Map<string, ExplainedWorkload[]>();
  const key = (file: string, kind: string, namespace?: string, name?: string) => `${file}\u0000${kind}\u0000${namespace ?? ''}\u0000${name ?? ''}`;
  for (const x of explained.values()) {
    const k = key(x.file, x.resource.kind, x.resource.namespace, x.resource.name);
    byIdentity.set(k, [...(byIdentity.get(k) ?? []), x]);
  }
  for (const f of findings) {
    const about = (subjects.get(f) ?? []).map((w) => explained.get(w)).filter((x): x is ExplainedWorkload => x !== undefined);
    // A finding reported without its workload (after the run) is matched by the resource it names.
    const targets = about.length > 0 ? about : f.resource ? (byIdentity.get(key(f.file, f.resource.kind, f.resource.namespace, f.resource.name)) ?? []) : [];
    for (const x of new Set(targets)) x.findings.push(explainedFinding(f));
  }
}

/** A finding as explain lists it. */
export function explainedFinding(f: Finding): ExplainedFinding {
  return { ruleId: f.ruleId, messageId: f.messageId, severity: f.severity, message: f.message, help: f.help, file: f.file, line: f.range.line, column: f.range.column, docsUrl: f.docsUrl };
}

/** The findings about no single workload explained (a mesh config, a ProxyConfig, a parse error…). */
export function otherFindings(findings: readonly Finding[], workloads: readonly ExplainedWorkload[]): ExplainedFinding[] {
  const key = (f: ExplainedFinding) => `${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.ruleId}\u0000${f.message}`;
  const attached = new Set(workloads.flatMap((x) => x.findings.map(key)));
  return findings.map(explainedFinding).filter((f) => !attached.has(key(f)));
}

/** The explanation with every file path passed through `rel` (reports relative to a workspace). */
export function withFiles(x: ExplainedWorkload, rel: (file: string) => string): ExplainedWorkload {
  const place = <T extends Place>(p: T): T => (p.file === undefined ? p : { ...p, file: rel(p.file) });
  const setting = (s: ExplainedSetting): ExplainedSetting => ({ ...place(s), struck: s.struck.map(place) });
  return {
    ...x,
    file: rel(x.file),
    settings: x.settings.map(setting),
    timeline: { ...x.timeline, events: x.timeline.events.map((e) => ({ ...e, inputs: e.inputs.map(place) })) },
    findings: x.findings.map((f) => ({ ...f, file: rel(f.file) })),
  };
}
