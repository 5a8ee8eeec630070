/**
 * A finding's fingerprint: what stays the same when lines shift or the YAML is reformatted — the
 * rule and message id, the resource, the YAML path of the node the finding points at (a list item
 * named by its `name` where it has one, so reordering a list keeps it) and that node's value when
 * it is a scalar (quoting and flow or block style do not change it). Line numbers are not part of it.
 */
import { nodeCrypto } from '../node-builtins.js';
import type { Path, Ref, ResourceId } from '../types.js';
import { isRecord } from '../yaml/paths.js';

/** The path of a reference as the fingerprint reads it, through the scalars YAML is embedded in: `spec.containers[app].env[MIN].value`. */
export function fingerprintPath(ref: Ref): string {
  const own = pathText(ref.view.value, ref.path);
  return ref.view.host ? `${fingerprintPath(ref.view.host)}>${own}` : own;
}

function pathText(root: unknown, path: Path): string {
  let cur: unknown = root;
  let start = 0;
  // A List item is its own resource: its index in the List is not part of it.
  if (isRecord(root) && Array.isArray(root['items']) && path[0] === 'items' && typeof path[1] === 'number') {
    cur = root['items'][path[1]];
    start = 2;
  }
  let out = '';
  for (let i = start; i < path.length; i++) {
    const seg = path[i]!;
    if (Array.isArray(cur) && typeof seg === 'number') {
      const item = cur[seg];
      const name = isRecord(item) && typeof item['name'] === 'string' ? item['name'] : undefined;
      out += name !== undefined ? `[${name}]` : `[${seg}]`;
      cur = item;
    } else {
      out += `${out === '' ? '' : '.'}${String(seg)}`;
      cur = isRecord(cur) ? cur[String(seg)] : undefined;
    }
  }
  return out;
}

/** The value a fingerprint holds: a scalar's, as text; nothing for a mapping, a list or a missing node. */
function valueText(ref: Ref): string {
  let cur: unknown = ref.view.value;
  for (const seg of ref.path) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg as string] : undefined;
  return cur === null || cur === undefined || typeof cur === 'object' ? '' : String(cur);
}

export function resourceText(id: ResourceId | undefined): string {
  if (!id) return '';
  return `${id.kind}${id.namespace || id.name ? ' ' : ''}${id.namespace ? `${id.namespace}/` : ''}${id.name ?? ''}${id.container ? ` [${id.container}]` : ''}`;
}

/** The fingerprint of a finding of `ruleId`/`messageId` about `resource` at `at`: 16 hex digits. */
export function fingerprint(ruleId: string, messageId: string, resource: ResourceId | undefined, at: Ref): string {
  const parts = [ruleId, messageId, resourceText(resource), fingerprintPath(at), at.target === 'key' ? 'key' : 'value', valueText(at)];
  const text = JSON.stringify(parts);
  const crypto = nodeCrypto();
  // crypto.hash (Node 20.12 and later) hashes in one call, some five times faster than a Hash object.
  return (typeof crypto.hash === 'function' ? crypto.hash('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex')).slice(0, 16);
}
