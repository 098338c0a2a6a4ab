// The published schema as a content team meets it (run `npm run build` first): what their editor
// shows on hover for each field, and whether the copy they start from finds the schema at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);
const readJson = (url) => JSON.parse(readFileSync(url, 'utf8'));
const schema = readJson(new URL('dist/schema.json', ROOT));

/** Every field of the model, as `Part.field.sub` paths, with its schema: the root's, then each part's. */
function fields() {
  const found = [];
  const visit = (node, path) => {
    if (!node || typeof node !== 'object') return;
    for (const [name, field] of Object.entries(node.properties ?? {})) {
      found.push([`${path}.${name}`, field]);
      visit(field, `${path}.${name}`);
    }
    if (node.items) visit(node.items, `${path}[]`);
  };
  visit(schema, 'ContentModel');
  for (const [name, part] of Object.entries(schema.$defs)) visit(part, name);
  return found;
}

test('dist/schema.json describes every field of the model, and every part, for editors to show on hover', () => {
  const all = fields();
  assert.ok(all.length > 100, `the walk found the model's fields (${all.length})`);
  const undescribed = all.filter(([, field]) => !(typeof field.description === 'string' && field.description.length >= 5)).map(([path]) => path);
  assert.deepEqual(undescribed, [], 'fields without a description');
  const parts = Object.entries(schema.$defs).filter(([, part]) => !part.description).map(([name]) => name);
  assert.deepEqual(parts, [], 'parts without a description');
});

test('every field the schema has is named in the content guide\'s field-by-field section', () => {
  const guide = readFileSync(new URL('docs/content-guide.md', ROOT), 'utf8');
  const section = guide.slice(guide.indexOf('## 3. The model, field by field'), guide.indexOf('## 4. What the validator checks'));
  assert.ok(section.length > 1000, 'the guide has its section 3');
  const names = new Set(fields().map(([path]) => path.split('.').pop()));
  assert.deepEqual([...names].filter((name) => !section.includes(`\`${name}\``)), []);
});

test('the $schema of dist/content/en-GB.json finds the published schema from the file, offline', () => {
  const modelUrl = new URL('dist/content/en-GB.json', ROOT);
  const { $schema } = readJson(modelUrl);
  assert.equal(typeof $schema, 'string');
  assert.doesNotMatch($schema, /^[a-z]+:/i, 'a path relative to the file, as VS Code resolves it, not a web address');
  const target = new URL($schema, modelUrl);
  assert.ok(existsSync(target), `${$schema} from dist/content/ is ${fileURLToPath(target)}, which exists`);
  const found = readJson(target);
  assert.equal(found.$id, schema.$id, 'it is this release\'s schema');
  assert.deepEqual(found, schema);
});
