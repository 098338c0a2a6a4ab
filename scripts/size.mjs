// Gzipped sizes of what a page loads, against the budgets. Gzip is deterministic, so CI can
// fail on these numbers where it could never fail fairly on timings.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const budgets = [
  { file: 'dist/cytokine-widgets.js', limit: 20 * KB, what: 'self-contained bundle (all elements, en-GB content, Lit)' },
  { file: 'dist/autoloader.js', limit: 1.5 * KB, what: 'autoloader (loads each element on demand)' },
];
// Budgets are enforced with --check (CI); without it the figures are only printed.
const reportOnly = !process.argv.includes('--check');
let failed = false;
for (const { file, limit, what } of budgets) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing; run npm run build first`);
    process.exit(1);
  }
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const ok = gz <= limit;
  failed ||= !ok;
  console.log(`size: ${file}  ${(raw.length / KB).toFixed(1)} KB raw, ${(gz / KB).toFixed(2)} KB gzipped, budget ${(limit / KB).toFixed(1)} KB  ${ok ? 'ok' : 'OVER BUDGET'}  (${what})`);
}
if (failed && !reportOnly) process.exit(1);
