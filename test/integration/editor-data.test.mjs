// scripts/editor-data.mjs: the VS Code custom data and JetBrains Web Types made from the
// custom-elements manifest. Fast; needs only custom-elements.json (run `npm run build` first).
//
//   node --test test/integration/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  attributeInfo, customElements, listedValues, literalUnion, numberRange, vscodeCustomData, webTypes, writeEditorData,
} from '../../scripts/editor-data.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
const elements = customElements(manifest);
const byName = (list, name) => list.find((x) => x.name === name);

test('the manifest declares the three widgets (the generator has something to work from)', () => {
  assert.deepEqual(elements.map((e) => e.tagName), ['cytokine-card', 'injection-video', 'side-effect-list']);
});

test('value suggestions: literal unions, number ranges and backtick lists, but not examples', () => {
  assert.deepEqual(literalUnion("'on' | 'off'"), ['on', 'off']);
  assert.deepEqual(literalUnion("'on' | 'off' | undefined"), ['on', 'off']);
  assert.equal(literalUnion('string | undefined'), undefined);
  assert.equal(literalUnion("'on' | string"), undefined);
  assert.deepEqual(numberRange('Level (1–6) of the title'), ['1', '2', '3', '4', '5', '6']);
  assert.equal(numberRange('Default 2.'), undefined);
  assert.deepEqual(listedValues('Any name: `interferon-alfa`, `aldesleukin`, `IL-2`…'), ['interferon-alfa', 'aldesleukin', 'IL-2']);
  assert.deepEqual(listedValues('`on` (default) or `off`: captions'), ['on', 'off']);
  assert.deepEqual(
    listedValues('Only some, e.g. `very-common` or `very-common common`. Groups: `very-common`, `common`, `uncommon`, `not-known`.'),
    ['very-common', 'common', 'uncommon', 'not-known'],
  );
  // One code span is a mention, not a list; code with braces is not a value.
  assert.equal(listedValues('Defaults to the nearest `lang` in the page, then `en-GB`.', ['lang']), undefined);
  assert.equal(listedValues('`detail: { code, message }`, `x`'), undefined);
  assert.deepEqual(attributeInfo({ name: 'x', type: { text: 'boolean' }, default: 'false' }), { type: 'boolean', kind: 'boolean', values: undefined, default: 'false' });
  assert.equal(attributeInfo({ name: 'c', type: { text: "'on' | 'off'" }, default: "'on'" }).default, 'on');
});

test('VS Code custom data: version 1.1, every tag and attribute, Markdown docs, values where known', () => {
  const data = vscodeCustomData(manifest, pkg);
  assert.equal(data.version, 1.1);
  assert.deepEqual(data.tags.map((t) => t.name), elements.map((e) => e.tagName));
  for (const decl of elements) {
    const tag = byName(data.tags, decl.tagName);
    assert.equal(tag.description.kind, 'markdown');
    assert.ok(tag.description.value.startsWith(decl.summary.trim()), `${decl.tagName}: summary first`);
    assert.ok(tag.description.value.includes(decl.description.split('\n')[0].trim()), `${decl.tagName}: description`);
    for (const e of decl.events) assert.ok(tag.description.value.includes(`\`${e.name}\``), `${decl.tagName}: event ${e.name}`);
    for (const p of decl.cssParts ?? []) assert.ok(tag.description.value.includes(`::part(${p.name})`), `${decl.tagName}: part ${p.name}`);
    for (const p of decl.cssProperties ?? []) assert.ok(tag.description.value.includes(`\`${p.name}\``), `${decl.tagName}: ${p.name}`);
    assert.deepEqual(tag.attributes.map((a) => a.name), [...new Set(decl.attributes.map((a) => a.name))]);
    for (const attr of tag.attributes) {
      assert.equal(attr.description.kind, 'markdown');
      assert.ok(attr.description.value.length > 10, `${decl.tagName} ${attr.name} has a description`);
    }
    assert.deepEqual(byName(tag.attributes, 'heading-level').values.map((v) => v.name), ['1', '2', '3', '4', '5', '6']);
  }
  const card = byName(data.tags, 'cytokine-card');
  const drugs = byName(card.attributes, 'drug').values.map((v) => v.name);
  for (const name of ['interferon-alfa', 'aldesleukin', 'IL-2']) assert.ok(drugs.includes(name), `drug value ${name}`);
  assert.equal(byName(card.attributes, 'structured-data').valueSet, 'v', 'boolean attributes complete without ="…"');
  assert.equal(byName(card.attributes, 'src').values, undefined);
  const video = byName(data.tags, 'injection-video');
  assert.deepEqual(byName(video.attributes, 'captions').values.map((v) => v.name), ['on', 'off']);
  assert.equal(byName(video.attributes, 'transcript-open').valueSet, 'v');
});

