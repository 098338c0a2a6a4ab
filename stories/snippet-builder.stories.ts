import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import '../src/builder/define.js';
import '../src/themes/auto.css';
import type { SnippetBuilder as SnippetBuilderElement } from '../src/builder/snippet-builder.js';
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
  'base-url'?: string;
  'heading-level'?: number;
  onCytokineSnippetChange: EventSpy;
};

type BuilderStory = StoryObj<BuilderArgs>;

const CDN = 'https://your-cdn.example/cytokine-widgets/dist/';
const BUNDLE = `<script type="module" src="${CDN}cytokine-widgets.js"></script>`;
const AUTOLOADER = `<script type="module" src="${CDN}autoloader.js"></script>`;
const EXPANDED = 'Open every side effect (for a printed handout)';
const ADVICE_LINE = 'Your advice line, as it reads in a sentence';
const FALLBACK_URL = 'Fallback link: address (optional)';
const COPY_FAILED = /^Could not copy here\. The code is selected: press Ctrl\+C \(or Cmd\+C on a Mac\) to copy it\.$/;

/**
 * `<cytokine-snippet-builder>`: editors choose a widget and its options, see the real widget,
 * and copy the code for their page or CMS, as the custom element and the bundle, or as the
 * CMS-safe placeholder and the autoloader. The same element is on demo/builder.html (from
 * dist/builder.js). These stories are the specification of what it does.
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
    'base-url': { control: 'text', description: 'Address of the widgets’ dist/ folder the code loads from, until the editor changes it.' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 }, description: 'Level of the “Your code” and “Preview” headings. Default 2.' },
    onCytokineSnippetChange: { table: { disable: true } },
  },
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'A form that writes the embed code for one widget, with a live preview. Its widgets and their options come from `custom-elements.json`, its medicines from the bundled content. The same element is on `demo/builder.html` (`npm start`, then open `/demo/builder.html`). See `docs/cms.md` for WordPress, Drupal and other CMSs.',
      },
    },
  },
  render: (args) =>
    html`<cytokine-snippet-builder
      widget=${ifDefined(args.widget)}
      base-url=${ifDefined(args['base-url'])}
      heading-level=${ifDefined(args['heading-level'])}
      @cytokine-snippet-change=${args.onCytokineSnippetChange}
    ></cytokine-snippet-builder>`,
} satisfies Meta<BuilderArgs>;

export default meta;

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                     */
/* ------------------------------------------------------------------------------------------ */

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
  return {
    builder,
    ui,
    /** The form control a label names (faster than a role query over the whole form). */
    control: <T extends HTMLElement = HTMLInputElement>(label: string): T => ui.getByLabelText(label) as T,
    code: () => part(builder, '[part~="code"] code').textContent ?? '',
    status: () => part(builder, '[part~="status"]'),
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

const EXPANDED_LIST = `${BUNDLE}\n<side-effect-list drug="aldesleukin" heading-level="3" expanded></side-effect-list>`;

/** The code the last `cytokine-snippet-change` event carried. */
const lastCode = (spy: EventSpy): string | undefined => (spy.mock.calls.at(-1)?.[0] as CustomEvent<{ code: string }> | undefined)?.detail.code;

/** Installs `clipboard` as navigator.clipboard for one story; returns the cleanup. */
function stubClipboard(clipboard: Pick<Clipboard, 'writeText'> | undefined): () => void {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  // The own property shadows Navigator.prototype's getter; deleting it brings that back.
  return () => void delete (navigator as { clipboard?: unknown }).clipboard;
}

/* ------------------------------------------------------------------------------------------ */
/* Options → code and preview                                                                  */
/* ------------------------------------------------------------------------------------------ */

/** Each choice changes the code, exactly, and the preview shows the widget that code makes. */
export const SnippetBuilder: BuilderStory = {
  name: 'Snippet builder',
  play: async ({ canvasElement, args, step }) => {
    const b = await openBuilder(canvasElement);

    await step('starts with a card for the first medicine, after the bundle’s script tag', async () => {
      expect(b.code()).toBe(`${BUNDLE}\n<cytokine-card drug="interferon-alfa" heading-level="2"></cytokine-card>`);
      const card = await settled(b.preview(), 'cytokine-card');
      expect(text(part(card, '[part~="title"]'))).toBe('Interferon alfa');
      await waitFor(() => expect(lastCode(args.onCytokineSnippetChange), 'cytokine-snippet-change carries the code').toBe(b.code()));
    });

    await step('the list for aldesleukin, heading level 3, every side effect open', async () => {
      await chooseExpandedList(b);
      expect(b.code()).toBe(EXPANDED_LIST);
      const list = await settled(b.preview(), 'side-effect-list');
      const title = part(list, '[part~="title"]');
      expect(title.localName).toBe('h3');
      expect(text(title)).toBe('Side effects of Aldesleukin');
      expect(list.getAttributeNames().sort()).toEqual(['drug', 'expanded', 'heading-level']);
      const effects = parts<HTMLDetailsElement>(list, 'details[part~="effect"]');
      expect(effects.length).toBeGreaterThan(0);
      expect(effects.filter((d) => !d.open), 'closed side effects').toEqual([]);
      expect(b.preview().querySelector('cytokine-card'), 'the card is gone from the preview').toBeNull();
      await waitFor(() => expect(lastCode(args.onCytokineSnippetChange)).toBe(EXPANDED_LIST));
    });
  },
};

/** Another widget, other options: those that do not apply are gone, its own are there; a theme adds its stylesheet. */
export const WidgetOptions: BuilderStory = {
  name: 'Video options and a theme',
  args: { widget: 'side-effect-list' },
  play: async ({ canvasElement, step }) => {
    const b = await openBuilder(canvasElement);

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
      expect(b.code()).toBe(`${BUNDLE}\n<injection-video heading-level="2" transcript-open captions="off" lang="en-GB"></injection-video>`);
      await settled(b.preview(), 'injection-video');
    });

    await step('a theme adds its stylesheet and a wrapper, and the preview wears it', async () => {
      await userEvent.click(b.control('Dark page'));
      expect(b.code()).toBe(
        [
          `<link rel="stylesheet" href="${CDN}themes/dark.css">`,
          BUNDLE,
          '<div class="cytokine-theme-dark">',
          '  <injection-video heading-level="2" transcript-open captions="off" lang="en-GB"></injection-video>',
          '</div>',
        ].join('\n'),
      );
      const video = await settled(b.preview(), 'injection-video');
      expect(video.parentElement?.className).toBe('cytokine-theme-dark');
      expect(getComputedStyle(video.parentElement as HTMLElement).colorScheme, 'dark.css applies to the preview').toBe('dark');
    });
  },
};

