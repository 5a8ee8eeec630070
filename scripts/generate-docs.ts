// Rewrites the generated parts of the docs: the README's rule table from rule metadata, and the
// output under each rule README's failing example from a real run: `npm run docs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { RULES } from '../rules/index.js';
import { withExampleOutput, withRuleTable } from '../src/docs.js';

const write = (file: string, next: string) => {
  if (readFileSync(file, 'utf8') === next) return;
  writeFileSync(file, next);
  console.log(`${file} updated`);
};
// The README's console samples: what `npx drainlint <args>` prints (not a terminal: 80 columns, no colour).
const readme = withRuleTable(readFileSync('README.md', 'utf8'), RULES).replace(/```console\n\$ npx drainlint ([^\n]*)\n[\s\S]*?```/g, (_, args: string) => {
  const out = spawnSync(process.execPath, ['bin/drainlint.js', ...args.split(' ')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return `\`\`\`console\n$ npx drainlint ${args}\n${out.stdout}\`\`\``;
});
// The README's gantt samples: the first Mermaid block of `drainlint explain <path> --format markdown`.
const withGantts = readme.replace(/(<!-- explain-gantt: (\S+) [^\n]*-->\n)```mermaid\n[\s\S]*?```\n/g, (_, marker: string, target: string) => {
  const out = spawnSync(process.execPath, ['bin/drainlint.js', 'explain', target, '--format', 'markdown'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const gantt = /```mermaid\n[\s\S]*?```\n/.exec(out.stdout);
  if (!gantt) throw new Error(`drainlint explain ${target} --format markdown printed no gantt`);
  return `${marker}${gantt[0]}`;
});
// The README's Markdown summary sample: what `drainlint <path> --format markdown` writes.
const withSummaries = withGantts.replace(/(<!-- lint-markdown: (\S+) [^\n]*-->\n)````markdown\n[\s\S]*?````\n/g, (_, marker: string, target: string) => {
  const out = spawnSync(process.execPath, ['bin/drainlint.js', target, '--format', 'markdown'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return `${marker}\`\`\`\`markdown\n${out.stdout}\`\`\`\`\n`;
});
write('README.md', withSummaries);
for (const rule of RULES) {
  const file = path.join('rules', rule.meta.id, 'README.md');
  write(file, await withExampleOutput(readFileSync(file, 'utf8'), rule, process.cwd()));
}
console.log('docs are up to date');
