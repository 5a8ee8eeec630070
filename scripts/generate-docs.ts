// Rewrites the README's rule table from rule metadata: `npm run docs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../rules/index.js';
import { withRuleTable } from '../src/docs.js';

const readme = readFileSync('README.md', 'utf8');
const next = withRuleTable(readme, RULES);
if (next !== readme) {
  writeFileSync('README.md', next);
  console.log('README.md rule table updated');
} else {
  console.log('README.md rule table is up to date');
}
