/**
 * A worker thread of a run: in the inputs the main thread sends, it parses the run-level documents
 * it claims (plan.ts RunLevelClaims) and gets the others' values from the main thread, then claims
 * blocks of the documents whose parse waited (plan.ts BlockClaims), parses them, lints their
 * workloads with the rules that judge each workload on its own, and sends back, per document, its parse errors, counts, what the rules reported (and its
 * value, when the main thread reads every workload). The main thread merges them in input order.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessagePort, Worker } from 'node:worker_threads';
import { nodeWorkerThreads } from '../node-builtins.js';
import { finishFirstPass, parseRunLevel, readFirstPass, sendable } from '../first-pass.js';
import { RuleRunner } from '../rule-runner.js';
import { planRun } from '../run-plan.js';
import { Suppressor } from '../suppress/suppressor.js';
import { parsedElsewhere } from '../parse.js';
import { BLOCK, BlockClaims, blockCount, RunLevelClaims } from './plan.js';
import { documentOf, recordDeferred } from './record.js';
import type { MainMessage, RemoteVisit, WorkerMessage, WorkerTask } from './protocol.js';

const TASK = 'drainlintWorkerTask';
/**
 * Given in a worker's argv: a module of the bundle can tell it runs in a worker without loading
 * node:worker_threads, which a run on one thread never needs.
 */
const WORKER_ARG = '--drainlint-worker';

/** Starts a worker thread for a task: it runs this same module (or the bundle it is part of). */
export function startWorker(task: WorkerTask): Worker {
  // Node's flags carry over as Node passes them on by default (a V8 flag such as --max-old-space-size
  // may not be given to a worker again: it holds for the whole process). --input-type is left out: it
  // is for the main script given as text (node -e), and would make the worker's code a module.
  const inputType = process.execArgv.some((a) => a.startsWith('--input-type'));
  const options = { workerData: { [TASK]: task }, argv: [WORKER_ARG], ...(inputType ? { execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')) } : {}) };
  const self = fileURLToPath(import.meta.url);
  const loader = path.join(path.dirname(self), 'code-cache.cjs');
  if (self.endsWith('.cjs') && existsSync(loader)) {
    // The command line's bundle: compiled through the code cache of the runs before, as bin/drainlint.js loads it.
    const code = `const { defaultCacheDir, loadBundle } = require(${JSON.stringify(loader)});\nloadBundle(${JSON.stringify(self)}, defaultCacheDir(process.env));`;
    return new (nodeWorkerThreads().Worker)(code, { ...options, eval: true });
  }
  return new (nodeWorkerThreads().Worker)(self, options);
}

// A worker thread started by startWorker() loads this module as its main module, with its task in
// workerData: it serves the task once every module is loaded.
if (process.argv.includes(WORKER_ARG)) {
  const { isMainThread, parentPort, workerData } = nodeWorkerThreads();
  if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[TASK]) {
    const port = parentPort;
    setImmediate(() => void serve((workerData as Record<string, WorkerTask>)[TASK]!, port));
  }
}

/** The main thread's next message. */
function nextMessage(port: MessagePort): Promise<MainMessage> {
  return new Promise((resolve) => port.once('message', resolve));
}

async function serve(task: WorkerTask, port: MessagePort): Promise<void> {
  const send = (m: WorkerMessage) => port.postMessage(m);
  try {
    const { options, inputs } = task;
    const plan = planRun(options);
    const { config, rules, known } = plan;
    const suppressor = new Suppressor(config, plan.cwd, { inline: options.inlineSuppressions !== false, reportUnused: options.reportUnusedDisableDirectives === true, knownRules: known });
    // The first pass: this thread parses the run-level documents it claims and gets the others' from the main thread.
    const first = readFirstPass({ config, meshConfigFiles: config.meshConfig, gatewayValuesFiles: config.gatewayValues }, inputs, suppressor.onEmbedded, true);
    const others = nextMessage(port);
    const mine = parseRunLevel(first, new RunLevelClaims(task.runLevelClaims, first.runLevel.length).claims());
    send({ kind: 'runLevel', parsed: sendable(mine) });
    const model = finishFirstPass(first, [...mine, ...(await others).parsed]);
    const runner = new RuleRunner(rules, { inventory: model.inventory, run: model.run, config: model.config, suppressor }, 'worker');
    const readsEvery = runner.readsEveryWorkload;
    const deferred = model.deferred;
    const claims = new BlockClaims(task.claims, blockCount(deferred.length));
    /** Documents before this one are done, here or on another thread. */
    let passed = 0;
    for (;;) {
      while (!claims.mayClaim() && !claims.allClaimed) await claims.mergedMore();
      const block = claims.claim();
      if (block === undefined) break;
      // The blocks in between are other threads': their documents' texts are not needed here.
      for (; passed < block * BLOCK; passed++) parsedElsewhere(documentOf(deferred[passed]!), model.store, false);
      const visits: RemoteVisit[] = [];
      for (const end = Math.min(passed + BLOCK, deferred.length); passed < end; passed++) {
        const { visit, view } = recordDeferred(model, runner, deferred[passed]!, readsEvery);
        if (view) {
          visit.value = view.value;
          view.releaseValue(true);
        }
        visits.push(visit);
      }
      send({ kind: 'block', block, visits });
    }
    send({ kind: 'done', uses: suppressor.uses() });
  } catch (e) {
    send({ kind: 'failed', message: (e as Error).message ?? String(e), stack: (e as Error).stack });
  }
}
