// The design-token reference's data, from the custom elements manifest (the elements' @cssprop
// JSDoc) and the shipped themes' CSS. Pure functions of those texts, with no Node imports: the
// Storybook page (stories/tokens.stories.ts) builds its table from the very same rows as
// docs/tokens.md (scripts/tokens.mjs), so the two cannot disagree.

/**
 * A value a theme gives a token. `where` is empty for the theme's own rule, else what narrows it:
 * an at-rule (`@media (max-width: 40.0625em)`) or a more specific selector.
 * @typedef {{ value: string, where: string }} ThemeValue
 */

/**
 * One `--cytokine-*` token.
 * @typedef {object} Token
 * @property {string} name
 * @property {{ text: string, widgets: string[] }[]} descriptions  The manifest's, each with the
 *   widgets that word it so (widgets may describe a shared token in their own terms).
 * @property {string} default      The documented default; widgets that document another say so.
 * @property {Record<string, string>} otherDefaults  Widget → its default, where it differs.
 * @property {string[]} widgets    Tags whose manifest entry lists the token.
 * @property {Record<string, ThemeValue[]>} themes  Theme name → the values it sets.
 * @property {string[]} colours    Concrete colours a swatch can show (the default's, then the themes').
 */

/**
 * Colours a swatch can paint on its own: hex, rgb()/hsl() and a theme's light-dark() pair. Not
 * `inherit`, `transparent` or "currentColor at 35%", whose colour comes from the page.
 */
const COLOUR = /^(#[0-9a-f]{3,8}|(rgba?|hsla?)\([^()]*\)|light-dark\((#[0-9a-f]{3,8}|\w+)\s*,\s*(#[0-9a-f]{3,8}|\w+)\)|white|black)$/i;

/** @param {string} value */
export const isColour = (value) => COLOUR.test(value.trim());

/** Comments out, so a commented-out declaration or brace cannot count. */
const uncomment = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/**
 * Every `--cytokine-*` declaration in a theme's CSS, with the rule it sits in.
 * @param {string} css
 * @param {string} themeClass  e.g. `.cytokine-theme-hospital`: its own rule's values have no `where`
 * @returns {Map<string, ThemeValue[]>}
 */
export function themeValues(css, themeClass) {
  /** @type {Map<string, ThemeValue[]>} */
  const values = new Map();
  /** @type {string[]} */
  const stack = [];
  let text = '';
  for (const ch of uncomment(css)) {
    if (ch === '{') {
      stack.push(text.trim().replace(/\s+/g, ' '));
      text = '';
    } else if (ch === '}' || ch === ';') {
      const declaration = /^(--cytokine-[\w-]+)\s*:\s*([\s\S]+)$/.exec(text.trim());
      if (declaration) {
        const at = stack.filter((prelude) => prelude.startsWith('@'));
        const selector = stack.filter((prelude) => !prelude.startsWith('@')).at(-1) ?? '';
        const where = [...at, selector === themeClass ? '' : selector].filter(Boolean).join(' ');
        const list = values.get(declaration[1]) ?? [];
        list.push({ value: declaration[2].trim().replace(/\s+/g, ' '), where });
        values.set(declaration[1], list);
      }
      if (ch === '}') stack.pop();
      text = '';
    } else {
      text += ch;
    }
  }
  return values;
}

/**
 * @typedef {{ name: string, description?: string, default?: string }} CssProperty
 * @typedef {{ tagName?: string, customElement?: boolean, cssProperties?: CssProperty[] }} Declaration
 * @typedef {{ modules?: { declarations?: Declaration[] }[] }} Manifest
 */

/**
 * Every token the widgets document or a theme sets, by name.
 * @param {Manifest} manifest  custom-elements.json
 * @param {Record<string, string>} themes  Theme name (the file's, e.g. `hospital`) → its CSS
 * @returns {Token[]}
 */
export function collectTokens(manifest, themes) {
  /** @type {Map<string, { tag: string, description: string, default: string }[]>} */
  const documented = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      for (const property of declaration.cssProperties ?? []) {
        if (!property.name.startsWith('--cytokine-')) continue;
        const list = documented.get(property.name) ?? [];
        list.push({ tag: declaration.tagName, description: property.description ?? '', default: property.default ?? '' });
        documented.set(property.name, list);
      }
    }
  }
  const themeNames = Object.keys(themes).sort();
  const set = new Map(themeNames.map((theme) => [theme, themeValues(themes[theme], `.cytokine-theme-${theme}`)]));
  const names = new Set([...documented.keys(), ...[...set.values()].flatMap((values) => [...values.keys()])]);
  return [...names].sort().map((name) => {
    const entries = documented.get(name) ?? [];
    const widgets = [...new Set(entries.map((entry) => entry.tag))].sort();
    // The default most widgets document; one that documents another is named beside it.
    const counts = new Map();
    for (const entry of entries) counts.set(entry.default, (counts.get(entry.default) ?? 0) + 1);
    const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    /** @type {Record<string, string>} */
    const otherDefaults = {};
    for (const entry of entries) if (entry.default !== common) otherDefaults[entry.tag] = entry.default;
    /** @type {Map<string, string[]>} */
    const wordings = new Map();
    for (const entry of entries) if (entry.description) wordings.set(entry.description, [...(wordings.get(entry.description) ?? []), entry.tag]);
    const descriptions = [...wordings].map(([text, tags]) => ({ text, widgets: tags.sort() }));
    /** @type {Record<string, ThemeValue[]>} */
    const byTheme = {};
    for (const theme of themeNames) {
      const values = set.get(theme)?.get(name);
      if (values) byTheme[theme] = values;
    }
    const colours = [common, ...Object.values(byTheme).flatMap((values) => values.map((v) => v.value))].filter(isColour);
    return { name, descriptions, default: common, otherDefaults, widgets, themes: byTheme, colours: [...new Set(colours)] };
  });
}

