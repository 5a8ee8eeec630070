/**
 * Versions the input states, collected document by document as the inventory is built (the
 * documents of workloads let go of their values once linted): Istio from install settings
 * (IstioOperator `spec.tag`, Helm values `global.tag`), from istiod and proxy image tags, from the
 * chart versions of GitOps wrappers of Istio's charts (Argo CD, Flux) and from revision names that
 * encode a version (`1-24-2`); Kubernetes only where a cluster definition in the input names it
 * (eksctl, kind, Cluster API). Only the first place each version is seen is kept.
 */
import type { Path, Ref } from '../types.js';
import { get, isRecord } from '../yaml/paths.js';
import { parseEmbedded } from '../yaml/embedded.js';
import { REV } from '../domain/names.js';
import { versionOfConstraint, versionOfRevision, versionOfTag, type Product } from '../domain/versions.js';
import { WORKLOAD_TEMPLATE, type Inventory, type Resource } from './model.js';

/** Kinds read only for the versions they state (besides the kinds the inventory models). */
export const VERSION_SOURCE_KINDS = new Set(['Application', 'ApplicationSet', 'HelmRelease', 'ClusterConfig', 'Cluster', 'KubeadmControlPlane', 'MachineDeployment', 'MachinePool']);

/**
 * Images whose tag is the Istio release: istiod's and the proxy's, from a repository named for
 * Istio or in the container Istio gives them (a mirror may be named anything; other projects'
 * images may be called `pilot` too).
 */
const ISTIO_IMAGES: Record<string, ReadonlySet<string>> = { pilot: new Set(['discovery']), proxyv2: new Set(['istio-proxy', 'istio-init', 'istio-validation']) };
function isIstioImage(name: string, repo: string, container: unknown): boolean {
  const containers = ISTIO_IMAGES[name];
  return containers !== undefined && (/(^|[/.-])istio([/.-]|$)/i.test(repo.slice(0, repo.lastIndexOf('/') + 1)) || (typeof container === 'string' && containers.has(container)));
}
/** Istio's Helm charts: names no other project uses, and generic ones that count only from a repository named for Istio. */
const ISTIO_CHARTS = new Set(['istiod', 'ztunnel']);
const GENERIC_ISTIO_CHARTS = new Set(['base', 'gateway', 'cni']);

export interface VersionContext {
  /** The inventory recognised the document as Istio values (mesh config, gateway chart values). */
  recognisedValues: boolean;
  /** Values files inside a Helm chart are the chart's defaults, unless named with --mesh-config. */
  chartDefaults: boolean;
}

/** Records the versions a resource states (the first place each version is seen wins). */
export function collectVersionSignals(inv: Inventory, res: Resource, ctx: VersionContext): void {
  const add = (product: Product, version: string | undefined, what: string, ref: Ref) => {
    if (version === undefined) return;
    const key = `${product} ${version}`;
    if (!inv.versionSignals.has(key)) inv.versionSignals.set(key, { product, version, what, ref });
  };
  const at = (path: Path): Ref => ({ view: res.view, path: res.base.concat(path) });
  const v = res.value;
  const template = WORKLOAD_TEMPLATE[res.kind];
  if (template) {
    podTemplate(res, template, add);
    return;
  }
  const api = res.apiVersion;
  switch (res.kind) {
    case 'IstioOperator': {
      const named = nameOf(res);
      add('istio', tagVersion(get(v, ['spec', 'tag'])), `spec.tag of ${named}`, at(['spec', 'tag']));
      add('istio', tagVersion(get(v, ['spec', 'values', 'global', 'tag'])), `spec.values.global.tag of ${named}`, at(['spec', 'values', 'global', 'tag']));
      add('istio', revisionVersion(get(v, ['spec', 'revision'])), `the revision name of ${named}`, at(['spec', 'revision']));
      return;
    }
    case 'Namespace':
      add('istio', revisionVersion(get(v, ['metadata', 'labels', REV])), `the ${REV} label of ${nameOf(res)}`, at(['metadata', 'labels', REV]));
      return;
    case 'Application':
    case 'ApplicationSet':
      if (api.startsWith('argoproj.io/')) argoSources(res, add);
      return;
    case 'HelmRelease':
      if (api.startsWith('helm.toolkit.fluxcd.io/')) fluxRelease(res, add);
      return;
    case '':
      if (ctx.chartDefaults) return;
      // A values file of another chart may have a global.tag too: only Istio's count.
      if (ctx.recognisedValues || istioValues(v)) valuesVersions(res, [], 'global.tag', add);
      return;
    default:
      kubernetesVersion(res, add);
  }
}

/** Top-level keys only Istio's charts have (istiod, cni), and global keys only Istio's global values have. */
const ISTIO_VALUES_KEYS = ['pilot', 'istiodRemote', 'sidecarInjectorWebhook', 'revisionTags', 'istio_cni'];
const ISTIO_GLOBAL_KEYS = ['istioNamespace', 'meshID', 'proxy_init', 'proxy'];

