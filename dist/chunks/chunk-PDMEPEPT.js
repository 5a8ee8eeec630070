import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);
import {
  get,
  isRecord,
  locate,
  resourceId
} from "./chunk-6CKYEOTE.js";

// src/domain/durations.ts
var UNIT_SECONDS = { ns: 1e-9, us: 1e-6, "µs": 1e-6, "μs": 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
var GO_DURATION = /^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+$/;
var GO_DURATION_PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)/g;
function parseGoDuration(text) {
  if (text === "0" || text === "+0" || text === "-0") return 0;
  if (!GO_DURATION.test(text)) return void 0;
  let total = 0;
  for (const m of text.matchAll(GO_DURATION_PART)) total += Number(m[1]) * UNIT_SECONDS[m[2]];
  return text.startsWith("-") ? -total : total;
}
function parseGoBool(text) {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(text)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(text)) return false;
  return void 0;
}
function formatSeconds(seconds) {
  if (seconds === 0) return "0s";
  if (seconds < 1) return `${Math.round(seconds * 1e3)}ms`;
  const whole = Math.round(seconds * 1e3) / 1e3;
  if (whole >= 60 && Number.isInteger(whole)) {
    const h = Math.floor(whole / 3600);
    const m = Math.floor(whole % 3600 / 60);
    const s = whole % 60;
    return `${h ? `${h}h` : ""}${m ? `${m}m` : ""}${s ? `${s}s` : ""}`;
  }
  return `${whole}s`;
}
var UNIT_WORDS = [
  [/^(ns|nanos?|nanoseconds?)$/, "ns"],
  [/^(us|\u00b5s|\u03bcs|micros?|microseconds?)$/, "us"],
  [/^(ms|msecs?|millis?|milliseconds?)$/, "ms"],
  [/^(|s|secs?|seconds?)$/, "s"],
  [/^(m|mins?|minutes?)$/, "m"],
  [/^(h|hrs?|hours?)$/, "h"]
];
function suggestDuration(value, whole = false) {
  let secs;
  let text;
  if (typeof value === "number" && Number.isFinite(value)) {
    secs = value;
    text = `${value}s`;
  } else if (typeof value === "string") {
    const compact = value.trim().replace(/\s+/g, "");
    const direct = parseGoDuration(compact) ?? parseGoDuration(compact.toLowerCase());
    if (direct !== void 0) {
      secs = direct;
      text = parseGoDuration(compact) !== void 0 ? compact : compact.toLowerCase();
    } else {
      const m = /^(\d+(?:\.\d+)?)([a-z\u00b5\u03bc]*)$/i.exec(compact);
      const unit = m ? UNIT_WORDS.find(([re]) => re.test(m[2].toLowerCase()))?.[1] : void 0;
      if (m && unit !== void 0) {
        text = `${m[1]}${unit}`;
        secs = parseGoDuration(text);
      }
    }
  }
  if (secs === void 0 || text === void 0) return void 0;
  if (whole && (secs < 1 || !Number.isInteger(secs))) return formatSeconds(Math.max(1, Math.ceil(secs)));
  return text;
}
function durationFix(key, value, whole = false) {
  const s = suggestDuration(value, whole);
  return s !== void 0 ? `write ${key}: "${s}"` : `write it as a Go duration string, e.g. ${key}: "30s"`;
}

