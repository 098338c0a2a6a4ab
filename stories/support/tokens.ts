/**
 * The design-token reference for Storybook: the same rows as docs/tokens.md
 * (scripts/tokens-data.mjs, from custom-elements.json and src/themes/*.css), as an accessible
 * table with real colour swatches. Swatches are coloured through a custom property set with
 * `style.setProperty` (no `style` attribute), painted by tokens.css.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { builderTokens, collectTokens, swatchColours, type Manifest, type ThemeValue, type Token } from '../../scripts/tokens-data.mjs';
import './tokens.css';

// Loaded through globs, as .storybook/preview.ts loads the manifest: it is generated, not
// committed, and a checkout that has not run the analyzer yet still builds (with no rows).
const manifests = import.meta.glob<Manifest>('../../custom-elements.json', { eager: true, import: 'default' });
const themeFiles = import.meta.glob<string>('../../src/themes/*.css', { eager: true, query: '?raw', import: 'default' });
// The snippet builder is not in the manifest (a tool, not a widget): its tokens come from its JSDoc.
const builderSources = import.meta.glob<string>('../../src/builder/snippet-builder.ts', { eager: true, query: '?raw', import: 'default' });

/** Theme name (its file's) → its CSS. */
export const THEME_CSS: Record<string, string> = Object.fromEntries(
  Object.entries(themeFiles)
    .map(([path, css]) => [/([\w-]+)\.css$/.exec(path)?.[1] ?? path, css] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);

/** The widgets' tokens, as docs/tokens.md's main table lists them. */
export const WIDGET_TOKENS: Token[] = collectTokens(manifests['../../custom-elements.json'] ?? {}, THEME_CSS);

/** The snippet builder's own `--cytokine-builder-*` tokens, docs/tokens.md's "Snippet builder" section. */
export const BUILDER_TOKENS: Token[] = builderTokens(builderSources['../../src/builder/snippet-builder.ts'] ?? '');

/** Every token, in the order the page shows them: the widgets', then the snippet builder's. */
export const TOKENS: Token[] = [...WIDGET_TOKENS, ...BUILDER_TOKENS];

/** Paints a swatch: its colour is data, so it goes through the CSSOM, not markup. */
const paint = (colour: string) => (el: Element | undefined) => {
  if (el instanceof HTMLElement) el.style.setProperty('--token-swatch', colour);
};

const valueCell = (value: string, where = ''): TemplateResult => html`<div class="tokens__value">
  ${swatchColours(value).map((colour) => html`<span class="tokens__swatch" aria-hidden="true" data-colour=${colour} ${ref(paint(colour))}></span>`)}
  <code>${value}</code>
  ${where ? html`<span class="tokens__where">(${where})</span>` : nothing}
</div>`;

const themeCell = (values: ThemeValue[] | undefined) => (values ? values.map((v) => valueCell(v.value, v.where)) : nothing);

/**
 * The widgets' table (a row per token, a column per theme), then the snippet builder's (no theme
 * sets its tokens, so it has no theme columns).
 */
export function tokenTable(tokens: Token[] = WIDGET_TOKENS, themes: string[] = Object.keys(THEME_CSS), builder: Token[] = BUILDER_TOKENS): TemplateResult {
  return html`${widgetTable(tokens, themes)}${builder.length ? builderTable(builder) : nothing}`;
}

/**
 * One scrollable, focusable table: a row per token, headed by its name, then `cells` (the
 * columns after "Token").
 */
function table(id: string, caption: string, columns: string[], tokens: Token[], cells: (token: Token) => TemplateResult): TemplateResult {
  return html`<div class="tokens" role="region" aria-labelledby=${id} tabindex="0">
    <table>
      <caption id=${id}>${caption}</caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          ${columns.map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${tokens.map(
          (token) => html`<tr data-token=${token.name}>
            <th scope="row"><code>${token.name}</code></th>
            ${cells(token)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

const builderTable = (tokens: Token[]): TemplateResult =>
  table(
    'builder-tokens-caption',
    'Snippet builder: the --cytokine-builder-* tokens of <cytokine-snippet-builder>, the code generator for editors. It is a tool, not a widget: the tokens above do not reach it, and no theme sets these.',
    ['Default', 'What it sets'],
    tokens,
    (token) => html`<td>${valueCell(token.default)}</td>
      <td>${token.descriptions.map((d) => html`<p>${d.text}</p>`)}</td>`,
  );

const widgetTable = (tokens: Token[], themes: string[]): TemplateResult =>
  table(
    'tokens-caption',
    "Every --cytokine-* design token: its default, each example theme's value, and the widgets that use it",
    ['Default', ...themes.map((theme) => `${theme}.css`), 'Used by', 'What it sets'],
    tokens,
    (token) => html`<td>
        ${token.default ? valueCell(token.default) : '—'}
        ${Object.entries(token.otherDefaults).map(([tag, value]) => valueCell(value, `in ${tag}`))}
      </td>
      ${themes.map((theme) => html`<td>${themeCell(token.themes[theme])}</td>`)}
      <td>${token.widgets.length ? token.widgets.map((tag, i) => html`${i ? ', ' : ''}<code>&lt;${tag}&gt;</code>`) : html`<strong>none documented</strong>`}</td>
      <td>
        ${token.descriptions.map(
          (d) => html`<p>${token.descriptions.length > 1 ? html`<code>${d.widgets.join(', ')}</code>: ` : nothing}${d.text}</p>`,
        )}
      </td>`,
  );
