// Checks of the built files themselves, read from disk (run `npm run build` first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';

const read = (f) => readFileSync(f, 'utf8');
// An import or export-from statement, or a dynamic import(), naming a bare package.
const bareImport = /\b(?:import|export)\s*(?:[\w*{][^;]*?\bfrom\s*)?\(?\s*["'](?![./])[^"']+["']/;

test('the self-contained bundle has no bare imports left for the page to resolve', () => {
  const code = read('dist/cytokine-widgets.js');
  assert.equal(bareImport.test(code), false);
  assert.match(code, /customElements/);
});

test('per-element modules exist for each element, import lit, and have declarations', () => {
  for (const tag of readdirSync('src/elements')) {
    const code = read(`dist/elements/${tag}.js`);
    assert.match(code, /from\s*["']lit/, `${tag} leaves lit external`);
    assert.ok(existsSync(`dist/elements/${tag}.d.ts`), `${tag}.d.ts`);
    const dts = read(`dist/elements/${tag}.d.ts`);
    const from = dts.match(/from '(.+)'/)?.[1];
    assert.ok(from, `${tag}.d.ts re-exports a module`);
    const target = from.replace(/\.js$/, '.d.ts');
    assert.ok(existsSync(new URL(target, new URL(`../../dist/elements/`, import.meta.url))), `${tag}.d.ts points at a real file`);
  }
});

test('custom-elements.json documents every element with attributes, parts, events and CSS properties', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  for (const tag of readdirSync('src/elements')) {
    const d = decls.find((x) => x.tagName === tag);
    assert.ok(d, `${tag} in manifest`);
    assert.ok(d.summary, `${tag} summary`);
    for (const key of ['attributes', 'cssParts', 'cssProperties', 'events', 'slots']) assert.ok(d[key]?.length > 0, `${tag} ${key}`);
    for (const attr of ['lang', 'heading-level', 'src']) assert.ok(d.attributes.some((a) => a.name === attr), `${tag} @attr ${attr}`);
    assert.ok(d.events.some((e) => e.name === 'cytokine-error'), `${tag} fires cytokine-error`);
  }
});

test('no content reaches innerHTML, eval or a style attribute in our source (SECURITY.md, guarantee 1)', () => {
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
  for (const file of walk('src').filter((f) => f.endsWith('.ts'))) {
    const code = read(file);
    assert.equal(/innerHTML|outerHTML|insertAdjacentHTML|unsafeHTML|styleMap|unsafeCSS|document\.write|\beval\(|new Function\b|setTimeout\(\s*['"`]/.test(code), false, file);
    assert.equal(/\sstyle=/.test(code), false, `${file} writes a style attribute`);
  }
});

test('the composed content model is published with its schema, and full Ajv accepts it', async () => {
  const model = JSON.parse(read('dist/content/en-GB.json'));
  assert.equal(model.locale, 'en-GB');
  assert.deepEqual(model.drugs.map((d) => d.id), ['interferon-alfa', 'aldesleukin']);
  // Editors find the schema through "$schema", relative to the model file.
  assert.equal(model.$schema, '../schema.json');
  const schema = JSON.parse(read('dist/schema.json'));
  assert.equal(schema.$id, 'https://cdn.jsdelivr.net/npm/cytokine-widgets@0.1/dist/schema.json');
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  // Ajv itself (not the compiled copy the widgets carry), in strict mode: every keyword is known.
  const { createAjv } = await import('../../scripts/gen-schema.mjs');
  const validate = createAjv().compile(schema);
  assert.equal(validate(model), true, JSON.stringify(validate.errors?.slice(0, 3)));
  assert.equal(validate({ ...model, labels: {} }), false, 'unknown fields are refused');
});

test('the message catalogue a translator starts from is published: every id, its English and a note', () => {
  const catalogue = JSON.parse(read('dist/messages/en-GB.json'));
  assert.equal(catalogue.locale, 'en-GB');
  const ids = Object.keys(catalogue.messages);
  assert.ok(ids.length >= 40, `${ids.length} messages`);
  for (const id of ids) assert.ok(catalogue.notes[id]?.length > 5, `${id} has a note for translators`);
  assert.equal(catalogue.messages.sideEffectsOf, 'Side effects of {drug}');
  // The notes stay out of the code readers download.
  assert.equal(read('dist/cytokine-widgets.js').includes(catalogue.notes.sideEffectsOf), false);
});

test('the autoloader copies exactly the attributes the widgets declare from placeholders', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const declared = new Set(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).flatMap((d) => d.attributes.map((a) => a.name)));
  const source = read('src/autoloader.ts');
  const list = source.match(/PLACEHOLDER_ATTRIBUTES = \[([\s\S]*?)\]/)?.[1].match(/'([^']+)'/g)?.map((s) => s.slice(1, -1));
  assert.ok(list, 'src/autoloader.ts lists PLACEHOLDER_ATTRIBUTES');
  assert.deepEqual([...list].sort(), [...declared].sort());
});

// Size budgets have one home: scripts/size.mjs --check, the last step of npm test.