// src/domain/names.ts
var EZ = "EXIT_ON_ZERO_ACTIVE_CONNECTIONS";
var MIN = "MINIMUM_DRAIN_DURATION";
var IDLE_TIMEOUT = "ISTIO_META_IDLE_TIMEOUT";
var TDDS = "TERMINATION_DRAIN_DURATION_SECONDS";
var DEFAULT_G = 30;
var DEFAULT_TDD = 5;
var DEFAULT_DD = 45;
var DEFAULT_MIN = 5;
var EZ_POLL_SECONDS = 1;
var PROXY_CONTAINER = "istio-proxy";
var PROXY_CONFIG_ANNOTATION = "proxy.istio.io/config";
var NATIVE_ANNOTATION = "sidecar.istio.io/nativeSidecar";
var INJECT = "sidecar.istio.io/inject";
var REV = "istio.io/rev";
var NS_INJECTION = "istio-injection";
var DATAPLANE_MODE = "istio.io/dataplane-mode";
var STATUS_ANNOTATION = "sidecar.istio.io/status";
var TEMPLATES_ANNOTATION = "inject.istio.io/templates";
var LIFETIME_ANNOTATION = "drainlint.io/connection-lifetime";
var SHUTDOWN_ANNOTATION = "drainlint.io/shutdown-duration";
var IGNORE_ANNOTATION = "drainlint.io/ignore";
var SYSTEM_NAMESPACES = /* @__PURE__ */ new Set(["kube-system", "kube-public", "kube-node-lease", "local-path-storage"]);
var DRAIN_HOOK = "pilot-agent request --debug-port=15020 POST drain";
var WAIT_HOOK = "pilot-agent wait";
function spellings(camel) {
  return DRAIN_FIELD_SPELLINGS.get(camel) ?? snakeAlso(camel);
}
function snakeAlso(camel) {
  return [camel, camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)];
}
var DRAIN_FIELD_SPELLINGS = new Map(["terminationDrainDuration", "drainDuration", "proxyMetadata", "defaultConfig"].map((f) => [f, snakeAlso(f)]));
var PROXY_METADATA_KEYS = spellings("proxyMetadata");
var DEFAULT_CONFIG_KEYS = spellings("defaultConfig");
function fieldsOf(mapping, camel) {
  const out = [];
  for (const key of spellings(camel)) if (key in mapping) out.push([key, mapping[key]]);
  return out;
}
var IGNORE_PREFIX = "drainlint.io/ignore-";
function isIgnoreAnnotation(key) {
  return key === IGNORE_ANNOTATION || key.startsWith(IGNORE_PREFIX) && key.length > IGNORE_PREFIX.length;
}

// src/yaml/own-copy.ts
function ownCopy(slice) {
  const copy = `${slice}
`;
  copy.charCodeAt(0);
  return copy.slice(0, -1);
}

// src/inventory/model.ts
var WORKLOAD_TEMPLATE = {
  Pod: [],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
  Rollout: ["spec", "template"]
};
var RunLookups = class {
  /** A namespace's Services by one label pair of their selector (traffic.ts). */
  servicesBySelectorPair = /* @__PURE__ */ new Map();
  /** Traffic resources by the first segment of each host they route to (traffic.ts). */
  routesByHost;
  /** Per Service: the lifetimes its traffic resources bound (traffic.ts). */
  trafficBounds = /* @__PURE__ */ new Map();
  /** Every values.global.proxy.lifecycle, injector ConfigMaps included (domain/lifecycle.ts). */
  globalLifecycles;
  /** BackendConfigs and GCPBackendPolicies: GKE load balancers' draining (domain/load-balancers.ts). */
  gkeBackendPolicies;
  /** Mesh sources by revision and by resource, as positions in the run's list (domain/mesh.ts). */
  meshIndex;
  /** ProxyConfig resources by namespace, in input order (resolve.ts). */
  proxyConfigsByNamespace;
};
function proxyContainer(w) {
  return w.containers.find((c) => c.name === PROXY_CONTAINER);
}
function isResource(value) {
  return typeof value["kind"] === "string" && typeof value["apiVersion"] === "string";
}
function resourcesOf(view) {
  const v = view.value;
  if (!isRecord(v)) return [];
  if (isResource(v) && (v["kind"] === "List" || String(v["kind"]).endsWith("List") && Array.isArray(v["items"]))) {
    const items = Array.isArray(v["items"]) ? v["items"] : [];
    return items.flatMap((item, i) => isRecord(item) ? [resource(view, ["items", i], item)] : []);
  }
  return [resource(view, [], v)];
}
function resource(view, base, value) {
  const meta = isRecord(value["metadata"]) ? value["metadata"] : {};
  return {
    view,
    base,
    kind: isResource(value) ? value["kind"] : "",
    apiVersion: isResource(value) ? value["apiVersion"] : "",
    // Findings name the resource until the output is written: the name alone, not its document's text.
    name: typeof meta["name"] === "string" ? ownCopy(meta["name"]) : void 0,
    namespace: typeof meta["namespace"] === "string" ? meta["namespace"] : void 0,
    value
  };
}

