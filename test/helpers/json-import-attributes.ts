/**
 * A module loader hook: Node 20 refuses `import x from './file.json'` without `with { type: 'json' }`,
 * and @actions/workflow-parser writes none. This adds the attribute to JSON imports that lack it.
 */
interface LoadContext {
  importAttributes?: Record<string, string>;
  [key: string]: unknown;
}
type NextLoad = (url: string, context: LoadContext) => Promise<unknown>;

export async function load(url: string, context: LoadContext, nextLoad: NextLoad): Promise<unknown> {
  if (url.endsWith('.json') && !context.importAttributes?.['type']) return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
  return nextLoad(url, context);
}
