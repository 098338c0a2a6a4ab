// The snippet builder: a form where an editor picks a widget and its options and gets the code to
// paste into a page or a CMS, with a live preview of the real widget.
//
//   <div data-snippet-builder>…shown without JavaScript…</div>
//   <script type="module" src="builder.js"></script>   → mounts itself there
//
// or, from other code (Storybook: stories/snippet-builder.stories.ts):
//
//   import { mountBuilder } from '../demo/builder.js';
//   mountBuilder(document.querySelector('#somewhere'));
//
// The preview needs the widgets defined already (demo/builder.html loads the bundle; the story
// imports the elements). Everything is built with DOM APIs: text only ever goes in as text
// (textContent, text nodes, attribute values), never through innerHTML, so nothing an editor
// types can become markup in this page. The generated code is escaped as HTML source.
//
// Plain JavaScript with no build step, so the demo server can serve it as it is.

/** Where the code says the files are, until the editor changes it. */
export const DEFAULT_BASE_URL = 'https://your-cdn.example/cytokine-widgets/dist/';

/** @typedef {'cytokine-card' | 'side-effect-list' | 'injection-video'} WidgetTag */

/** @type {Array<[WidgetTag, string, string]>} tag, label, hint */
const WIDGETS = [
  ['cytokine-card', 'Drug card', 'One medicine explained: what it is, how it works, how you have it.'],
  ['side-effect-list', 'Side-effect list', 'Side effects grouped by how common they are, with when to get help.'],
  ['injection-video', 'Injection video', 'How to give an injection under the skin, with captions and a transcript.'],
];

const DRUGS = [
  ['interferon-alfa', 'Interferon alfa'],
  ['aldesleukin', 'Aldesleukin (interleukin 2)'],
];

const GROUPS = [
  ['very-common', 'Very common'],
  ['common', 'Common'],
  ['occasional', 'Occasional'],
  ['uncommon', 'Uncommon'],
  ['not-known', 'How often is not known'],
];

const THEMES = [
  ['none', 'None', 'The widget takes your page’s font and colours.'],
  ['charity', 'Charity', 'Purple and teal, rounded corners.'],
  ['hospital', 'Hospital', 'NHS-style: blue links, yellow focus, square corners.'],
  ['dark', 'Dark page', 'Light text on a dark background.'],
];

const EMBEDS = [
  ['element', 'Custom element and the bundle script', 'For page templates and editors that may use any HTML, including <script>.'],
  ['placeholder', 'CMS-safe placeholder and the autoloader', 'For WordPress, Drupal and other CMSs whose HTML filter removes <script> and unknown tags. A developer adds the autoloader to the site once; editors paste only the <div>.'],
];

/** What a fallback link says when the editor gives only its address. */
const FALLBACK_TEXT = {
  'cytokine-card': (drug) => `Read about ${drugName(drug)}`,
  'side-effect-list': (drug) => `Side effects of ${drugName(drug)}`,
  'injection-video': () => 'How to give an injection under the skin',
};
const drugName = (id) => (id === 'aldesleukin' ? 'aldesleukin' : 'interferon alfa');

/**
 * @typedef {object} BuilderConfig
 * @property {WidgetTag} widget
 * @property {string} drug
 * @property {string|number} headingLevel
 * @property {boolean} [expanded]
 * @property {string[]} [filter] frequency groups to show (all, or none, means no filter)
 * @property {string} [adviceLine]
 * @property {string} [advicePhone]
 * @property {string} [highTemperature]
 * @property {string} [lowTemperature]
 * @property {string} [crisisLine]
 * @property {string} [crisisPhone]
 * @property {boolean} [transcriptOpen]
 * @property {boolean} [captionsOff]
 * @property {boolean} [structuredData]
 * @property {string} [lang]
 * @property {string} [fallbackUrl]
 * @property {string} [fallbackText]
 * @property {string} [theme] none, charity, hospital or dark
 * @property {'element'|'placeholder'} [embed]
 * @property {string} [baseUrl]
 */

