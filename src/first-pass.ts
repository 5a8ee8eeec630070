/**
 * The first pass of a run: each input cut into documents (parse.ts), the documents the whole run
 * reads parsed (here, or on the threads that claimed them: src/parallel), then every document put
 * into the inventory in input order, and what the run's workloads share resolved. What a workload
 * alone reads waits in `deferred` until the rules visit it.
 */
import type { LoadedInput, LoadOutcome, TextInput } from './load.js';
import { parseDeferred, parsedElsewhere, parseInput, type DeferredDocument, type ParseProblem } from './parse.js';
import { InventoryBuilder } from './inventory/builder.js';
import type { DeferredWorkloadSource, Inventory } from './inventory/model.js';
import { resourceId } from './domain/identity.js';
import { resolveRun, targetConfig } from './resolve.js';
import type { RunResolution } from './resolved.js';
import type { ResolvedConfig } from './config.js';
import { parseError } from './engine-findings.js';
import type { DocView, Finding, SourceFile } from './types.js';
import { chunkView, DocumentStore, type MemoryLimits } from './yaml/views.js';

/** What the first pass reads of a run's request (the engine's LintRequest has all of it). */
export interface FirstPassRequest {
  config: ResolvedConfig;
  /** Mesh config files applied to every workload (absolute paths). */
  meshConfigFiles: string[];
  /** Values files of Istio's gateway chart, linted as the gateway it renders (absolute paths). */
  gatewayValuesFiles?: string[];
  /** In-memory inputs linted after the paths, as if they were files. */
  texts?: readonly TextInput[];
  /** What is kept in memory on huge runs; output does not depend on it. */
  memory?: MemoryLimits;
  /**
   * Whether a document of one workload that nothing else of the run reads is parsed only when its
   * workload is linted (default true), instead of in the first pass; output does not depend on it.
   */
  deferWorkloads?: boolean;
  /** Keep the text of each linted input in the outcome (`texts`), for fixing them. */
  keepTexts?: boolean;
}

/** What a run read: the inputs to lint, and the --mesh-config files read for their mesh config only. */
export interface RunInputs {
  loaded: LoadOutcome;
  meshOnly: LoadedInput[];
}

/** What the rules read besides workloads, before any rule runs; workloads are built one at a time as they are linted. */
export interface Model {
  files: SourceFile[];
  inventory: Inventory;
  /** The documents whose parse waited, in input order: workloads' (also in the inventory) and, when shared out, those nothing reads. */
  deferred: DeferredItem[];
  run: RunResolution;
  /** The configuration the run uses: the request's, with the target versions (given or read from the input). */
  config: ResolvedConfig;
  /** Engine findings: parse errors, skipped charts. */
  findings: Finding[];
  missing: string[];
  /** Explicit files skipped by an ignore glob. */
  ignored: string[];
  /** Display paths of the linted inputs, in order. */
  inputs: string[];
  nothingRead: boolean;
  /** What the run keeps of its documents. */
  store: DocumentStore;
  /** With `keepTexts`: each linted input's text. */
  texts?: Map<string, InputText>;
}

/** A document nothing of the run reads, parsed later for its problems only (readFirstPass's `shareUnread`). */
export interface UnreadDocument {
  unread: DeferredDocument;
  /** Parses it: its problems join the run's findings, its counts its file's. */
  read(): void;
}

export type DeferredItem = DeferredWorkloadSource | UnreadDocument;

/** A linted input's text as the run read it. */
export interface InputText {
  /** Absolute path; absent for stdin. */
  absPath?: string;
  /** An in-memory input (`texts`): it has no file to write. */
  inMemory?: boolean;
  text: string;
}

/** Parse → inventory (document by document) → what the run's workloads share, on this thread. */
export function prepareLoaded(req: FirstPassRequest, inputs: RunInputs, onEmbedded?: (view: DocView) => void): Model {
  const first = readFirstPass(req, inputs, onEmbedded);
  return finishFirstPass(first, parseRunLevel(first, first.runLevel.keys()));
}

/**
 * A run's first pass before its run-level documents are parsed: every input cut into documents,
 * each document's part known (run-level, deferred workload, unread), in input order.
 */
export interface FirstPass {
  req: FirstPassRequest;
  loaded: LoadOutcome;
  store: DocumentStore;
  /** The documents the first pass reads (mesh configs, Services, routes…), in input order, not parsed yet. */
  runLevel: DeferredDocument[];
  inputs: FirstPassInput[];
}

