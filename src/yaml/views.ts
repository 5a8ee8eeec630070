/**
 * Document views: a document's plain value for rules and its tree (tokens or AST) for locations, with what a run
 * may keep of them held in a store made per run (two runs in one process share nothing).
 */
import { parseDocument, type CST, type Document } from 'yaml';
import type { DocView, Path, Ref, SourceFile } from '../types.js';
import { parseForValue, parseOptions, plainAt, toValue } from './read.js';
import { astAt } from './paths.js';
import type { PathAt } from './path-at.js';
import { LineIndex } from './lines.js';

/** How much a run keeps in memory: output never depends on it, only memory and time do. */
export interface MemoryLimits {
  /** Up to this much input text, every tree and every value is kept (default 1 MiB). */
  keepEverythingBytes: number;
  /** Beyond it, trees of documents other than the one being linted are cached for this much text (default 512 KiB). */
  astTextBytes: number;
}
export const DEFAULT_MEMORY: MemoryLimits = { keepEverythingBytes: 1024 * 1024, astTextBytes: 512 * 1024 };

/** On huge runs, at most this many cached trees: mesh documents that findings point at, mostly. */
const MAX_ASTS = 16;
/** Embedded texts parsed once per run (by text), and the largest text worth remembering. */
const EMBEDDED_CACHE = { entries: 256, textBytes: 4096 };

/**
 * What one run keeps of its documents. Runs of ordinary size keep every value and tree: nothing is
 * parsed twice. On huge runs a document that holds only workloads lets go of its value and tree once
 * its workloads are linted and parses its text again if it is read later; other documents' trees go
 * through a short cache of recent ones (a tree takes many times the memory of its text).
 */
export class DocumentStore {
  readonly keepEverything: boolean;
  private readonly astTextBudget: number;
  private readonly recent = new Map<LazyView, Tree>();
  private recentBytes = 0;
  /** Released values parsed again (tests and benchmarks check that ordinary runs have none). */
  reparsedValues = 0;
  /**
   * Embedded text that parsed cleanly, by text: the workloads of one chart repeat the same
   * annotation. Nothing downstream modifies a value or a tree, so views of different hosts share
   * them (each keeps its own mapping onto its host's lines).
   */
  private readonly embedded = new Map<string, { tree: Tree; value: unknown }>();
  /**
   * Told of every embedded document the run reads, once per reading (the suppression directives
   * in its comments are collected from it).
   */
  onEmbedded?: (view: DocView) => void;

  constructor(totalTextBytes = 0, limits: MemoryLimits = DEFAULT_MEMORY) {
    this.keepEverything = totalTextBytes <= limits.keepEverythingBytes;
    this.astTextBudget = this.keepEverything ? Infinity : limits.astTextBytes;
  }

  cachedTree(view: LazyView): Tree | undefined {
    return this.recent.get(view);
  }

  rememberTree(view: LazyView, tree: Tree): void {
    if (this.recent.delete(view)) this.recentBytes -= view.sourceText.length;
    this.recent.set(view, tree);
    this.recentBytes += view.sourceText.length;
    // Small documents have the largest trees for their text: their number is bounded too.
    while ((this.recentBytes > this.astTextBudget || (this.astTextBudget !== Infinity && this.recent.size > MAX_ASTS)) && this.recent.size > 1) {
      const oldest = this.recent.keys().next().value!;
      this.recent.delete(oldest);
      this.recentBytes -= oldest.sourceText.length;
    }
  }

  embeddedParse(text: string): { tree: Tree; value: unknown } | undefined {
    return this.embedded.get(text);
  }

  rememberEmbedded(text: string, tree: Tree, value: unknown): void {
    if (text.length > EMBEDDED_CACHE.textBytes) return;
    this.embedded.set(text, { tree, value });
    if (this.embedded.size > EMBEDDED_CACHE.entries) this.embedded.delete(this.embedded.keys().next().value!);
  }
}

/**
 * What locations are read from: a plainly written document's tokens (see token-values.ts), or the
 * AST of any other.
 */
export type Tree = { cst: CST.Document } | { ast: Document };

/** A view of a whole file's document whose offsets are file offsets (the config file). */
export function fileView(file: SourceFile, doc: Document, index: number, value: unknown): DocView {
  return {
    file,
    doc,
    sourceText: file.text,
    value,
    index,
    store: new DocumentStore(),
    at(path: Path) {
      return astAt(doc, path);
    },
    position(offset: number) {
      const p = file.lineCounter.linePos(offset);
      return { line: p.line, column: p.col };
    },
    releaseValue() {},
  };
}

