/**
 * How a run spreads over threads: how many (`--threads`), and which thread parses and lints each
 * workload document that only its workload reads (the documents the first pass defers). Every
 * thread computes the same plan from the same inventory, so none has to be told it.
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
/** `auto` uses at most this many threads: the main thread and the workers each read every run-level document. */
const MAX_AUTO_THREADS = 4;

/** The threads a run uses for this much input text. */
export function threadCount(setting: ThreadSetting, inputBytes: number, cpus = os.availableParallelism()): number {
  if (setting !== 'auto') return Math.max(1, Math.floor(setting));
  return inputBytes < PARALLEL_MIN_BYTES ? 1 : Math.max(1, Math.min(cpus, MAX_AUTO_THREADS));
}

/** Deferred documents go to threads in blocks this long (neighbours share files and their lines). */
const BLOCK = 8;
/**
 * Blocks of each round that stay on the main thread, out of MAIN_SHARE + 3 × workers: besides its
 * own documents, the main thread builds and resolves every workload (for the rules that read
 * across workloads), replays what the workers found, and writes the output.
 */
const MAIN_SHARE = 2;
const WORKER_SHARE = 3;

/** The thread (0: the main thread) that parses and lints the `ordinal`-th deferred workload document. */
export function ownerOf(ordinal: number, threads: number): number {
  if (threads <= 1) return 0;
  const round = MAIN_SHARE + WORKER_SHARE * (threads - 1);
  const slot = Math.floor(ordinal / BLOCK) % round;
  return slot < MAIN_SHARE ? 0 : 1 + Math.floor((slot - MAIN_SHARE) / WORKER_SHARE);
}
