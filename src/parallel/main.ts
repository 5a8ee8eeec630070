/**
 * A run over several threads. The main thread reads the inputs once and hands them to each worker;
 * every thread reads the run-level documents itself. The workload documents that only their
 * workload reads are shared out (plan.ts ownerOf): each thread parses and lints its own. The main
 * thread then visits every workload in input order: its own as on one thread, the workers' from
 * the value and events they sent. It runs the rules that read across workloads over all of them,
 * so the result set is the one a single thread makes, byte for byte.
 */
import type { Worker } from 'node:worker_threads';
import { loadInputs, outcome, prepareLoaded, type LintOutcome, type LintRequest, type Model } from '../engine.js';
import { deferredWorkload, parsedWorkload } from '../inventory/builder.js';
import { RuleRunner, runRules } from '../rule-runner.js';
import { Suppressor } from '../suppress/suppressor.js';
import type { DocView, SourceFile } from '../types.js';
import { chunkView } from '../yaml/views.js';
import { parsedElsewhere } from '../parse.js';
import { ownerOf, threadCount, type ThreadSetting } from './plan.js';
import type { RemoteVisit, WorkerMessage, WorkerOptions } from './protocol.js';
import { startWorker } from './worker.js';

export async function lintParallel(req: LintRequest, setting: ThreadSetting, options: WorkerOptions): Promise<LintOutcome> {
  const suppressor = new Suppressor(req.config, req.cwd, req.suppression);
  const inputs = await loadInputs(req);
  const bytes = [...inputs.loaded.inputs, ...inputs.meshOnly].reduce((n, i) => n + (i.text?.length ?? 0), 0);
  const threads = threadCount(setting, bytes);
  const workers = Array.from({ length: threads - 1 }, (_, i) => {
    const merged = new SharedArrayBuffer(4);
    return new RemoteThread(startWorker({ options, inputs, thread: i + 1, threads, merged }), new Int32Array(merged));
  });
  try {
    const model = prepareLoaded(req, inputs, suppressor.onEmbedded);
    const input = { inventory: model.inventory, run: model.run, config: model.config, onWorkload: req.onWorkload, suppressor };
    if (threads === 1) return outcome(req, model, runRules(req.rules, input), suppressor);
    const runner = new RuleRunner(req.rules, input, 'main');
    const readsEvery = runner.readsEveryWorkload;
    const inv = model.inventory;
    let ordinal = 0;
    for (const source of inv.workloadSources) {
      if ('origin' in source) runner.visit(source);
      else if (!('read' in source)) {
        const w = parsedWorkload(inv, source);
        if (w) runner.visit(w);
      }
      if (!('read' in source)) continue;
      const owner = ownerOf(ordinal++, threads);
      let view: DocView | undefined;
      let remote: RemoteVisit | undefined;
      if (owner === 0) view = source.read();
      else {
        remote = await workers[owner - 1]!.next();
        mergeCounts(source.at.file, remote, model);
        const text = parsedElsewhere(source.at, model.store, readsEvery && 'value' in remote);
        if (!readsEvery) {
          if (remote.workload) runner.replayVisit(remote.annotationError, remote.events);
          continue;
        }
        // The worker's document, from its value: the AST is parsed here only if a location in it is needed.
        if (text !== undefined) view = chunkView(model.store, source.at.file, text, source.at.line, source.at.index, remote.value, undefined);
      }
      const w = deferredWorkload(inv, source, view);
      if (w) runner.visit(w, remote?.events);
      view?.releaseValue(true);
    }
    for (const t of workers) suppressor.useFrom(await t.done());
    return outcome(req, model, runner.finish(), suppressor);
  } finally {
    for (const t of workers) t.stop();
  }
}

/** What a worker's parse of a document added to its file's counts and to the run's parse errors. */
function mergeCounts(file: SourceFile, remote: RemoteVisit, model: Model): void {
  for (const k of ['documents', 'resources', 'values'] as const) file.counts[k] += remote.counts[k];
  model.findings.push(...remote.parseErrors);
}

/** A worker thread as the main thread sees it: its visits in order, then the directives it used. */
class RemoteThread {
  /** Batches received and not yet merged, the first one partly. */
  private readonly batches: RemoteVisit[][] = [];
  private head = 0;
  private uses?: [string, string, string[]][];
  private error?: Error;
  private wake?: () => void;

  constructor(
    private readonly worker: Worker,
    /** Batches merged, shared with the worker. */
    private readonly merged: Int32Array,
  ) {
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'visits') this.batches.push(m.visits);
      else if (m.kind === 'done') this.uses = m.uses;
      else this.fail(Object.assign(new Error(m.message), { stack: m.stack }));
      this.wake?.();
    });
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', (code) => {
      if (!this.uses) this.fail(new Error(`a worker thread stopped (exit code ${code}) before it was done`));
    });
  }

  private fail(e: Error): void {
    this.error ??= e;
    this.wake?.();
  }

  /** The worker's next visit, in the order of the run's documents. */
  async next(): Promise<RemoteVisit> {
    while (this.batches.length === 0) await this.signal(() => this.batches.length > 0);
    const batch = this.batches[0]!;
    const v = batch[this.head++]!;
    if (this.head === batch.length) {
      this.batches.shift();
      this.head = 0;
      Atomics.add(this.merged, 0, 1);
      Atomics.notify(this.merged, 0);
    }
    return v;
  }

  async done(): Promise<[string, string, string[]][]> {
    while (!this.uses) await this.signal(() => this.uses !== undefined);
    return this.uses;
  }

  private signal(ready: () => boolean): Promise<void> {
    if (this.error) return Promise.reject(this.error);
    if (ready()) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.wake = () => {
        this.wake = undefined;
        if (this.error) reject(this.error);
        else resolve();
      };
    });
  }

  stop(): void {
    void this.worker.terminate();
  }
}
