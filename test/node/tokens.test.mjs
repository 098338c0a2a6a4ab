// docs/tokens.md, the design-token reference, is what scripts/tokens.mjs makes from
// custom-elements.json (built from the elements' @cssprop JSDoc) and src/themes/*.css: nobody
// edits it by hand, so it cannot drift from the tokens the widgets read and the themes set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builderTokens, collectTokens, isColour, square, swatchColours, themeValues } from '../../scripts/tokens-data.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUT = 'docs/tokens.md';
const read = (path, root = ROOT) => readFileSync(join(root, path), 'utf8');
const run = (root, ...args) => spawnSync(process.execPath, [join(root, 'scripts/tokens.mjs'), ...args], { cwd: root, encoding: 'utf8' });
const manifest = JSON.parse(read('custom-elements.json'));
const themeFiles = readdirSync(join(ROOT, 'src/themes')).filter((name) => name.endsWith('.css'));
const themes = Object.fromEntries(themeFiles.map((file) => [file.replace(/\.css$/, ''), read(`src/themes/${file}`)]));
const tokens = collectTokens(manifest, themes);

test('the committed docs/tokens.md is what scripts/tokens.mjs writes', () => {
  const { status, stdout, stderr } = run(ROOT, '--check');
  assert.equal(status, 0, `${stdout}${stderr}Run npm run tokens and commit what it writes.`);
});

test('each manifest token has a row with its default, its widgets and each theme’s value', () => {
  const md = read(OUTPUT);
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      for (const property of declaration.cssProperties ?? []) {
        const row = md.split('\n').find((line) => line.startsWith(`| \`${property.name}\` |`));
        assert.ok(row, property.name);
        assert.ok(row.includes(`\`<${declaration.tagName}>\``), `${property.name} is used by ${declaration.tagName}`);
        if (property.default) assert.ok(row.includes(`\`${property.default}\``), `${property.name}: default ${property.default}`);
      }
    }
  }
  const urgent = tokens.find((token) => token.name === '--cytokine-care-urgent');
  assert.equal(urgent?.default, '#d5281b');
  assert.deepEqual(urgent?.themes.hospital, [{ value: '#d5281b', where: '' }]);
  assert.ok(urgent?.colours.includes('#d5281b'));
});

test('theme values: the theme’s own rule, media queries and narrower rules are told apart; comments do not count', () => {
  const css = `/* --cytokine-space: 9rem; */
.cytokine-theme-x { --cytokine-space: 1.5rem; color: red; --cytokine-link-color:
  light-dark(#005eb8,  #8cc8ff) }
.cytokine-theme-x side-effect-list { --cytokine-gap: 0 }
@media (max-width: 40em) { .cytokine-theme-x { --cytokine-space: 1rem; } }`;
  assert.deepEqual(Object.fromEntries(themeValues(css, '.cytokine-theme-x')), {
    '--cytokine-space': [
      { value: '1.5rem', where: '' },
      { value: '1rem', where: '@media (max-width: 40em)' },
    ],
    '--cytokine-link-color': [{ value: 'light-dark(#005eb8, #8cc8ff)', where: '' }],
    '--cytokine-gap': [{ value: '0', where: '.cytokine-theme-x side-effect-list' }],
  });
});

test('colours: concrete values only, with a hue hint', () => {
  for (const value of ['#d5281b', '#fff', 'rgb(0 0 0)', 'light-dark(#fff, #000)', 'white']) assert.ok(isColour(value), value);
  for (const value of ['inherit', 'transparent', 'currentColor', 'currentColor at 35%', '1rem', '0']) assert.ok(!isColour(value), value);
  assert.deepEqual(['#d5281b', '#005eb8', '#007f3b', '#ffeb3b', '#212b32', '#d8dde0', '#4b1f74'].map(square), ['🟥', '🟦', '🟩', '🟨', '⬛', '⬜', '🟪']);
  // The swatches docs/tokens.md hints at and Storybook paints: a light-dark() pair is two, light first.
  assert.deepEqual(swatchColours('light-dark(#212b32,  #f0f4f5)'), ['#212b32', '#f0f4f5']);
  assert.deepEqual(swatchColours('#d5281b'), ['#d5281b']);
  assert.deepEqual(swatchColours('currentColor at 35%'), []);
});

// The snippet builder is not in custom-elements.json (a tool, not a widget), so its tokens are read
// from its JSDoc, into a section of their own.
test("the snippet builder's tokens have a section of their own, with each default", () => {
  const source = read('src/builder/snippet-builder.ts');
  const documented = [...source.matchAll(/@cssprop \[(--cytokine-builder-[\w-]+)=([^\]]*)\]/g)];
  assert.ok(documented.length >= 9, 'builder @cssprop lines found');
  assert.deepEqual(builderTokens(source).map((token) => [token.name, token.default]), documented.map(([, name, value]) => [name, value]));
  const [main, section] = read(OUTPUT).split('\n## Snippet builder\n');
  assert.ok(section, 'a "Snippet builder" section');
  for (const [, name, value] of documented) {
    assert.ok(!main.includes(`\`${name}\``), `${name} only in its section`);
    const row = section.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
    assert.ok(row?.includes(`\`${value}\``), `${name}: default ${value}`);
  }
});

test('--check fails when a theme changes a token, and a run writes the file back', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cytokine-tokens-'));
  try {
    for (const path of ['scripts/tokens.mjs', 'scripts/tokens-data.mjs', 'custom-elements.json', 'src/builder/snippet-builder.ts', OUTPUT, ...themeFiles.map((f) => `src/themes/${f}`)]) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      cpSync(join(ROOT, path), join(dir, path));
    }
    assert.equal(run(dir, '--check').status, 0);
    writeFileSync(join(dir, 'src/themes/hospital.css'), read('src/themes/hospital.css').replace('--cytokine-care-urgent: #d5281b;', '--cytokine-care-urgent: #aa0000;'));
    const stale = run(dir, '--check');
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /docs\/tokens\.md differs from what scripts\/tokens\.mjs writes/);
    assert.equal(read(OUTPUT, dir), read(OUTPUT), '--check writes nothing');
    assert.equal(run(dir).status, 0);
    assert.match(read(OUTPUT, dir), /\| `--cytokine-care-urgent` \|.*`#aa0000`/);
    assert.equal(run(dir, '--check').status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
