import { LitElement, html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
// The widgets' own entry: importing it defines the three widgets the preview shows, and gives the
// loader of the bundled content. The builder's build (rollup.config.mjs) turns this import into
// one of dist/cytokine-widgets.js, so the preview runs the very bundle the code loads.
import { loadBundledModel } from '../index.js';
import type { ContentModel } from '../model/types.js';
import { heading, parseHeadingLevel } from '../shared/heading.js';
import { VERSION } from '../shared/version.js';
import { WIDGETS } from './manifest.js';
import { attributesFor, choiceOf, choicesOf, defaultLinkText, fieldsFor, flagOf, textOf, widgetChoices, type Choice, type Field, type Values } from './fields.js';
import { DEFAULT_BASE_URL, EMBEDS, fallbackLink, isUnsafeUrl, snippet, type Embed, type FallbackLink } from './snippet.js';
import { builderStyles } from './snippet-builder.styles.js';

/** Detail of `cytokine-snippet-change`. */
export interface SnippetChangeDetail {
  /** The code, as the builder shows it. */
  code: string;
}

/**
 * The example themes in src/themes/ ('' is none), with what each looks like. Stylesheets cannot
 * describe themselves, so this list is kept by hand.
 */
const THEMES: readonly Choice[] = [
  { value: '', label: 'None', hint: 'The widget takes your page’s font and colours.' },
  { value: 'auto', label: 'Reader’s setting', hint: 'Light or dark, as the reader’s device is set. For pages that follow that setting too.' },
  { value: 'charity', label: 'Charity', hint: 'Purple and teal, rounded corners.' },
  { value: 'hospital', label: 'Hospital', hint: 'NHS-style: blue links, yellow focus, square corners.' },
  { value: 'dark', label: 'Dark page', hint: 'Light text on a dark background.' },
];

const EMBED_CHOICES: Readonly<Record<Embed, Choice>> = {
  element: {
    value: 'element',
    label: 'Custom element and the bundle script',
    hint: 'For page templates and editors that may use any HTML, including <script>.',
  },
  placeholder: {
    value: 'placeholder',
    label: 'CMS-safe placeholder and the autoloader',
    hint: 'For WordPress, Drupal and other CMSs whose HTML filter removes <script> and unknown tags. A developer adds the autoloader to the site once; editors paste only the <div>.',
  },
};

const isEmbed = (value: string): value is Embed => (EMBEDS as readonly string[]).includes(value);

/** A hint with `code` in backticks, as the elements' JSDoc writes it, shown as code. */
const withCode = (text: string): TemplateResult[] =>
  text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : html`${part}`));

/** Radios and a select scale differently: a few choices read best all in view. */
const MAX_RADIOS = 4;

type View = { status: 'loading' } | { status: 'ready'; model: ContentModel } | { status: 'error' };

/**
 * A form that writes the code for one widget, for editors: they pick the widget and its options,
 * see the real widget, and copy the code into their page or their CMS, either as the custom
 * element after the bundle's script tag, or as the CMS-safe `<div data-cytokine-widget>`
 * placeholder and the autoloader.
 *
 * The form is made from data, not kept in step by hand: the widgets and their attributes from
 * custom-elements.json, the drugs from the bundled content model, the frequency groups from the
 * model's vocabularies with the words the side-effect list shows (see fields.ts). What an editor
 * types is only ever text: Lit's bindings put it in the form and the code, and the code escapes
 * it as HTML source.
 *
 * The preview sits in the builder's light DOM (a child it adds, in its `preview` slot), so the
 * page's theme stylesheets reach the widget as they will on the editor's own page. Light-DOM
 * content given in the page is the fallback shown before the element upgrades and without
 * JavaScript.
 *
 * A tool for editors' pages (demo/builder.html, Storybook), built to dist/builder.js, and not
 * part of the widgets' bundle or of custom-elements.json, which describes the widgets it reads.
 *
 * @summary Writes the code for a widget, with a live preview and a copy button, for editors.
 * @tag cytokine-snippet-builder
 *
 * @attr {string} widget - Tag of the widget chosen at first: `cytokine-card` (the default), `side-effect-list` or `injection-video`.
 * @attr {string} base-url - Address of the widgets' dist/ folder the code loads from, until the editor changes it. Default: https://your-cdn.example/cytokine-widgets/dist/.
 * @attr {number} heading-level - Level (1–6) of the "Your code" and "Preview" headings. Default 2.
 * @prop {string} code - The code as the builder shows it (read-only).
 *
 * @fires cytokine-snippet-change - The code changed (and once when it is first shown). `detail: { code }`.
 *
 * @csspart base - The whole builder: the form beside the code and the preview.
 * @csspart form - The form.
 * @csspart heading - The "Your code" and "Preview" headings.
 * @csspart code - The code block.
 * @csspart copy-button - The "Copy code" button.
 * @csspart status - What the copy button did ("Copied"), announced politely.
 * @csspart preview - The frame around the preview.
 *
 * @cssprop [--cytokine-builder-font-family=system-ui] - Font of the builder (not the preview).
 * @cssprop [--cytokine-builder-text-color=#1f2328] - Text colour.
 * @cssprop [--cytokine-builder-background=#fff] - Background: the builder keeps its own light look on any page.
 * @cssprop [--cytokine-builder-muted-color=#4d5661] - Hints.
 * @cssprop [--cytokine-builder-accent-color=#0b5cad] - The copy button, focus rings, ticks.
 * @cssprop [--cytokine-builder-control-border-color=#6e7781] - Borders of text boxes and selects.
 * @cssprop [--cytokine-builder-line-color=#d0d7de] - Lines around sections, the code and the preview.
 * @cssprop [--cytokine-builder-code-background=#f6f8fa] - Background of the code.
 * @cssprop [--cytokine-builder-error-color=#b3261e] - Messages about what the editor typed.
 */
