/**
 * GitOps wrappers around Istio's Helm charts: an Argo CD `Application` (or an `ApplicationSet`'s
 * template) whose Helm source is the `istiod`, `gateway` or `base` chart, and a Flux `HelmRelease`
 * of one of them. Their values are read as a values file of that chart would be: istiod's as mesh
 * config and install settings, the gateway chart's as the gateway it renders. Values written as a
 * YAML string (Argo CD `helm.values`) are parsed as embedded YAML, so findings point inside it.
 */
import type { DocView, Path, Range, Ref } from '../types.js';
import { get, isRecord } from '../yaml/paths.js';
import { parseEmbedded } from '../yaml/embedded.js';
import type { Inventory, InventoryOptions, Resource } from './model.js';
import { addHelmValues } from './mesh.js';
import { addGatewayValues } from './gateway-values.js';

export const GITOPS_KINDS: readonly string[] = ['Application', 'ApplicationSet', 'HelmRelease'];

export type IstioChart = 'istiod' | 'gateway' | 'base';

/**
 * Istio's charts by name, and by the folder that holds them (a Git source's path): Istio's own tree
 * keeps the istiod chart in manifests/charts/istio-control/istio-discovery.
 */
const CHARTS: Record<string, IstioChart> = { istiod: 'istiod', 'istio-discovery': 'istiod', gateway: 'gateway', base: 'base' };

/** The Istio chart a chart name or chart path names ("istiod", "manifests/charts/gateway/"), if any. */
export function istioChart(nameOrPath: unknown): IstioChart | undefined {
  if (typeof nameOrPath !== 'string') return undefined;
  const last = nameOrPath.replace(/\/+$/, '').split('/').pop() ?? '';
  return Object.hasOwn(CHARTS, last) ? CHARTS[last] : undefined;
}

/** One Helm release of an Istio chart that a wrapper declares, with its values. */
export interface IstioRelease {
  chart: IstioChart;
  /** The view holding the values mapping and its path there (an embedded view for a YAML string). */
  values?: { view: DocView; path: Path; value: Record<string, unknown>; anchor?: Path };
  releaseName?: string;
  namespace?: string;
  /** "Application argocd/istiod" */
  owner: string;
  /** Values written as a YAML string that does not parse, located inside it. */
  embedError?: { range: Range; message: string };
}

/** A name a wrapper declares, unless it is a generator's placeholder. */
function plain(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' && !v.includes('{{') ? v : undefined;
}

/**
 * Whether values still hold a placeholder that something fills in before Helm sees them: an
 * ApplicationSet generator's `{{ … }}`, or Flux's post-build substitution `${…}`. Such values are
 * not what Helm renders, so they are not read (a placeholder is not a wrong type).
 */
export function holdsPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('{{') || /\$\{[A-Za-z_][A-Za-z0-9_]*(:?[-=+?][^}]*)?\}/.test(value);
  if (Array.isArray(value)) return value.some(holdsPlaceholder);
  if (isRecord(value)) return Object.entries(value).some(([k, v]) => holdsPlaceholder(k) || holdsPlaceholder(v));
  return false;
}

/** The Istio chart releases an Argo CD Application / ApplicationSet or a Flux HelmRelease declares. */
export function istioReleases(res: Resource): IstioRelease[] {
  const owner = `${res.kind} ${res.namespace ? `${res.namespace}/` : ''}${res.name ?? '(unnamed)'}`;
  if (res.kind === 'HelmRelease' && res.apiVersion.startsWith('helm.toolkit.fluxcd.io/')) return fluxRelease(res, owner);
  if ((res.kind === 'Application' || res.kind === 'ApplicationSet') && res.apiVersion.startsWith('argoproj.io/')) return argoReleases(res, owner);
  return [];
}

