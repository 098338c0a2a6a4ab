// Gzipped sizes of what a reader downloads, against the budgets: the code, each content module,
// and whole page scenarios. Gzip is deterministic, so CI can fail on these numbers where it
// could never fail fairly on timings. `--check` (CI, npm test) exits non-zero when over budget.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PSEUDO_LOCALES } from './pseudo.mjs';

const KB = 1024;
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

if (!existsSync('dist/cytokine-widgets.js')) {
  console.error('size: dist/ is missing; run npm run build first');
  process.exit(1);
}

const contentFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? contentFiles(`${dir}/${d.name}`) : d.name.endsWith('.js') ? [`${dir}/${d.name}`] : []));
const locales = readdirSync('dist/content', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

/**
 * Budgets. Issue 13 raised two of them: the code carries @lit/localize (the message runtime),
 * the interface words (which the content modules no longer carry), a reader's and a developer's
 * text for each error, and the language note; 16 KB and 20 KB had no room for them. Issue 14
 * raised them again, by 4 KB: the player's speed, caption style (remembered), and the
 * transcript's search, download and print controls add 3.4 KB to the one-tag bundle (what runs
 * only on play or print, audio description, the signer's sync and printing, loads on demand).
 * Issue 16 raised them by 1 KB: what an accessibility audit asked for takes 0.9 KB (a live region
 * in every widget that is in the tree before it speaks, headings past h6, the transcript read as
 * text under its chapters with one "Play from" control each, the player's focus ring and a
 * facade that grows with its label). A page that wants only a card, and fewer bytes, uses the
 * autoloader, which loads each element's own module (budgeted below).
 */
const CODE_BUDGET = 24 * KB;
const CARD_PAGE_BUDGET = 28 * KB;
const AUTOLOADED_CARD_BUDGET = 16 * KB;
const lazy = (prefix) => readdirSync('dist/lazy').filter((f) => f.startsWith(prefix) && f.endsWith('.js')).map((f) => `dist/lazy/${f}`);

const rows = [
  { what: 'code bundle (Lit, @lit/localize and the three elements, no content)', files: ['dist/cytokine-widgets.js'], limit: CODE_BUDGET },
  { what: 'autoloader', files: ['dist/autoloader.js'], limit: 1.5 * KB },
  // Load only on pages that give a `src` or `model` (Ajv's compiled schema and the content rules), or `messages`.
  { what: 'host content checker (fetch, schema, rules; only with src or model)', files: [...lazy('fetch-json-'), ...lazy('host-model-'), ...lazy('check-')] },
  { what: 'message catalogue checker (fetch and check; only with messages)', files: [...lazy('fetch-json-'), ...lazy('host-messages-')] },
  // Only once a reader plays the video (audio description, the signer's sync) or prints its transcript.
  { what: 'video player extras (describer, signer sync, print; on play or print)', files: lazy('extras-'), limit: 2 * KB },
];
// Pseudo-locales are for tests (longer text on purpose): measured, not budgeted.
const isPseudo = (locale) => PSEUDO_LOCALES.includes(locale);
for (const locale of locales) {
  const budget = (limit) => (isPseudo(locale) ? undefined : limit);
  const dir = `dist/content/${locale}`;
  // What every widget of the locale loads first: its catalogue (names → modules).
  const shared = [`${dir}/index.js`];
  rows.push({ what: `${locale} catalogue (each drug's names and module)`, files: shared });
  for (const file of contentFiles(`${dir}/drugs`).filter((f) => !f.endsWith('.about.js'))) {
    // A drug whole (what a side-effect list loads), and without its side effects (what a card loads).
    const about = file.replace(/\.js$/, '.about.js');
    const drug = file.split('/').pop().slice(0, -3);
    rows.push({ what: `${locale} drug content module, whole (with its sources)`, files: [file], limit: budget(8 * KB) });
    rows.push({ what: `${locale} drug content module, without side effects (for a card)`, files: [about], limit: budget(8 * KB) });
    rows.push({ what: `${locale} page with one <cytokine-card drug="${drug}">: script and data in all`, files: ['dist/cytokine-widgets.js', ...shared, about], limit: budget(CARD_PAGE_BUDGET) });
    rows.push({ what: `${locale} page with one <side-effect-list drug="${drug}">: script and data in all`, files: ['dist/cytokine-widgets.js', ...shared, file] });
  }
  for (const file of contentFiles(`${dir}/videos`)) rows.push({ what: `${locale} video content module (metadata and transcript)`, files: [file] });
}

/** A module and every module it imports statically (what loads before it runs). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) closure(join(dirname(file), spec), seen);
  return seen;
}
// The lean route: the autoloader, then only the card's own module and what it imports.
const cardLocale = 'en-GB';
const cardDrug = readdirSync(`dist/content/${cardLocale}/drugs`).find((f) => f.endsWith('.about.js'));
rows.push({
  what: `${cardLocale} page with one <cytokine-card> through the autoloader: script and data in all`,
  files: ['dist/autoloader.js', ...closure('dist/elements/cytokine-card.js'), `dist/content/${cardLocale}/index.js`, `dist/content/${cardLocale}/drugs/${cardDrug}`],
  limit: AUTOLOADED_CARD_BUDGET,
});

let failed = false;
for (const { what, files, limit } of rows) {
  const bytes = files.reduce((sum, f) => sum + gz(f), 0);
  const ok = limit === undefined || bytes <= limit;
  failed ||= !ok;
  const budget = limit === undefined ? '' : `  budget ${kb(limit)}  ${ok ? 'ok' : 'OVER BUDGET'}`;
  console.log(`size: ${kb(bytes).padStart(9)} gzipped${budget}  ${what}${files.length === 1 ? ` (${files[0]})` : ''}`);
}
if (failed && process.argv.includes('--check')) process.exit(1);
