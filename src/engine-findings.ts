/**
 * Findings the engine itself reports (`parse-error`, `config-error`): declared and documented like
 * rules, with messages by id, but never disabled.
 */
import { fillMessage, HOMEPAGE, type MessageData } from './messages.js';
import { type MessageSpec } from './messages.js';
import type { Finding, Range, RuleDescriptor, Severity } from './types.js';

/** Engine findings are documented under docs/ (rules/ holds rules only). */
export function engineDocsUrl(id: string): string {
  return `${HOMEPAGE}/blob/main/docs/${id}.md`;
}

const RENDER = 'Render templates first (helm template … | drainlint -); the other documents and files are still linted.';

export const PARSE_ERROR_MESSAGES = {
  unreadable: { message: 'The file cannot be read: {{reason}}.', help: 'Check that the file exists and that drainlint may read it; the other files are still linted.' },
  notRegularFile: { message: 'This is not a regular file (a FIFO, socket or device), so it is not read.', help: 'Name regular files or folders; the other files are still linted.' },
  tooLarge: {
    message: 'The file is {{size}} bytes, over the {{limit}}-byte limit, so it is not read.',
    help: 'Raise maxFileSize in .drainlint.yaml if the file really is a manifest, or split it.',
  },
  binary: { message: 'The file holds binary content (a NUL byte), not YAML text.', help: 'Lint only YAML manifests; binary files can be left out with ignore globs in .drainlint.yaml.' },
  invalidUtf8: { message: 'The file is not valid UTF-8 text.', help: 'Save it as UTF-8 (or as UTF-16 with a byte-order mark), as kubectl reads it.' },
  cannotParse: { message: 'The document cannot be parsed: {{detail}}', help: 'Fix the YAML at this position; Kubernetes would reject the document too.' },
  malformed: { message: 'Malformed YAML: {{detail}}', help: 'Fix the YAML at this position; kubectl and the API server would reject the document too.' },
  duplicateKey: { message: 'The key {{key}} appears twice in one mapping, which Kubernetes rejects.', help: 'Keep one of the two keys: the API server refuses a document with a duplicate key.' },
  template: { message: 'An unrendered template action {{action}} makes this a template, not a manifest.', help: RENDER },
  tooDeep: { message: 'The document is nested too deeply to read.', help: 'Flatten the document; no Kubernetes resource nests this deep.' },
  unreadableDocument: { message: 'The document cannot be read: {{detail}}', help: 'Fix the document at this position; the other documents are still linted.' },
  chartTemplates: {
    message: 'Helm chart templates are skipped: {{count}} under templates/.',
    help: 'drainlint reads rendered manifests. Render the chart and lint the output: helm template my-release ./chart | drainlint -',
  },
  annotationSyntax: {
    message: 'The proxy.istio.io/config annotation is not valid YAML or JSON, so admission denies the pod.',
    help: 'The sidecar injector parses the annotation and refuses the pod when it cannot ({{detail}}). Fix the annotation text.',
  },
  valuesSyntax: {
    message: 'The Helm values of {{owner}} are not valid YAML, so the chart cannot be rendered with them.',
    help: 'Argo CD hands helm.values to Helm, which fails on values it cannot parse ({{detail}}); none of them apply. Fix the YAML, or write the values as helm.valuesObject.',
  },
  meshSyntax: {
    message: 'The mesh config in {{label}} is not valid YAML, so istiod discards it.',
    help: 'istiod keeps its last good mesh config when data.mesh does not parse ({{detail}}); every drain setting in it is ignored. Fix the YAML.',
  },
} satisfies Record<string, MessageSpec>;

export type ParseErrorId = keyof typeof PARSE_ERROR_MESSAGES;

export const ENGINE_FINDINGS: RuleDescriptor[] = [
  {
    id: 'parse-error',
    severity: 'error',
    description: 'A file or document cannot be read as a Kubernetes manifest (malformed YAML, unrendered Helm template, binary or undecodable content, alias bomb, size limit).',
    help: 'Fix the YAML at the reported line, or render templates first (helm template … | drainlint -); the rest of the input is still linted.',
    fixable: false,
    docsUrl: engineDocsUrl('parse-error'),
  },
  {
    id: 'unused-disable-directive',
    severity: 'warning',
    description: 'A suppression comment or annotation that suppresses no finding, or names a rule that does not exist (only with --report-unused-disable-directives).',
    help: 'Remove the directive, or the rule ids it names that report nothing there: a stale directive would silence a new finding of that rule.',
    fixable: false,
    docsUrl: engineDocsUrl('unused-disable-directive'),
  },
  {
    id: 'config-error',
    severity: 'error',
    description: 'The drainlint configuration file is invalid (reported as a usage error, exit code 2).',
    help: 'Correct the key the error names; the configuration schema lists every key and value.',
    fixable: false,
    docsUrl: engineDocsUrl('config-error'),
  },
];

/** Library error texts can be long: a message quotes the first line, cut at a word, as a sentence end. */
export function detail(text: string): string {
  const line = text.split('\n')[0]!.trim().replace(/[.:\s]+$/, '');
  if (line.length <= 90) return `${line}.`;
  const cut = line.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).replace(/[,;:\s]+$/, '')}…`;
}

/** A parse-error finding. */
export function parseError(file: string, range: Range, messageId: ParseErrorId, data?: MessageData, severity: Severity = 'error'): Finding {
  const spec = PARSE_ERROR_MESSAGES[messageId];
  const where = `parse-error ${messageId}`;
  return { ruleId: 'parse-error', messageId, severity, message: fillMessage(spec.message, data, where), help: fillMessage(spec.help, data, where), file, range, related: [], docsUrl: engineDocsUrl('parse-error') };
}

const STALE = 'Remove it, or the rule ids in it that report nothing here: a stale directive would silence the next finding of that rule.';

/** Messages of `unused-disable-directive`: a directive that suppressed nothing, or names no rule. */
export const UNUSED_DIRECTIVE_MESSAGES = {
  unusedComment: {
    message: 'This {{directive}} comment suppresses no finding{{of}}.',
    help: `${STALE} Reported because of --report-unused-disable-directives.`,
  },
  unusedAnnotation: {
    message: 'The annotation {{key}} suppresses no finding{{of}} on this resource.',
    help: `${STALE} Reported because of --report-unused-disable-directives.`,
  },
  unknownRule: {
    message: 'This {{directive}} names {{ids}}, which {{verb}} no drainlint rule.',
    help: '{{near}}A directive for an unknown rule id suppresses nothing; drainlint rules lists every rule id.',
  },
} satisfies Record<string, MessageSpec>;

export type UnusedDirectiveId = keyof typeof UNUSED_DIRECTIVE_MESSAGES;

/** An unused-disable-directive finding. */
export function unusedDirective(file: string, range: Range, messageId: UnusedDirectiveId, data: MessageData): Finding {
  const spec = UNUSED_DIRECTIVE_MESSAGES[messageId];
  const where = `unused-disable-directive ${messageId}`;
  return { ruleId: 'unused-disable-directive', messageId, severity: 'warning', message: fillMessage(spec.message, data, where), help: fillMessage(spec.help, data, where), file, range, related: [], docsUrl: engineDocsUrl('unused-disable-directive') };
}