/**
 * The snippet builder's own tokens (`--cytokine-builder-*`), from the `@cssprop` lines of its JSDoc
 * (src/builder/snippet-builder.ts): it is an authoring tool, not a widget, so the analyzer leaves
 * it out of custom-elements.json, and no theme sets them.
 * @param {string} source  the builder's source
 * @returns {Token[]}
 */
export function builderTokens(source) {
  const tag = /@tag\s+([\w-]+)/.exec(source)?.[1] ?? 'cytokine-snippet-builder';
  return [...source.matchAll(/@cssprop\s+\[(--cytokine-[\w-]+)=([^\]]*)\]\s*-\s*(.+)/g)].map(([, name, value, text]) => ({
    name,
    descriptions: [{ text: text.trim(), widgets: [tag] }],
    default: value.trim(),
    otherDefaults: {},
    widgets: [tag],
    themes: {},
    colours: isColour(value) ? [value.trim()] : [],
  }));
}

/** Tokens a theme sets that no element documents: they never reach custom-elements.json. */
export const undocumented = (/** @type {Token[]} */ tokens) => tokens.filter((token) => token.widgets.length === 0);

/** #rgb / #rrggbb → [r, g, b] from 0 to 1, or undefined for anything else. */
function rgbOf(hex) {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!match) return undefined;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d) : match[1].match(/../g) ?? [];
  return digits.map((d) => parseInt(d, 16) / 255);
}

/** Hue bands (degrees, up to) and their emoji squares. */
const HUES = /** @type {const} */ ([
  [15, '🟥'],
  [45, '🟧'],
  [70, '🟨'],
  [185, '🟩'],
  [260, '🟦'],
  [345, '🟪'],
  [360, '🟥'],
]);

/**
 * An emoji square for a hex colour: GitHub renders no colour from Markdown, so this is a rough
 * hint (its hue, or black or white for greys) beside the exact value, never instead of it.
 * @param {string} value
 */
export function square(value) {
  const named = { white: '#fff', black: '#000' };
  const rgb = rgbOf(named[/** @type {'white'} */ (value.toLowerCase())] ?? value);
  if (!rgb) return '';
  const [r, g, b] = rgb;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  // Greys, and colours too dark or pale to read as a hue, as black or white.
  if (chroma < 0.2 || lightness < 0.12 || lightness > 0.92) return lightness < 0.5 ? '⬛' : '⬜';
  const hue = (max === r ? ((g - b) / chroma) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4) * 60;
  const degrees = (hue + 360) % 360;
  return HUES.find(([upTo]) => degrees < upTo)?.[1] ?? '🟥';
}

