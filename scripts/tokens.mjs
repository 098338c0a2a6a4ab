// Writes docs/tokens.md, the design-token reference, from custom-elements.json (the elements'
// @cssprop JSDoc, written by `npm run build` or `npm run analyze`), src/themes/*.css and the
// snippet builder's JSDoc (src/builder/snippet-builder.ts):
//
//   node scripts/tokens.mjs           (or: npm run tokens) writes it
//   node scripts/tokens.mjs --check   writes nothing; exits 1 when the file differs from what it
//                                     would write (test/node/tokens.test.mjs runs this)
//
// Committed rather than generated in the build, so it reads on GitHub and a stale copy fails a
// test instead of being quietly rewritten. The rows come from scripts/tokens-data.mjs, which the
// Storybook page uses too.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { builderTokens, collectTokens, tokensMarkdown } from './tokens-data.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUTPUT = 'docs/tokens.md';
const MANIFEST = 'custom-elements.json';

if (!existsSync(join(ROOT, MANIFEST))) {
  console.error(`tokens: ${MANIFEST} is missing; run npm run analyze (or npm run build) first.`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(join(ROOT, MANIFEST), 'utf8'));
/** @type {Record<string, string>} */
const themes = {};
for (const file of readdirSync(join(ROOT, 'src/themes')).filter((name) => name.endsWith('.css')).sort()) {
  themes[file.replace(/\.css$/, '')] = readFileSync(join(ROOT, 'src/themes', file), 'utf8');
}
// The snippet builder is not in the manifest (it is a tool, not a widget): its tokens come from its JSDoc.
const builder = builderTokens(readFileSync(join(ROOT, 'src/builder/snippet-builder.ts'), 'utf8'));
const markdown = tokensMarkdown(collectTokens(manifest, themes), Object.keys(themes), builder);

if (process.argv.includes('--check')) {
  const current = existsSync(join(ROOT, OUTPUT)) ? readFileSync(join(ROOT, OUTPUT), 'utf8') : '';
  if (current !== markdown) {
    console.error(`tokens: ${OUTPUT} differs from what scripts/tokens.mjs writes; run npm run tokens and commit it.`);
    process.exit(1);
  }
} else {
  writeFileSync(join(ROOT, OUTPUT), markdown);
}
