/**
 * A path into a YAML document and what a location needs of the node at it. A module of its own,
 * importing nothing of the project: the value readers, the token walker and the document views
 * all speak of paths.
 */
import type { Scalar } from 'yaml';

/** A path into a YAML document: map keys and sequence indexes. */
export type PathSeg = string | number;
export type Path = readonly PathSeg[];

/** What a location needs of the node at a path: its range, and for a scalar how it is written. */
export interface NodeAt {
  /** [start, end of the value, end with what trails it], as the library's node ranges. */
  range: [number, number, number];
  /** A scalar's style, its text before tags resolve it (`30`, `yes`) and its value. */
  scalar?: { type: Scalar.Type | null | undefined; source: string | undefined; value: unknown };
}

/**
 * The node at a path (the deepest that exists), the key naming it in its mapping, how much of the
 * path exists, the document's contents and the offset the document starts at.
 */
export interface PathAt {
  node: NodeAt | null;
  key: NodeAt | null;
  depth: number;
  /** The document's contents (worked out when asked: only locations that fall back need it). */
  contents(): NodeAt | null;
  start: number;
}