function argoReleases(res: Resource, owner: string): IstioRelease[] {
  // An ApplicationSet's template is an Application's metadata and spec.
  const app: Path = res.kind === 'ApplicationSet' ? res.base.concat('spec', 'template') : res.base;
  const root = res.view.value;
  const spec = get(root, app.concat('spec'));
  if (!isRecord(spec)) return [];
  const appName = plain(res.kind === 'ApplicationSet' ? get(root, app.concat('metadata', 'name')) : res.name);
  const namespace = plain(get(spec, ['destination', 'namespace']));
  const sources: Path[] = [];
  if (isRecord(spec['source'])) sources.push(app.concat('spec', 'source'));
  if (Array.isArray(spec['sources'])) spec['sources'].forEach((s, i) => isRecord(s) && sources.push(app.concat('spec', 'sources', i)));
  const out: IstioRelease[] = [];
  for (const at of sources) {
    const source = get(root, at) as Record<string, unknown>;
    const chart = istioChart(source['chart']) ?? istioChart(source['path']);
    if (!chart) continue;
    const helm = isRecord(source['helm']) ? source['helm'] : {};
    const release: IstioRelease = { chart, releaseName: plain(helm['releaseName']) ?? appName, namespace, owner };
    // Argo CD hands Helm valuesObject when it is set, else the values string (one or the other, not merged).
    if (isRecord(helm['valuesObject'])) {
      const path = at.concat('helm', 'valuesObject');
      release.values = { view: res.view, path, value: helm['valuesObject'], anchor: path };
    } else if (typeof helm['values'] === 'string') {
      const host: Ref = { view: res.view, path: at.concat('helm', 'values') };
      const parsed = parseEmbedded(host);
      if (parsed.view && isRecord(parsed.view.value)) release.values = { view: parsed.view, path: [], value: parsed.view.value };
      // An ApplicationSet's generators may still fill placeholders in; only a YAML error is a finding.
      else if (parsed.error && !parsed.template) release.embedError = parsed.error;
    }
    out.push(release);
  }
  return out;
}

function fluxRelease(res: Resource, owner: string): IstioRelease[] {
  const spec = res.value['spec'];
  if (!isRecord(spec)) return [];
  const chart = istioChart(get(spec, ['chart', 'spec', 'chart']));
  if (!chart) return [];
  const target = plain(spec['targetNamespace']);
  // Flux names the release <targetNamespace>-<name> when a target namespace is set, else <name>.
  const releaseName = plain(spec['releaseName']) ?? (res.name ? (target ? `${target}-${res.name}` : res.name) : undefined);
  const release: IstioRelease = { chart, releaseName, namespace: target ?? res.namespace, owner };
  if (isRecord(spec['values'])) {
    const path = res.base.concat('spec', 'values');
    release.values = { view: res.view, path, value: spec['values'], anchor: path };
  }
  return [release];
}

/**
 * Reads a wrapper's Istio releases: istiod values as mesh config (and install settings), gateway
 * values as the gateway the chart renders; the base chart holds no drain setting. `meshOnly`: the
 * file is read for its mesh config only (--mesh-config).
 */
export function addGitOpsRelease(inv: Inventory, res: Resource, order: number, opts: InventoryOptions, flag: boolean, meshOnly: boolean): void {
  istioReleases(res).forEach((release, i) => {
    if (release.embedError) inv.valuesErrors.push({ file: res.view.file, resource: res, owner: release.owner, ...release.embedError });
    const values = release.values;
    if (!values || holdsPlaceholder(values.value)) return;
    if (release.chart === 'istiod') {
      // Findings about the values name the wrapper; their paths are into the values' own view.
      const valuesRes: Resource = { view: values.view, base: values.path, kind: res.kind, apiVersion: res.apiVersion, name: res.name, namespace: res.namespace, value: values.value };
      addHelmValues(inv, valuesRes, order + i * 1e-9, flag, `Helm values of ${release.owner}`);
    } else if (release.chart === 'gateway' && !meshOnly) {
      addGatewayValues(inv, { view: values.view, path: values.path, values: values.value, anchor: values.anchor, releaseName: release.releaseName, namespace: release.namespace }, opts);
    }
  });
}
