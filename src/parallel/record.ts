/**
 * One deferred document, parsed (and its workload linted) out of input order, on a worker or on
 * the main thread ahead of where it merges: what the main thread needs to merge it in its place.
 */
import type { DeferredItem, Model } from '../first-pass.js';
import { deferredWorkload } from '../inventory/builder.js';
import { annotationParseError, type RuleRunner } from '../rule-runner.js';
import type { DocView } from '../types.js';
import type { DeferredDocument } from '../parse.js';
import type { RemoteVisit } from './protocol.js';

/**
 * Parses the document and visits its workload, if it is a workload's, with `recorder` (a runner in
 * the worker role). Its parse errors are taken out of the model's findings: the main thread adds
 * them where the document comes in input order. With `keepView`, a workload's view is returned as
 * it is (its value still held); otherwise it lets go of its value.
 */
export function recordDeferred(model: Model, recorder: RuleRunner, item: DeferredItem, keepView: boolean): { visit: RemoteVisit; view?: DocView } {
  const counts = documentOf(item).file.counts;
  const before = { ...counts };
  const found = model.findings.length;
  let view: DocView | undefined;
  if ('unread' in item) item.read();
  else view = item.read();
  const w = 'unread' in item ? undefined : deferredWorkload(model.inventory, item, view);
  const annotationError = w && annotationParseError(w);
  const visit: RemoteVisit = {
    workload: w !== undefined,
    ...(annotationError ? { annotationError } : {}),
    parseErrors: model.findings.splice(found),
    counts: { documents: counts.documents - before.documents, resources: counts.resources - before.resources, values: counts.values - before.values },
    events: w ? recorder.visit(w) : [],
  };
  if (keepView) return { visit, view };
  view?.releaseValue(true);
  return { visit };
}

/** The document of a deferred item. */
export function documentOf(item: DeferredItem): DeferredDocument {
  return 'unread' in item ? item.unread : item.at;
}
