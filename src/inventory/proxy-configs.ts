/** ProxyConfig resources: their selector (none, or labels to match) and age (the oldest of a level wins). */
import { isRecord } from '../yaml/paths.js';
import type { Inventory, Resource } from './model.js';

export function addProxyConfig(inv: Inventory, res: Resource, order: number): void {
  const spec = isRecord(res.value['spec']) ? res.value['spec'] : {};
  // A selector without labels to match (no matchLabels, or an empty one) selects no pod at all.
  const matchLabels = isRecord(spec['selector']) ? spec['selector']['matchLabels'] : undefined;
  const selector = spec['selector'] === undefined || spec['selector'] === null ? undefined : isRecord(matchLabels) && Object.keys(matchLabels).length > 0 ? matchLabels : { 'drainlint.io/matches-nothing': {} };
  const meta = isRecord(res.value['metadata']) ? res.value['metadata'] : {};
  const ts = meta['creationTimestamp'];
  inv.proxyConfigs.push({ ...res, selector, creationTimestamp: typeof ts === 'string' ? ts : ts instanceof Date ? ts.toISOString() : undefined, order });
}