/** @type {BuilderConfig} */
export const DEFAULT_CONFIG = {
  widget: 'cytokine-card',
  drug: 'interferon-alfa',
  headingLevel: 2,
  expanded: false,
  filter: GROUPS.map(([id]) => id),
  adviceLine: '',
  advicePhone: '',
  highTemperature: '',
  lowTemperature: '',
  crisisLine: '',
  crisisPhone: '',
  transcriptOpen: false,
  captionsOff: false,
  structuredData: false,
  lang: '',
  fallbackUrl: '',
  fallbackText: '',
  theme: 'none',
  embed: 'element',
  baseUrl: DEFAULT_BASE_URL,
};

/**
 * The widget's attributes for a configuration, in the order the code shows them. A value of
 * `true` is a boolean attribute (written with no value). Options that do not apply to the chosen
 * widget are left out.
 * @param {BuilderConfig} config
 * @returns {Array<[string, string | true]>}
 */
export function widgetAttributes(config) {
  const c = { ...DEFAULT_CONFIG, ...config };
  /** @type {Array<[string, string | true]>} */
  const attrs = [];
  const text = (name, value) => {
    const v = String(value ?? '').trim();
    if (v) attrs.push([name, v]);
  };
  const isVideo = c.widget === 'injection-video';
  if (!isVideo) text('drug', c.drug);
  const level = Number(c.headingLevel);
  attrs.push(['heading-level', String(Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2)]);
  if (c.widget === 'side-effect-list') {
    if (c.expanded) attrs.push(['expanded', true]);
    const groups = GROUPS.map(([id]) => id).filter((id) => (c.filter ?? []).includes(id));
    if (groups.length > 0 && groups.length < GROUPS.length) attrs.push(['filter', groups.join(' ')]);
    text('advice-line', c.adviceLine);
    text('advice-phone', c.advicePhone);
    text('high-temperature', c.highTemperature);
    text('low-temperature', c.lowTemperature);
    text('crisis-line', c.crisisLine);
    text('crisis-phone', c.crisisPhone);
  }
  if (isVideo) {
    if (c.transcriptOpen) attrs.push(['transcript-open', true]);
    if (c.captionsOff) attrs.push(['captions', 'off']);
  } else if (c.structuredData) {
    attrs.push(['structured-data', true]);
  }
  text('lang', c.lang);
  return attrs;
}

/** The fallback link, if the address is one a browser would follow safely (http, https or relative). */
export function fallbackLink(config) {
  const c = { ...DEFAULT_CONFIG, ...config };
  const href = String(c.fallbackUrl ?? '').trim();
  if (!href || !isSafeUrl(href)) return null;
  const text = String(c.fallbackText ?? '').trim() || FALLBACK_TEXT[c.widget](c.drug);
  return { href, text };
}

