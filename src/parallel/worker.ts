/**
 * A worker thread of a run: it reads the run-level documents of the inputs the main thread sends
 * (as every thread does), then parses and lints the workload documents it owns (plan.ts ownerOf)
 * with the rules that judge each workload on its own, and sends back, per document, its value,
 * parse errors, counts and what the rules reported. The main thread merges them in input order.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { prepareLoaded } from '../engine.js';
import { deferredWorkload } from '../inventory/builder.js';
import { annotationParseError, RuleRunner } from '../rule-runner.js';
import { planRun } from '../run-plan.js';
import { Suppressor } from '../suppress/suppressor.js';
import { parsedElsewhere } from '../parse.js';
import { ownerOf } from './plan.js';
import type { RemoteVisit, WorkerMessage, WorkerTask } from './protocol.js';

const TASK = 'drainlintWorkerTask';
/** Atomics.waitAsync (Node 16 and later; typed in TypeScript's ES2024 library, newer than the one this project compiles against). */
const waitAsync = (Atomics as unknown as { waitAsync(a: Int32Array, index: number, value: number): { value: Promise<unknown> | string } }).waitAsync;
/** Visits sent at once: fewer messages, while the main thread still gets work early. */
const BATCH = 16;
/**
 * Batches a worker sends ahead of what the main thread has merged: a worker that runs ahead waits,
 * so that values waiting to be merged do not pile up in the main thread's memory.
 */
const AHEAD = 8;

/** Starts a worker thread for a task: it runs this same module (or the bundle it is part of). */
export function startWorker(task: WorkerTask): Worker {
  // Node's own flags carry over, but not --input-type: it is for the main script given as text (node -e).
  const options = { workerData: { [TASK]: task }, execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')) };
  const self = fileURLToPath(import.meta.url);
  const loader = path.join(path.dirname(self), 'code-cache.cjs');
  if (self.endsWith('.cjs') && existsSync(loader)) {
    // The command line's bundle: compiled through the code cache of the runs before, as bin/drainlint.js loads it.
    const code = `const { defaultCacheDir, loadBundle } = require(${JSON.stringify(loader)});\nloadBundle(${JSON.stringify(self)}, defaultCacheDir(process.env));`;
    return new Worker(code, { ...options, eval: true });
  }
  return new Worker(self, options);
}

// A worker thread started by startWorker() loads this module as its main module, with its task in
// workerData: it serves the task once every module is loaded.
if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[TASK]) {
  const port = parentPort;
  setImmediate(() => void serve((workerData as Record<string, WorkerTask>)[TASK]!, port));
}

async function serve(task: WorkerTask, port: MessagePort): Promise<void> {
  const send = (m: WorkerMessage) => port.postMessage(m);
  // The main thread counts the batches it has merged in `task.merged` (shared memory, no messages).
  const merged = new Int32Array(task.merged);
  let sent = 0;
  const sendBatch = async (visits: RemoteVisit[]) => {
    send({ kind: 'visits', visits });
    sent++;
    for (let done = Atomics.load(merged, 0); sent - done >= AHEAD; done = Atomics.load(merged, 0)) {
      // A pending waitAsync does not keep a thread alive: a timer does, meanwhile.
      const alive = setInterval(() => {}, 60_000);
      await waitAsync(merged, 0, done).value;
      clearInterval(alive);
    }
  };
  try {
    const { options, inputs, thread, threads } = task;
    const plan = planRun(options);
    const { config, rules, known } = plan;
    const suppressor = new Suppressor(config, plan.cwd, { inline: options.inlineSuppressions !== false, reportUnused: options.reportUnusedDisableDirectives === true, knownRules: known });
    const model = prepareLoaded({ cwd: plan.cwd, paths: [], config, meshConfigFiles: config.meshConfig, gatewayValuesFiles: config.gatewayValues }, inputs, suppressor.onEmbedded, true);
    const runner = new RuleRunner(rules, { inventory: model.inventory, run: model.run, config: model.config, suppressor }, 'worker');
    const readsEvery = runner.readsEveryWorkload;
    let ordinal = 0;
    let batch: RemoteVisit[] = [];
    for (const source of model.inventory.workloadSources) {
      if (!('read' in source)) continue;
      if (ownerOf(ordinal++, threads) !== thread) {
        parsedElsewhere(source.at, model.store, false);
        continue;
      }
      const counts = source.at.file.counts;
      const before = { ...counts };
      const found = model.findings.length;
      const view = source.read();
      const w = deferredWorkload(model.inventory, source, view);
      const annotationError = w && annotationParseError(w);
      batch.push({
        ...(view && readsEvery ? { value: view.value } : {}),
        workload: w !== undefined,
        ...(annotationError ? { annotationError } : {}),
        parseErrors: model.findings.splice(found),
        counts: { documents: counts.documents - before.documents, resources: counts.resources - before.resources, values: counts.values - before.values },
        events: w ? runner.visit(w) : [],
      });
      view?.releaseValue(true);
      if (batch.length >= BATCH) {
        await sendBatch(batch);
        batch = [];
      }
    }
    if (batch.length > 0) send({ kind: 'visits', visits: batch });
    send({ kind: 'done', uses: suppressor.uses() });
  } catch (e) {
    send({ kind: 'failed', message: (e as Error).message ?? String(e), stack: (e as Error).stack });
  }
}
