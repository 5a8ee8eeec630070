/**
 * Drain values as Go reads them and as users should write them: `time.ParseDuration`,
 * `strconv.ParseBool`, the way durations are shown, and the Go duration a malformed value most
 * likely meant.
 */

// µ (micro sign, U+00B5) and μ (Greek mu, U+03BC) are written as escapes: the command line's bundle
// stays ASCII, which V8 keeps as a one-byte string (half the memory, a faster scan when it compiles).
const UNIT_SECONDS: Record<string, number> = { ns: 1e-9, us: 1e-6, '\u00b5s': 1e-6, '\u03bcs': 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
const GO_DURATION = /^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+$/;
const GO_DURATION_PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h)/g;

/** Go `time.ParseDuration`: seconds, or undefined when Go would reject the text. */
export function parseGoDuration(text: string): number | undefined {
  if (text === '0' || text === '+0' || text === '-0') return 0;
  if (!GO_DURATION.test(text)) return undefined;
  let total = 0;
  for (const m of text.matchAll(GO_DURATION_PART)) total += Number(m[1]) * UNIT_SECONDS[m[2]!]!;
  return text.startsWith('-') ? -total : total;
}

/** Go `strconv.ParseBool`. */
export function parseGoBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

/** Formats seconds the way users write them: 45s, 1m30s, 500ms. */
export function formatSeconds(seconds: number): string {
  if (seconds === 0) return '0s';
  if (seconds < 1) return `${Math.round(seconds * 1000)}ms`;
  const whole = Math.round(seconds * 1000) / 1000;
  if (whole >= 60 && Number.isInteger(whole)) {
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
  }
  return `${whole}s`;
}

const UNIT_WORDS: [RegExp, string][] = [
  [/^(ns|nanos?|nanoseconds?)$/, 'ns'],
  [/^(us|\u00b5s|\u03bcs|micros?|microseconds?)$/, 'us'],
  [/^(ms|msecs?|millis?|milliseconds?)$/, 'ms'],
  [/^(|s|secs?|seconds?)$/, 's'],
  [/^(m|mins?|minutes?)$/, 'm'],
  [/^(h|hrs?|hours?)$/, 'h'],
];

/**
 * The Go duration string the user most likely meant (`30` → `30s`, `"2 min"` → `2m`, `"30S"` →
 * `30s`), or undefined when there is no safe guess. `whole`: round up to whole seconds, at least 1s
 * (drainDuration).
 */
export function suggestDuration(value: unknown, whole = false): string | undefined {
  let secs: number | undefined;
  let text: string | undefined;
  if (typeof value === 'number' && Number.isFinite(value)) {
    secs = value;
    text = `${value}s`;
  } else if (typeof value === 'string') {
    const compact = value.trim().replace(/\s+/g, '');
    const direct = parseGoDuration(compact) ?? parseGoDuration(compact.toLowerCase());
    if (direct !== undefined) {
      secs = direct;
      text = parseGoDuration(compact) !== undefined ? compact : compact.toLowerCase();
    } else {
      const m = /^(\d+(?:\.\d+)?)([a-z\u00b5\u03bc]*)$/i.exec(compact);
      const unit = m ? UNIT_WORDS.find(([re]) => re.test(m[2]!.toLowerCase()))?.[1] : undefined;
      if (m && unit !== undefined) {
        text = `${m[1]}${unit}`;
        secs = parseGoDuration(text);
      }
    }
  }
  if (secs === undefined || text === undefined) return undefined;
  if (whole && (secs < 1 || !Number.isInteger(secs))) return formatSeconds(Math.max(1, Math.ceil(secs)));
  return text;
}

/** `write KEY: "30s"`, or a generic hint when nothing can be guessed. */
export function durationFix(key: string, value: unknown, whole = false): string {
  const s = suggestDuration(value, whole);
  return s !== undefined ? `write ${key}: "${s}"` : `write it as a Go duration string, e.g. ${key}: "30s"`;
}
