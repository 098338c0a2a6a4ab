import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import '../src/builder/define.js';
import '../src/themes/auto.css';
import type { SnippetBuilder as SnippetBuilderElement, SnippetChangeDetail } from '../src/builder/snippet-builder.js';
import { CMSES, type Cms } from '../src/builder/cms.js';
import { WIDGETS } from '../src/builder/manifest.js';
import { SKIPPED } from '../src/builder/fields.js';
import { loadBundledModel } from '../src/index.js';
import { band } from '../src/i18n/messages.js';
import { BANDS } from '../src/model/vocabularies.js';
import { deepActiveElement, fill, navigate, press, realKeys } from './support/keyboard.js';
import { expectVisible, part, parts, settled, text, type EventSpy } from './support/widgets.js';

/**
 * The builder's attributes, and a spy on its `cytokine-snippet-change` event. It is not in
 * custom-elements.json (which lists the widgets it reads), so its controls are declared here.
 */
type BuilderArgs = {
  widget?: string;
  cms?: Cms;
  'base-url'?: string;
  'docs-url'?: string;
  'heading-level'?: number;
  onCytokineSnippetChange: EventSpy;
};

type BuilderStory = StoryObj<BuilderArgs>;

const CDN = 'https://your-cdn.example/cytokine-widgets/dist/';
const BUNDLE = `<script type="module" src="${CDN}cytokine-widgets.js"></script>`;
const AUTOLOADER = `<script type="module" src="${CDN}autoloader.js"></script>`;
const WHERE = 'Where will you paste this?';
const HTML_PAGE = 'A web page’s HTML';
const WORDPRESS = 'A WordPress Custom HTML block';
const EXPANDED = 'Open every side effect (for a printed handout)';
const ADVICE_LINE = 'Your advice line, as it reads in a sentence';
const FALLBACK_TEXT = 'Fallback text';
const FALLBACK_URL = 'Link to your own page about it (recommended)';
const COPY_SITE = 'Copy code for your developer';
const COPY_PAGE = 'Copy code for the page';
const COPY_FAILED = /^Could not copy here\. The code is selected: press Ctrl\+C \(or Cmd\+C on a Mac\) to copy it\.$/;
/** The fallback every new card gets: a sentence naming the drug. */
const CARD_FALLBACK = '  <p>Ask your treatment team about interferon alfa.</p>';

/**
 * `<cytokine-snippet-builder>`: editors say where the code goes, choose a widget and its
 * options, see the real widget, and copy the code in two parts: once per site for their
 * developer (the bundle's script, or the autoloader), and into the page (the custom element, or
 * the CMS-safe placeholder), always with a fallback inside. The same element is on
 * demo/builder.html (from dist/builder.js). These stories are the specification of what it does.
 */
const meta = {
  title: 'Editors/Snippet builder',
  tags: ['autodocs'],
  args: { onCytokineSnippetChange: fn() },
  argTypes: {
    widget: {
      control: 'select',
      options: WIDGETS.map((w) => w.tag),
      description: 'Tag of the widget chosen at first.',
    },
    cms: { control: 'select', options: [...CMSES], description: 'Where the code will be pasted, chosen at first. Default `wordpress`.' },
    'base-url': { control: 'text', description: 'Address of the widgets’ dist/ folder the code loads from, until the editor changes it.' },
    'docs-url': { control: 'text', description: 'Address of the step-by-step guide (docs/cms.md). Default `../docs/cms.md`.' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 }, description: 'Level of the “Your code” and “Preview” headings. Default 2.' },
    onCytokineSnippetChange: { table: { disable: true } },
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'A form that writes the embed code for one widget, with a live preview. It asks first where the code will be pasted, which sets the form of the code; the code comes in two boxes, each with its own Copy button. Its widgets and their options come from `custom-elements.json`, its medicines from the bundled content. The same element is on `demo/builder.html` (`npm start`, then open `/demo/builder.html`). See `docs/cms.md` for WordPress, Drupal and other CMSs.',
      },
    },
  },
  render: (args) =>
    html`<cytokine-snippet-builder
      widget=${ifDefined(args.widget)}
      cms=${ifDefined(args.cms)}
      base-url=${ifDefined(args['base-url'])}
      docs-url=${ifDefined(args['docs-url'])}
      heading-level=${ifDefined(args['heading-level'])}
      @cytokine-snippet-change=${args.onCytokineSnippetChange}
    ></cytokine-snippet-builder>`,
} satisfies Meta<BuilderArgs>;

export default meta;

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                     */
/* ------------------------------------------------------------------------------------------ */

type Box = 'site' | 'page';