test('Web Types: no framework, package name and version, elements with attributes, events, slots, parts and CSS properties', () => {
  const data = webTypes(manifest, pkg);
  assert.equal(data.$schema, 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json');
  assert.equal(data.framework, undefined, 'a framework would hide the elements outside that framework');
  assert.equal(data.name, 'cytokine-widgets');
  assert.equal(data.version, pkg.version);
  assert.equal(data['js-types-syntax'], 'typescript');
  assert.equal(data['description-markup'], 'markdown');
  assert.deepEqual(Object.keys(data.contributions), ['html']);
  const els = data.contributions.html.elements;
  assert.deepEqual(els.map((e) => e.name), elements.map((e) => e.tagName));
  for (const decl of elements) {
    const el = byName(els, decl.tagName);
    assert.deepEqual(el.source, { module: `cytokine-widgets/elements/${decl.tagName}.js`, symbol: decl.name });
    assert.deepEqual(el.attributes.map((a) => a.name), [...new Set(decl.attributes.map((a) => a.name))]);
    for (const a of el.attributes) {
      assert.ok(a.description, `${decl.tagName} ${a.name} description`);
      // Schema: html-attribute-value has only kind, type, required and default.
      assert.deepEqual(Object.keys(a.value).filter((k) => !['kind', 'type', 'required', 'default'].includes(k)), []);
      assert.equal(typeof a.value.type, 'string');
      if ('default' in a) assert.equal(typeof a.default, 'string');
    }
    assert.deepEqual(el.js.events.map((e) => e.name), decl.events.map((e) => e.name));
    assert.match(byName(el.js.events, 'cytokine-error').description, /detail/);
    assert.ok(el.js.properties.some((p) => p.name === 'model' && p.type === 'ContentModel'), `${decl.tagName} model property`);
    assert.deepEqual(el.css.parts.map((p) => p.name), (decl.cssParts ?? []).map((p) => p.name));
    assert.deepEqual(el.css.properties.map((p) => p.name), (decl.cssProperties ?? []).map((p) => p.name));
    assert.deepEqual(el.slots.map((s) => s.name), (decl.slots ?? []).filter((s) => s.name).map((s) => s.name));
  }
  const video = byName(els, 'injection-video');
  assert.deepEqual(byName(video.attributes, 'captions').value, { type: "'on' | 'off'" });
  assert.equal(byName(video.attributes, 'captions').default, 'on');
  assert.deepEqual(byName(video.attributes, 'transcript-open').value, { type: 'boolean', required: false });
  assert.deepEqual(byName(video.attributes, 'heading-level').value, { type: 'number' });
  assert.deepEqual(video.slots.map((s) => s.name), ['transcript']);
});

test('writeEditorData writes both files as JSON, and the CLI entry point is wired', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cytokine-editor-data-'));
  try {
    const written = writeEditorData({ outDir: dir });
    const vscode = JSON.parse(readFileSync(written.vscode, 'utf8'));
    const jetbrains = JSON.parse(readFileSync(written.webTypes, 'utf8'));
    assert.deepEqual(vscode, vscodeCustomData(manifest, pkg));
    assert.deepEqual(jetbrains, webTypes(manifest, pkg));
    assert.throws(() => writeEditorData({ manifest: 'package.json', outDir: dir }), /declares no custom elements/);
    rmSync(written.vscode);
    rmSync(written.webTypes);
    const cli = spawnSync(process.execPath, [join(ROOT, 'scripts/editor-data.mjs'), dir], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    assert.deepEqual(JSON.parse(readFileSync(written.webTypes, 'utf8')), jetbrains);
    assert.deepEqual(JSON.parse(readFileSync(written.vscode, 'utf8')), vscode);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
