/** The string formats of the Istio schemas, for Ajv at build time and for the compiled validators at run time. */
import { parseGoDuration } from '../domain/durations.js';

export const FORMATS = {
  /** A Go time.ParseDuration string. */
  'go-duration': { type: 'string', validate: (s: string) => parseGoDuration(s) !== undefined },
  /** drainDuration: a Go duration of whole seconds, at least 1s (Envoy takes whole seconds; ValidateDrainDuration). */
  'drain-duration': {
    type: 'string',
    validate: (s: string) => {
      const v = parseGoDuration(s);
      return v !== undefined && v >= 1 && Number.isInteger(v);
    },
  },
} as const;