/**
 * A view of one document of a manifest file, parsed from its own text, which starts a line of the
 * file (`line`, 1-based): its positions are found in that text alone, so that the file's text can
 * go once its documents are parsed. Without `tree`, locations parse the text again on first use.
 */
export function chunkView(store: DocumentStore, file: SourceFile, text: string, line: number, index: number, value: unknown, tree: Tree | undefined, lintedNow = false): DocView {
  const view = new LazyView(store, file, text, index, value, tree, line);
  // A document parsed for its workload's visit keeps its tree until it lets go of its value.
  if (lintedNow && tree) view.keepTree(tree);
  return view;
}

/** A view of YAML embedded in the scalar at `host`, whose offsets `mapping` maps onto the host's lines. */
export function embeddedView(host: Ref, text: string, value: unknown, tree: Tree, mapping: () => Position): DocView {
  const view = new LazyView(host.view.store, host.view.file, text, host.view.index, value, tree, mapping, host);
  host.view.store.onEmbedded?.(view);
  return view;
}

/** Marks a value the view has let go of; the next read parses the text again. */
const RELEASED = Symbol('released');

type Position = (offset: number) => { line: number; column: number };

/**
 * A document's value and what its locations are read from, kept or let go of as its run's store
 * says. A class, not closures: a huge run holds one of these per document.
 */
class LazyView implements DocView {
  private current: unknown;
  /** The tree, held as long as the value is (a released document's goes through the cache). */
  private tree: Tree | undefined;
  /** An embedded document: how to map its offsets onto the host (built on first use). */
  private map?: Position;
  /** A file document: the line starts of its text (built on first use). */
  private lines?: LineIndex;

  /** `placement`: the line of the file a file document's text starts, or how an embedded one maps onto its host. */
  constructor(
    readonly store: DocumentStore,
    readonly file: SourceFile,
    readonly sourceText: string,
    readonly index: number,
    value: unknown,
    /** Absent: parsed from the text on first use (a document a worker thread parsed sends only its value). */
    tree: Tree | undefined,
    private readonly placement: number | (() => Position),
    readonly host?: Ref,
  ) {
    this.current = value;
    // On huge runs a file document's tree is not kept from the parse: its workloads are linted much
    // later, and trees that linger are promoted to the old generation and bloat the heap. An
    // embedded document lives as long as the workload that holds it.
    if (store.keepEverything || typeof placement !== 'number') this.tree = tree;
  }

  get value(): unknown {
    if (this.current === RELEASED) {
      // The text parsed before, so parsing it again gives the same value; the tree stays with it.
      this.store.reparsedValues++;
      const parsed = parseForValue(this.sourceText);
      this.tree = parsed.doc ? { ast: parsed.doc } : { cst: parsed.cst };
      this.current = parsed.doc ? toValue(parsed.doc) : parsed.value;
    }
    return this.current;
  }

  get doc(): Document {
    if (this.tree && 'ast' in this.tree) return this.tree.ast;
    const cached = this.store.cachedTree(this);
    if (cached && 'ast' in cached) return cached.ast;
    const doc = parseDocument(this.sourceText, parseOptions(this.sourceText));
    this.store.rememberTree(this, { ast: doc });
    return doc;
  }

  at(path: Path): PathAt {
    const tree = this.tree ?? this.store.cachedTree(this) ?? this.parseTree();
    return 'cst' in tree ? plainAt(tree.cst, path) : astAt(tree.ast, path);
  }

  /** The tree of the text: its tokens where it is written plainly (cheaper to parse and to walk). */
  private parseTree(): Tree {
    const parsed = parseForValue(this.sourceText);
    const tree = parsed.doc ? { ast: parsed.doc } : { cst: parsed.cst };
    this.store.rememberTree(this, tree);
    return tree;
  }

  position(offset: number): { line: number; column: number } {
    if (typeof this.placement === 'number') {
      // The text starts a line: columns are the file's, lines are counted from its first.
      const p = (this.lines ??= new LineIndex(this.sourceText)).linePos(offset);
      return { line: this.placement + p.line - 1, column: p.col };
    }
    this.map ??= this.placement();
    return this.map(offset);
  }

  keepTree(tree: Tree): void {
    this.tree = tree;
  }

  releaseValue(always = false): void {
    if (this.store.keepEverything && !always) return;
    this.current = RELEASED;
    this.tree = undefined;
  }
}
