/**
 * Jobs and the sidecar (spec §8.12): Kubernetes counts a Job's pod as done only when every regular
 * container has exited, and a classic istio-proxy runs until something stops it. What stops it is
 * a call to pilot-agent's `/quitquitquit` (port 15020) once the app is done, or native sidecars (an
 * init container with restartPolicy: Always, which does not count for completion).
 */
import type { Inventory, Workload } from '../inventory/model.js';
import type { Ref } from '../types.js';
import type { ResolvedWorkload } from '../resolved.js';
import { isRecord } from '../yaml/paths.js';
import { PROXY_CONTAINER } from './names.js';

/** Workload kinds whose pods must end by themselves: the Job controller waits for them. */
export const JOB_KINDS = new Set(['Job', 'CronJob']);

/** The agent's endpoint that makes the sidecar exit (localhost:15020/quitquitquit, `pilot-agent request POST quitquitquit`). */
export const QUIT_ENDPOINT = 'quitquitquit';

/**
 * Env a wrapper reads to call the endpoint when the app is done (scuttle's ISTIO_QUIT_API, set to
 * the agent's address without the path).
 */
const QUIT_API_ENV = new Set(['ISTIO_QUIT_API']);

export function isJobWorkload(w: Workload): boolean {
  return w.origin === 'pod' && JOB_KINDS.has(w.kind);
}

/**
 * Where a container other than istio-proxy calls `/quitquitquit`: in its command or args (a
 * script given inline), or in env a wrapper reads. Any port counts: Envoy's admin port 15000 has
 * the endpoint too, and ending Envoy ends the agent with it.
 */
export function quitCall(w: Workload): Ref | undefined {
  for (const c of w.containers) {
    if (c.name === PROXY_CONTAINER) continue;
    for (const field of ['command', 'args'] as const) {
      const list = c.value[field];
      if (!Array.isArray(list)) continue;
      const i = list.findIndex((s) => typeof s === 'string' && s.includes(QUIT_ENDPOINT));
      if (i >= 0) return { view: w.view, path: c.path.concat(field, i) };
    }
    const env = c.value['env'];
    if (!Array.isArray(env)) continue;
    const i = env.findIndex((e) => isRecord(e) && ((typeof e['value'] === 'string' && e['value'].includes(QUIT_ENDPOINT)) || (typeof e['name'] === 'string' && QUIT_API_ENV.has(e['name']))));
    if (i >= 0) return { view: w.view, path: c.path.concat('env', i) };
  }
  return undefined;
}

/**
 * Classic mode only because nothing says otherwise: no target versions, no nativeSidecar annotation,
 * no ENABLE_NATIVE_SIDECARS of istiod in the input. Native sidecars are the default from Istio 1.27
 * on clusters whose kubelets are 1.33 or later, so classic mode is then a guess.
 */
export function classicByDefault(rw: ResolvedWorkload, inv: Inventory, target: { istioVersion?: string; kubernetesVersion?: string }): boolean {
  if (target.istioVersion || target.kubernetesVersion) return false;
  if (rw.mode.prov.level !== 'default') return false;
  const setting = inv.istiodEnv.filter((e) => e.name === 'ENABLE_NATIVE_SIDECARS').pop();
  // "auto" decides by the nodes' kubelets, which the input does not show.
  return setting === undefined || String(setting.value) === 'auto';
}

