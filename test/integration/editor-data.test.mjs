// What `cem analyze` (custom-elements-manifest.config.mjs) writes for our widgets: the manifest,
// with what each widget inherits from src/shared/, and the editor data the plugins make from it,
// dist/vscode.html-custom-data.json and dist/web-types.json. Run `npm run build` first.
//
//   node --test test/integration/editor-data.test.mjs
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { widgetDeclarations } from '../support/manifest.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (file) => JSON.parse(readFileSync(`${ROOT}${file}`, 'utf8'));
const pkg = read('package.json');
const manifest = read('custom-elements.json');
const vscode = read('dist/vscode.html-custom-data.json');
const webTypes = read('dist/web-types.json');
/** The bundled drugs' ids, which editors suggest for `drug`. */
const DRUG_IDS = read('dist/content/en-GB.json').drugs.map((d) => d.id);

const TAGS = ['cytokine-card', 'injection-video', 'side-effect-list'];
const widgets = widgetDeclarations(manifest);
const named = (list, name) => {
  const found = (list ?? []).find((x) => x.name === name);
  assert.ok(found, `${name} is listed`);
  return found;
};
const names = (list) => (list ?? []).map((x) => x.name);
const widget = (tag) => {
  const found = widgets.find((d) => d.tagName === tag);
  assert.ok(found, `<${tag}> is declared`);
  return found;
};

describe('custom-elements.json', () => {
  test('declares exactly the three widgets as custom elements: not the base classes, not the snippet builder', () => {
    assert.deepEqual(widgets.map((d) => d.tagName), TAGS);
    const classes = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.kind === 'class').map((d) => [m.path, d]));
    for (const base of ['CytokineElement', 'DrugElement']) {
      const decl = classes.find(([, d]) => d.name === base)?.[1];
      assert.ok(decl, `${base} is analysed, so its members can be inherited`);
      assert.equal(decl.customElement, undefined, `${base} is not a custom element`);
      assert.equal(decl.tagName, undefined);
    }
    assert.deepEqual(manifest.modules.filter((m) => m.path.startsWith('src/builder/')).map((m) => m.path), []);
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
    assert.deepEqual(definitions.filter((e) => !TAGS.includes(e.name)), [], 'no definition of a tag that is not a widget');
  });

  test('each widget lists the attributes and properties it inherits, marked with where from', () => {
    for (const decl of widgets) {
      for (const attr of ['lang', 'heading-level', 'src', 'messages']) {
        assert.equal(named(decl.attributes, attr).inheritedFrom?.name, 'CytokineElement', `${decl.tagName} ${attr}`);
      }
      for (const field of ['headingLevel', 'src', 'model', 'messages']) {
        assert.equal(named(decl.members, field).inheritedFrom?.name, 'CytokineElement', `${decl.tagName} .${field}`);
      }
      // The element's own description of an inherited attribute wins over the base class's.
      assert.match(named(decl.attributes, 'heading-level').description, /title/, `${decl.tagName} heading-level`);
      // Only the API: Storybook's docs tables list every member the manifest gives.
      const internal = (decl.members ?? []).filter((m) => 'privacy' in m && m.privacy && m.privacy !== 'public');
      assert.deepEqual(names(internal), [], `${decl.tagName} lists no private or protected members`);
    }
    for (const tag of ['cytokine-card', 'side-effect-list']) {
      for (const attr of ['drug', 'structured-data']) assert.equal(named(widget(tag).attributes, attr).inheritedFrom?.name, 'DrugElement', `${tag} ${attr}`);
    }
    assert.equal(names(widget('injection-video').attributes).includes('drug'), false, 'the video is not about a drug');
  });

  test('events are the documented cytokine-* events, with no nameless or internal ones', () => {
    for (const decl of widgets) {
      const events = names(decl.events);
      for (const event of ['cytokine-error', 'cytokine-ready', 'cytokine-review-due']) assert.ok(events.includes(event), `${decl.tagName} ${event}`);
      assert.deepEqual(events.filter((e) => !/^cytokine-[a-z-]+$/.test(e ?? '')), [], decl.tagName);
    }
    assert.ok(names(widget('injection-video').events).includes('cytokine-play'));
  });
});