/** A values file of one of Istio's charts, by keys no other chart has, or images from an Istio hub. */
function istioValues(v: Record<string, unknown>): boolean {
  const global = isRecord(v['global']) ? v['global'] : {};
  return ISTIO_VALUES_KEYS.some((k) => isRecord(v[k])) || ISTIO_GLOBAL_KEYS.some((k) => k in global) || /istio/i.test(String(global['hub'] ?? ''));
}

type Add = (product: Product, version: string | undefined, what: string, ref: Ref) => void;

/** "Deployment shop/web", "IstioOperator istio-system/control-plane". */
function nameOf(res: Resource): string {
  return `${res.kind} ${res.namespace ? `${res.namespace}/` : ''}${res.name ?? '(unnamed)'}`;
}

function tagVersion(tag: unknown): string | undefined {
  // A YAML number loses what it was written as (1.20 reads as 1.2): only strings say a version.
  return typeof tag === 'string' ? versionOfTag(tag) : undefined;
}

function revisionVersion(rev: unknown): string | undefined {
  return typeof rev === 'string' ? versionOfRevision(rev) : undefined;
}

/** `docker.io/istio/proxyv2:1.24.2@sha256:…` → { name: "proxyv2", repo: "docker.io/istio/proxyv2", tag: "1.24.2" }. */
export function imageParts(image: string): { name: string; repo: string; tag?: string } {
  const noDigest = image.split('@')[0]!;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const tagged = colon > slash;
  const repo = tagged ? noDigest.slice(0, colon) : noDigest;
  return { name: repo.slice(repo.lastIndexOf('/') + 1), repo, tag: tagged ? noDigest.slice(colon + 1) : undefined };
}

/** A pod template: istiod and proxy images, the proxyImage annotation, the istio.io/rev label. */
function podTemplate(res: Resource, template: Path, add: Add): void {
  const tpl = res.base.concat(template);
  const named = nameOf(res);
  const root = res.view.value;
  for (const field of ['containers', 'initContainers']) {
    const list = get(root, tpl.concat('spec', field));
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      const image = isRecord(c) ? c['image'] : undefined;
      if (typeof image !== 'string') return;
      const { name, repo, tag } = imageParts(image);
      if (tag && isIstioImage(name, repo, (c as Record<string, unknown>)['name'])) add('istio', versionOfTag(tag), `the ${name} image of ${named}`, { view: res.view, path: tpl.concat('spec', field, i, 'image') });
    });
  }
  const proxyImage = get(root, tpl.concat('metadata', 'annotations', 'sidecar.istio.io/proxyImage'));
  if (typeof proxyImage === 'string') {
    const { name, tag } = imageParts(proxyImage);
    if (name === 'proxyv2' && tag) add('istio', versionOfTag(tag), `the sidecar.istio.io/proxyImage annotation of ${named}`, { view: res.view, path: tpl.concat('metadata', 'annotations', 'sidecar.istio.io/proxyImage') });
  }
  add('istio', revisionVersion(get(root, tpl.concat('metadata', 'labels', REV))), `the ${REV} label of ${named}`, { view: res.view, path: tpl.concat('metadata', 'labels', REV) });
}

/**
 * Istio Helm values at `base` of a document: `global.tag` (istiod and gateway charts), `pilot.tag`
 * (istiod's image only) and a `revision` name that encodes a version. `where` names the values
 * ("global.tag", "global.tag in the Helm values of Argo CD Application argocd/istiod").
 */
function valuesVersions(res: { view: Resource['view']; base: Path }, base: Path, where: string, add: Add): void {
  const root = res.view.value;
  const at = (p: Path): Ref => ({ view: res.view, path: res.base.concat(base, p) });
  const of = where.replace(/^global\.tag/, '');
  add('istio', tagVersion(get(root, res.base.concat(base, 'global', 'tag'))), where, at(['global', 'tag']));
  add('istio', tagVersion(get(root, res.base.concat(base, 'pilot', 'tag'))), `pilot.tag${of}`, at(['pilot', 'tag']));
  add('istio', revisionVersion(get(root, res.base.concat(base, 'revision'))), `the revision name${of}`, at(['revision']));
}

/** Whether a chart (by name and repository) is one of Istio's. */
function istioChart(chart: string, repo: string): boolean {
  const name = chart.slice(chart.lastIndexOf('/') + 1);
  return ISTIO_CHARTS.has(name) || (GENERIC_ISTIO_CHARTS.has(name) && /istio/i.test(repo));
}

/**
 * An Argo CD Application (or an ApplicationSet's template) whose source is an Istio chart: its
 * `targetRevision` (the chart version; for a path in Istio's own repository, a release tag or
 * branch) and the `global.tag` of its Helm values (valuesObject, the values string, parameters).
 */
