/** Which ProxyConfig resources apply to a workload: per level only the oldest; a selector must match the pod labels. */
import type { ProxyConfigResource } from '../inventory/model.js';

/** Per level only the oldest ProxyConfig applies (creationTimestamp, else input order). */
export function oldest(list: ProxyConfigResource[]): ProxyConfigResource | undefined {
  return [...list].sort((a, b) => (a.creationTimestamp && b.creationTimestamp ? a.creationTimestamp.localeCompare(b.creationTimestamp) : 0) || a.order - b.order)[0];
}

/** A ProxyConfig selector's matchLabels are all pod labels. */
export function labelsMatch(selector: Record<string, unknown>, labels: Record<string, unknown>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