function isSafeUrl(href) {
  try {
    return ['http:', 'https:'].includes(new URL(href, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

/** The folder the code loads the files from, always ending in a slash. */
export function baseUrl(config) {
  const base = String(config.baseUrl ?? '').trim() || DEFAULT_BASE_URL;
  return base.endsWith('/') ? base : `${base}/`;
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attributeList = (attrs, prefix = '') =>
  attrs.map(([name, value]) => (value === true ? ` ${prefix}${name}` : ` ${prefix}${name}="${escapeAttribute(value)}"`)).join('');

/**
 * The code to paste, as HTML source text.
 * @param {BuilderConfig} config
 * @returns {string}
 */
export function snippet(config) {
  const c = { ...DEFAULT_CONFIG, ...config };
  const base = escapeAttribute(baseUrl(c));
  const placeholder = c.embed === 'placeholder';
  const themed = c.theme && c.theme !== 'none';
  const attrs = widgetAttributes(c);
  const link = fallbackLink(c);

  const open = placeholder
    ? `<div data-cytokine-widget="${c.widget}"${attributeList(attrs, 'data-')}>`
    : `<${c.widget}${attributeList(attrs)}>`;
  const close = placeholder ? '</div>' : `</${c.widget}>`;
  const indent = themed ? '  ' : '';
  let widget = link
    ? [open, `  <a href="${escapeAttribute(link.href)}">${escapeText(link.text)}</a>`, close].map((line) => indent + line)
    : [indent + open + close];
  if (themed) widget = [`<div class="cytokine-theme-${c.theme}">`, ...widget, '</div>'];

  const head = [];
  if (themed) head.push(`<link rel="stylesheet" href="${base}themes/${c.theme}.css">`);
  head.push(`<script type="module" src="${base}${placeholder ? 'autoloader.js' : 'cytokine-widgets.js'}"></script>`);

  const lines = placeholder
    ? [
        '<!-- Once per site, in the page template (an editor’s HTML filter removes <script> and <link>): -->',
        ...head,
        '',
        '<!-- In the page, where the widget goes: -->',
        ...widget,
      ]
    : [...head, ...widget];
  return lines.join('\n');
}

/* ------------------------------------------------------------------------------------------ */
/* The form                                                                                    */
/* ------------------------------------------------------------------------------------------ */

let mounted = 0;

/**
 * Creates an element. `props` become attributes (true → empty attribute; false/null/undefined →
 * none), except `text`, which becomes the element's text. Children are nodes or strings (text).
 * @returns {HTMLElement}
 */
function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === false || value == null) continue;
    if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.flat().filter((child) => child != null && child !== false));
  return node;
}

/**
 * Builds the snippet builder inside `root` (replacing what is there) and keeps the code and the
 * preview in step with the form.
 * @param {HTMLElement} root
 * @param {Partial<BuilderConfig>} [initial] starting values (defaults: DEFAULT_CONFIG)
 * @returns {{ form: HTMLFormElement, code: HTMLElement, preview: HTMLElement, config: () => BuilderConfig, update: () => void }}
 */
export function mountBuilder(root, initial = {}) {
  const start = { ...DEFAULT_CONFIG, ...initial };
  const id = (name) => `snippet-builder-${mounted}-${name}`;
  mounted++;

  /** A hint paragraph, and the id to point aria-describedby at. */
  const hint = (name, text) => h('p', { class: 'sb-hint', id: id(`${name}-hint`), text });

  /** A fieldset of radios or checkboxes; `section` makes it one of the form's top-level sections. */
  const choices = (name, legend, options, checked, { hints = false, type = 'radio', describedBy, section } = {}) =>
    h(
      'fieldset',
      { class: section ? 'sb-section' : 'sb-fieldset', 'data-section': section, 'aria-describedby': describedBy },
      h('legend', { class: section ? 'sb-section__legend' : 'sb-legend', text: legend }),
      h(
        'div',
        { class: `sb-choices sb-choices--${type}` },
        options.map(([value, label, hintText]) => {
          const inputId = id(`${name}-${value}`);
          const isChecked = Array.isArray(checked) ? checked.includes(value) : checked === value;
          return h(
            'div',
            { class: 'sb-choice' },
            h('input', {
              type,
              id: inputId,
              name,
              value,
              checked: isChecked,
              'aria-describedby': hints && hintText ? `${inputId}-hint` : null,
            }),
            h('label', { for: inputId, text: label }),
            hints && hintText ? h('p', { class: 'sb-hint', id: `${inputId}-hint`, text: hintText }) : null,
          );
        }),
      ),
    );

  const checkbox = (name, label, checked, hintText) =>
    h(
      'div',
      { class: 'sb-choice sb-choice--single', 'data-field': name },
      h('input', { type: 'checkbox', id: id(name), name, checked, 'aria-describedby': hintText ? id(`${name}-hint`) : null }),
      h('label', { for: id(name), text: label }),
      hintText ? hint(name, hintText) : null,
    );

  const textField = (name, label, value, hintText, extra = {}) =>
    h(
      'div',
      { class: 'sb-field', 'data-field': name },
      h('label', { class: 'sb-label', for: id(name), text: label }),
      hintText ? hint(name, hintText) : null,
      h('input', {
        class: 'sb-input',
        type: 'text',
        id: id(name),
        name,
        value,
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-describedby': hintText ? id(`${name}-hint`) : null,
        ...extra,
      }),
    );

  const section = (name, legend, ...children) =>
    h('fieldset', { class: 'sb-section', 'data-section': name }, h('legend', { class: 'sb-section__legend', text: legend }), ...children);

  const headingSelect = h(
    'select',
    { class: 'sb-select', id: id('heading-level'), name: 'heading-level', 'aria-describedby': id('heading-level-hint') },
    [1, 2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: Number(start.headingLevel) === n, text: String(n) })),
  );

  const fallbackUrlField = textField('fallback-url', 'Fallback link: address (optional)', start.fallbackUrl,
    'Shown until the widget is ready, and if it cannot load. Use https://… or a path on your site, such as /interferon.', { inputmode: 'url' });
  const fallbackError = h('p', { class: 'sb-error', id: id('fallback-url-error'), hidden: true, text: 'Use an address starting with https:// or /. This one is left out of the code.' });
  fallbackUrlField.append(fallbackError);

  const form = h(
    'form',
    { class: 'sb-form', 'aria-label': 'Widget options', novalidate: true },
    choices('widget', 'Widget', WIDGETS, start.widget, { hints: true, section: 'widget' }),
    section(
      'content',
      'Content',
      h('div', { 'data-field': 'drug' }, choices('drug', 'Which medicine?', DRUGS, start.drug)),
      h(
        'div',
        { class: 'sb-field' },
        h('label', { class: 'sb-label', for: id('heading-level'), text: 'Heading level of the widget’s title' }),
        hint('heading-level', 'Fit it into your page’s outline: 2 for a section under the page title (h1). Its own sub-headings are one level lower.'),
        headingSelect,
      ),
    ),
    section(
      'side-effect-list',
      'Side-effect list options',
      checkbox('expanded', 'Open every side effect (for a printed handout)', start.expanded),
      choices('filter', 'Groups to show', GROUPS, start.filter, { type: 'checkbox', describedBy: id('filter-hint') }),
      hint('filter', 'Leave all ticked to show every group.'),
      textField('advice-line', 'Your advice line, as it reads in a sentence', start.adviceLine,
        'For example: the Acute Oncology Service. Default: “your treatment team’s 24-hour advice line”.'),
      textField('advice-phone', 'Its phone number', start.advicePhone, 'Shown as a tap-to-call link, for example 0161 496 0999.', { type: 'tel' }),
      textField('high-temperature', 'High temperature', start.highTemperature, 'When to call about a fever. Default: 37.5 °C. Some hospitals use 38 °C.'),
      textField('low-temperature', 'Low temperature', start.lowTemperature, 'Default: 36 °C.'),
      textField('crisis-line', 'Your local mental health crisis line, as it reads in a sentence', start.crisisLine,
        'Added beside NHS 111, Samaritans and Shout on the card about thoughts of suicide or self-harm. For example: the Greater Example crisis line, open 24 hours.'),
      textField('crisis-phone', 'The crisis line’s phone number', start.crisisPhone, 'Shown as a tap-to-call link.', { type: 'tel' }),
    ),
    section(
      'injection-video',
      'Video options',
      checkbox('transcript-open', 'Show the transcript open at first', start.transcriptOpen),
      checkbox('captions-off', 'Captions off at first', start.captionsOff, 'Readers can still turn them on in the player.'),
    ),
    section(
      'more',
      'More options',
      textField('lang', 'Language (optional)', start.lang, 'A language tag such as en-GB. Leave empty to use your page’s language.'),
      checkbox('structured-data', 'Add structured data for search engines (schema.org JSON-LD)', start.structuredData),
      fallbackUrlField,
      textField('fallback-text', 'Fallback link: text (optional)', start.fallbackText, 'Default: what the widget is about, such as “Read about interferon alfa”.'),
    ),
    choices('theme', 'Theme', THEMES, start.theme, { hints: true, section: 'theme' }),
    section(
      'embed',
      'How to add it to your page',
      choices('embed', 'Form of the code', EMBEDS, start.embed, { hints: true }),
      textField('base-url', 'Address of the widgets’ dist/ folder', start.baseUrl,
        'Where your site or CDN serves the files. The code loads the scripts and themes from here.', { inputmode: 'url' }),
    ),
  );

  const code = h('code', { class: 'sb-code__text' });
  const pre = h('pre', { class: 'sb-code', tabindex: 0, role: 'region', 'aria-labelledby': id('code-heading') }, code);
  const copyButton = h('button', { type: 'button', class: 'sb-button', text: 'Copy code' });
  const status = h('p', { class: 'sb-status', role: 'status' });
  const previewFrame = h('div', { class: 'sb-preview__frame' });

  const output = h(
    'div',
    { class: 'sb-output' },
    h(
      'div',
      { class: 'sb-panel sb-panel--code' },
      h('h2', { class: 'sb-heading', id: id('code-heading'), text: 'Your code' }),
      pre,
      h('div', { class: 'sb-actions' }, copyButton, status),
    ),
    h(
      'div',
      { class: 'sb-panel sb-panel--preview' },
      h('h2', { class: 'sb-heading', id: id('preview-heading'), text: 'Preview' }),
      h('p', { class: 'sb-hint', text: 'The real widget, as your readers will see it, without your site’s own styles.' }),
      previewFrame,
    ),
  );

  root.classList.add('snippet-builder');
  root.replaceChildren(form, output);

  const field = (name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name));

  /** @returns {BuilderConfig} */
  function config() {
    const data = new FormData(form);
    const value = (name) => String(data.get(name) ?? '');
    return {
      widget: /** @type {WidgetTag} */ (value('widget')),
      drug: value('drug'),
      headingLevel: Number(value('heading-level')),
      expanded: data.has('expanded'),
      filter: data.getAll('filter').map(String),
      adviceLine: value('advice-line'),
      advicePhone: value('advice-phone'),
      highTemperature: value('high-temperature'),
      lowTemperature: value('low-temperature'),
      crisisLine: value('crisis-line'),
      crisisPhone: value('crisis-phone'),
      transcriptOpen: data.has('transcript-open'),
      captionsOff: data.has('captions-off'),
      structuredData: data.has('structured-data'),
      lang: value('lang'),
      fallbackUrl: value('fallback-url'),
      fallbackText: value('fallback-text'),
      theme: value('theme'),
      embed: /** @type {'element'|'placeholder'} */ (value('embed')),
      baseUrl: value('base-url'),
    };
  }

  let previewKey = '';
  function renderPreview(c) {
    const attrs = widgetAttributes(c);
    const link = fallbackLink(c);
    const key = JSON.stringify([c.widget, attrs, link, c.theme]);
    if (key === previewKey) return;
    previewKey = key;
    const widget = document.createElement(c.widget);
    for (const [name, value] of attrs) widget.setAttribute(name, value === true ? '' : value);
    if (link) widget.append(h('p', {}, h('a', { href: link.href, text: link.text })));
    const themed = c.theme && c.theme !== 'none';
    previewFrame.replaceChildren(themed ? h('div', { class: `cytokine-theme-${c.theme}` }, widget) : widget);
  }

  let lastCode = '';
  function update() {
    const c = config();
    // Show only the options that apply to the chosen widget.
    for (const name of ['side-effect-list', 'injection-video']) {
      /** @type {HTMLElement} */ (form.querySelector(`[data-section="${name}"]`)).hidden = c.widget !== name;
    }
    /** @type {HTMLElement} */ (form.querySelector('[data-field="drug"]')).hidden = c.widget === 'injection-video';
    /** @type {HTMLElement} */ (form.querySelector('[data-field="structured-data"]')).hidden = c.widget === 'injection-video';
    const badUrl = Boolean(c.fallbackUrl.trim()) && !fallbackLink(c);
    fallbackError.hidden = !badUrl;
    const urlInput = field('fallback-url');
    urlInput.setAttribute('aria-invalid', String(badUrl));
    urlInput.setAttribute('aria-describedby', badUrl ? `${id('fallback-url-hint')} ${id('fallback-url-error')}` : id('fallback-url-hint'));

    const text = snippet(c);
    if (text !== lastCode) {
      lastCode = text;
      code.textContent = text;
      status.textContent = '';
    }
    renderPreview(c);
  }

  function selectCode() {
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    pre.focus();
  }

  copyButton.addEventListener('click', async () => {
    const text = code.textContent ?? '';
    status.textContent = '';
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      status.textContent = 'Copied';
    } catch {
      selectCode();
      status.textContent = 'Could not copy here. The code is selected: press Ctrl+C (or Cmd+C on a Mac) to copy it.';
    }
  });

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  // Nothing to send: pressing Enter in a text box must not reload the page.
  form.addEventListener('submit', (event) => event.preventDefault());
  update();

  return { form, code, preview: previewFrame, config, update };
}

// On demo/builder.html, mount on the placeholder.
const auto = typeof document === 'undefined' ? null : document.querySelector('[data-snippet-builder]');
if (auto) mountBuilder(/** @type {HTMLElement} */ (auto));
