/**
 * Who a finding is about, as suppressions see it: a workload (its pod template and its own
 * metadata), or the resource that holds the node the finding points at (a mesh config, a
 * ProxyConfig, an IstioOperator…). Config overrides match its kind, namespace, name, labels and
 * container; its annotations may suppress rules.
 */
import type { Workload } from '../inventory/model.js';
import { WORKLOAD_TEMPLATE } from '../inventory/model.js';
import type { DocView, Path, Ref, ResourceId } from '../types.js';
import { get, isRecord } from '../yaml/paths.js';

/** A mapping of annotations, and where it is written. */
export interface AnnotationSite {
  view: DocView;
  path: Path;
  value: Record<string, unknown>;
}

export interface Subject {
  kind: string;
  namespace?: string;
  name?: string;
  labels: Record<string, unknown>;
  container?: string;
  /** Annotations that may suppress a rule for it, the pod template's first. */
  annotations: AnnotationSite[];
  /** The identity findings about it carry (the fingerprint's resource). */
  id: ResourceId;
}

function record(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : {};
}

function site(view: DocView, path: Path): AnnotationSite | undefined {
  const value = get(view.value, path);
  return isRecord(value) ? { view, path, value } : undefined;
}

/** A workload: annotations on its pod template or its own metadata; labels of both. */
export function workloadSubject(w: Workload, container?: string): Subject {
  const ownPath = [...w.base, 'metadata', 'annotations'];
  const annotations: AnnotationSite[] = [{ view: w.view, path: w.annotationsPath, value: w.podAnnotations }];
  if (ownPath.join('\0') !== w.annotationsPath.join('\0')) {
    const own = site(w.view, ownPath);
    if (own) annotations.push(own);
  }
  const id: ResourceId = { kind: w.kind || 'HelmValues' };
  if (w.namespace) id.namespace = w.namespace;
  if (w.name) id.name = w.name;
  if (container) id.container = container;
  return {
    kind: w.kind,
    namespace: w.effectiveNamespace,
    name: w.name,
    labels: { ...record(record(w.value['metadata'])['labels']), ...w.podLabels },
    container,
    annotations,
    id,
  };
}

/** The outermost document a reference is in (YAML embedded in a scalar lives in its host's). */
export function hostRef(ref: Ref): Ref {
  let r = ref;
  while (r.view.host) r = r.view.host;
  return r;
}

/**
 * The resource that holds the node `at` points at: the document, or the item of a `kind: List`.
 * A workload's pod template annotations count too. `resource` is the identity the finding carries.
 */
export function resourceSubject(at: Ref, resource: ResourceId | undefined, defaultNamespace?: string): Subject {
  const host = hostRef(at);
  const root = host.view.value;
  const base: Path = isRecord(root) && Array.isArray(root['items']) && host.path[0] === 'items' && typeof host.path[1] === 'number' ? ['items', host.path[1]] : [];
  const value = record(get(root, base));
  const meta = record(value['metadata']);
  const kind = typeof value['kind'] === 'string' && typeof value['apiVersion'] === 'string' ? value['kind'] : '';
  const annotations: AnnotationSite[] = [];
  let labels: Record<string, unknown> = record(meta['labels']);
  const template = WORKLOAD_TEMPLATE[kind];
  if (template && template.length > 0) {
    const tplMeta = [...base, ...template, 'metadata'];
    const pod = site(host.view, [...tplMeta, 'annotations']);
    if (pod) annotations.push(pod);
    labels = { ...labels, ...record(get(root, [...tplMeta, 'labels'])) };
  }
  const own = site(host.view, [...base, 'metadata', 'annotations']);
  if (own) annotations.push(own);
  const id: ResourceId = resource ? { ...resource } : { kind: kind || 'HelmValues' };
  if (!resource) {
    if (typeof meta['namespace'] === 'string') id.namespace = meta['namespace'];
    if (typeof meta['name'] === 'string') id.name = meta['name'];
  }
  return {
    kind: resource?.kind ?? kind,
    namespace: id.namespace ?? defaultNamespace,
    name: id.name,
    labels,
    container: resource?.container,
    annotations,
    id,
  };
}
