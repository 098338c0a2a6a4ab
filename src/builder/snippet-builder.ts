import { LitElement, html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
// The widgets' own entry: importing it defines the three widgets the preview shows, and gives the
// loader of the bundled content. The builder's build (rollup.config.mjs) turns this import into
// one of dist/cytokine-widgets.js, so the preview runs the very bundle the code loads.
import { loadBundledModel } from '../index.js';
import { isSafeHref } from '../model/links.js';
import type { ContentModel } from '../model/types.js';
import { heading, parseHeadingLevel, subLevel, type OutlineLevel } from '../shared/heading.js';
import { VERSION } from '../shared/version.js';
import { CMS_CHOICES, DEFAULT_CMS, isCms, type Cms } from './cms.js';
import { WIDGETS } from './manifest.js';
import { attributesFor, choiceOf, choicesOf, fallbackDefaults, fieldsFor, flagOf, textOf, widgetChoices, type Choice, type Field, type Values } from './fields.js';
import { DEFAULT_BASE_URL, fallbackFor, isLinkable, isUnsafeUrl, snippet, wholeCode, type Fallback, type FallbackDefaults, type Snippet } from './snippet.js';
import { builderStyles } from './snippet-builder.styles.js';

/** Detail of `cytokine-snippet-change`. */
export interface SnippetChangeDetail {
  /** Both parts of the code, as one block (what a blank page needs). */
  code: string;
  /** The part a developer adds once per site. */
  site: string;
  /** The part an editor pastes into the page. */
  page: string;
}

/** Where the builder links for the step-by-step guide, until a page says otherwise: the repository's docs/cms.md, from demo/builder.html. */
export const DEFAULT_DOCS_URL = '../docs/cms.md';

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

/** The two code boxes: what a developer adds once per site, and what an editor pastes into the page. */
type Box = keyof Snippet;

const BOXES: Readonly<Record<Box, { title: string; hint: string; button: string }>> = {
  site: {
    title: 'Once per site, for your developer',
    hint: 'Your developer adds this to the site’s page template once. If it is there already, skip this box.',
    button: 'Copy code for your developer',
  },
  page: {
    title: 'Paste into the page',
    hint: 'Where the widget should appear. What is inside it shows if the widget cannot load.',
    button: 'Copy code for the page',
  },
};

/** A hint with `code` in backticks, as the elements' JSDoc writes it, shown as code. */
const withCode = (text: string): TemplateResult[] =>
  text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : html`${part}`));

/** Radios and a select scale differently: a few choices read best all in view. */
const MAX_RADIOS = 4;

type View = { status: 'loading' } | { status: 'ready'; model: ContentModel } | { status: 'error' };

/** How a radio group is drawn: `section` makes it one of the form's top-level sections; `after` follows its choices. */
interface RadioOptions {
  section?: boolean;
  hint?: string;
  after?: TemplateResult;
  /** Ids of text after the choices that describes the group. */
  describedBy?: string;
}

