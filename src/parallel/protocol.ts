/** What the main thread and a worker thread of one run send each other (structured clones: plain data only). */
import type { LintOptions } from '../lint-options.js';
import type { ParsedRunLevel, RunInputs } from '../first-pass.js';
import type { RuleEvent } from '../rule-runner.js';
import type { Finding } from '../types.js';

/** A worker's part of a run: the run's options (as lint() got them, without functions) and inputs, read once by the main thread. */
export interface WorkerTask {
  options: WorkerOptions;
  inputs: RunInputs;
  /** The run's block claims (plan.ts BlockClaims), shared by every thread. */
  claims: SharedArrayBuffer;
  /** The run's claims of run-level documents (plan.ts RunLevelClaims), shared by every thread. */
  runLevelClaims: SharedArrayBuffer;
}

/** The options a worker plans its run with: those of lint() that are data. */
export type WorkerOptions = Omit<NonNullable<LintOptions['options']>, 'stdin'>;

/** One deferred workload document parsed and linted out of input order (record.ts). */
export interface RemoteVisit {
  /**
   * The document's value, when the main thread reads every workload (RuleRunner.readsEveryWorkload);
   * absent too when it did not parse or is not read.
   */
  value?: unknown;
  /** The document holds a workload of its kind (the main thread counts it). */
  workload: boolean;
  /** Its proxy.istio.io/config annotation does not parse. */
  annotationError?: Finding;
  /** Its parse errors. */
  parseErrors: Finding[];
  /** What its parse added to its file's counts. */
  counts: { documents: number; resources: number; values: number };
  /** What the worker's rules reported for its workload. */
  events: RuleEvent[];
}

export type WorkerMessage =
  /** The run-level documents the worker claimed, parsed (none, if it started when every one was claimed). */
  | { kind: 'runLevel'; parsed: ParsedRunLevel[] }
  /** A block the worker claimed: its documents' visits, in input order. */
  | { kind: 'block'; block: number; visits: RemoteVisit[] }
  /** The worker is done: the annotation directives its findings used (Suppressor.uses()). */
  | { kind: 'done'; uses: [string, string, string[]][] }
  | { kind: 'failed'; message: string; stack?: string };

/** What the main thread sends a worker: the run-level documents the other threads parsed. */
export type MainMessage = { kind: 'runLevel'; parsed: ParsedRunLevel[] };