function argoSources(res: Resource, add: Add): void {
  const spec: Path = res.kind === 'ApplicationSet' ? ['spec', 'template', 'spec'] : ['spec'];
  const root = res.view.value;
  const named = `Argo CD ${nameOf(res)}`;
  const sources: Path[] = [];
  if (isRecord(get(root, res.base.concat(spec, 'source')))) sources.push(spec.concat('source'));
  const list = get(root, res.base.concat(spec, 'sources'));
  if (Array.isArray(list)) list.forEach((_, i) => sources.push(spec.concat('sources', i)));
  for (const p of sources) {
    const src = get(root, res.base.concat(p));
    if (!isRecord(src)) continue;
    const repo = typeof src['repoURL'] === 'string' ? src['repoURL'] : '';
    const rev = typeof src['targetRevision'] === 'string' ? src['targetRevision'] : undefined;
    const revRef: Ref = { view: res.view, path: res.base.concat(p, 'targetRevision') };
    if (typeof src['chart'] === 'string') {
      if (!istioChart(src['chart'], repo)) continue;
      if (rev) add('istio', versionOfConstraint(rev), `the targetRevision of ${named} (chart ${src['chart']})`, revRef);
    } else if (typeof src['path'] === 'string') {
      // A chart folder of Istio's own repository, at a release tag or branch.
      if (!/istio\/istio(\.git)?\/?$/i.test(repo) || !/(^|\/)manifests\/charts\//.test(src['path'])) continue;
      if (rev) add('istio', versionOfTag(rev) ?? versionOfTag(rev.replace(/^release-/, '')), `the targetRevision of ${named} (path ${src['path']})`, revRef);
    } else continue;
    const helm = isRecord(src['helm']) ? src['helm'] : undefined;
    if (!helm) continue;
    const valuesOf = ` in the Helm values of ${named}`;
    if (isRecord(helm['valuesObject'])) valuesVersions(res, p.concat('helm', 'valuesObject'), `global.tag${valuesOf}`, add);
    if (typeof helm['values'] === 'string') {
      const embedded = parseEmbedded({ view: res.view, path: res.base.concat(p, 'helm', 'values') });
      if (embedded.view && isRecord(embedded.view.value)) valuesVersions({ view: embedded.view, base: [] }, [], `global.tag${valuesOf}`, add);
    }
    if (Array.isArray(helm['parameters'])) {
      helm['parameters'].forEach((param, i) => {
        if (isRecord(param) && param['name'] === 'global.tag') add('istio', tagVersion(param['value']), `the global.tag parameter of ${named}`, { view: res.view, path: res.base.concat(p, 'helm', 'parameters', i, 'value') });
      });
    }
  }
}

/** A Flux HelmRelease of an Istio chart: its chart version and the `global.tag` of its values. */
function fluxRelease(res: Resource, add: Add): void {
  const chartSpec = get(res.value, ['spec', 'chart', 'spec']);
  if (!isRecord(chartSpec) || typeof chartSpec['chart'] !== 'string') return;
  const source = isRecord(chartSpec['sourceRef']) ? String(chartSpec['sourceRef']['name'] ?? '') : '';
  const hint = [source, res.name ?? '', String(get(res.value, ['spec', 'releaseName']) ?? '')].join(' ');
  if (!istioChart(chartSpec['chart'], hint)) return;
  const named = nameOf(res);
  if (typeof chartSpec['version'] === 'string') {
    add('istio', versionOfConstraint(chartSpec['version']), `the chart version of ${named} (chart ${chartSpec['chart']})`, { view: res.view, path: res.base.concat('spec', 'chart', 'spec', 'version') });
  }
  if (isRecord(get(res.value, ['spec', 'values']))) valuesVersions(res, ['spec', 'values'], `global.tag in spec.values of ${named}`, add);
}

/** Cluster definitions that name their Kubernetes version: eksctl, kind, Cluster API. */
function kubernetesVersion(res: Resource, add: Add): void {
  const api = res.apiVersion;
  const v = res.value;
  const named = nameOf(res);
  const at = (path: Path): Ref => ({ view: res.view, path: res.base.concat(path) });
  const k8s = (path: Path, what: string) => add('kubernetes', tagVersion(get(v, path)), `${what} of ${named}`, at(path));
  if (res.kind === 'ClusterConfig' && api.startsWith('eksctl.io/')) k8s(['metadata', 'version'], 'metadata.version');
  else if (res.kind === 'KubeadmControlPlane' && api.startsWith('controlplane.cluster.x-k8s.io/')) k8s(['spec', 'version'], 'spec.version');
  else if ((res.kind === 'MachineDeployment' || res.kind === 'MachinePool') && api.startsWith('cluster.x-k8s.io/')) k8s(['spec', 'template', 'spec', 'version'], 'spec.template.spec.version');
  else if (res.kind === 'Cluster' && api.startsWith('cluster.x-k8s.io/')) k8s(['spec', 'topology', 'version'], 'spec.topology.version');
  else if (res.kind === 'Cluster' && api.startsWith('kind.x-k8s.io/')) {
    const nodes = v['nodes'];
    if (!Array.isArray(nodes)) return;
    nodes.forEach((n, i) => {
      const image = isRecord(n) ? n['image'] : undefined;
      if (typeof image !== 'string') return;
      const { repo, tag } = imageParts(image);
      if (/(^|\/)kindest\/node$/.test(repo) && tag) add('kubernetes', versionOfTag(tag), `the kindest/node image of the kind Cluster${res.name ? ` ${res.name}` : ''}`, at(['nodes', i, 'image']));
    });
  }
}
