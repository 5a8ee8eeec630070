import { createRequire as __drainlintCreateRequire } from 'node:module';
const require = __drainlintCreateRequire(import.meta.url);

// src/yaml/locate.ts
function rangeOfNode(view, node) {
  if (!node || !node.range) return void 0;
  const [start, valueEnd] = node.range;
  const s = view.position(start);
  const e = view.position(Math.max(valueEnd, start));
  if (e.line > s.line && e.column === 1) {
    const hostEnd = lastContentOffset(view, start, valueEnd);
    if (hostEnd) return { line: s.line, column: s.column, endLine: hostEnd.line, endColumn: hostEnd.column };
  }
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}
function lastContentOffset(view, start, end) {
  let off = end;
  const src = view.sourceText;
  while (off > start && /\s/.test(src[off - 1] ?? "")) off--;
  return off > start ? view.position(off) : void 0;
}
function locate(ref) {
  const { view, path } = ref;
  const { node, key, depth, contents, start } = view.at(path);
  const complete = depth === path.length;
  if (complete) {
    if (ref.target === "key" && key) {
      const r3 = rangeOfNode(view, key);
      if (r3) return r3;
    }
    const r2 = rangeOfNode(view, node) ?? rangeOfNode(view, key);
    if (r2) return r2;
  }
  const r = rangeOfNode(view, key) ?? rangeOfNode(view, contents());
  if (r) return r;
  const p = view.position(start);
  return { line: p.line, column: p.column, endLine: p.line, endColumn: p.column };
}

// src/domain/identity.ts
function resourcePosition(r) {
  return `${r.view.file.path}:${locate({ view: r.view, path: r.base }).line}`;
}
function resourceId(r) {
  const id = { kind: r.kind || "HelmValues" };
  if (r.namespace) id.namespace = r.namespace;
  if (r.name) id.name = r.name;
  else id.at = resourcePosition(r);
  return id;
}
function resourceName(r) {
  const kind = r.kind || "HelmValues";
  if (!r.name && r.unnamedAs) return r.unnamedAs;
  if (!r.name) return `${kind} at ${resourcePosition(r)}`;
  return `${kind} ${r.namespace ? `${r.namespace}/` : ""}${r.name}`;
}
function resourceNameInMessage(r) {
  const kind = r.kind || "HelmValues";
  if (!r.name && r.unnamedAs) return r.unnamedAs;
  if (!r.name) return `an unnamed ${kind}`;
  return `${kind} ${r.namespace ? `${r.namespace}/` : ""}${r.name}`;
}
function resourceIdWords(id) {
  const who = id.name ? `${id.kind} ${id.namespace ? `${id.namespace}/` : ""}${id.name}` : id.at ? `${id.kind} at ${id.at}` : `${id.kind}${id.namespace ? ` in ${id.namespace}` : ""}`;
  return `${who}${id.container ? ` [${id.container}]` : ""}`;
}
function meshResource(m) {
  return resourceId(m.resource);
}
function crResource(pc) {
  return resourceId(pc);
}
function crLabel(pc) {
  return resourceName(pc);
}
function workloadName(rw) {
  return resourceName(rw.workload);
}
function workloadNameInMessage(rw) {
  return resourceNameInMessage(rw.workload);
}
var COMPONENT_LABELS = {
  "operator.istio.io/component": true,
  "app.kubernetes.io/part-of": /* @__PURE__ */ new Set(["istio"]),
  app: /* @__PURE__ */ new Set(["istiod", "istio-ingressgateway", "istio-egressgateway", "istio-eastwestgateway", "ztunnel", "istio-cni-node"]),
  "k8s-app": /* @__PURE__ */ new Set(["istio-cni-node"]),
  "app.kubernetes.io/name": /* @__PURE__ */ new Set(["istiod", "istio-cni", "ztunnel"]),
  istio: /* @__PURE__ */ new Set(["pilot", "istiod", "ingressgateway", "egressgateway", "eastwestgateway"])
};
var COMPONENT_IMAGE = /(^|\/)(pilot|install-cni|ztunnel)(:|@|$)/;
function istioComponent(w, gateway) {
  if (gateway) return "gateway";
  const own = w.value["metadata"];
  const ownLabels = own !== null && typeof own === "object" && !Array.isArray(own) ? own["labels"] : void 0;
  for (const labels of [w.podLabels, ownLabels]) {
    if (labels === null || typeof labels !== "object" || Array.isArray(labels)) continue;
    for (const [key, values] of Object.entries(COMPONENT_LABELS)) {
      const v = labels[key];
      if (typeof v === "string" && (values === true || values.has(v))) return `label ${key}: ${v}`;
    }
  }
  for (const c of w.containers) {
    const image = c.value["image"];
    if (typeof image === "string" && COMPONENT_IMAGE.test(image)) return `image ${image}`;
  }
  return void 0;
}
function operatorName(iop) {
  return `IstioOperator ${iop.name ? `${iop.namespace ?? "istio-system"}/${iop.name}` : `at ${resourcePosition(iop)}`}`;
}

export {
  locate,
  resourceId,
  resourceName,
  resourceNameInMessage,
  resourceIdWords,
  meshResource,
  crResource,
  crLabel,
  workloadName,
  workloadNameInMessage,
  istioComponent,
  operatorName
};