/**
 * The colours a value shows as swatches: a light-dark() pair is two, light first; a plain colour
 * is one; anything else none. docs/tokens.md and the Storybook page both draw from this.
 * @param {string} value
 * @returns {string[]}
 */
export function swatchColours(value) {
  const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(value);
  if (pair) return [pair[1], pair[2]];
  return isColour(value) ? [value] : [];
}

/** A value in Markdown: its hint square(s) where it is a colour, then the value as code. */
function cell(value) {
  const hint = swatchColours(value).map(square).join('');
  return `${hint ? `${hint} ` : ''}\`${value.replace(/\|/g, '\\|')}\``;
}

/** A theme's values for one token in one table cell. */
const themeCell = (/** @type {ThemeValue[] | undefined} */ values) =>
  values ? values.map((v) => (v.where ? `${cell(v.value)} (${v.where.replace(/\|/g, '\\|')})` : cell(v.value))).join('<br>') : '';

/**
 * docs/tokens.md.
 * @param {Token[]} tokens
 * @param {string[]} themeNames
 * @param {Token[]} [builder]  the snippet builder's tokens (builderTokens), in a section of their own
 */
export function tokensMarkdown(tokens, themeNames, builder = []) {
  const head = ['Token', 'Default', ...themeNames.map((theme) => `\`${theme}.css\``), 'Used by', 'What it sets'];
  const rows = tokens.map((token) => {
    const defaults = [
      token.default ? cell(token.default) : '',
      ...Object.entries(token.otherDefaults).map(([tag, value]) => `${cell(value)} in ${tag}`),
    ].filter(Boolean);
    return [
      `\`${token.name}\``,
      defaults.join('<br>') || '—',
      ...themeNames.map((theme) => themeCell(token.themes[theme])),
      token.widgets.length ? token.widgets.map((tag) => `\`<${tag}>\``).join(', ') : '**none documented**',
      token.descriptions
        .map((d) => (token.descriptions.length > 1 ? `${d.widgets.map((tag) => `\`<${tag}>\``).join(', ')}: ` : '') + d.text)
        .join('<br>')
        .replace(/\|/g, '\\|')
        .replace(/\n+/g, ' '),
    ];
  });
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const missing = undocumented(tokens);
  const builderHead = ['Token', 'Default', 'What it sets'];
  const builderSection = builder.length
    ? `
## Snippet builder

The \`<cytokine-snippet-builder>\` (the code generator for editors, [docs/cms.md](cms.md)) has its
own tokens, read from its JSDoc in [\`src/builder/snippet-builder.ts\`](../src/builder/snippet-builder.ts).
It is a tool, not a widget: the widgets' tokens above do not reach it, and no theme sets these.

${line(builderHead)}
${line(builderHead.map(() => '---'))}
${builder.map((token) => line([`\`${token.name}\``, cell(token.default), token.descriptions.map((d) => d.text).join(' ').replace(/\|/g, '\\|')])).join('\n')}
`
    : '';
  return `<!-- Generated by scripts/tokens.mjs from custom-elements.json and src/themes/*.css: run \`npm run tokens\` after changing either; do not edit by hand. -->

# Design tokens

Every \`--cytokine-*\` custom property the widgets read, with its default, the value each example
theme in [\`src/themes/\`](../src/themes/) gives it, and the widgets that use it. Set any of them on
an ancestor of the widgets (\`<body>\`, a section, a theme class); the README's
[Theming](../README.md#theming) section shows how. Storybook's **Design tokens** page shows the same
table with real colour swatches. The snippet builder's own \`--cytokine-builder-*\` tokens are in
[a section of their own](#snippet-builder) at the end.

The square before a colour is only a hint of its hue (black or white for greys), for reading this
page on GitHub; the value after it is exact. A value with a note in brackets applies only there (a
media query, or a rule inside the theme). "currentColor at 35%" means the text colour mixed to
35% opacity.

${missing.length ? `**Not yet documented** in any element's JSDoc (\`@cssprop\`), so missing from custom-elements.json: ${missing.map((token) => `\`${token.name}\``).join(', ')}.\n\n` : ''}${line(head)}
${line(head.map(() => '---'))}
${rows.map(line).join('\n')}
${builderSection}`;
}