/**
 * A form that writes the code for one widget, for editors. It asks first where the code will be
 * pasted (a web page's HTML, a WordPress Custom HTML block, Drupal, another CMS), which sets the
 * form of the code, and says what to do there; then which widget, its options, and its fallback.
 * The code comes in two boxes, each with its own Copy button: what a developer adds once per site
 * (the bundle's script, or the autoloader), and what the editor pastes into the page (the custom
 * element, or the CMS-safe `<div data-cytokine-widget>` placeholder). The real widget is shown beside it.
 *
 * The form is made from data, not kept in step by hand: the widgets and their attributes from
 * custom-elements.json, the drugs from the bundled content model, the frequency groups from the
 * model's vocabularies with the words the side-effect list shows (see fields.ts). What an editor
 * types is only ever text: Lit's bindings put it in the form and the code, and the code escapes
 * it as HTML source. The code always carries a fallback: a sentence naming the drug or video
 * until the editor writes their own or gives a link, and again if they clear it.
 *
 * The preview sits in the builder's light DOM (a child it adds, in its `preview` slot), so the
 * page's theme stylesheets reach the widget as they will on the editor's own page. Light-DOM
 * content given in the page is the fallback shown before the element upgrades and without
 * JavaScript.
 *
 * A tool for editors' pages (demo/builder.html, Storybook), built to dist/builder.js, and not
 * part of the widgets' bundle or of custom-elements.json, which describes the widgets it reads.
 *
 * @summary Writes the code for a widget, with a live preview and copy buttons, for editors.
 * @tag cytokine-snippet-builder
 *
 * @attr {string} widget - Tag of the widget chosen at first: `cytokine-card` (the default), `side-effect-list` or `injection-video`.
 * @attr {'html' | 'wordpress' | 'drupal' | 'other'} cms - Where the code will be pasted, chosen at first. Default `wordpress` (the placeholder form, which editors without the right to post raw HTML can use); `html` writes the custom element and the bundle's script.
 * @attr {string} base-url - Address of the widgets' dist/ folder the code loads from, until the editor changes it. Default: https://your-cdn.example/cytokine-widgets/dist/.
 * @attr {string} docs-url - Address of the step-by-step guide (docs/cms.md, or your own help page), relative to the page. Default `../docs/cms.md`, right for demo/builder.html in the repository.
 * @attr {number} heading-level - Level (1–6) of the "Your code" and "Preview" headings; the code boxes' headings are one below. Default 2.
 * @prop {string} code - Both parts of the code, as one block (read-only).
 * @prop {string} siteCode - The part a developer adds once per site (read-only).
 * @prop {string} pageCode - The part an editor pastes into the page (read-only).
 *
 * @fires cytokine-snippet-change - The code changed (and once when it is first shown). `detail: { code, site, page }`.
 *
 * @csspart base - The whole builder: the form beside the code and the preview.
 * @csspart form - The form.
 * @csspart guidance - What to do where the code goes, for the answer to "Where will you paste this?".
 * @csspart docs-link - The link to the step-by-step guide.
 * @csspart heading - The "Your code" and "Preview" headings.
 * @csspart code-column - The code boxes (kept in view beside the form when there is room).
 * @csspart box-heading - Each code box's heading.
 * @csspart code - Each code block; also `site-code` or `page-code`.
 * @csspart copy-button - Each code box's Copy button.
 * @csspart status - What a Copy button did ("Copied"), announced politely.
 * @csspart preview - The frame around the preview.
 *
 * @cssprop [--cytokine-builder-font-family=system-ui] - Font of the builder (not the preview).
 * @cssprop [--cytokine-builder-text-color=#1f2328] - Text colour.
 * @cssprop [--cytokine-builder-background=#fff] - Background: the builder keeps its own light look on any page.
 * @cssprop [--cytokine-builder-muted-color=#4d5661] - Hints.
 * @cssprop [--cytokine-builder-accent-color=#0b5cad] - The copy buttons, links, focus rings, ticks.
 * @cssprop [--cytokine-builder-control-border-color=#6e7781] - Borders of text boxes and selects.
 * @cssprop [--cytokine-builder-line-color=#d0d7de] - Lines around sections, the code and the preview.
 * @cssprop [--cytokine-builder-code-background=#f6f8fa] - Background of the code and of the guidance.
 * @cssprop [--cytokine-builder-error-color=#b3261e] - Messages about what the editor typed.
 */
export class SnippetBuilder extends LitElement {
  static version = VERSION;
  static override styles = builderStyles;
  static override properties: PropertyDeclarations = {
    widget: {},
    cms: {},
    baseUrl: { attribute: 'base-url' },
    docsUrl: { attribute: 'docs-url' },
    headingLevel: { attribute: 'heading-level' },
    view: { state: true },
    values: { state: true },
    fallbackUrl: { state: true },
    fallbackText: { state: true },
    theme: { state: true },
    statuses: { state: true },
  };

  /** Tag of the widget the code is for; the first widget when unknown. */
  widget = 'cytokine-card';

  /** Where the code will be pasted; the default when unknown. */
  cms: string = DEFAULT_CMS;

  /** Address of the widgets' dist/ folder the code loads from. */
  baseUrl = DEFAULT_BASE_URL;

  /** Address of the step-by-step guide. */
  docsUrl = DEFAULT_DOCS_URL;

  /** Level (1–6) of the builder's own headings. */
  headingLevel?: string | number;

  private view: View = { status: 'loading' };
  private values: Values = {};
  private fallbackUrl = '';
  /** What the editor typed as the fallback's text; `undefined` until they type, so the default follows the widget and drug. */
  private fallbackText: string | undefined = undefined;
  private theme = '';
  private statuses: Readonly<Record<Box, string>> = { site: '', page: '' };

  /** Derived in willUpdate, from the state above. */
  private fields: readonly Field[] = [];
  private defaults: FallbackDefaults = { link: '', sentence: '' };
  private fallback: Fallback = { text: '' };
  private current: Snippet = { site: '', page: '' };

  /** Both parts of the code, as one block. */
  get code(): string {
    return this.current.site ? wholeCode(this.current) : '';
  }

  /** The part a developer adds once per site. */
  get siteCode(): string {
    return this.current.site;
  }