/** For CMSs whose HTML filter strips scripts and unknown tags: a `<div>` with data-* attributes, and the autoloader once per site. */
export const Placeholder: BuilderStory = {
  name: 'CMS-safe placeholder',
  play: async ({ canvasElement }) => {
    const b = await openBuilder(canvasElement);
    await chooseExpandedList(b);
    await fill(b.control(ADVICE_LINE), 'the Acute Oncology Service');
    await fill(b.control('Its phone number'), '0161 496 0999');
    await userEvent.click(b.control('CMS-safe placeholder and the autoloader'));
    expect(b.code()).toBe(
      [
        '<!-- Once per site, in the page template (an editor’s HTML filter removes <script> and <link>): -->',
        AUTOLOADER,
        '',
        '<!-- In the page, where the widget goes: -->',
        '<div data-cytokine-widget="side-effect-list" data-drug="aldesleukin" data-heading-level="3" data-expanded data-advice-line="the Acute Oncology Service" data-advice-phone="0161 496 0999"></div>',
      ].join('\n'),
    );
    expect(b.code()).not.toMatch(/<side-effect-list|cytokine-widgets\.js/);
    // The preview is the same widget in either form.
    const list = await settled(b.preview(), 'side-effect-list');
    expect(text(part(list, '[part~="title"]'))).toBe('Side effects of Aldesleukin');
    expect(list.getAttribute('advice-line')).toBe('the Acute Oncology Service');
  },
};

