/**
 * A run over several threads. The main thread reads the inputs once and hands them to each worker.
 * The run-level documents are parsed once, each by the thread that claims it (plan.ts
 * RunLevelClaims: the main thread, which starts first, claims most), and their values exchanged:
 * every thread then holds all of them. The documents that only their workload reads,
 * and those nothing reads (parsed for their problems only), are claimed in blocks by whichever
 * thread is free (plan.ts BlockClaims), the main thread too when what it must merge next is not
 * ready. The main thread visits every workload in input order, a deferred one from what was
 * recorded for it on whichever thread. It runs the rules that read across workloads over all of
 * them, so the result set is the one a single thread makes, byte for byte.
 */
import type { Worker } from 'node:worker_threads';
import { loadInputs, outcome, type LintOutcome, type LintRequest } from '../engine.js';
import { finishFirstPass, parseRunLevel, prepareLoaded, readFirstPass, sendable, type DeferredItem, type Model, type ParsedRunLevel, type RunInputs } from '../first-pass.js';
import { deferredWorkload, parsedWorkload } from '../inventory/builder.js';
import { RuleRunner, runRules } from '../rule-runner.js';
import { Suppressor } from '../suppress/suppressor.js';
import type { DocView } from '../types.js';
import { chunkView } from '../yaml/views.js';
import { parsedElsewhere } from '../parse.js';
import { BLOCK, BlockClaims, blockCount, RunLevelClaims, threadCount, type ThreadSetting } from './plan.js';
import type { MainMessage, RemoteVisit, WorkerMessage, WorkerOptions } from './protocol.js';
import { documentOf, recordDeferred } from './record.js';
import { startWorker } from './worker.js';

/** A deferred document's visit, recorded on a worker (its value sent, if any) or on this thread (its workload's view kept, if any). */
interface RecordedVisit {
  visit: RemoteVisit;
  /** Recorded on this thread: its parse already counted on its file, its text already let go of. */
  local: boolean;
  view?: DocView;
}

export async function lintParallel(req: LintRequest, setting: ThreadSetting, options: WorkerOptions): Promise<LintOutcome> {
  const suppressor = new Suppressor(req.config, req.cwd, req.suppression);
  const inputs = await loadInputs(req);
  const bytes = [...inputs.loaded.inputs, ...inputs.meshOnly].reduce((n, i) => n + (i.text?.length ?? 0), 0);
  const threads = threadCount(setting, bytes);
  const claimsBuffer = BlockClaims.buffer();
  const runLevelClaims = RunLevelClaims.buffer();
  const workers = new Workers(Array.from({ length: threads - 1 }, () => startWorker({ options, inputs, claims: claimsBuffer, runLevelClaims })));
  try {
    const model = threads === 1 ? prepareLoaded(req, inputs, suppressor.onEmbedded) : await sharedFirstPass(req, inputs, suppressor, workers, runLevelClaims);
    const input = { inventory: model.inventory, run: model.run, config: model.config, onWorkload: req.onWorkload, suppressor };
    if (threads === 1) return outcome(req, model, runRules(req.rules, input), suppressor);
    const runner = new RuleRunner(req.rules, input, 'main');
    // This thread's own blocks are recorded as a worker records them, then merged in their place.
    const recorder = new RuleRunner(req.rules, input, 'worker');
    const readsEvery = runner.readsEveryWorkload;
    const inv = model.inventory;
    const deferred = model.deferred;
    const claims = new BlockClaims(claimsBuffer, blockCount(deferred.length));
    const own = new Map<number, RecordedVisit[]>();
    /** The recorded visits of `block`: claiming and recording blocks here until they are ready. */
    const blockVisits = async (block: number): Promise<RecordedVisit[]> => {
      for (let delivered = false; ; delivered = !delivered) {
        const ready = own.get(block) ?? workers.take(block);
        if (ready) {
          own.delete(block);
          return ready;
        }
        // The workers' blocks arrive as messages, delivered only between tasks: without letting
        // them in, this thread would record block after block of its own while theirs wait, the
        // merge would not move and the workers would stop at the AHEAD_BLOCKS window.
        if (!delivered) {
          await new Promise(setImmediate);
          continue;
        }
        const mine = claims.mayClaim() ? claims.claim() : undefined;
        if (mine === undefined) await workers.message();
        else own.set(mine, recordBlock(model, recorder, deferred, mine, readsEvery));
      }
    };
    let next = 0;
    let block: RecordedVisit[] = [];
    /** The next deferred document's recorded visit, merged into its file's counts and the run's parse errors. */
    const merge = async (): Promise<RecordedVisit> => {
      if (next % BLOCK === 0) {
        claims.merged(next / BLOCK);
        block = await blockVisits(next / BLOCK);
      }
      const recorded = block[next % BLOCK]!;
      const at = documentOf(deferred[next++]!);
      const { visit } = recorded;
      model.findings.push(...visit.parseErrors);
      if (recorded.local) return recorded;
      for (const k of ['documents', 'resources', 'values'] as const) at.file.counts[k] += visit.counts[k];
      const text = parsedElsewhere(at, model.store, readsEvery && 'value' in visit);
      // A worker's document, from its value: its tree is parsed here only if a location in it is needed.
      return text === undefined ? recorded : { ...recorded, view: chunkView(model.store, at.file, text, at.line, at.index, visit.value, undefined) };
    };
    for (const source of inv.workloadSources) {
      if ('origin' in source) runner.visit(source);
      else if (!('read' in source)) {
        const w = parsedWorkload(inv, source);
        if (w) runner.visit(w);
      }
      if (!('read' in source)) continue;
      // Documents nothing reads, before this workload's.
      while ('unread' in deferred[next]!) await merge();
      if (deferred[next] !== source) throw new Error('the deferred documents are out of step with the workloads');
      const { visit, view } = await merge();
      if (!readsEvery) {
        if (visit.workload) runner.replayVisit(visit.annotationError, visit.events);
        continue;
      }
      const w = deferredWorkload(inv, source, view);
      if (w) runner.visit(w, visit.events);
      view?.releaseValue(true);
    }
    while (next < deferred.length) await merge();
    claims.merged(claims.blocks);
    for (const uses of await workers.done()) suppressor.useFrom(uses);
    return outcome(req, model, runner.finish(), suppressor);
  } finally {
    workers.stop();
  }
}