describe('VS Code custom data (dist/vscode.html-custom-data.json)', () => {
  test('every widget, with every attribute it has (its own and inherited), each described', () => {
    assert.equal(vscode.version, 1.1);
    assert.deepEqual(names(vscode.tags), TAGS);
    for (const decl of widgets) {
      const tag = named(vscode.tags, decl.tagName);
      assert.deepEqual(names(tag.attributes), [...new Set(names(decl.attributes))], decl.tagName);
      for (const attr of tag.attributes) assert.ok(attr.description?.length > 10, `${decl.tagName} ${attr.name} is described`);
    }
  });

  test('hover text: the summary, then the events, slots, CSS parts and custom properties', () => {
    for (const decl of widgets) {
      const text = named(vscode.tags, decl.tagName).description;
      assert.ok(decl.summary && text.startsWith(decl.summary), `${decl.tagName}: summary first`);
      for (const item of [...(decl.events ?? []), ...(decl.cssParts ?? []), ...(decl.cssProperties ?? []), ...(decl.slots ?? []).filter((s) => s.name)]) {
        assert.ok(text.includes(`**${item.name}**`), `${decl.tagName}: ${item.name}`);
      }
    }
    // Public methods, which only the video has.
    assert.match(named(vscode.tags, 'injection-video').description, /Methods.*\*\*play\(.*\*\*seek\(/s);
    assert.doesNotMatch(named(vscode.tags, 'cytokine-card').description, /Methods/);
  });

  test('value suggestions: the bundled drugs, heading levels 1 to 6, captions on and off', () => {
    const values = (tag, attr) => names(named(named(vscode.tags, tag).attributes, attr).values);
    for (const tag of ['cytokine-card', 'side-effect-list']) assert.deepEqual(values(tag, 'drug'), DRUG_IDS, `${tag} drug`);
    for (const tag of TAGS) assert.deepEqual(values(tag, 'heading-level'), ['1', '2', '3', '4', '5', '6'], `${tag} heading-level`);
    assert.deepEqual(values('injection-video', 'captions'), ['on', 'off']);
    // A free-text attribute offers nothing to pick from.
    assert.deepEqual(values('cytokine-card', 'src'), []);
    assert.match(named(named(vscode.tags, 'cytokine-card').attributes, 'drug').description, /case-insensitive/);
  });
});

describe('JetBrains Web Types (dist/web-types.json)', () => {
  test('named for this package and version, which package.json points at', () => {
    assert.equal(pkg['web-types'], './dist/web-types.json');
    assert.equal(webTypes.$schema, 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json');
    assert.equal(webTypes.framework, undefined, 'a framework would hide the elements outside that framework');
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version, 'from this version (rebuild if not)');
  });

  test('every widget with its attributes, properties, events, slots, CSS parts and custom properties', () => {
    const elements = webTypes.contributions.html.elements;
    assert.deepEqual(names(elements), TAGS);
    for (const decl of widgets) {
      const el = named(elements, decl.tagName);
      assert.deepEqual(names(el.attributes), [...new Set(names(decl.attributes))], decl.tagName);
      for (const attr of el.attributes) assert.equal(typeof attr.value.type, 'string', `${decl.tagName} ${attr.name} has a type`);
      assert.deepEqual(names(el.js.events), names(decl.events), decl.tagName);
      assert.match(named(el.js.events, 'cytokine-error').description, /detail: \{ code, message, hint \}/);
      assert.match(named(el.js.properties, 'model').type, /^ContentModel\b/, `${decl.tagName} .model`);
      assert.deepEqual(names(el.slots), names(decl.slots), decl.tagName);
    }
    const css = webTypes.contributions.css;
    for (const decl of widgets) {
      for (const part of names(decl.cssParts)) assert.ok(names(css['pseudo-elements']).includes(`part(${part})`), `${decl.tagName} ::part(${part})`);
      for (const prop of names(decl.cssProperties)) assert.ok(names(css.properties).includes(prop), `${decl.tagName} ${prop}`);
    }
    const video = named(elements, 'injection-video');
    assert.deepEqual(named(video.attributes, 'captions').value.type, "'on' | 'off'");
    assert.deepEqual(named(video.attributes, 'heading-level').value, { type: '1 | 2 | 3 | 4 | 5 | 6', default: '2' });
    assert.ok(names(video.slots).includes('transcript'));
  });
});