// src/domain/injection.ts
var TRUE_WORDS = /* @__PURE__ */ new Set(["y", "yes", "true", "on"]);
function namespaceOf(w, inv) {
  const name = w.effectiveNamespace;
  const res = name ? inv.namespaces.get(name) : void 0;
  if (!res || !name) return void 0;
  const raw = get(res.value, ["metadata", "labels"]);
  const labels = isRecord(raw) ? raw : {};
  const labelsPath = [...res.base, "metadata", "labels"];
  return {
    res,
    name,
    labels,
    labelsRef: isRecord(raw) ? { view: res.view, path: labelsPath, target: "key" } : { view: res.view, path: [...res.base, "metadata", "name"] },
    injectionRef: NS_INJECTION in labels ? { view: res.view, path: [...labelsPath, NS_INJECTION] } : void 0
  };
}
function namespaceInjects(ns) {
  if (NS_INJECTION in ns.labels) return ns.labels[NS_INJECTION] === "enabled";
  return typeof ns.labels[REV] === "string";
}
function namespaceState(ns) {
  if (NS_INJECTION in ns.labels) return `${NS_INJECTION}=${String(ns.labels[NS_INJECTION])}`;
  return `no ${NS_INJECTION} or ${REV} label`;
}
function namespaceDecides(w) {
  if (w.origin !== "pod") return false;
  if (w.containers.some((c) => c.name === PROXY_CONTAINER)) return false;
  if (w.podSpec["hostNetwork"] === true) return false;
  return !(w.effectiveNamespace && SYSTEM_NAMESPACES.has(w.effectiveNamespace));
}
function annotationNotLabel(w, inv) {
  const value = w.podAnnotations[INJECT];
  if (typeof value !== "string" || !TRUE_WORDS.has(value.toLowerCase())) return void 0;
  if (w.podLabels[INJECT] !== void 0 || w.podLabels[REV] !== void 0) return void 0;
  if (!namespaceDecides(w)) return void 0;
  const ns = namespaceOf(w, inv);
  if (!ns || namespaceInjects(ns)) return void 0;
  return { ns, value, at: { view: w.view, path: [...w.annotationsPath, INJECT], target: "key" } };
}
function blockedByNamespace(w, inv) {
  const inject = w.podLabels[INJECT];
  const rev = w.podLabels[REV];
  if (inject === "false") return void 0;
  const optIns = [];
  if (inject === "true") optIns.push({ label: INJECT, value: inject });
  if (typeof rev === "string") optIns.push({ label: REV, value: rev });
  const first = optIns[0];
  if (!first || !namespaceDecides(w)) return void 0;
  const ns = namespaceOf(w, inv);
  if (!ns || !(NS_INJECTION in ns.labels) || ns.labels[NS_INJECTION] === "enabled") return void 0;
  const ref = (label) => ({ view: w.view, path: [...w.labelsPath, label], target: "key" });
  const second = optIns[1];
  return { ns, ...first, at: ref(first.label), other: second ? { ...second, ref: ref(second.label) } : void 0 };
}
function optsOutOfInjection(w) {
  const label = w.podLabels[INJECT];
  return label === "false" || label === void 0 && w.podAnnotations[INJECT] === "false";
}
function neverInjectedNamespace(w, rootNamespace) {
  const ns = w.effectiveNamespace;
  if (!ns) return void 0;
  if (SYSTEM_NAMESPACES.has(ns)) return `${ns} is never injected`;
  return ns === rootNamespace ? `${ns} is Istio's root namespace` : void 0;
}
function noSidecarCause(w, inv) {
  const label = w.podLabels[INJECT];
  const ann = w.podAnnotations[INJECT];
  if (label === "false") return { kind: "injectFalse", ref: { view: w.view, path: [...w.labelsPath, INJECT] }, what: `${INJECT} label "false"`, setting: { name: INJECT, value: '"false"', source: "pod label" } };
  if (label === void 0 && ann === "false") return { kind: "injectFalse", ref: { view: w.view, path: [...w.annotationsPath, INJECT] }, what: `${INJECT} annotation "false"`, setting: { name: INJECT, value: '"false"', source: "pod annotation" } };
  if (w.podSpec["hostNetwork"] === true) return { kind: "hostNetwork", ref: { view: w.view, path: [...w.podSpecPath, "hostNetwork"] }, what: "hostNetwork: true", setting: { name: "hostNetwork", value: "true", source: "pod spec" } };
  const nsName = w.effectiveNamespace;
  if (nsName && SYSTEM_NAMESPACES.has(nsName)) {
    const ref = w.namespace ? { view: w.view, path: [...w.base, "metadata", "namespace"] } : void 0;
    return { kind: "systemNamespace", ref, what: `namespace ${nsName}`, namespace: nsName, setting: { name: "namespace", value: nsName, source: w.namespace ? "metadata.namespace" : "defaultNamespace in the config file" } };
  }
  const ns = namespaceOf(w, inv);
  const ambient = (ref, source) => ({ kind: "ambient", ref, what: `${DATAPLANE_MODE} ambient`, setting: { name: DATAPLANE_MODE, value: '"ambient"', source } });
  if (ns) {
    if (NS_INJECTION in ns.labels) return { kind: "namespaceOptOut", ref: ns.injectionRef, what: `Namespace ${ns.name} label ${namespaceState(ns)}`, ns };
    const podMode = w.podLabels[DATAPLANE_MODE];
    if ((podMode ?? ns.labels[DATAPLANE_MODE]) === "ambient") {
      return podMode !== void 0 ? ambient({ view: w.view, path: [...w.labelsPath, DATAPLANE_MODE] }, "pod label") : ambient({ view: ns.res.view, path: [...ns.res.base, "metadata", "labels", DATAPLANE_MODE] }, `label of Namespace ${ns.name}`);
    }
    return { kind: "namespaceNotInjecting", ref: ns.labelsRef, what: `Namespace ${ns.name} (${namespaceState(ns)})`, ns };
  }
  if (w.podLabels[DATAPLANE_MODE] === "ambient") return ambient({ view: w.view, path: [...w.labelsPath, DATAPLANE_MODE] }, "pod label");
  return void 0;
}
function labelsField(w) {
  return w.labelsPath.slice(w.base.length).join(".");
}
function injectionRuledOut(w, inv) {
  const label = w.podLabels[INJECT];
  if (label === "false" || label === void 0 && w.podAnnotations[INJECT] === "false") return `${INJECT} is "false"`;
  if (w.podSpec["hostNetwork"] === true) return "hostNetwork pods are never injected";
  const nsName = w.effectiveNamespace;
  if (nsName && SYSTEM_NAMESPACES.has(nsName)) return `${nsName} is never injected`;
  const ns = namespaceOf(w, inv);
  if (!ns) return void 0;
  if (NS_INJECTION in ns.labels) return ns.labels[NS_INJECTION] === "enabled" ? void 0 : `Namespace ${ns.name} has ${namespaceState(ns)}`;
  if (typeof ns.labels[REV] === "string" || label === "true" || typeof w.podLabels[REV] === "string") return void 0;
  return `Namespace ${ns.name} does not enable injection`;
}
function istioSignal(w) {
  for (const k of Object.keys(w.podAnnotations)) {
    if (k === "sidecar.istio.io/inject") continue;
    if (/(^|\.)istio\.io\//.test(k)) return `its pod template has the ${k} annotation`;
  }
  for (const k of Object.keys(w.podLabels)) {
    if (k === "sidecar.istio.io/inject" && w.podLabels[k] !== "true") continue;
    if (k === "istio.io/rev" || k === "sidecar.istio.io/inject") return `its pod template has the ${k} label`;
  }
  if (w.podAnnotations["sidecar.istio.io/inject"] === "true") return "its pod template has the sidecar.istio.io/inject annotation";
  return void 0;
}
var AMBIENT = { status: "none", reason: "it is in ambient mode (istio.io/dataplane-mode=ambient): ztunnel serves it, no sidecar" };
function sidecarStatus(w, inv, config, meshPresent) {
  if (w.origin === "iop-gateway") return { status: "seen", reason: "the IstioOperator deploys this gateway" };
  if (w.origin === "gateway-api") return { status: "seen", reason: `istiod deploys Gateways of class ${w.gatewayClass}` };
  if (w.origin === "gateway-values") return { status: "seen", reason: "the gateway chart labels its pods for injection with the gateway template" };
  if (proxyContainer(w)) return { status: "seen", reason: `it declares an ${PROXY_CONTAINER} container` };
  const injectLabel = w.podLabels["sidecar.istio.io/inject"];
  const injectAnn = w.podAnnotations["sidecar.istio.io/inject"];
  if (injectLabel === "false" || injectLabel === void 0 && injectAnn === "false") return { status: "none", reason: 'sidecar.istio.io/inject is "false"' };
  if (w.podSpec["hostNetwork"] === true) return { status: "none", reason: "hostNetwork pods are never injected" };
  const ns = w.effectiveNamespace;
  if (ns && SYSTEM_NAMESPACES.has(ns)) return { status: "none", reason: `${ns} is never injected` };
  const nsRes = ns ? inv.namespaces.get(ns) : void 0;
  if (nsRes) {
    const labels = get(nsRes.value, ["metadata", "labels"]);
    const l = isRecord(labels) ? labels : {};
    if ("istio-injection" in l) {
      return l["istio-injection"] === "enabled" ? { status: "seen", reason: `Namespace ${ns} has istio-injection=enabled` } : { status: "none", reason: `Namespace ${ns} has istio-injection=${String(l["istio-injection"])}` };
    }
    if ("istio.io/rev" in l) return { status: "seen", reason: `Namespace ${ns} has istio.io/rev=${String(l["istio.io/rev"])}` };
    if (injectLabel === "true" || typeof w.podLabels["istio.io/rev"] === "string") return { status: "seen", reason: "its pod template opts in by label" };
    if ((w.podLabels["istio.io/dataplane-mode"] ?? l["istio.io/dataplane-mode"]) === "ambient") return AMBIENT;
    return { status: "none", reason: `Namespace ${ns} does not enable injection` };
  }
  if (w.podLabels["istio.io/dataplane-mode"] === "ambient") return AMBIENT;
  const signal = istioSignal(w);
  if (signal) return { status: "assumed", reason: signal };
  if (meshPresent) return { status: "assumed", reason: "an Istio mesh config is part of this run" };
  if (config.assumeInjected) return { status: "assumed", reason: "assumeInjected is set" };
  return { status: "none", reason: NO_MESH_SIGNAL };
}
var NO_MESH_SIGNAL = "nothing says it is in the mesh";

// src/explain/model.ts
var EXPLAIN_FORMAT_VERSION = 1;
function explainTargets(t) {
  return { istio: versionRow("istioVersion", "Istio", t.istio), kubernetes: versionRow("kubernetesVersion", "Kubernetes", t.kubernetes) };
}
function versionRow(key, product, v) {
  const place = v.ref ? placeOf(v.ref) : {};
  return { key, symbol: "", name: `target ${product} version`, state: v.value ? "set" : "unset", ...v.value ? { value: v.value } : {}, level: v.ref ? "derived" : "given", source: v.source, ...place, struck: [] };
}
function explainWorkload(rw, targets) {
  const w = rw.workload;
  const t = rw.timeline;
  const id = resourceId(w);
  const at = w.anchor ?? { view: w.view, path: w.base.concat("metadata", "name") };
  const unused = new Map(t.unused.map((u) => [u.name, u.why]));
  const struck = (...settings2) => rw.unapplied.filter((u) => settings2.includes(u.setting)).map(struckValue);
  const proxy = proxyKind(rw);
  const hasProxy = proxy !== "none";
  const v = explainTargets(targets);
  const drain = [
    durationRow("TDD", "TDD", "terminationDrainDuration", rw.tdd, unused.get("terminationDrainDuration"), struck("terminationDrainDuration", TDDS)),
    durationRow("DD", "DD", "drainDuration", rw.dd, unused.get("drainDuration"), struck("drainDuration")),
    ezRow(rw, unused.get(EZ), struck(EZ)),
    durationRow("MIN", "MIN", MIN, rw.min, unused.get(MIN), struck(MIN))
  ];
  const settings = [
    graceRow(rw),
    // Without a proxy only the drain settings written for it are shown, each unused and why.
    ...hasProxy ? drain : drain.filter((d) => d.state === "set" || d.struck.length > 0),
    ...rw.gateway ? [] : [timingRow("Pa", "Pₐ", "app preStop", rw.appPreStop)],
    ...hasProxy ? [timingRow("Pp", "Pₚ", "istio-proxy preStop", rw.proxyPreStop)] : [],
    ...rw.gateway ? [] : [declaredRow("Sa", "Sₐ", "app shutdown duration", rw.shutdown, "not declared: counts as 0", struck("shutdown duration"))],
    declaredRow("L", "L", "connection lifetime", rw.lifetime, "not declared", struck("connection lifetime")),
    modeRow(rw, proxy),
    injectionRow(rw),
    v.istio,
    v.kubernetes
  ];
  return {
    id: `${id.kind} ${id.namespace ? `${id.namespace}/` : ""}${id.name ?? "(unnamed)"}`,
    resource: id,
    file: w.view.file.path,
    line: locate(at).line,
    proxy,
    settings,
    timeline: explainTimeline(t),
    findings: []
  };
}
function proxyKind(rw) {
  if (rw.timeline.path === "none") return "none";
  if (rw.gateway) return rw.workload.gatewayClass === "istio-waypoint" ? "waypoint" : "gateway";
  return rw.timeline.path === "classic" ? "classic" : "native";
}
function placeOf(ref) {
  return { file: ref.view.file.path, line: locate(ref).line };
}
function sourceOf(prov) {
  return { level: prov.level, source: prov.source, ...prov.level !== "default" && prov.ref ? placeOf(prov.ref) : {} };
}
function struckValue(u) {
  return { setting: u.setting, written: u.written, status: u.status, why: u.why, ...sourceOf(u.prov) };
}
var stateOf = (prov) => prov.level === "default" ? "default" : "set";
function graceRow(rw) {
  const g = rw.grace;
  const base = { key: "G", symbol: "G", name: "terminationGracePeriodSeconds", ...sourceOf(g.prov), struck: [] };
  if (g.value === void 0) {
    const why = rw.timeline.events.find((e) => e.kind === "sigkill")?.unknown;
    return { ...base, state: "unknown", ...why ? { unknown: why } : {} };
  }
  return { ...base, state: stateOf(g.prov), value: String(g.value), seconds: g.value, ...rw.graceOptOut ? { note: "no graceful shutdown" } : {} };
}
function durationRow(key, symbol, name, v, unused, struck) {
  return { key, symbol, name, state: stateOf(v.prov), value: formatSeconds(v.value), seconds: v.value, ...sourceOf(v.prov), ...unused ? { unused } : {}, struck };
}
function ezRow(rw, unused, struck) {
  return { key: "EZ", symbol: "EZ", name: EZ, state: stateOf(rw.ez.prov), value: String(rw.ez.value), ...sourceOf(rw.ez.prov), ...unused ? { unused } : {}, struck };
}
function timingRow(key, symbol, name, t) {
  const base = { key, symbol, name, ...sourceOf(t.prov), struck: [] };
  if (t.seconds === void 0) return { ...base, state: "unknown", ...t.unknown ? { unknown: t.unknown } : {} };
  const value = `${t.atLeast ? "at least " : ""}${formatSeconds(t.seconds)}`;
  return { ...base, state: stateOf(t.prov), value, seconds: t.seconds, ...t.atLeast ? { atLeast: true } : {} };
}
function declaredRow(key, symbol, name, v, missing, struck) {
  if (!v) {
    const invalid = struck.find((s) => s.status === "ignored");
    return invalid ? { key, symbol, name, state: "unknown", unknown: `${invalid.source} "${invalid.written}": ${invalid.why}`, level: "default", source: "unknown", struck } : { key, symbol, name, state: "unset", level: "default", source: missing, struck };
  }
  return { key, symbol, name, state: stateOf(v.prov), value: formatSeconds(v.value), seconds: v.value, ...sourceOf(v.prov), struck };
}
var PATH_NOTES = {
  classic: "pilot-agent drains after SIGTERM, then stops Envoy",
  native: "the /drain preStop drains at once; Envoy stops when the app has exited",
  "native-without-drain-hook": "the classic drain starts when the app has exited",
  none: ""
};
function modeRow(rw, proxy) {
  const path = rw.timeline.path;
  const base = { key: "mode", symbol: "", name: "proxy mode", struck: [] };
  if (proxy === "none") return { ...base, state: "set", value: "none", level: "derived", source: `no proxy: ${rw.sidecar.reason}` };
  const note = PATH_NOTES[path];
  const value = proxy === "native" && path === "native-without-drain-hook" ? "native (without the /drain preStop)" : proxy;
  const prov = proxy === "gateway" || proxy === "waypoint" ? sourceOf({ level: "default", source: rw.workload.origin === "pod" ? "gateway: the proxy is the main container" : `gateway deployed by ${rw.workload.origin === "iop-gateway" ? "the IstioOperator" : "istiod"}` }) : sourceOf(rw.mode.prov);
  return { ...base, state: rw.mode.prov.level === "default" ? "default" : "set", value, ...prov, ...note ? { note } : {} };
}
function injectionRow(rw) {
  const s = rw.sidecar;
  const value = s.status === "none" ? s.reason === NO_MESH_SIGNAL ? "none" : "ruled out" : s.status;
  return { key: "injection", symbol: "", name: "sidecar injection", state: "set", value, level: "derived", source: s.reason, struck: [] };
}
var EVENT_LABELS = {
  "app-prestop-end": "the app's preStop ends",
  "app-sigterm": "SIGTERM to the app",
  "proxy-prestop-end": "istio-proxy's preStop ends",
  "drain-start": "the proxy starts draining",
  "listeners-close": "listeners stop accepting (drainDuration)",
  "proxy-exit": "the proxy exits",
  "app-exit": "the app exits",
  "connections-end": "connections expected to end (L)",
  sigkill: "SIGKILL"
};
var LOSS_LABELS = {
  "proxy-gone-app-serving": "proxy gone while the app serves",
  "requests-cut-by-proxy-exit": "proxy gone while requests are in flight",
  "listeners-closed": "listeners closed while the pod receives traffic",
  "connections-cut-at-kill": "connections still open at SIGKILL",
  "proxy-may-exit-during-app-prestop": "proxy may exit during the app's preStop"
};
function explainTimeline(t) {
  const times = [...t.events.flatMap((e) => [e.at, e.latest]), ...t.losses.map((l) => l.to), t.grace].filter((x) => x !== void 0);
  return {
    path: t.path,
    gateway: t.gateway,
    ...t.grace !== void 0 ? { grace: t.grace } : {},
    end: Math.max(0, ...times),
    ...t.drainStart !== void 0 ? { drainStart: t.drainStart } : {},
    ...t.listenersClose !== void 0 ? { listenersClose: t.listenersClose } : {},
    ...t.proxyExit ? { proxyExit: { ...t.proxyExit } } : {},
    ...t.appExit !== void 0 ? { appExit: t.appExit } : {},
    events: t.events.map((e) => explainEvent(e, t)),
    losses: t.losses.map((l) => ({ kind: l.kind, label: LOSS_LABELS[l.kind], from: l.from, to: l.to, ...l.possible ? { possible: true } : {} }))
  };
}
function explainEvent(e, t) {
  let label = EVENT_LABELS[e.kind];
  if (e.kind === "drain-start") label = t.path === "native" ? "the /drain preStop: the proxy starts draining" : t.gateway ? "SIGTERM to the gateway: it starts draining all listeners" : "SIGTERM to pilot-agent: the proxy starts draining";
  if (e.kind === "proxy-exit" && e.latest !== void 0) label = "the proxy exits: at the first poll with no active connection, at the latest at SIGKILL";
  if (e.kind === "proxy-exit" && t.gateway) label = "the gateway exits";
  if (e.kind === "proxy-exit" && t.gateway && e.latest !== void 0) label = "the gateway exits: at the first poll with no active connection, at the latest at SIGKILL";
  return {
    kind: e.kind,
    label,
    ...e.at !== void 0 ? { at: e.at } : {},
    ...e.latest !== void 0 ? { latest: e.latest } : {},
    ...e.atLeast ? { atLeast: true } : {},
    ...e.cutByKill ? { cutByKill: true } : {},
    ...e.unknown !== void 0 ? { unknown: e.unknown } : {},
    inputs: e.inputs.map(explainInput)
  };
}
function explainInput(i) {
  const v = i.value;
  const raw = "value" in v ? v.value : v.seconds;
  const value = typeof raw === "number" ? `${"atLeast" in v && v.atLeast ? "at least " : ""}${i.name === "terminationGracePeriodSeconds" ? String(raw) : formatSeconds(raw)}` : raw === void 0 ? "unknown" : String(raw);
  return { name: i.name, value, ...sourceOf(v.prov) };
}
function attachFindings(explained, findings, subjects) {
  const byIdentity = /* @__PURE__ */ new Map();
  const key = (file, kind, namespace, name) => `${file}\0${kind}\0${namespace ?? ""}\0${name ?? ""}`;
  for (const x of explained.values()) {
    const k = key(x.file, x.resource.kind, x.resource.namespace, x.resource.name);
    byIdentity.set(k, [...byIdentity.get(k) ?? [], x]);
  }
  for (const f of findings) {
    const about = (subjects.get(f) ?? []).map((w) => explained.get(w)).filter((x) => x !== void 0);
    const targets = about.length > 0 ? about : f.resource ? byIdentity.get(key(f.file, f.resource.kind, f.resource.namespace, f.resource.name)) ?? [] : [];
    for (const x of new Set(targets)) x.findings.push(explainedFinding(f));
  }
}
function explainedFinding(f) {
  return { ruleId: f.ruleId, messageId: f.messageId, severity: f.severity, message: f.message, help: f.help, file: f.file, line: f.range.line, column: f.range.column, docsUrl: f.docsUrl };
}
function otherFindings(findings, workloads) {
  const key = (f) => `${f.file}\0${f.line}\0${f.column}\0${f.ruleId}\0${f.message}`;
  const attached = new Set(workloads.flatMap((x) => x.findings.map(key)));
  return findings.map(explainedFinding).filter((f) => !attached.has(key(f)));
}
function withFiles(x, rel) {
  const place = (p) => p.file === void 0 ? p : { ...p, file: rel(p.file) };
  const setting = (s) => ({ ...place(s), struck: s.struck.map(place) });
  return {
    ...x,
    file: rel(x.file),
    settings: x.settings.map(setting),
    timeline: { ...x.timeline, events: x.timeline.events.map((e) => ({ ...e, inputs: e.inputs.map(place) })) },
    findings: x.findings.map((f) => ({ ...f, file: rel(f.file) }))
  };
}

export {
  parseGoDuration,
  parseGoBool,
  formatSeconds,
  suggestDuration,
  durationFix,
  EZ,
  MIN,
  IDLE_TIMEOUT,
  TDDS,
  DEFAULT_G,
  DEFAULT_TDD,
  DEFAULT_DD,
  DEFAULT_MIN,
  EZ_POLL_SECONDS,
  PROXY_CONTAINER,
  PROXY_CONFIG_ANNOTATION,
  NATIVE_ANNOTATION,
  INJECT,
  REV,
  NS_INJECTION,
  STATUS_ANNOTATION,
  TEMPLATES_ANNOTATION,
  LIFETIME_ANNOTATION,
  SHUTDOWN_ANNOTATION,
  IGNORE_ANNOTATION,
  DRAIN_HOOK,
  WAIT_HOOK,
  spellings,
  PROXY_METADATA_KEYS,
  DEFAULT_CONFIG_KEYS,
  fieldsOf,
  IGNORE_PREFIX,
  isIgnoreAnnotation,
  ownCopy,
  WORKLOAD_TEMPLATE,
  RunLookups,
  proxyContainer,
  resourcesOf,
  resource,
  namespaceState,
  annotationNotLabel,
  blockedByNamespace,
  optsOutOfInjection,
  neverInjectedNamespace,
  noSidecarCause,
  labelsField,
  injectionRuledOut,
  sidecarStatus,
  EXPLAIN_FORMAT_VERSION,
  explainTargets,
  explainWorkload,
  attachFindings,
  otherFindings,
  withFiles
};
