/** Workloads from pod templates: Pods, Deployments, StatefulSets, Jobs, CronJobs, Argo Rollouts… */
import type { Path, Ref } from '../types.js';
import { get, isRecord } from '../yaml/paths.js';
import { parseEmbedded } from '../yaml/embedded.js';
import { PROXY_CONFIG_ANNOTATION } from '../domain/names.js';
import type { Resource, Workload } from './model.js';
import type { InventoryOptions } from './model.js';

export function workload(res: Resource, template: Path, opts: InventoryOptions): Workload {
  const tpl = res.base.concat(template);
  const podMetaPath = tpl.concat('metadata');
  const podSpecPath = tpl.concat('spec');
  const root = res.view.value;
  const meta = get(root, podMetaPath);
  const spec = get(root, podSpecPath);
  const w: Workload = {
    ...res,
    origin: 'pod',
    effectiveNamespace: res.namespace ?? opts.defaultNamespace,
    podMetaPath,
    podSpecPath,
    annotationsPath: podMetaPath.concat('annotations'),
    labelsPath: podMetaPath.concat('labels'),
    annotationMetadataRendered: true,
    podLabels: isRecord(meta) && isRecord(meta['labels']) ? meta['labels'] : {},
    podAnnotations: isRecord(meta) && isRecord(meta['annotations']) ? meta['annotations'] : {},
    podSpec: isRecord(spec) ? spec : {},
    containers: [],
  };
  for (const [field, init] of [['containers', false], ['initContainers', true]] as const) {
    const list = w.podSpec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      if (isRecord(c)) w.containers.push({ name: typeof c['name'] === 'string' ? c['name'] : '', init, path: podSpecPath.concat(field, i), value: c });
    });
  }
  attachProxyConfigAnnotation(w);
  return w;
}

export function attachProxyConfigAnnotation(w: Workload): void {
  if (typeof w.podAnnotations[PROXY_CONFIG_ANNOTATION] === 'string') {
    const host: Ref = { view: w.view, path: w.annotationsPath.concat(PROXY_CONFIG_ANNOTATION) };
    w.proxyConfigAnnotation = { host, ...parseEmbedded(host) };
  }
}