  /** The part an editor pastes into the page. */
  get pageCode(): string {
    return this.current.page;
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

  /** The chosen answer to "Where will you paste this?". */
  private get place(): Cms {
    return isCms(this.cms) ? this.cms : DEFAULT_CMS;
  }

  /** The guide's address, if a browser follows it safely (the widgets' own allow-list), else the default. */
  private get docsHref(): string {
    return isSafeHref(this.docsUrl) ? this.docsUrl.trim() : DEFAULT_DOCS_URL;
  }

  protected override willUpdate(): void {
    if (this.view.status !== 'ready') return;
    const { model } = this.view;
    const doc = WIDGETS.find((w) => w.tag === this.tag);
    this.fields = doc ? fieldsFor(doc, model) : [];
    this.defaults = fallbackDefaults(this.tag, this.values, model);
    this.fallback = fallbackFor(this.fallbackUrl, this.fallbackText, this.defaults);
    const code = snippet({
      tag: this.tag,
      attributes: attributesFor(this.fields, this.values),
      fallback: this.fallback,
      theme: this.theme,
      embed: CMS_CHOICES[this.place].embed,
      baseUrl: this.baseUrl ?? '',
    });
    // "Copied" is about the code that was copied: gone once that box's code changes.
    const stale = (box: Box) => code[box] !== this.current[box];
    if (stale('site') || stale('page')) this.statuses = { site: stale('site') ? '' : this.statuses.site, page: stale('page') ? '' : this.statuses.page };
    this.current = code;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.view.status !== 'ready') return;
    this.renderPreview();
    if (this.code !== this.announced) {
      this.announced = this.code;
      const detail: SnippetChangeDetail = { code: this.code, ...this.current };
      this.dispatchEvent(new CustomEvent('cytokine-snippet-change', { detail, bubbles: true, composed: true }));
    }
  }

  /**
   * The widget the code makes, drawn again only when the code's widget changes (not for the base
   * URL or the form of the code), so the preview does not reload while an editor types elsewhere.
   */
  private renderPreview(): void {
    const attributes = attributesFor(this.fields, this.values);
    const { fallback } = this;
    const key = JSON.stringify([this.tag, attributes, fallback, this.theme]);
    if (key === this.previewKey) return;
    this.previewKey = key;
    const widget = document.createElement(this.tag);
    for (const [name, value] of attributes) widget.setAttribute(name, value === true ? '' : value);
    render(fallback.href === undefined ? html`<p>${fallback.text}</p>` : html`<a href=${fallback.href}>${fallback.text}</a>`, widget);
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
    const cms = text('cms');
    if (isCms(cms)) this.cms = cms;
    this.fallbackUrl = text('fallback-url');
    // The text box shows the default until the editor types in it; only their own text is kept.
    if ((event.target as Element | null)?.getAttribute('name') === 'fallback-text') this.fallbackText = text('fallback-text');
    this.theme = text('theme');
    this.baseUrl = text('base-url');
  };

  /** Nothing to send: pressing Enter in a text box must not reload the page. */
  private readonly onSubmit = (event: Event): void => event.preventDefault();

