// Every design token a designer can meet (one a shipped theme sets, or one the widgets' styles
// read) must reach custom-elements.json, which Storybook's docs tables and editors are made from.
// The manifest is written by `npm run analyze` (also part of `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths are the repository's, so the test runs from any directory.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (f) => readFileSync(join(ROOT, f), 'utf8');
const walk = (dir) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
const tokensIn = (text, pattern) => [...text.matchAll(pattern)].map((m) => m[1]);
/** A token a stylesheet reads: `var(--cytokine-…)`. */
const READS = /var\(\s*(--cytokine-[\w-]+)/g;

const themeTokens = readdirSync(join(ROOT, 'src/themes'))
  .filter((f) => f.endsWith('.css'))
  .flatMap((f) => tokensIn(read(`src/themes/${f}`), /(--cytokine-[\w-]+)\s*:/g).map((token) => ({ token, where: `src/themes/${f}` })));
const sourceTokens = walk('src')
  .filter((f) => f.endsWith('.ts'))
  .flatMap((f) => tokensIn(read(f), READS).map((token) => ({ token, where: f })));

// The snippet builder is an authoring tool, not a widget: it is not in the manifest, and its
// tokens are its own (`--cytokine-builder-*`), documented in its JSDoc.
const isBuilderToken = (token) => token.startsWith('--cytokine-builder-');

test('every token a theme sets or a widget reads is documented (@cssprop) on at least one widget', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const documented = new Set(
    manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)),
  );
  const all = [...themeTokens, ...sourceTokens].filter((t) => !isBuilderToken(t.token));
  // The scan finds the tokens it should (else an empty list would pass).
  assert.ok(all.some((t) => t.token === '--cytokine-care-urgent' && t.where.startsWith('src/themes/')), 'themes scanned');
  assert.ok(all.some((t) => t.token === '--cytokine-space' && t.where.endsWith('.ts')), 'sources scanned');
  const missing = [...new Set(all.filter((t) => !documented.has(t.token)).map((t) => `${t.token} (${t.where})`))];
  assert.deepEqual(missing, [], 'tokens with no @cssprop in any widget');
});

test("the snippet builder's tokens are documented in its JSDoc", () => {
  const code = read('src/builder/snippet-builder.ts');
  const used = new Set(sourceTokens.map((t) => t.token).filter(isBuilderToken));
  assert.ok(used.size > 0, 'builder tokens found');
  for (const token of used) assert.ok(code.includes(`@cssprop [${token}=`), token);
});

// Storybook's docs table and controls for a widget, and the token reference's "Used by" column,
// list only the tokens that widget's own JSDoc documents: one it reads but does not document is
// missing from both. The base styles (src/shared/styles.ts) are in every widget.
test('each widget documents every token its styles read, the shared base styles included', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const documentedOn = new Map(
    manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => [d.tagName, new Set((d.cssProperties ?? []).map((p) => p.name))]),
  );
  const tags = readdirSync(join(ROOT, 'src/elements'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  assert.deepEqual([...documentedOn.keys()].sort(), [...tags].sort(), 'a manifest entry for each widget in src/elements/');
  const shared = new Set(tokensIn(read('src/shared/styles.ts'), READS));
  assert.ok(shared.has('--cytokine-max-width') && shared.has('--cytokine-error-color'), 'base styles scanned');
  const missing = [];
  for (const tag of tags) {
    const own = readdirSync(join(ROOT, 'src/elements', tag))
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => tokensIn(read(`src/elements/${tag}/${f}`), READS).map((token) => ({ token, where: `src/elements/${tag}/${f}` })));
    const used = [...[...shared].map((token) => ({ token, where: 'src/shared/styles.ts' })), ...own];
    for (const { token, where } of used) if (!documentedOn.get(tag)?.has(token)) missing.push(`<${tag}> ${token} (${where})`);
  }
  assert.deepEqual([...new Set(missing)], [], 'tokens a widget reads but its JSDoc has no @cssprop for');
});