/** The builder a story rendered, once its form is drawn, with queries inside its shadow root. */
async function openBuilder(canvasElement: HTMLElement) {
  const builder = await waitFor(
    () => {
      const el = canvasElement.querySelector<SnippetBuilderElement>('cytokine-snippet-builder');
      expect(el?.shadowRoot?.querySelector('form'), 'the builder’s form').toBeTruthy();
      return el as SnippetBuilderElement;
    },
    { timeout: 5000 },
  );
  const root = part(builder, '[part~="base"]');
  const ui = within(root);
  /** A code box: the region named by its heading, holding the code; its button and status follow it. */
  const box = (which: Box) => part(builder, `[part~="${which}-code"]`).parentElement as HTMLElement;
  return {
    builder,
    ui,
    /** The form control a label names (faster than a role query over the whole form). */
    control: <T extends HTMLElement = HTMLInputElement>(label: string): T => ui.getByLabelText(label) as T,
    /** The code for the developer, once per site. */
    site: () => part(builder, '[part~="site-code"] code').textContent ?? '',
    /** The code to paste into the page. */
    page: () => part(builder, '[part~="page-code"] code').textContent ?? '',
    box,
    status: (which: Box) => within(box(which)).getByRole('status'),
    guidance: () => part(builder, '[part~="guidance"]'),
    preview: () => builder.querySelector('[slot="preview"]') as HTMLElement,
    /** Every form control of the builder. */
    controls: () => [...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')],
  };
}

type Builder = Awaited<ReturnType<typeof openBuilder>>;

/** The side-effect list for aldesleukin, heading level 3, every side effect open. */
async function chooseExpandedList({ control }: Builder): Promise<void> {
  await userEvent.click(control('Side-effect list'));
  await userEvent.click(control('Aldesleukin'));
  await userEvent.selectOptions(control<HTMLSelectElement>('Heading level of the widget’s title'), '3');
  await userEvent.click(control(EXPANDED));
}

const LIST_FALLBACK = '  <p>Ask your treatment team about the side effects of aldesleukin.</p>';
const EXPANDED_LIST = ['<side-effect-list drug="aldesleukin" heading-level="3" expanded>', LIST_FALLBACK, '</side-effect-list>'].join('\n');

/** The detail the last `cytokine-snippet-change` event carried. */
const lastDetail = (spy: EventSpy): SnippetChangeDetail | undefined => (spy.mock.calls.at(-1)?.[0] as CustomEvent<SnippetChangeDetail> | undefined)?.detail;

/** Installs `clipboard` as navigator.clipboard for one story; returns the cleanup. */
function stubClipboard(clipboard: Pick<Clipboard, 'writeText'> | undefined): () => void {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  // The own property shadows Navigator.prototype's getter; deleting it brings that back.
  return () => void delete (navigator as { clipboard?: unknown }).clipboard;
}

/* ------------------------------------------------------------------------------------------ */
/* Options → code and preview                                                                  */
/* ------------------------------------------------------------------------------------------ */

/**
 * The first question is where the code goes, and the answer most editors can use is the default:
 * a WordPress Custom HTML block, so the CMS-safe placeholder, with the autoloader for the
 * developer. Each choice then changes the code, exactly, and the preview shows the widget that
 * code makes.
 */
export const SnippetBuilder: BuilderStory = {
  name: 'Snippet builder',
  play: async ({ canvasElement, args, step }) => {
    const b = await openBuilder(canvasElement);

    await step('the first question is “Where will you paste this?”; a WordPress Custom HTML block is chosen', async () => {
      const first = b.builder.shadowRoot?.querySelector('form > fieldset');
      expect(text(first?.querySelector(':scope > legend')), 'the form’s first question').toBe(WHERE);
      expect(b.ui.getByRole('group', { name: WHERE })).toBe(first);
      expect(b.control(WORDPRESS)).toBeChecked();
    });

    await step('the placeholder and the autoloader: code an editor without the right to post raw HTML can use', async () => {
      expect(b.site()).toBe(AUTOLOADER);
      expect(b.page()).toBe(['<div data-cytokine-widget="cytokine-card" data-drug="interferon-alfa" data-heading-level="2">', CARD_FALLBACK, '</div>'].join('\n'));
      expect(b.page(), 'no script and no custom element in the page').not.toMatch(/<script|<cytokine-card/);
      const card = await settled(b.preview(), 'cytokine-card');
      expect(text(part(card, '[part~="title"]'))).toBe('Interferon alfa');
      expect(text(card.querySelector(':scope > p')), 'the preview’s fallback').toBe('Ask your treatment team about interferon alfa.');
      await waitFor(() => expect(lastDetail(args.onCytokineSnippetChange), 'cytokine-snippet-change carries the code').toEqual({ code: `${b.site()}\n${b.page()}`, site: b.site(), page: b.page() }));
      expect(b.builder.code).toBe(`${AUTOLOADER}\n${b.page()}`);
    });

    await step('a web page’s HTML: the bundle’s script and the custom element', async () => {
      await userEvent.click(b.control(HTML_PAGE));
      expect(b.site()).toBe(BUNDLE);
      expect(b.page()).toBe(['<cytokine-card drug="interferon-alfa" heading-level="2">', CARD_FALLBACK, '</cytokine-card>'].join('\n'));
    });

    await step('the list for aldesleukin, heading level 3, every side effect open', async () => {
      await chooseExpandedList(b);
      expect(b.page()).toBe(EXPANDED_LIST);
      const list = await settled(b.preview(), 'side-effect-list');
      const title = part(list, '[part~="title"]');
      expect(title.localName).toBe('h3');
      expect(text(title)).toBe('Side effects of Aldesleukin');
      expect(list.getAttributeNames().sort()).toEqual(['drug', 'expanded', 'heading-level']);
      const effects = parts<HTMLDetailsElement>(list, 'details[part~="effect"]');
      expect(effects.length).toBeGreaterThan(0);
      expect(effects.filter((d) => !d.open), 'closed side effects').toEqual([]);
      expect(b.preview().querySelector('cytokine-card'), 'the card is gone from the preview').toBeNull();
      await waitFor(() => expect(lastDetail(args.onCytokineSnippetChange)?.page).toBe(EXPANDED_LIST));
    });
  },
};

/** What each answer to “Where will you paste this?” says to do, and the form of code it writes. */
const PLACES: ReadonlyArray<{ label: string; guidance: string; script: string; page: RegExp }> = [
  {
    label: HTML_PAGE,
    guidance: 'Your developer puts the “Once per site” code in the <head> of your site’s page template (or of each page). Paste the code from “Paste into the page” where the widget should appear.',
    script: BUNDLE,
    page: /^<cytokine-card drug="interferon-alfa" heading-level="2">\n/,
  },
  {
    label: WORDPRESS,
    guidance: 'Only a Custom HTML block works: a Paragraph block strips the attributes, and the widget never appears. Add a block, search for “Custom HTML”, and paste the code from “Paste into the page” into it.',
    script: AUTOLOADER,
    page: /^<div data-cytokine-widget="cytokine-card" data-drug="interferon-alfa" data-heading-level="2">\n/,
  },
  {
    label: 'Drupal',
    guidance: 'Use a text format that keeps the data- attributes, such as “Full HTML”, and paste in the editor’s Source view. In a filtered format such as “Basic HTML”, ask your site builder to allow <div data-cytokine-widget data-*> first.',
    script: AUTOLOADER,
    page: /^<div data-cytokine-widget="cytokine-card" data-drug="interferon-alfa" data-heading-level="2">\n/,
  },
  {
    label: 'Another CMS',
    guidance: 'Paste the code in your CMS’s HTML or source view: it is a <div> with data- attributes, which almost every CMS keeps. Ask your developer whether the “Once per site” code is already on your site.',
    script: AUTOLOADER,
    page: /^<div data-cytokine-widget="cytokine-card" data-drug="interferon-alfa" data-heading-level="2">\n/,
  },
];

/**
 * Each answer sets the form of the code and says, in a sentence or two, what to do there; the
 * group's description is that guidance, announced politely when it changes. The step-by-step
 * guide is a link.
 */
export const WhereItGoes: BuilderStory = {
  name: 'Where will you paste this?',
  play: async ({ canvasElement, step }) => {
    const b = await openBuilder(canvasElement);
    const group = b.ui.getByRole('group', { name: WHERE });
    expect(group.getAttribute('aria-describedby')?.split(' '), 'the guidance describes the question').toContain(b.guidance().id);
    expect(b.guidance().getAttribute('aria-live')).toBe('polite');
    expect(within(group).getAllByRole('radio').map((r) => text((r as HTMLInputElement).labels?.[0]))).toEqual(PLACES.map((p) => p.label));

    for (const place of PLACES) {
      await step(place.label, async () => {
        await userEvent.click(b.control(place.label));
        expect(text(b.guidance())).toBe(place.guidance);
        expectVisible(b.guidance(), 'the guidance');
        expect(b.site()).toBe(place.script);
        expect(b.page()).toMatch(place.page);
        expect(b.page(), 'a fallback inside').toContain(CARD_FALLBACK);
      });
    }

    await step('WordPress says plainly that only a Custom HTML block works', async () => {
      await userEvent.click(b.control(WORDPRESS));
      expect(text(b.guidance())).toMatch(/^Only a Custom HTML block works: a Paragraph block strips the attributes/);
    });

    await step('the step-by-step guide is a link, to docs/cms.md beside the page by default', async () => {
      const link = within(group).getByRole('link', { name: 'Step-by-step guide for editors and developers (docs/cms.md)' });
      expect(link.getAttribute('href')).toBe('../docs/cms.md');
      expectVisible(link, 'the link to the guide');
    });
  },
};

/** Another widget, other options: those that do not apply are gone, its own are there; a theme adds its stylesheet for the developer. */
export const WidgetOptions: BuilderStory = {
  name: 'Video options and a theme',
  args: { widget: 'side-effect-list', cms: 'html' },
  play: async ({ canvasElement, step }) => {
    const b = await openBuilder(canvasElement);
    const model = await loadBundledModel();
    const videoFallback = `  <p>${model.videos[0].title}: ask your treatment team to show you.</p>`;

    await step('the video: the drug and the list’s options are gone, its own are there', async () => {
      expect(b.control(EXPANDED), 'the list’s options, before').toBeTruthy();
      await userEvent.click(b.control('Injection video'));
      expect(b.ui.queryByLabelText('Interferon alfa'), 'the drug choice').toBeNull();
      expect(b.ui.queryByLabelText(EXPANDED), 'the list’s options').toBeNull();
      await userEvent.click(b.control('Show the transcript open at first'));
      const captions = within(b.ui.getByRole('group', { name: 'Captions when the video starts' }));
      expect(captions.getByLabelText('on'), 'captions on is the element’s default').toBeChecked();
      await userEvent.click(captions.getByLabelText('off'));
      await fill(b.control('Language (optional)'), 'en-GB');
      expect(b.site()).toBe(BUNDLE);
      expect(b.page()).toBe(['<injection-video heading-level="2" transcript-open captions="off" lang="en-GB">', videoFallback, '</injection-video>'].join('\n'));
      await settled(b.preview(), 'injection-video');
    });

    await step('a theme adds its stylesheet for the developer and a wrapper in the page, and the preview wears it', async () => {
      await userEvent.click(b.control('Dark page'));
      expect(b.site()).toBe([`<link rel="stylesheet" href="${CDN}themes/dark.css">`, BUNDLE].join('\n'));
      expect(b.page()).toBe(
        [
          '<div class="cytokine-theme-dark">',
          '  <injection-video heading-level="2" transcript-open captions="off" lang="en-GB">',
          `  ${videoFallback}`,
          '  </injection-video>',
          '</div>',
        ].join('\n'),
      );
      const video = await settled(b.preview(), 'injection-video');
      expect(video.parentElement?.className).toBe('cytokine-theme-dark');
      expect(getComputedStyle(video.parentElement as HTMLElement).colorScheme, 'dark.css applies to the preview').toBe('dark');
    });
  },
};

/** For CMSs whose HTML filter strips scripts and unknown tags: a `<div>` with data-* attributes in the page, and the autoloader once per site. */
export const Placeholder: BuilderStory = {
  name: 'CMS-safe placeholder',
  args: { cms: 'other' },
  play: async ({ canvasElement }) => {
    const b = await openBuilder(canvasElement);
    expect(b.control('Another CMS')).toBeChecked();
    await chooseExpandedList(b);
    await fill(b.control(ADVICE_LINE), 'the Acute Oncology Service');
    await fill(b.control('Its phone number'), '0161 496 0999');
    expect(b.site()).toBe(AUTOLOADER);
    expect(b.page()).toBe(
      [
        '<div data-cytokine-widget="side-effect-list" data-drug="aldesleukin" data-heading-level="3" data-expanded data-advice-line="the Acute Oncology Service" data-advice-phone="0161 496 0999">',
        LIST_FALLBACK,
        '</div>',
      ].join('\n'),
    );
    expect(b.builder.code).not.toMatch(/<side-effect-list|cytokine-widgets\.js/);
    // The preview is the same widget in either form.
    const list = await settled(b.preview(), 'side-effect-list');
    expect(text(part(list, '[part~="title"]'))).toBe('Side effects of Aldesleukin');
    expect(list.getAttribute('advice-line')).toBe('the Acute Oncology Service');
  },
};

/** The attributes start the builder: another widget and place, the team's own CDN and guide, and headings that fit the page. */
export const Attributes: BuilderStory = {
  name: 'Starting widget and place, CDN and guide addresses, fallback link',
  args: { widget: 'side-effect-list', cms: 'html', 'base-url': 'https://cdn.example.org/cw', 'docs-url': 'https://intranet.example.org/help/cms', 'heading-level': 3 },
  play: async ({ canvasElement }) => {
    const b = await openBuilder(canvasElement);
    expect(b.control('Side-effect list')).toBeChecked();
    expect(b.control(HTML_PAGE)).toBeChecked();
    // No trailing slash given: the builder adds it.
    expect(b.site()).toBe('<script type="module" src="https://cdn.example.org/cw/cytokine-widgets.js"></script>');
    expect(b.page()).toMatch(/^<side-effect-list drug="interferon-alfa" heading-level="2">\n/);
    expect(b.ui.getByRole('heading', { name: 'Your code' }).localName).toBe('h3');
    expect(b.ui.getByRole('heading', { name: 'Preview' }).localName).toBe('h3');
    expect(b.ui.getByRole('heading', { name: 'Once per site, for your developer' }).localName, 'a box’s heading is one below').toBe('h4');
    expect(b.ui.getByRole('heading', { name: 'Paste into the page' }).localName).toBe('h4');
    expect(b.ui.getByRole('link', { name: /^Step-by-step guide/ }).getAttribute('href')).toBe('https://intranet.example.org/help/cms');

    await fill(b.control(FALLBACK_URL), '/side-effects?a=1&b=2');
    expect(b.page()).toBe(
      '<side-effect-list drug="interferon-alfa" heading-level="2">\n  <a href="/side-effects?a=1&amp;b=2">Side effects of Interferon alfa</a>\n</side-effect-list>',
    );
    await fill(b.control(FALLBACK_TEXT), 'Our side effects page');
    expect(b.page()).toContain('  <a href="/side-effects?a=1&amp;b=2">Our side effects page</a>');
    const list = await settled(b.preview(), 'side-effect-list');
    const link = list.querySelector(':scope > a') as HTMLAnchorElement;
    expect(link.getAttribute('href'), 'the preview’s widget has the fallback link').toBe('/side-effects?a=1&b=2');
    expect(link.textContent).toBe('Our side effects page');
  },
};

/**
 * Every snippet carries a fallback, what readers see if the widget cannot load: at first a
 * sentence that names the drug or the video as the content does, then the editor's own link or
 * words. An editor who clears the text is told, and the code keeps the default: never an empty box.
 */
export const Fallbacks: BuilderStory = {
  name: 'A fallback by default, kept when cleared',
  play: async ({ canvasElement, step }) => {
    const b = await openBuilder(canvasElement);
    const model = await loadBundledModel();
    const [interferon, aldesleukin] = model.drugs.map((d) => d.name.toLowerCase());
    const box = b.control(FALLBACK_TEXT);
    const note = () => b.builder.shadowRoot?.getElementById(`${box.id}-note`) as HTMLElement;

    await step('the text box starts filled with a sentence naming the drug, and the code has it', async () => {
      expect(box.value).toBe(`Ask your treatment team about ${interferon}.`);
      expect(b.page()).toContain(`  <p>Ask your treatment team about ${interferon}.</p>\n`);
      expect(text(note()), 'no note while there is text').toBe('');
    });

    await step('the default follows the drug and the widget, from the content', async () => {
      await userEvent.click(b.control('Aldesleukin'));
      expect(box.value).toBe(`Ask your treatment team about ${aldesleukin}.`);
      await userEvent.click(b.control('Side-effect list'));
      expect(b.control<HTMLInputElement>(FALLBACK_TEXT).value).toBe(`Ask your treatment team about the side effects of ${aldesleukin}.`);
      await userEvent.click(b.control('Injection video'));
      expect(b.control<HTMLInputElement>(FALLBACK_TEXT).value).toBe(`${model.videos[0].title}: ask your treatment team to show you.`);
      await userEvent.click(b.control('Drug card'));
    });

    await step('a link to the editor’s own page: the text becomes the link’s', async () => {
      await fill(b.control(FALLBACK_URL), '/aldesleukin');
      expect(b.control<HTMLInputElement>(FALLBACK_TEXT).value).toBe(`Read about ${aldesleukin}`);
      expect(b.page()).toContain(`  <a href="/aldesleukin">Read about ${aldesleukin}</a>\n`);
    });

    await step('cleared: said beside the box, announced, and the code keeps the default', async () => {
      await fill(b.control(FALLBACK_TEXT), '');
      expect(b.page()).toContain(`  <a href="/aldesleukin">Read about ${aldesleukin}</a>\n`);
      const said = `The box is empty, so the code keeps the default, and readers never see an empty box: “Read about ${aldesleukin}”`;
      await waitFor(() => expect(text(note())).toBe(said));
      expect(note().getAttribute('role'), 'a live region').toBe('status');
      expectVisible(note(), 'the note');
      expect(b.control(FALLBACK_TEXT).getAttribute('aria-describedby')?.split(' ')).toContain(note().id);

      await fill(b.control(FALLBACK_URL), '');
      expect(b.page(), 'no link, no text: the sentence').toContain(`  <p>Ask your treatment team about ${aldesleukin}.</p>\n`);
      expect(text(note())).toBe(`The box is empty, so the code keeps the default, and readers never see an empty box: “Ask your treatment team about ${aldesleukin}.”`);
    });

    await step('the editor’s own words, kept', async () => {
      await fill(b.control(FALLBACK_TEXT), 'Call our nurses on 0161 496 0999 about aldesleukin.');
      expect(b.page()).toContain('  <p>Call our nurses on 0161 496 0999 about aldesleukin.</p>\n');
      expect(text(note())).toBe('');
      const card = await settled(b.preview(), 'cytokine-card');
      expect(text(card.querySelector(':scope > p')), 'the preview’s fallback').toBe('Call our nurses on 0161 496 0999 about aldesleukin.');
    });
  },
};

/** The guide's address comes from `docs-url`; one a browser would run as script is replaced by the default. */
export const DocsLink: BuilderStory = {
  name: 'Link to the guide',
  args: { 'docs-url': 'javascript:alert(1)' },
  play: async ({ canvasElement }) => {
    const b = await openBuilder(canvasElement);
    const link = () => b.ui.getByRole('link', { name: 'Step-by-step guide for editors and developers (docs/cms.md)' });
    expect(link().getAttribute('href'), 'an unsafe address is not linked').toBe('../docs/cms.md');
    b.builder.setAttribute('docs-url', '/help/adding-widgets');
    await b.builder.updateComplete;
    expect(link().getAttribute('href')).toBe('/help/adding-widgets');
  },
};
/* ------------------------------------------------------------------------------------------ */
/* Fed by data                                                                                 */
/* ------------------------------------------------------------------------------------------ */

/**
 * The form offers what the data holds: a widget for each element in custom-elements.json, a
 * control for each of its attributes (but those left out on purpose), the medicines of the
 * bundled content, and the frequency groups with the words the side-effect list shows.
 */
export const FedByData: BuilderStory = {
  name: 'Options from custom-elements.json and the content',
  play: async ({ canvasElement, step }) => {
    const b = await openBuilder(canvasElement);
    const model = await loadBundledModel();
    const root = b.builder.shadowRoot as ShadowRoot;
    // Found by name, not by role: this story is about what is offered, the others about how.
    const inputs = (name: string) => [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
    const labelOf = (input: HTMLInputElement) => text(input.labels?.[0]);
    const radios = inputs('widget');
    expect(radios.map((r) => r.value).sort()).toEqual(WIDGETS.map((w) => w.tag).sort());

    for (const widget of WIDGETS) {
      await step(`<${widget.tag}>: its @summary, and a control for each attribute`, async () => {
        await userEvent.click(radios.find((r) => r.value === widget.tag) as HTMLInputElement);
        expect(text(root.getElementById(`widget-${widget.tag}-hint`))).toBe(widget.summary);
        const named = new Set(b.controls().map((c) => c.name).filter((n) => n.startsWith('attr-')).map((n) => n.slice(5)));
        expect([...named].sort()).toEqual(widget.attributes.map((a) => a.name).filter((n) => !SKIPPED.includes(n)).sort());
      });
    }

    await step('the medicines, with their other names', async () => {
      await userEvent.click(radios.find((r) => r.value === 'cytokine-card') as HTMLInputElement);
      const drugs = inputs('attr-drug');
      expect(drugs.map((d) => [d.value, labelOf(d)])).toEqual(model.drugs.map((d) => [d.id, d.name]));
      expect(drugs.map((d) => text(root.getElementById(d.getAttribute('aria-describedby') ?? '')))).toEqual(
        model.drugs.map((d) => `Also called ${d.otherNames.join(', ')}.`),
      );
    });

    await step('the frequency groups, in the words the list shows', async () => {
      await userEvent.click(radios.find((r) => r.value === 'side-effect-list') as HTMLInputElement);
      const groups = inputs('attr-filter');
      expect(groups.map((g) => [g.value, labelOf(g)])).toEqual(BANDS.map((id) => [id, band(id)]));
      expect(groups.every((g) => g.checked), 'all ticked at first').toBe(true);
      await userEvent.click(groups[0]);
      await userEvent.click(groups[groups.length - 1]);
      expect(b.page()).toContain(`filter="${BANDS.slice(1, -1).join(' ')}"`);
      await userEvent.click(groups[0]);
      await userEvent.click(groups[groups.length - 1]);
      expect(b.page(), 'all groups ticked: no filter').not.toContain('filter=');
    });
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Copying                                                                                     */
/* ------------------------------------------------------------------------------------------ */

const writeText = fn(async (_text: string) => undefined);

/**
 * Each box has its own Copy button, which puts that box's code on the clipboard and says
 * "Copied" politely beside it; a choice that changes a box's code clears what its status said.
 */
export const CopyCode: BuilderStory = {
  name: 'Copy code',
  beforeEach: () => {
    writeText.mockClear();
    return stubClipboard({ writeText });
  },
  play: async ({ canvasElement, step }) => {
    const b = await openBuilder(canvasElement);
    await chooseExpandedList(b);

    await step('“Copy code for your developer”: the autoloader’s script tag', async () => {
      expect(b.status('site').getAttribute('role'), 'a live region').toBe('status');
      expect(text(b.status('site'))).toBe('');
      await userEvent.click(b.ui.getByRole('button', { name: COPY_SITE }));
      await waitFor(() => expect(text(b.status('site'))).toBe('Copied'));
      expectVisible(b.status('site'), '“Copied”');
      expect(writeText.mock.calls).toEqual([[AUTOLOADER]]);
      expect(text(b.status('page')), 'the other box’s status').toBe('');
    });

    await step('“Copy code for the page”: the placeholder, with its fallback', async () => {
      await userEvent.click(b.ui.getByRole('button', { name: COPY_PAGE }));
      await waitFor(() => expect(text(b.status('page'))).toBe('Copied'));
      expectVisible(b.status('page'), '“Copied”');
      expect(writeText.mock.calls.at(-1)).toEqual([
        ['<div data-cytokine-widget="side-effect-list" data-drug="aldesleukin" data-heading-level="3" data-expanded>', LIST_FALLBACK, '</div>'].join('\n'),
      ]);
    });

    await step('a change to the page’s code clears its “Copied”, and only its', async () => {
      await userEvent.click(b.control(EXPANDED));
      expect(text(b.status('page')), '“Copied” is gone once the code changes').toBe('');
      expect(text(b.status('site')), 'the developer’s code did not change').toBe('Copied');
      await userEvent.click(b.control('Hospital'));
      expect(text(b.status('site')), 'a theme adds a stylesheet for the developer').toBe('');
    });
  },
};

/**
 * Without the Clipboard API (an old browser, a page that is not https), or when the browser
 * refuses, a Copy button selects its box's code, moves focus to it, and says how to copy it.
 */
export const CopyFallback: BuilderStory = {
  name: 'Copy code without the Clipboard API',
  beforeEach: () => stubClipboard(undefined),
  play: async ({ canvasElement, step }) => {
    const b = await openBuilder(canvasElement);
    const expectSelected = async (box: Box) => {
      await waitFor(() => expect(text(b.status(box))).toMatch(COPY_FAILED));
      expect(String(getSelection()), 'the selection is the code').toBe(box === 'site' ? b.site() : b.page());
      expect(deepActiveElement(), 'focus is on the code').toBe(part(b.builder, `[part~="${box}-code"]`));
    };

    await step('no Clipboard API: the page’s code', async () => {
      await userEvent.click(b.ui.getByRole('button', { name: COPY_PAGE }));
      await expectSelected('page');
    });

    await step('a clipboard that refuses: the developer’s code', async () => {
      getSelection()?.removeAllRanges();
      stubClipboard({ writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) });
      await userEvent.click(b.control('Side-effect list'));
      await userEvent.click(b.ui.getByRole('button', { name: COPY_SITE }));
      await expectSelected('site');
    });
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Keyboard and labels                                                                         */
/* ------------------------------------------------------------------------------------------ */

/**
 * Every control is a labelled native control, radios and checkboxes in a fieldset with a legend;
 * each code box is a region named by its heading; the arrow keys change the widget, Tab reaches
 * both Copy buttons, and Enter copies.
 */
export const Keyboard: BuilderStory = {
  name: 'Keyboard and labels',
  beforeEach: () => stubClipboard({ writeText: async () => undefined }),
  play: async ({ canvasElement, step }) => {
    const b = await openBuilder(canvasElement);

    await step('every control has a label; every radio and checkbox has a group with a legend', async () => {
      for (const widget of ['Drug card', 'Side-effect list', 'Injection video']) {
        await userEvent.click(b.control(widget));
        const controls = b.controls();
        expect(controls.length, `controls for the ${widget}`).toBeGreaterThanOrEqual(19);
        expect(controls.filter((c) => !c.labels?.length).map((c) => c.name), 'controls without a label').toEqual([]);
        const ungrouped = controls
          .filter((c) => c.type === 'radio' || c.type === 'checkbox')
          .filter((c) => !text(c.closest('fieldset')?.querySelector(':scope > legend')));
        expect(ungrouped.map((c) => c.name), 'radios or checkboxes outside a fieldset with a legend').toEqual([]);
      }
      await userEvent.click(b.control('Drug card'));
    });

    await step('each code box is a region named by its heading', async () => {
      expect(b.ui.getByRole('region', { name: 'Once per site, for your developer' })).toBe(part(b.builder, '[part~="site-code"]'));
      expect(b.ui.getByRole('region', { name: 'Paste into the page' })).toBe(part(b.builder, '[part~="page-code"]'));
    });

    if (!realKeys) return; // Real key presses run under Vitest (npm run test:stories); try the keys here yourself.

    await step('the down arrow moves from the card to the list', async () => {
      (b.control('Drug card') as HTMLInputElement).focus();
      await navigate('{ArrowDown}');
      expect(b.control('Side-effect list')).toBeChecked();
      await waitFor(() => expect(b.page()).toMatch(/^<div data-cytokine-widget="side-effect-list" data-drug="interferon-alfa" data-heading-level="2">\n/));
    });

    await step('Tab reaches each Copy button, which shows where focus is, and Enter copies', async () => {
      for (const [name, box] of [[COPY_SITE, 'site'], [COPY_PAGE, 'page']] as const) {
        const copy = b.ui.getByRole('button', { name });
        for (let i = 0; i < 60 && deepActiveElement() !== copy; i++) await navigate('{Tab}');
        expect(deepActiveElement(), `Tab reached ${name}`).toBe(copy);
        expect(getComputedStyle(copy).outlineStyle, 'focus is visible').toBe('solid');
        await press('{Enter}');
        await waitFor(() => expect(text(b.status(box))).toBe('Copied'));
      }
    });
  },
};

/* ------------------------------------------------------------------------------------------ */
/* What an editor types                                                                        */
/* ------------------------------------------------------------------------------------------ */

declare global {
  interface Window {
    __xss?: number;
  }
}

/**
 * What an editor types is text: escaped as HTML source in the code, never markup in the page.
 * An address a browser would run as script is refused, said so beside the box, and left out:
 * the fallback is then the sentence.
 */
export const EditorTextStaysText: BuilderStory = {
  name: 'What an editor types stays text',
  play: async ({ canvasElement }) => {
    const b = await openBuilder(canvasElement);
    await userEvent.click(b.control('Side-effect list'));
    await fill(b.control(ADVICE_LINE), 'the "Acute" <img src=x onerror="window.__xss=1"> & line');
    await fill(b.control(FALLBACK_TEXT), 'See <img src=x onerror="window.__xss=3"> & more');
    const url = b.control(FALLBACK_URL);
    await fill(url, 'javascript:window.__xss=2');

    expect(b.page()).toContain(' data-advice-line="the &quot;Acute&quot; &lt;img src=x onerror=&quot;window.__xss=1&quot;&gt; &amp; line"');
    expect(b.page()).toContain('  <p>See &lt;img src=x onerror="window.__xss=3"&gt; &amp; more</p>\n');
    expect(b.builder.code, 'the unsafe address').not.toContain('javascript:');
    expect(url).toHaveAttribute('aria-invalid', 'true');
    const error = b.ui.getByText('Use an address starting with https:// or /. This one is left out of the code.');
    expectVisible(error, 'the message about the address');
    expect(url.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);

    for (const box of ['site', 'page'] as const) expect(part(b.builder, `[part~="${box}-code"] code`).children, `markup in the ${box} code`).toHaveLength(0);
    const list = await settled(b.preview(), 'side-effect-list');
    expect(list.getAttribute('advice-line'), 'the preview gets the text as it was typed').toBe('the "Acute" <img src=x onerror="window.__xss=1"> & line');
    expect(b.preview().querySelectorAll('a'), 'a fallback link in the preview').toHaveLength(0);
    expect(text(list.querySelector(':scope > p')), 'the fallback sentence, as typed').toBe('See <img src=x onerror="window.__xss=3"> & more');
    const images = [document, b.builder.shadowRoot as ShadowRoot, list.shadowRoot as ShadowRoot].flatMap((root) => [...root.querySelectorAll('img[src="x"]')]);
    expect(images, 'an image made from the text').toHaveLength(0);
    expect(window.__xss).toBeUndefined();
  },
};