/** The attributes start the builder: another widget, the team's own CDN address, and headings that fit the page. */
export const Attributes: BuilderStory = {
  name: 'Starting widget, CDN address and fallback link',
  args: { widget: 'side-effect-list', 'base-url': 'https://cdn.example.org/cw', 'heading-level': 3 },
  play: async ({ canvasElement }) => {
    const b = await openBuilder(canvasElement);
    expect(b.control('Side-effect list')).toBeChecked();
    // No trailing slash given: the builder adds it.
    expect(b.code()).toBe(
      '<script type="module" src="https://cdn.example.org/cw/cytokine-widgets.js"></script>\n<side-effect-list drug="interferon-alfa" heading-level="2"></side-effect-list>',
    );
    expect(b.ui.getByRole('heading', { name: 'Your code' }).localName).toBe('h3');
    expect(b.ui.getByRole('heading', { name: 'Preview' }).localName).toBe('h3');

    await fill(b.control(FALLBACK_URL), '/side-effects?a=1&b=2');
    expect(b.code()).toContain(
      '<side-effect-list drug="interferon-alfa" heading-level="2">\n  <a href="/side-effects?a=1&amp;b=2">Side effects of Interferon alfa</a>\n</side-effect-list>',
    );
    await fill(b.control('Fallback link: text (optional)'), 'Our side effects page');
    expect(b.code()).toContain('  <a href="/side-effects?a=1&amp;b=2">Our side effects page</a>');
    const list = await settled(b.preview(), 'side-effect-list');
    const link = list.querySelector(':scope > a') as HTMLAnchorElement;
    expect(link.getAttribute('href'), 'the preview’s widget has the fallback link').toBe('/side-effects?a=1&b=2');
    expect(link.textContent).toBe('Our side effects page');
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
      expect(b.code()).toContain(` filter="${BANDS.slice(1, -1).join(' ')}"`);
      await userEvent.click(groups[0]);
      await userEvent.click(groups[groups.length - 1]);
      expect(b.code(), 'all groups ticked: no filter').not.toContain('filter=');
    });
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Copying                                                                                     */
/* ------------------------------------------------------------------------------------------ */

const writeText = fn(async (_text: string) => undefined);

/** "Copy code" puts the code on the clipboard and says "Copied" politely; a new choice clears that. */
export const CopyCode: BuilderStory = {
  name: 'Copy code',
  beforeEach: () => {
    writeText.mockClear();
    return stubClipboard({ writeText });
  },
  play: async ({ canvasElement }) => {
    const b = await openBuilder(canvasElement);
    await chooseExpandedList(b);
    expect(b.status().getAttribute('role'), 'a live region').toBe('status');
    expect(text(b.status())).toBe('');
    await userEvent.click(b.ui.getByRole('button', { name: 'Copy code' }));
    await waitFor(() => expect(text(b.status())).toBe('Copied'));
    expectVisible(b.status(), '“Copied”');
    expect(writeText.mock.calls).toEqual([[EXPANDED_LIST]]);
    await userEvent.click(b.control(EXPANDED));
    expect(text(b.status()), '“Copied” is gone once the code changes').toBe('');
  },
};

/**
 * Without the Clipboard API (an old browser, a page that is not https), or when the browser
 * refuses, "Copy code" selects the code, moves focus to it, and says how to copy it.
 */