interface FirstPassInput {
  file?: SourceFile;
  /** Problems of the input as a whole (it cannot be read). */
  problems: ParseProblem[];
  /** A --mesh-config file not linted itself: its problems are not reported. */
  meshOnly: boolean;
  /** Its documents, in order: a deferred workload's, one nothing reads, or one of `runLevel` (by index). */
  documents: ({ deferred: DeferredDocument } | { unread: DeferredDocument } | { runLevel: number })[];
}

/**
 * A run-level document parsed, as a thread sends it to the others (plain data): its value when the
 * run reads it, its parse problems, and what its parse added to its file's counts.
 */
export interface ParsedRunLevel {
  index: number;
  value?: unknown;
  problems: ParseProblem[];
  counts: { documents: number; resources: number };
}

/** A run-level document parsed on this thread: its view (with its tree, as the store keeps it) when the run reads it. */
export interface ParsedHere extends ParsedRunLevel {
  here: true;
  view?: DocView;
}

/**
 * Load → the first pass: each input cut into documents, which are parsed later (parseRunLevel, or
 * when their workload is linted). With `shareUnread`, documents nothing of the run reads are listed
 * among the deferred ones (the threads of a run share them out, as they share the workload documents).
 */
export function readFirstPass(req: FirstPassRequest, { loaded, meshOnly }: RunInputs, onEmbedded?: (view: DocView) => void, shareUnread = false): FirstPass {
  const gatewayValues = new Set(req.gatewayValuesFiles ?? []);
  const flagged = new Set(req.meshConfigFiles);
  const all = [...loaded.inputs, ...meshOnly];
  const store = new DocumentStore(all.reduce((n, i) => n + (i.text?.length ?? 0), 0), req.memory);
  store.onEmbedded = onEmbedded;
  const runLevel: DeferredDocument[] = [];
  const inputs = all.map((input, order): FirstPassInput => {
    const isMeshOnly = order >= loaded.inputs.length;
    // A --mesh-config file wins over the files of the run for the same revision.
    const fromMeshConfigFlag = input.absPath !== undefined && flagged.has(input.absPath);
    const namedGatewayValues = !isMeshOnly && input.absPath !== undefined && gatewayValues.has(input.absPath);
    const documents: FirstPassInput['documents'] = [];
    const { file, problems } = parseInput(input, order, {
      store,
      meshConfigOnly: isMeshOnly,
      fromMeshConfigFlag,
      namedGatewayValues,
      onRunLevel: (d) => documents.push({ runLevel: runLevel.push(d) - 1 }),
      onDeferred: req.deferWorkloads === false ? undefined : (d) => documents.push({ deferred: d }),
      onUnread: shareUnread ? (d) => documents.push({ unread: d }) : undefined,
    });
    return { file, problems, meshOnly: isMeshOnly, documents };
  });
  return { req, loaded, store, runLevel, inputs };
}

/** Parses the run-level documents of `indexes` on this thread, in their order (each index taken when the one before is parsed). */
export function parseRunLevel(first: FirstPass, indexes: Iterable<number>): ParsedHere[] {
  const parsed: ParsedHere[] = [];
  for (const index of indexes) {
    const d = first.runLevel[index]!;
    const { documents, resources } = d.file.counts;
    const { view, problems } = parseDeferred(d, first.store, false);
    parsed.push({ here: true, index, view, value: view?.value, problems, counts: { documents: d.file.counts.documents - documents, resources: d.file.counts.resources - resources } });
  }
  return parsed;
}

/** What another thread needs of documents parsed here. */
export function sendable(parsed: readonly ParsedHere[]): ParsedRunLevel[] {
  return parsed.map(({ index, value, problems, counts }) => ({ index, ...(value === undefined ? {} : { value }), problems, counts }));
}

/** A run-level document another thread parsed, as if parsed here: its counts on its file, its view from its value (its tree parsed only if a location needs it). */
function parsedThere(first: FirstPass, p: ParsedRunLevel): DocView | undefined {
  const d = first.runLevel[p.index]!;
  d.file.counts.documents += p.counts.documents;
  d.file.counts.resources += p.counts.resources;
  const text = parsedElsewhere(d, first.store, p.value !== undefined);
  return p.value === undefined ? undefined : chunkView(first.store, d.file, text!, d.line, d.index, p.value, undefined);
}

