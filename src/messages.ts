/** Message texts with `{{name}}` placeholders, and where the docs live (every docs link derives from it). */

export const HOMEPAGE = 'https://github.com/drainlint/drainlint';

/** Values for a message's placeholders. */
export type MessageData = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Fills `{{name}}` placeholders; a placeholder without data is a bug in the rule. */
export function fillMessage(template: string, data: MessageData | undefined, where: string): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const v = data?.[name];
    if (v === undefined) throw new Error(`${where}: no data for {{${name}}}`);
    return String(v);
  });
}

/** The placeholder names a template uses. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/**
 * One message a rule can report (ESLint's `meta.messages`): `message` is one sentence saying what
 * is wrong with the effective values (at most 160 characters once filled in, no file paths: the
 * related locations carry them); `help` says what to change and why, with each value's source.
 * `{{name}}` placeholders are filled from the report's `data` by the engine.
 */
export interface MessageSpec {
  message: string;
  help: string;
  /**
   * The target versions the message depends on (it names one, or a version decided it): the
   * engine ends its help with where each came from (" Target: Istio 1.29.0, from global.tag in
   * istiod/values.yaml:12.") when that is known.
   */
  versions?: readonly ('istio' | 'kubernetes')[];
}

/** The longest a finding's message may be once filled in (aim for about 100 characters). */
export const MESSAGE_LIMIT = 160;