  private async copy(box: Box): Promise<void> {
    const code = this.current[box];
    // Cleared first and drawn, so a second "Copied" is a change a screen reader announces again.
    this.statuses = { ...this.statuses, [box]: '' };
    await this.updateComplete;
    let status: string;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(code);
      status = 'Copied';
    } catch {
      this.selectCode(box);
      status = 'Could not copy here. The code is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it.';
    }
    this.statuses = { ...this.statuses, [box]: status };
  }

  /** Selects a box's code and moves focus to it, so the reader's own copy keystroke takes it. */
  private selectCode(box: Box): void {
    const pre = this.renderRoot.querySelector<HTMLElement>(`#${box}-code`);
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
    const level = parseHeadingLevel(this.headingLevel) ?? 2;
    const widget = this.widgets.find((w) => w.value === this.tag);
    const place = CMS_CHOICES[this.place];
    return html`<div part="base" class="layout">
      <form part="form" class="form" aria-label="Widget options" novalidate @input=${this.onInput} @change=${this.onInput} @submit=${this.onSubmit}>
        ${this.radios('cms', 'Where will you paste this?', Object.values(CMS_CHOICES), place.value, {
          section: true,
          describedBy: 'cms-guidance',
          // Polite: the guidance changes with the answer, and says what a screen-reader user must do differently.
          after: html`<p part="guidance" class="guidance" id="cms-guidance" aria-live="polite">${withCode(place.guidance)}</p>
            <p class="docs"><a part="docs-link" class="link" href=${this.docsHref}>Step-by-step guide for editors and developers (docs/cms.md)</a></p>`,
        })}
        ${this.radios('widget', 'Widget', this.widgets, this.tag, { section: true })}
        <fieldset class="section">
          <legend class="section-legend">${widget?.label ?? this.tag} options</legend>
          ${this.fields.filter((f) => f.section === 'options').map((f) => this.field(f))}
        </fieldset>
        ${this.fallbackSection()}
        <fieldset class="section">
          <legend class="section-legend">More options</legend>
          ${this.fields.filter((f) => f.section === 'more').map((f) => this.field(f))}
        </fieldset>
        ${this.radios('theme', 'Theme', THEMES, this.theme, { section: true })}
        <fieldset class="section">
          <legend class="section-legend">For your developer</legend>
          ${this.textBox('base-url', 'Address of the widgets’ dist/ folder', this.baseUrl ?? '',
            'Where your site or CDN serves the files. The code loads the scripts and themes from here.', { inputmode: 'url' })}
        </fieldset>
      </form>
      <div class="output">
        <div part="code-column" class="code-column">
          ${heading(level, 'Your code', 'heading', 'code-heading')}
          ${this.codeBox('site', subLevel(level))} ${this.codeBox('page', subLevel(level))}
        </div>
        <div>
          ${heading(level, 'Preview', 'heading', 'preview-heading')}
          <p class="hint preview-hint">The real widget, as your readers will see it, without your site’s own styles.</p>
          <div part="preview" class="preview"><slot name="preview"></slot></div>
        </div>
      </div>
    </div>`;
  }

  /**
   * The fallback: a sentence by default, a link once the editor gives their own page's address.
   * A cleared text box is said, and the code keeps the default, so no widget ends up an empty box.
   */
  private fallbackSection(): TemplateResult {
    const unsafeUrl = isUnsafeUrl(this.fallbackUrl);
    const fallbackDefault = isLinkable(this.fallbackUrl) ? this.defaults.link : this.defaults.sentence;
    const cleared = this.fallbackText !== undefined && this.fallbackText.trim() === '';
    return html`<fieldset class="section" aria-describedby="fallback-hint">
      <legend class="section-legend">If the widget cannot load</legend>
      <p class="hint" id="fallback-hint">Readers see this fallback until the widget is ready, and instead of it if it cannot load. Keep one, so nobody sees an empty box.</p>
      ${this.textBox('fallback-text', 'Fallback text', this.fallbackText ?? fallbackDefault,
        'What the link says, or a sentence if there is no link.',
        { note: cleared ? `The box is empty, so the code keeps the default, and readers never see an empty box: “${fallbackDefault}”` : '' })}
      ${this.textBox('fallback-url', 'Link to your own page about it (recommended)', this.fallbackUrl,
        'The address of your organisation’s own page, such as https://www.your-site.example/interferon-alfa or /interferon-alfa. Leave it empty for the sentence alone.',
        { inputmode: 'url', error: unsafeUrl ? 'Use an address starting with https:// or /. This one is left out of the code.' : undefined })}
    </fieldset>`;
  }

  /** One code box: its heading, what it is for, the code, its Copy button and what that did. */
  private codeBox(box: Box, level: OutlineLevel): TemplateResult {
    const { title, hint, button } = BOXES[box];
    return html`<div class="box">
      ${heading(level, title, 'box-heading', `${box}-heading`)}
      <p class="hint" id=${`${box}-hint`}>${hint}</p>
      <pre part=${`code ${box}-code`} class="code" id=${`${box}-code`} tabindex="0" role="region" aria-labelledby=${`${box}-heading`}
        aria-describedby=${`${box}-hint`}><code>${this.current[box]}</code></pre>
      <div class="actions">
        <button type="button" part="copy-button" class="button" @click=${() => this.copy(box)}>${button}</button>
        <p part="status" class="status" role="status">${this.statuses[box]}</p>
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
          : this.radios(name, field.label, field.choices, choiceOf(field, this.values), { hint: field.hint });
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

  /** A radio group (see RadioOptions). */
  private radios(name: string, legend: string, choices: readonly Choice[], value: string, { section = false, hint, after, describedBy }: RadioOptions = {}): TemplateResult {
    const description = [hint && `${name}-hint`, describedBy].filter(Boolean).join(' ');
    return html`<fieldset class=${section ? 'section' : 'group'} aria-describedby=${description || nothing}>
      <legend class=${section ? 'section-legend' : 'legend'}>${legend}</legend>
      ${this.hint(name, hint)}
      <div class="choices">${choices.map((c) => this.option('radio', name, c, c.value === value))}</div>
      ${after ?? nothing}
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
    { type = 'text', inputmode, error, note }: { type?: 'text' | 'tel'; inputmode?: 'url'; error?: string; note?: string } = {},
  ): TemplateResult {
    // A box with a note has its live region drawn from the start, empty, so the note is announced when it appears.
    const describedBy = [hint && `${name}-hint`, note !== undefined && `${name}-note`, error && `${name}-error`].filter(Boolean).join(' ');
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
      ${note === undefined ? nothing : html`<p class="note" id=${`${name}-note`} role="status">${note}</p>`}
      ${error ? html`<p class="error" id=${`${name}-error`} role="alert">${error}</p>` : nothing}
    </div>`;
  }
}