/**
 * The first pass finished: every document goes into the inventory in input order (a run-level one
 * from its parse here or its value from another thread), then what the run's workloads share.
 */
export function finishFirstPass(first: FirstPass, parsed: readonly (ParsedHere | ParsedRunLevel)[]): Model {
  const { req, loaded, store } = first;
  const byIndex = new Map(parsed.map((p) => [p.index, p]));
  const findings: Finding[] = [];
  const files: SourceFile[] = [];
  const deferred: DeferredItem[] = [];
  const builder = new InventoryBuilder({ defaultNamespace: req.config.defaultNamespace });
  const report = (input: FirstPassInput, problems: readonly ParseProblem[]) => {
    if (!input.meshOnly) for (const p of problems) findings.push(parseError(p.file, p.range, p.messageId, p.data));
  };
  for (const input of first.inputs) {
    if (input.file) files.push(input.file);
    report(input, input.problems);
    for (const doc of input.documents) {
      if ('deferred' in doc) deferred.push(builder.addDeferred(doc.deferred, doc.deferred.kind, deferredRead(doc.deferred, store, findings)));
      else if ('unread' in doc) deferred.push({ unread: doc.unread, read: deferredRead(doc.unread, store, findings) });
      else {
        const p = byIndex.get(doc.runLevel);
        if (!p) throw new Error(`run-level document ${doc.runLevel} was not parsed`);
        report(input, p.problems);
        const view = 'here' in p ? p.view : parsedThere(first, p);
        if (view) builder.add(view);
      }
    }
  }
  for (const chart of loaded.charts) {
    findings.push(parseError(chart.chartFile, { line: 1, column: 1, endLine: 1, endColumn: 1 }, 'chartTemplates', { count: `${chart.templates} file${chart.templates === 1 ? '' : 's'}` }, 'info'));
  }
  const nothingRead = loaded.inputs.length > 0 && loaded.inputs.every((i) => i.problem !== undefined);
  const inventory = builder.finish();
  findings.push(...meshParseErrors(inventory), ...valuesParseErrors(inventory));
  const { config, versions } = targetConfig(inventory, req.config);
  const fromTexts = loaded.inputs.length - (req.texts?.length ?? 0);
  const texts = req.keepTexts ? new Map(loaded.inputs.flatMap((i, n) => (i.text === undefined ? [] : [[i.path, { absPath: i.absPath, text: i.text, ...(n >= fromTexts ? { inMemory: true } : {}) }] as const]))) : undefined;
  return { files, inventory, deferred, run: resolveRun(inventory, versions), config, findings, missing: loaded.missing, ignored: loaded.ignored, inputs: loaded.inputs.map((i) => i.path), nothingRead, store, texts };
}

/**
 * How a deferred workload document is read when its workload is linted: parsed once (its parse
 * problems join the run's findings then), the same view on any later visit. On huge runs the
 * inventory does not hold the view past its visit: views held for the whole run would hold every
 * document's text, and a run visits each workload once (a later visit parses the text again while
 * the file still holds it).
 */
function deferredRead(d: DeferredDocument, store: DocumentStore, findings: Finding[]): () => DocView | undefined {
  let read: { view?: DocView } | undefined;
  return () => {
    if (read) return store.keepEverything ? read.view : parseDeferred(d, store).view;
    const { view, problems } = parseDeferred(d, store);
    for (const p of problems) findings.push(parseError(p.file, p.range, p.messageId, p.data));
    read = store.keepEverything ? { view } : {};
    return view;
  };
}

/** YAML inside a ConfigMap's `mesh` key that does not parse. */
function meshParseErrors(inv: Inventory): Finding[] {
  const out: Finding[] = [];
  for (const m of inv.meshSources) {
    const e = m.embedError;
    if (e) out.push(parseError(m.view.file.path, e.range, 'meshSyntax', { label: m.label, detail: e.message }));
  }
  return out;
}

/** Helm values written as YAML text in a GitOps wrapper (Argo CD helm.values) that does not parse. */
function valuesParseErrors(inv: Inventory): Finding[] {
  return inv.valuesErrors.map((e) => ({ ...parseError(e.file.path, e.range, 'valuesSyntax', { owner: e.owner, detail: e.message }), resource: resourceId(e.resource) }));
}