export const CopyFallback: BuilderStory = {
  name: 'Copy code without the Clipboard API',
  beforeEach: () => stubClipboard(undefined),
  play: async ({ canvasElement, step }) => {
    const b = await openBuilder(canvasElement);
    const expectSelected = async () => {
      await waitFor(() => expect(text(b.status())).toMatch(COPY_FAILED));
      expect(String(getSelection()), 'the selection is the code').toBe(b.code());
      expect(deepActiveElement(), 'focus is on the code').toBe(part(b.builder, '[part~="code"]'));
    };

    await step('no Clipboard API', async () => {
      await userEvent.click(b.ui.getByRole('button', { name: 'Copy code' }));
      await expectSelected();
    });

    await step('a clipboard that refuses', async () => {
      getSelection()?.removeAllRanges();
      stubClipboard({ writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) });
      await userEvent.click(b.control('Side-effect list'));
      await userEvent.click(b.ui.getByRole('button', { name: 'Copy code' }));
      await expectSelected();
    });
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Keyboard and labels                                                                         */
/* ------------------------------------------------------------------------------------------ */

/**
 * Every control is a labelled native control, radios and checkboxes in a fieldset with a legend;
 * the arrow keys change the widget, Tab reaches "Copy code", and Enter copies.
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
        expect(controls.length, `controls for the ${widget}`).toBeGreaterThanOrEqual(15);
        expect(controls.filter((c) => !c.labels?.length).map((c) => c.name), 'controls without a label').toEqual([]);
        const ungrouped = controls
          .filter((c) => c.type === 'radio' || c.type === 'checkbox')
          .filter((c) => !text(c.closest('fieldset')?.querySelector(':scope > legend')));
        expect(ungrouped.map((c) => c.name), 'radios or checkboxes outside a fieldset with a legend').toEqual([]);
      }
      await userEvent.click(b.control('Drug card'));
    });

    if (!realKeys) return; // Real key presses run under Vitest (npm run test:stories); try the keys here yourself.

    await step('the down arrow moves from the card to the list', async () => {
      (b.control('Drug card') as HTMLInputElement).focus();
      await navigate('{ArrowDown}');
      expect(b.control('Side-effect list')).toBeChecked();
      await waitFor(() => expect(b.code()).toMatch(/<side-effect-list drug="interferon-alfa" heading-level="2"><\/side-effect-list>$/));
    });

    await step('Tab reaches "Copy code", which shows where focus is, and Enter copies', async () => {
      const copy = b.ui.getByRole('button', { name: 'Copy code' });
      for (let i = 0; i < 60 && deepActiveElement() !== copy; i++) await navigate('{Tab}');
      expect(deepActiveElement(), 'Tab reached Copy code').toBe(copy);
      expect(getComputedStyle(copy).outlineStyle, 'focus is visible').toBe('solid');
      await press('{Enter}');
      await waitFor(() => expect(text(b.status())).toBe('Copied'));
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
 * An address a browser would run as script is refused, said so beside the box, and left out.
 */
export const EditorTextStaysText: BuilderStory = {
  name: 'What an editor types stays text',
  play: async ({ canvasElement }) => {
    const b = await openBuilder(canvasElement);
    await userEvent.click(b.control('Side-effect list'));
    await fill(b.control(ADVICE_LINE), 'the "Acute" <img src=x onerror="window.__xss=1"> & line');
    const url = b.control(FALLBACK_URL);
    await fill(url, 'javascript:window.__xss=2');

    expect(b.code()).toContain(' advice-line="the &quot;Acute&quot; &lt;img src=x onerror=&quot;window.__xss=1&quot;&gt; &amp; line"');
    expect(b.code(), 'the unsafe address').not.toContain('javascript:');
    expect(url).toHaveAttribute('aria-invalid', 'true');
    const error = b.ui.getByText('Use an address starting with https:// or /. This one is left out of the code.');
    expectVisible(error, 'the message about the address');
    expect(url.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);

    expect(part(b.builder, '[part~="code"] code').children, 'markup in the code block').toHaveLength(0);
    const list = await settled(b.preview(), 'side-effect-list');
    expect(list.getAttribute('advice-line'), 'the preview gets the text as it was typed').toBe('the "Acute" <img src=x onerror="window.__xss=1"> & line');
    expect(b.preview().querySelectorAll('a'), 'a fallback link in the preview').toHaveLength(0);
    const images = [document, b.builder.shadowRoot as ShadowRoot, list.shadowRoot as ShadowRoot].flatMap((root) => [...root.querySelectorAll('img[src="x"]')]);
    expect(images, 'an image made from the text').toHaveLength(0);
    expect(window.__xss).toBeUndefined();
  },
};