/**
 * The first pass with the run-level documents shared out: each thread parses those it claims; the
 * main thread gathers what the workers parsed (it waits only for documents a worker has claimed)
 * and sends each worker what the other threads parsed.
 */
async function sharedFirstPass(req: LintRequest, inputs: RunInputs, suppressor: Suppressor, workers: Workers, claims: SharedArrayBuffer): Promise<Model> {
  const first = readFirstPass(req, inputs, suppressor.onEmbedded, true);
  const mine = parseRunLevel(first, new RunLevelClaims(claims, first.runLevel.length).claims());
  const theirs = await workers.runLevel(first.runLevel.length - mine.length);
  const sent = sendable(mine);
  workers.sendEach((k) => ({ kind: 'runLevel', parsed: [sent, ...theirs.filter((p) => p.thread !== k).map((p) => p.parsed)].flat() }));
  return finishFirstPass(first, [...mine, ...theirs.flatMap((p) => p.parsed)]);
}

/** Parses one block of deferred documents on this thread, and lints their workloads. */
function recordBlock(model: Model, recorder: RuleRunner, deferred: DeferredItem[], block: number, keepViews: boolean): RecordedVisit[] {
  const visits: RecordedVisit[] = [];
  for (let i = block * BLOCK; i < Math.min((block + 1) * BLOCK, deferred.length); i++) {
    visits.push({ ...recordDeferred(model, recorder, deferred[i]!, keepViews), local: true });
  }
  return visits;
}

/** The run's worker threads as the main thread sees them: the blocks they send, then the directives they used. */
class Workers {
  /** Blocks received and not yet merged. */
  private readonly blocks = new Map<number, RemoteVisit[]>();
  /** The run-level documents each worker parsed, as they came. */
  private readonly parsedRunLevel: { thread: number; parsed: ParsedRunLevel[] }[] = [];
  private readonly uses: [string, string, string[]][][] = [];
  private error?: Error;
  private wake?: () => void;

  constructor(private readonly workers: Worker[]) {
    workers.forEach((worker, k) => {
      let finished = false;
      worker.on('message', (m: WorkerMessage) => {
        if (m.kind === 'runLevel') this.parsedRunLevel.push({ thread: k, parsed: m.parsed });
        else if (m.kind === 'block') this.blocks.set(m.block, m.visits);
        else if (m.kind === 'done') {
          finished = true;
          this.uses.push(m.uses);
        } else this.fail(Object.assign(new Error(m.message), { stack: m.stack }));
        this.wake?.();
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (!finished) this.fail(new Error(`a worker thread stopped (exit code ${code}) before it was done`));
      });
    });
  }

  /**
   * The run-level documents the workers parsed, once `expected` have come (those the workers
   * claimed: a worker that claimed none may not have started yet, and is not waited for).
   */
  async runLevel(expected: number): Promise<{ thread: number; parsed: ParsedRunLevel[] }[]> {
    while (this.parsedRunLevel.reduce((n, p) => n + p.parsed.length, 0) < expected) await this.message();
    return [...this.parsedRunLevel];
  }

  /** Sends each worker its message (`k`: the worker's place among them). */
  sendEach(message: (k: number) => MainMessage): void {
    this.workers.forEach((worker, k) => worker.postMessage(message(k)));
  }

  private fail(e: Error): void {
    this.error ??= e;
    this.wake?.();
  }

  /** A block a worker has sent, taken out of those waiting. */
  take(block: number): RecordedVisit[] | undefined {
    const visits = this.blocks.get(block);
    if (!visits) return undefined;
    this.blocks.delete(block);
    return visits.map((visit) => ({ visit, local: false }));
  }

  /** Resolves at the next message of any worker. */
  message(): Promise<void> {
    if (this.error) return Promise.reject(this.error);
    return new Promise<void>((resolve, reject) => {
      this.wake = () => {
        this.wake = undefined;
        if (this.error) reject(this.error);
        else resolve();
      };
    });
  }

  /** The directives each worker's findings used, once every worker is done. */
  async done(): Promise<[string, string, string[]][][]> {
    while (this.uses.length < this.workers.length) await this.message();
    return this.uses;
  }

  stop(): void {
    for (const w of this.workers) void w.terminate();
  }
}