export class SnippetBuilder extends LitElement {
  static version = VERSION;
  static override styles = builderStyles;
  static override properties: PropertyDeclarations = {
    widget: {},
    baseUrl: { attribute: 'base-url' },
    headingLevel: { attribute: 'heading-level' },
    view: { state: true },
    values: { state: true },
    fallbackUrl: { state: true },
    fallbackText: { state: true },
    theme: { state: true },
    embed: { state: true },
    status: { state: true },
  };

  /** Tag of the widget the code is for; the first widget when unknown. */
  widget = 'cytokine-card';

  /** Address of the widgets' dist/ folder the code loads from. */
  baseUrl = DEFAULT_BASE_URL;

  /** Level (1–6) of the builder's own headings. */
  headingLevel?: string | number;

  private view: View = { status: 'loading' };
  private values: Values = {};
  private fallbackUrl = '';
  private fallbackText = '';
  private theme = '';
  private embed: Embed = 'element';
  private status = '';

  /** Derived in willUpdate, from the state above. */
  private fields: readonly Field[] = [];
  private current = '';

  /** The code as the builder shows it. */
  get code(): string {
    return this.current;
  }

  /** Holds the preview in the light DOM (see the class comment). */
  private readonly previewHost = Object.assign(document.createElement('div'), { slot: 'preview' });
  private previewKey = '';
  private announced?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.previewHost.parentNode !== this) this.append(this.previewHost);
    if (this.view.status === 'loading') void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.view = { status: 'ready', model: await loadBundledModel() };
    } catch (e) {
      console.warn('[cytokine-widgets] the snippet builder could not load the bundled content:', e);
      this.view = { status: 'error' };
    }
  }

  private get widgets(): Choice[] {
    return widgetChoices(WIDGETS);
  }

  /** The chosen widget's tag, if the manifest has it, else the first widget's. */
  private get tag(): string {
    const tags = this.widgets.map((w) => w.value);
    return tags.includes(this.widget) ? this.widget : (tags[0] ?? '');
  }

  protected override willUpdate(): void {
    if (this.view.status !== 'ready') return;
    const { model } = this.view;
    const doc = WIDGETS.find((w) => w.tag === this.tag);
    this.fields = doc ? fieldsFor(doc, model) : [];
    const code = snippet({
      tag: this.tag,
      attributes: attributesFor(this.fields, this.values),
      link: this.link(model),
      theme: this.theme,
      embed: this.embed,
      baseUrl: this.baseUrl ?? '',
    });
    // "Copied" is about the code that was copied: gone once the code changes.
    if (code !== this.current) this.status = '';
    this.current = code;
  }

  private link(model: ContentModel): FallbackLink | null {
    return fallbackLink(this.fallbackUrl, this.fallbackText, defaultLinkText(this.tag, this.values, model));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.view.status !== 'ready') return;
    this.renderPreview(this.view.model);
    if (this.current !== this.announced) {
      this.announced = this.current;
      this.dispatchEvent(new CustomEvent('cytokine-snippet-change', { detail: { code: this.current }, bubbles: true, composed: true }));
    }
  }

  /**
   * The widget the code makes, drawn again only when the code's widget changes (not for the base
   * URL or the form of the code), so the preview does not reload while an editor types elsewhere.
   */
  private renderPreview(model: ContentModel): void {
    const attributes = attributesFor(this.fields, this.values);
    const link = this.link(model);
    const key = JSON.stringify([this.tag, attributes, link, this.theme]);
    if (key === this.previewKey) return;
    this.previewKey = key;
    const widget = document.createElement(this.tag);
    for (const [name, value] of attributes) widget.setAttribute(name, value === true ? '' : value);
    if (link) render(html`<a href=${link.href}>${link.text}</a>`, widget);
    render(this.theme ? html`<div class="cytokine-theme-${this.theme}">${widget}</div>` : widget, this.previewHost);
  }

  /** Reads the whole form after any change: the values of the fields shown, and the builder's own choices. */
  private readonly onInput = (event: Event): void => {
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '');
    const values: Record<string, Values[string]> = { ...this.values };
    for (const field of this.fields) {
      const name = `attr-${field.name}`;
      values[field.name] = field.kind === 'flag' ? data.has(name) : field.kind === 'many' ? data.getAll(name).map(String) : text(name);
    }
    this.values = values;
    this.widget = text('widget') || this.widget;
    this.fallbackUrl = text('fallback-url');
    this.fallbackText = text('fallback-text');
    this.theme = text('theme');
    const embed = text('embed');
    if (isEmbed(embed)) this.embed = embed;
    this.baseUrl = text('base-url');
  };

  /** Nothing to send: pressing Enter in a text box must not reload the page. */
  private readonly onSubmit = (event: Event): void => event.preventDefault();

  private async copy(): Promise<void> {
    const code = this.current;
    // Cleared first and drawn, so a second "Copied" is a change a screen reader announces again.
    this.status = '';
    await this.updateComplete;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(code);
      this.status = 'Copied';
    } catch {
      this.selectCode();
      this.status = 'Could not copy here. The code is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it.';
    }
  }

  /** Selects the code and moves focus to it, so the reader's own copy keystroke takes it. */
  private selectCode(): void {
    const pre = this.renderRoot.querySelector<HTMLElement>('.code');
    const code = pre?.querySelector('code');
    if (!pre || !code) return;
    getSelection()?.selectAllChildren(code);
    pre.focus();
  }

  override render(): TemplateResult {
    if (this.view.status === 'loading') return html`<p class="hint" role="status">Loading the widgets’ content…</p>`;
    if (this.view.status === 'error') {
      return html`<p part="error" class="error" role="alert">Sorry, the snippet builder could not load the widgets’ content. Reload the page to try again.</p>`;
    }
    const { model } = this.view;
    const level = parseHeadingLevel(this.headingLevel) ?? 2;
    const widget = this.widgets.find((w) => w.value === this.tag);
    const unsafeUrl = isUnsafeUrl(this.fallbackUrl);
    return html`<div part="base" class="layout">
      <form part="form" class="form" aria-label="Widget options" novalidate @input=${this.onInput} @change=${this.onInput} @submit=${this.onSubmit}>
        ${this.radios('widget', 'Widget', this.widgets, this.tag, true)}
        <fieldset class="section">
          <legend class="section-legend">${widget?.label ?? this.tag} options</legend>
          ${this.fields.filter((f) => f.section === 'options').map((f) => this.field(f))}
        </fieldset>
        <fieldset class="section">
          <legend class="section-legend">More options</legend>
          ${this.fields.filter((f) => f.section === 'more').map((f) => this.field(f))}
          ${this.textBox('fallback-url', 'Fallback link: address (optional)', this.fallbackUrl,
            'Shown until the widget is ready, and if it cannot load. Use https://… or a path on your site, such as /interferon.',
            { inputmode: 'url', error: unsafeUrl ? 'Use an address starting with https:// or /. This one is left out of the code.' : undefined })}
          ${this.textBox('fallback-text', 'Fallback link: text (optional)', this.fallbackText,
            `Default: what the widget is about, such as “${defaultLinkText(this.tag, this.values, model)}”.`)}
        </fieldset>
        ${this.radios('theme', 'Theme', THEMES, this.theme, true)}
        <fieldset class="section">
          <legend class="section-legend">How to add it to your page</legend>
          ${this.radios('embed', 'Form of the code', Object.values(EMBED_CHOICES), this.embed)}
          ${this.textBox('base-url', 'Address of the widgets’ dist/ folder', this.baseUrl ?? '',
            'Where your site or CDN serves the files. The code loads the scripts and themes from here.', { inputmode: 'url' })}
        </fieldset>
      </form>
      <div class="output">
        <div>
          ${heading(level, 'Your code', 'heading', 'code-heading')}
          <pre part="code" class="code" tabindex="0" role="region" aria-labelledby="code-heading"><code>${this.current}</code></pre>
          <div class="actions">
            <button type="button" part="copy-button" class="button" @click=${this.copy}>Copy code</button>
            <p part="status" class="status" role="status">${this.status}</p>
          </div>
        </div>
        <div>
          ${heading(level, 'Preview', 'heading', 'preview-heading')}
          <p class="hint preview-hint">The real widget, as your readers will see it, without your site’s own styles.</p>
          <div part="preview" class="preview"><slot name="preview"></slot></div>
        </div>
      </div>
    </div>`;
  }

  /** The control for one attribute of the widget. */
  private field(field: Field): TemplateResult {
    const name = `attr-${field.name}`;
    switch (field.kind) {
      case 'flag':
        return html`<div class="choice">
          <input type="checkbox" id=${name} name=${name} .checked=${live(flagOf(field, this.values))} aria-describedby=${field.hint ? `${name}-hint` : nothing} />
          <label for=${name}>${field.label}</label>
          ${this.hint(name, field.hint)}
        </div>`;
      case 'one':
        return field.choices.length > MAX_RADIOS
          ? this.select(name, field.label, field.hint, field.choices, choiceOf(field, this.values))
          : this.radios(name, field.label, field.choices, choiceOf(field, this.values), false, field.hint);
      case 'many':
        return this.checkboxes(name, field.label, field.hint, field.choices, choicesOf(field, this.values));
      case 'text':
        return this.textBox(name, field.label, textOf(field, this.values), field.hint, { type: field.input });
    }
  }

  private hint(id: string, text: string | undefined): TemplateResult | typeof nothing {
    return text ? html`<p class="hint" id=${`${id}-hint`}>${withCode(text)}</p>` : nothing;
  }

  /** One option of a radio group or checkbox group, with its hint. */
  private option(type: 'radio' | 'checkbox', name: string, choice: Choice, checked: boolean): TemplateResult {
    const id = `${name}-${choice.value || 'none'}`;
    return html`<div class="choice">
      <input type=${type} id=${id} name=${name} value=${choice.value} .checked=${live(checked)} aria-describedby=${choice.hint ? `${id}-hint` : nothing} />
      <label for=${id}>${choice.label}</label>
      ${this.hint(id, choice.hint)}
    </div>`;
  }

  /** A radio group; `section` makes it one of the form's top-level sections. */
  private radios(name: string, legend: string, choices: readonly Choice[], value: string, section = false, hint?: string): TemplateResult {
    return html`<fieldset class=${section ? 'section' : 'group'} aria-describedby=${hint ? `${name}-hint` : nothing}>
      <legend class=${section ? 'section-legend' : 'legend'}>${legend}</legend>
      ${this.hint(name, hint)}
      <div class="choices">${choices.map((c) => this.option('radio', name, c, c.value === value))}</div>
    </fieldset>`;
  }

  private checkboxes(name: string, legend: string, hint: string, choices: readonly Choice[], chosen: readonly string[]): TemplateResult {
    return html`<fieldset class="group" aria-describedby=${hint ? `${name}-hint` : nothing}>
      <legend class="legend">${legend}</legend>
      ${this.hint(name, hint)}
      <div class="choices">${choices.map((c) => this.option('checkbox', name, c, chosen.includes(c.value)))}</div>
    </fieldset>`;
  }

  private select(name: string, label: string, hint: string, choices: readonly Choice[], value: string): TemplateResult {
    return html`<div class="field">
      <label class="label" for=${name}>${label}</label>
      ${this.hint(name, hint)}
      <select class="select" id=${name} name=${name} .value=${live(value)} aria-describedby=${hint ? `${name}-hint` : nothing}>
        ${choices.map((c) => html`<option value=${c.value} ?selected=${c.value === value}>${c.label}</option>`)}
      </select>
    </div>`;
  }

  private textBox(
    name: string,
    label: string,
    value: string,
    hint: string,
    { type = 'text', inputmode, error }: { type?: 'text' | 'tel'; inputmode?: 'url'; error?: string } = {},
  ): TemplateResult {
    const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ');
    return html`<div class="field">
      <label class="label" for=${name}>${label}</label>
      ${this.hint(name, hint)}
      <input
        class="input"
        type=${type}
        id=${name}
        name=${name}
        .value=${live(value)}
        inputmode=${inputmode ?? nothing}
        autocomplete="off"
        spellcheck="false"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
      />
      ${error ? html`<p class="error" id=${`${name}-error`} role="alert">${error}</p>` : nothing}
    </div>`;
  }
}
