/** Every rule, registered explicitly and sorted by id (a meta-test checks folders against this list). */
import type { Rule } from '../src/rule.js';
import drainExceedsGracePeriod from './drain-exceeds-grace-period/index.js';

export const RULES: readonly Rule[] = [
  drainExceedsGracePeriod,
];
