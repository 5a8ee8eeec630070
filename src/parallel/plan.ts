/**
 * How a run spreads over threads: how many (`--threads`), and how they share out the parse of
 * the run-level documents and the workload documents that only their workload reads (the
 * documents the first pass defers): claimed as threads become free. Every thread finds the same
 * documents in the same order in the same inputs.
 */
import os from 'node:os';

/** `--threads`: a count, or `auto` (more than one only for inputs large enough to gain from it). */
export type ThreadSetting = number | 'auto';

/**
 * Below this much input text, `auto` lints on one thread: starting a worker and reading the
 * run-level documents on it again costs more than it saves. Measured on two cores with the bench
 * corpus: a second thread is 1.24× slower at 1 MB, 1.1× faster at 2 MB, 1.28× faster at 6 MB.
 */
export const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
/** `auto` uses at most this many threads: each holds every run-level document. */
const MAX_AUTO_THREADS = 4;

/** The threads a run uses for this much input text. */
export function threadCount(setting: ThreadSetting, inputBytes: number, cpus = os.availableParallelism()): number {
  if (setting !== 'auto') return Math.max(1, Math.floor(setting));
  return inputBytes < PARALLEL_MIN_BYTES ? 1 : Math.max(1, Math.min(cpus, MAX_AUTO_THREADS));
}

/** Run-level documents are claimed this many at a time (a few milliseconds of parsing). */
export const RUN_LEVEL_CLAIM = 16;

/**
 * The run-level documents of the first pass, claimed for parsing by whichever thread is free, in
 * input order (shared memory): the main thread starts before the workers have loaded, and parses
 * what it claims while they do.
 */
export class RunLevelClaims {
  private readonly next: Int32Array;

  /** `buffer`: from RunLevelClaims.buffer(), shared by every thread of the run. */
  constructor(
    buffer: SharedArrayBuffer,
    readonly documents: number,
  ) {
    this.next = new Int32Array(buffer);
  }

  static buffer(): SharedArrayBuffer {
    return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  }

  /** The indexes of the documents this thread claims, claim after claim, until none is left. */
  *claims(): Generator<number> {
    for (;;) {
      const start = Atomics.add(this.next, 0, RUN_LEVEL_CLAIM);
      if (start >= this.documents) return;
      for (let i = start; i < Math.min(start + RUN_LEVEL_CLAIM, this.documents); i++) yield i;
    }
  }
}

/** Deferred documents are claimed in blocks this long (neighbours share files and their lines). */
export const BLOCK = 8;
/**
 * Blocks claimed beyond the last one the main thread has merged, at most: a thread that runs ahead
 * waits, so that what waits to be merged (events; values, when the main thread reads them) stays small.
 */
export const AHEAD_BLOCKS = 32;

/** How many blocks `documents` deferred documents make. */
export function blockCount(documents: number): number {
  return Math.ceil(documents / BLOCK);
}

const NEXT = 0;
const MERGED = 1;
/** Atomics.waitAsync (Node 16 and later; typed in TypeScript's ES2024 library, newer than the one this project compiles against). */
const waitAsync = (Atomics as unknown as { waitAsync(a: Int32Array, index: number, value: number): { value: Promise<unknown> | string } }).waitAsync;

/**
 * The blocks of deferred documents, claimed by whichever thread is free, in input order (shared
 * memory, no messages): a slower thread, or the main thread busy merging, simply claims fewer.
 * The main thread merges the blocks in input order and says how far it has got.
 */
export class BlockClaims {
  private readonly cells: Int32Array;

  /** `buffer`: from BlockClaims.buffer(), shared by every thread of the run. */
  constructor(
    buffer: SharedArrayBuffer,
    readonly blocks: number,
  ) {
    this.cells = new Int32Array(buffer);
  }

  static buffer(): SharedArrayBuffer {
    return new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  }

  /** The next free block, now this thread's; undefined when every block is taken. */
  claim(): number | undefined {
    if (Atomics.load(this.cells, NEXT) >= this.blocks) return undefined;
    const b = Atomics.add(this.cells, NEXT, 1);
    return b < this.blocks ? b : undefined;
  }

  /** Whether a claim now stays within AHEAD_BLOCKS of what the main thread has merged. */
  mayClaim(): boolean {
    return Atomics.load(this.cells, NEXT) - Atomics.load(this.cells, MERGED) < AHEAD_BLOCKS;
  }

  /** Whether every block is taken. */
  get allClaimed(): boolean {
    return Atomics.load(this.cells, NEXT) >= this.blocks;
  }

  /** The main thread: the blocks before `block` are merged. */
  merged(block: number): void {
    Atomics.store(this.cells, MERGED, block);
    Atomics.notify(this.cells, MERGED);
  }

  /** A worker: resolves once the main thread has merged more, or when every block is taken. */
  async mergedMore(): Promise<void> {
    const seen = Atomics.load(this.cells, MERGED);
    if (this.mayClaim() || this.allClaimed) return;
    // A pending waitAsync does not keep a thread alive: a timer does, meanwhile.
    const alive = setInterval(() => {}, 60_000);
    try {
      await waitAsync(this.cells, MERGED, seen).value;
    } finally {
      clearInterval(alive);
    }
  }
}
