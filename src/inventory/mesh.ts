/** Mesh configs outside IstioOperators: `istio` ConfigMaps, Helm values files, and istiod Deployments' env. */
import type { Ref } from '../types.js';
import { get, isRecord } from '../yaml/paths.js';
import { parseEmbedded } from '../yaml/embedded.js';
import type { Inventory, Resource } from './model.js';
import { collectInstallValues } from './operator.js';

/**
 * Values of istiod's chart (a values file, or a GitOps wrapper's): `meshConfig`, and the install
 * settings `global.proxy.lifecycle` and istiod's env — `pilot.env`, or `env` at the top level of the
 * standalone istiod chart, whose values are flat.
 */
export function addHelmValues(inv: Inventory, res: Resource, order: number, flag: boolean, label = `Helm values ${res.view.file.path}`): void {
  const revision = typeof res.value['revision'] === 'string' ? res.value['revision'] : '';
  const value = res.value['meshConfig'];
  if (isRecord(value)) {
    inv.meshSources.push({ kind: 'HelmValues', label, revision, shared: false, order, fromMeshConfigFlag: flag, view: res.view, path: res.base.concat('meshConfig'), value, resource: res });
  }
  collectInstallValues(inv, res, res.base, revision, label);
  const env = res.value['env'];
  if (isRecord(env)) {
    for (const [name, v] of Object.entries(env)) inv.istiodEnv.push({ name, value: v, ref: { view: res.view, path: res.base.concat('env', name) }, revision, label });
  }
}

export function addConfigMapMesh(inv: Inventory, res: Resource, shared: Set<string>): void {
  const extra = res as Resource & { order?: number; flag?: boolean };
  const name = res.name ?? 'istio';
  const isShared = shared.has(name);
  const revision = isShared || name === 'istio' ? '' : name.slice('istio-'.length);
  const host: Ref = { view: res.view, path: res.base.concat('data', 'mesh') };
  const parsed = parseEmbedded(host);
  const value = parsed.view?.value;
  const label = `ConfigMap ${res.namespace ?? 'istio-system'}/${name}`;
  inv.meshSources.push({
    kind: 'ConfigMap',
    label,
    revision,
    shared: isShared,
    order: extra.order ?? 0,
    fromMeshConfigFlag: extra.flag === true,
    view: parsed.view ?? res.view,
    path: parsed.view ? [] : host.path,
    value: isRecord(value) ? value : {},
    embedError: parsed.error,
    resource: res,
  });
}

export function collectIstiodEnv(inv: Inventory, res: Resource): void {
  const spec = get(res.view.value, res.base.concat('spec', 'template', 'spec', 'containers'));
  if (!Array.isArray(spec)) return;
  const revision = res.name === 'istiod' ? '' : (res.name ?? '').replace(/^istiod-/, '');
  spec.forEach((c, ci) => {
    if (!isRecord(c) || !Array.isArray(c['env'])) return;
    c['env'].forEach((e, ei) => {
      if (isRecord(e) && typeof e['name'] === 'string' && 'value' in e) {
        inv.istiodEnv.push({
          name: e['name'],
          value: e['value'],
          ref: { view: res.view, path: res.base.concat('spec', 'template', 'spec', 'containers', ci, 'env', ei, 'value') },
          revision,
          label: `istiod Deployment ${res.namespace ?? ''}/${res.name}`,
        });
      }
    });
  });
}

/**
 * istiod reads a second mesh source when its SHARED_MESH_CONFIG names a shared ConfigMap (managed
 * add-ons): each mesh document of that revision is then one of two, which changes what istiod does
 * with an invalid one (spec §8.6). Records the other source on each.
 */
export function pairMeshSources(inv: Inventory): void {
  for (const m of inv.meshSources) {
    const ns = m.resource.namespace ?? 'istio-system';
    if (m.shared) {
      const main = inv.meshSources.find((o) => !o.shared && o.revision === m.revision);
      m.pairedWith = main?.label ?? `ConfigMap ${ns}/${m.revision ? `istio-${m.revision}` : 'istio'}`;
      continue;
    }
    const env = inv.istiodEnv.filter((e) => e.name === 'SHARED_MESH_CONFIG' && e.revision === m.revision && typeof e.value === 'string' && e.value !== '').pop();
    if (!env) continue;
    const shared = inv.meshSources.find((o) => o.shared && o.resource.name === env.value);
    m.pairedWith = shared?.label ?? `ConfigMap ${ns}/${String(env.value)}`;
  }
}
