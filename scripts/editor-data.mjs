// Editor support, generated from custom-elements.json (run after `cem analyze`):
//
//   dist/vscode.html-custom-data.json  VS Code HTML custom data, format 1.1
//                                      (https://github.com/microsoft/vscode-custom-data)
//   dist/web-types.json                JetBrains Web Types 2.0
//                                      (https://github.com/JetBrains/web-types, schema/web-types.json)
//
//   node scripts/editor-data.mjs       writes both into dist/
//
// Both describe every tag with its summary and description, its attributes (with value
// suggestions where the manifest gives a union of literals, a number range such as "(1–6)", or
// the JSDoc lists the values in backticks), and its events, slots, CSS parts and CSS custom
// properties. Web Types has places for all of those; VS Code's format only has tags and
// attributes, so the rest goes into the tag's Markdown description, which VS Code shows on hover.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const WEB_TYPES_SCHEMA = 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json';

/** Custom element declarations in the manifest, sorted by tag name. */
export function customElements(manifest) {
  return (manifest.modules ?? [])
    .flatMap((mod) => (mod.declarations ?? []).map((decl) => ({ ...decl, modulePath: mod.path })))
    .filter((decl) => decl.customElement && decl.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const uniqueByName = (items = []) => [...new Map(items.filter((i) => i?.name !== undefined).map((i) => [i.name, i])).values()];
/** JSDoc text as Markdown: wrapped lines joined, paragraphs kept. */
const sentence = (text = '') => text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
const stripOptional = (type = '') => type.split('|').map((t) => t.trim()).filter((t) => t && t !== 'undefined' && t !== 'null').join(' | ');
const unquote = (value) => (/^(['"]).*\1$/.test(value) ? value.slice(1, -1) : value);

/** `'on' | 'off'` → ['on', 'off']; anything that is not only literals → undefined. */
export function literalUnion(typeText) {
  const parts = stripOptional(typeText).split('|').map((t) => t.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const values = [];
  for (const part of parts) {
    if (/^(['"])[^'"]*\1$/.test(part)) values.push(part.slice(1, -1));
    else if (/^-?\d+(\.\d+)?$/.test(part)) values.push(part);
    else return undefined;
  }
  return values;
}

/**
 * Values a description lists in backticks: two or more `code` spans joined only by commas, "or",
 * "and" or a slash (a parenthesis such as "(default)" may follow a value). A list that follows
 * "e.g." or "for example" gives examples, not values, and is skipped.
 */
export function listedValues(description = '', exclude = []) {
  const spans = [...description.matchAll(/`([^`]+)`/g)];
  const groups = [];
  let group = [];
  for (let i = 0; i < spans.length; i++) {
    const prev = spans[i - 1];
    const between = prev ? description.slice(prev.index + prev[0].length, spans[i].index) : null;
    if (prev && /^\s*(\([^)]*\))?\s*(,|,?\s*or|,?\s*and|\/)\s*$/i.test(between)) group.push(spans[i]);
    else {
      if (group.length) groups.push(group);
      group = [spans[i]];
    }
  }
  if (group.length) groups.push(group);
  const values = [];
  for (const g of groups) {
    if (g.length < 2) continue;
    const before = description.slice(0, g[0].index);
    if (/(e\.g\.|for example|such as)\s*$/i.test(before)) continue;
    const items = g.map((m) => m[1].trim());
    // Code (braces, calls, markup) is an illustration, so the whole list is not values.
    if (items.some((v) => !v || /[{}<>=();]/.test(v))) continue;
    for (const value of items) if (!exclude.includes(value) && !values.includes(value)) values.push(value);
  }
  return values.length ? values : undefined;
}

/** "Level (1–6) of …" on a number attribute → ['1', …, '6']. */
export function numberRange(description = '') {
  const m = description.match(/\b(\d+)\s*(?:–|—|-|to)\s*(\d+)\b/);
  if (!m) return undefined;
  const [from, to] = [Number(m[1]), Number(m[2])];
  if (!(to > from) || to - from > 20) return undefined;
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/** What an attribute accepts: its kind, its value suggestions and its default. */
export function attributeInfo(attr) {
  const type = stripOptional(attr.type?.text ?? '');
  const union = literalUnion(type);
  const kind = type === 'boolean' ? 'boolean' : type === 'number' ? 'number' : union ? 'enum' : 'string';
  const values =
    union ??
    (kind === 'number' ? numberRange(attr.description) : undefined) ??
    (kind === 'boolean' ? undefined : listedValues(attr.description, [attr.name]));
  const defaultValue = attr.default !== undefined && attr.default !== '' ? unquote(String(attr.default)) : undefined;
  return { type: type || 'string', kind, values, default: defaultValue };
}

const publicFields = (decl) =>
  uniqueByName((decl.members ?? []).filter((m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public')));
const publicMethods = (decl) =>
  uniqueByName((decl.members ?? []).filter((m) => m.kind === 'method' && !m.static && (!m.privacy || m.privacy === 'public')));

/** The Markdown shown for a tag: summary, description, then what the attribute list cannot say. */
export function tagMarkdown(decl) {
  const out = [];
  if (decl.summary) out.push(sentence(decl.summary));
  if (decl.description && sentence(decl.description) !== sentence(decl.summary)) out.push(sentence(decl.description));
  const section = (title, items, format) => {
    if (items.length) out.push(`**${title}**\n\n${items.map((i) => `- ${format(i)}`).join('\n')}`);
  };
  const line = (label, text) => (text ? `${label} — ${sentence(text)}` : label);
  section('Events', uniqueByName(decl.events), (e) => line(`\`${e.name}\``, e.description));
  section('Slots', decl.slots ?? [], (s) => line(s.name ? `\`${s.name}\`` : '(default)', s.description));
  section('Properties (JavaScript)', publicFields(decl), (p) => line(`\`${p.name}\`${p.type?.text ? `: \`${p.type.text}\`` : ''}`, p.description));
  section('Methods', publicMethods(decl), (m) => line(`\`${m.name}()\``, m.description));
  section('CSS parts', uniqueByName(decl.cssParts), (p) => line(`\`::part(${p.name})\``, p.description));
  section('CSS custom properties', uniqueByName(decl.cssProperties), (p) =>
    line(`\`${p.name}\``, `${sentence(p.description)}${p.default ? ` Default: \`${p.default}\`.` : ''}`),
  );
  return out.join('\n\n');
}

function attributeMarkdown(attr, info) {
  let text = sentence(attr.description);
  if (info.default !== undefined && !/\bdefault\b/i.test(text)) text += `${text ? ' ' : ''}Default: \`${info.default}\`.`;
  return text;
}

/** VS Code HTML custom data (version 1.1). */
export function vscodeCustomData(manifest, pkg = {}) {
  const references = pkg.homepage ? [{ name: pkg.name ?? 'Documentation', url: pkg.homepage }] : undefined;
  // No $schema: the published customData.schema.json still says version 1 with plain-string
  // descriptions, so pointing at it would flag this (valid) 1.1 file with Markdown descriptions.
  return {
    version: 1.1,
    tags: customElements(manifest).map((decl) => ({
      name: decl.tagName,
      description: { kind: 'markdown', value: tagMarkdown(decl) },
      attributes: uniqueByName(decl.attributes).map((attr) => {
        const info = attributeInfo(attr);
        const out = { name: attr.name, description: { kind: 'markdown', value: attributeMarkdown(attr, info) } };
        if (info.kind === 'boolean') out.valueSet = 'v';
        if (info.values) out.values = info.values.map((name) => ({ name }));
        return out;
      }),
      ...(references && { references }),
    })),
  };
}

/** JetBrains Web Types (2.0). No `framework`: the elements work in any project. */
export function webTypes(manifest, pkg = {}) {
  const docUrl = pkg.homepage;
  const withDoc = (o) => (docUrl ? { ...o, 'doc-url': docUrl } : o);
  return {
    $schema: WEB_TYPES_SCHEMA,
    name: pkg.name,
    version: pkg.version,
    'js-types-syntax': 'typescript',
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: customElements(manifest).map((decl) => {
          const element = withDoc({
            name: decl.tagName,
            description: tagMarkdown(decl),
            ...(pkg.name && decl.name && { source: { module: `${pkg.name}/elements/${decl.tagName}.js`, symbol: decl.name } }),
            attributes: uniqueByName(decl.attributes).map((attr) => {
              const info = attributeInfo(attr);
              const valueType = info.kind === 'enum' ? info.values.map((v) => `'${v.replace(/'/g, "\\'")}'`).join(' | ') : info.kind;
              return {
                name: attr.name,
                description: attributeMarkdown(attr, info),
                ...(info.default !== undefined && { default: info.default }),
                // A boolean attribute works by being present: its value may be left out.
                value: { type: valueType, ...(info.kind === 'boolean' && { required: false }) },
              };
            }),
            slots: (decl.slots ?? []).filter((s) => s.name).map((s) => ({ name: s.name, description: sentence(s.description) })),
            js: {
              properties: publicFields(decl).map((p) => ({
                name: p.name,
                description: sentence(p.description),
                ...(p.type?.text && { type: p.type.text }),
                ...(p.readonly && { 'read-only': true }),
              })),
              events: uniqueByName(decl.events).map((e) => ({ name: e.name, description: sentence(e.description) })),
            },
            css: {
              properties: uniqueByName(decl.cssProperties).map((p) => ({
                name: p.name,
                description: `${sentence(p.description)}${p.default ? ` Default: \`${p.default}\`.` : ''}`,
              })),
              parts: uniqueByName(decl.cssParts).map((p) => ({ name: p.name, description: sentence(p.description) })),
            },
          });
          return element;
        }),
      },
    },
  };
}

/**
 * Reads the manifest and package.json, writes both files, and returns their paths.
 * Options (all optional): root (the package folder), manifest (path), outDir (default dist/).
 */
export function writeEditorData({ root = ROOT, manifest, outDir } = {}) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const manifestPath = resolve(root, manifest ?? pkg.customElements ?? 'custom-elements.json');
  const data = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (customElements(data).length === 0) throw new Error(`${manifestPath} declares no custom elements`);
  const dir = resolve(root, outDir ?? 'dist');
  mkdirSync(dir, { recursive: true });
  const vscode = join(dir, 'vscode.html-custom-data.json');
  const jetbrains = join(dir, 'web-types.json');
  writeFileSync(vscode, JSON.stringify(vscodeCustomData(data, pkg), null, 2) + '\n');
  writeFileSync(jetbrains, JSON.stringify(webTypes(data, pkg), null, 2) + '\n');
  return { vscode, webTypes: jetbrains };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [outDir] = process.argv.slice(2);
  const written = writeEditorData({ outDir: outDir && resolve(outDir) });
  console.log(`editor data: ${[written.vscode, written.webTypes].map((p) => p.replace(`${ROOT}/`, '')).join(', ')}`);
}
