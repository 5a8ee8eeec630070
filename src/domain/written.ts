/** How a value was written in YAML (for messages that quote it). */
import { Scalar } from 'yaml';
import type { Ref } from '../types.js';
import type { NodeAt } from '../yaml/path-at.js';

/** How the scalar a reference points at is written, if it points at one. */
function scalarAt(ref: Ref): NodeAt['scalar'] {
  const { node, depth } = ref.view.at(ref.path);
  return depth === ref.path.length ? node?.scalar : undefined;
}

/** The value as the user wrote it: `true`, `yes`, `30`, `"30"`, `45 sec` (quotes only where written). */
export function written(ref: Ref, value: unknown): string {
  const node = scalarAt(ref);
  if (typeof value === 'string') {
    if (node?.type === Scalar.PLAIN && value !== '') return value;
    if (node?.type === Scalar.QUOTE_SINGLE) return `'${value}'`;
    return JSON.stringify(value);
  }
  if (node && typeof node.source === 'string' && node.source !== '') return node.source;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** "a YAML boolean", "a YAML number", "a mapping"… for a value that should have been a string. */
export function yamlType(value: unknown): string {
  if (typeof value === 'boolean') return 'a YAML boolean';
  if (typeof value === 'number' || typeof value === 'bigint') return 'a YAML number';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a YAML timestamp';
  if (value !== null && typeof value === 'object') return 'a mapping';
  return 'null';
}

