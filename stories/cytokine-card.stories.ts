import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, spyOn, waitFor } from 'storybook/test';
import '../src/elements/cytokine-card/define.js';
import { loadBundledModel } from '../src/content/index.js';

const bundledModel = await loadBundledModel('en-GB');
import type { ErrorCode } from '../src/model/errors.js';
import type { ContentModel } from '../src/model/types.js';
import { expectDrug, expectVisible, part, parts, settledCard, type EventSpy } from './support/card.js';
import { deepActiveElement, press } from './support/keyboard.js';
import { activeTheme } from './support/themes.js';
import {
  darkPage,
  darkPageOf,
  expectErrorPlay,
  expectAliases,
  listening,
  READER_MESSAGES,
  readerText,
  text,
  type ExpectedError,
  type WidgetArgs,
  type WidgetOptions,
} from './support/widgets.js';

/**
 * Args are the element's attributes (names as in custom-elements.json), so the Controls panel
 * changes attributes on the live element. `onCytokineError` / `onCytokineReady` are spies bound
 * to a wrapper around the card, so the Actions panel and the play functions see the events.
 */
type CardArgs = WidgetArgs & {
  drug?: string;
  /** Bound only by the story that shows a review due. */
  onCytokineReviewDue?: EventSpy;
};

type CardStory = StoryObj<CardArgs>;

/** The page's own fallback, put inside the tag: what readers see before upgrade or on error. */
const fallback = html`<p><a href="https://www.nhs.uk/medicines/">Read about this medicine on the NHS website</a></p>`;
const FALLBACK_TEXT = 'Read about this medicine on the NHS website';

/** The card with its args as attributes, inside a wrapper that listens for its events. */
const card = (args: CardArgs, options: WidgetOptions = {}) =>
  listening(
    args,
    html`<cytokine-card
      drug=${ifDefined(args.drug)}
      lang=${ifDefined(args.lang || undefined)}
      heading-level=${ifDefined(args['heading-level'])}
      src=${ifDefined(args.src || undefined)}
      .model=${options.model}
    >${options.content ?? nothing}</cytokine-card>`,
  );

const meta = {
  title: 'Widgets/cytokine-card',
  component: 'cytokine-card',
  tags: ['autodocs'],
  args: {
    drug: 'interferon-alfa',
    onCytokineError: fn(),
    onCytokineReady: fn(),
  },
  render: (args) => card(args, { content: fallback }),
  parameters: {
    docs: {
      description: {
        component:
          'Paste `<cytokine-card drug="interferon-alfa">` with your own fallback link inside. Every attribute below can be changed live from the Controls panel.',
      },
    },
  },
} satisfies Meta<CardArgs>;

export default meta;

/* ------------------------------------------------------------------------------------------ */
/* Drugs                                                                                       */
/* ------------------------------------------------------------------------------------------ */

/** Every fact the seed page (shared/seed/) gives about each drug, as a reader reads it. */
const SEED_FACTS = {
  'interferon-alfa': [
    'Interferon alpha, IFN', 'very small amounts', 'cytokines', 'immunotherapy or biological therapy',
    'growing and making more cells', 'killer T cells and other cells attack the cancer',
    'draw immune cells towards them', 'through a drip into your bloodstream (an infusion)',
    'fatty tissue', 'subcutaneous injection', '3 times a week', 'every day', 'depends on the type of cancer',
    'kidney cancer (renal cell cancer)', 'melanoma', 'multiple myeloma', 'some types of leukaemia',
  ],
  aldesleukin: [
    'Interleukin 2, IL2, Proleukin', 'very small amounts', 'cytokines', 'immunotherapy or biological therapy',
    'just under the skin', 'subcutaneous injection', 'into a vein instead, either as an injection or through a drip',
    'depends on the type of cancer', 'kidney cancer', 'clinical trials',
  ],
} as const;

/** The card says every fact of the seed page, for a reader who opens each section. */
function expectSeedFacts(el: HTMLElement, drug: keyof typeof SEED_FACTS): string {
  const words = readerText(el);
  for (const fact of SEED_FACTS[drug]) expect(words, fact).toContain(fact);
  return words;
}

export const InterferonAlfa: CardStory = {
  name: 'Interferon alfa',
  args: { drug: 'interferon-alfa' },
  play: async ({ canvasElement, args, globals, step }) => {
    const el = await settledCard(canvasElement);
    expectDrug(el, 'Interferon alfa');
    // Long sections wait behind native disclosures, closed at first.
    const disclosures = parts<HTMLDetailsElement>(el, 'details');
    expect(disclosures.length, 'disclosures').toBeGreaterThan(3);
    for (const d of disclosures) {
      expect(d.open, 'closed at first').toBe(false);
      expect(d.querySelector(':scope > summary'), 'a native summary').toBeTruthy();
    }
    expect(part(el, '[part="summary"]').textContent).toContain('biological therapy');
    expect(part(el, '[part="other-names"]').textContent).toContain('IFN');
    expect(expectSeedFacts(el, 'interferon-alfa'), 'a side effect of aldesleukin only').not.toContain('low blood pressure');
    // A labelled article, real lists, and more-information links to the web.
    const article = part(el, 'article');
    expect(el.shadowRoot?.getElementById(article.getAttribute('aria-labelledby') ?? ''), 'the article is labelled by the title').toBe(part(el, '[part="title"]'));
    expect(parts(el, 'ul li').length, 'list items').toBeGreaterThan(4);
    expect(parts<HTMLAnchorElement>(el, '[part="links"] a').map((a) => a.protocol), 'more-information links').toEqual(['https:', 'https:']);
    // Before any error, the fallback is not shown (no slot is rendered with the content).
    expect(parts(el, 'slot')).toHaveLength(0);
    expect(args.onCytokineError).not.toHaveBeenCalled();
    // No font of its own: with no theme it has the story page's (.storybook/preview.css), not a serif.
    if (!activeTheme(globals)) expect(getComputedStyle(part(el, '[part="title"]')).fontFamily, 'the page\'s font').toMatch(/^system-ui,/);
    // Names people use choose it too (aliases in the content model, without case or hyphens).
    await expectAliases(el, step, 'interferon-alfa', 'Interferon alfa', ['IFN', 'interferon alpha', 'Intron A'], () => expectDrug(el, 'Interferon alfa'));
    expect(args.onCytokineError).not.toHaveBeenCalled();
  },
};

export const Aldesleukin: CardStory = {
  name: 'Aldesleukin',
  args: { drug: 'aldesleukin' },
  play: async ({ canvasElement, args, step }) => {
    const el = await settledCard(canvasElement);
    expectDrug(el, 'Aldesleukin');
    expect(part(el, '[part="other-names"]').textContent).toContain('Proleukin');
    expectSeedFacts(el, 'aldesleukin');
    await expectAliases(el, step, 'aldesleukin', 'Aldesleukin', ['IL-2', 'Proleukin'], () => expectDrug(el, 'Aldesleukin'));
    expect(args.onCytokineError).not.toHaveBeenCalled();
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Heading levels (the card fits the host page's outline)                                     */
/* ------------------------------------------------------------------------------------------ */

/**
 * The card fits the host page's outline: `heading-level` sets its title's level, and its section
 * headings follow one below. The story shows level 4; its test tries 1, 4 and 6 (HTML has no h7,
 * so there the section headings are ARIA headings at level 7, `role="heading" aria-level="7"`)
 * and 9, out of range: the card warns once in the console and uses the default, 2.
 */
export const HeadingLevels: CardStory = {
  name: 'Heading levels',
  args: { 'heading-level': 4 },
  beforeEach: () => {
    const warn = spyOn(console, 'warn');
    return () => warn.mockRestore();
  },
  play: async ({ canvasElement, args, step }) => {
    const el = await settledCard(canvasElement);
    const headingWarnings = () =>
      (console.warn as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((c) => c.map(String).join(' ')).filter((w) => w.includes('heading-level'));
    for (const [value, expected] of [[1, 1], [6, 6], [9, 2], [4, 4]] as const) {
      await step(`heading-level="${value}": title at level ${expected}`, async () => {
        el.setAttribute('heading-level', String(value));
        await el.updateComplete;
        expectDrug(el, 'Interferon alfa', expected);
      });
    }
    expect(headingWarnings(), 'one heading-level warning, for 9').toHaveLength(1);
    expect(args.onCytokineError, 'a bad heading level is not an error').not.toHaveBeenCalled();
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Disclosures, with the keyboard                                                             */
/* ------------------------------------------------------------------------------------------ */

/** The first section's disclosure ("Some of the ways it works") and the sources, in the footer. */
const sectionDisclosures = (el: Element) => ({
  howItWorks: part<HTMLDetailsElement>(el, '[part="section"] details[part="details"]'),
  sources: part<HTMLDetailsElement>(el, '[part="footer"] details.sources'),
});

/** Opens both, once the card has drawn its content: the state this story shows, docs page included. */
const openSections = (event: Event) => {
  const { howItWorks, sources } = sectionDisclosures(event.target as Element);
  howItWorks.open = true;
  sources.open = true;
};

/**
 * "Some of the ways it works" and the sources open, as a reader sees them after opening each.
 * The test is a keyboard user's: Enter closes and opens the first, Space the sources, and each
 * leaves the other as it was.
 */
export const SectionsExpandedWithKeyboard: CardStory = {
  name: 'Sections expanded (keyboard)',
  render: (args) => html`<div @cytokine-ready=${openSections}>${card(args, { content: fallback })}</div>`,
  play: async ({ canvasElement, step }) => {
    const el = await settledCard(canvasElement);
    const { howItWorks, sources } = sectionDisclosures(el);
    const moreText = howItWorks.querySelector('summary ~ *') as HTMLElement;
    await waitFor(() => expect(howItWorks.open && sources.open, 'both open as rendered').toBe(true));
    expectVisible(moreText, 'text behind the disclosure');
    expect(text(sources.querySelector('summary')), 'the sources, not another footer disclosure').toMatch(/^Where this information comes from/);
    expect(sources.querySelectorAll('ol > li').length, 'sources listed').toBeGreaterThan(0);

    /** Focuses a disclosure's summary and presses a key on it, as a keyboard user does. */
    const pressOn = async (details: HTMLDetailsElement, key: '{Enter}' | '[Space]') => {
      const summary = details.querySelector('summary') as HTMLElement;
      summary.focus();
      expect(deepActiveElement(), 'summary has focus').toBe(summary);
      await press(key);
    };

    await step('Enter closes "Some of the ways it works"', async () => {
      await pressOn(howItWorks, '{Enter}');
      await waitFor(() => expect(howItWorks.open).toBe(false));
      expect(moreText.checkVisibility(), 'text behind the disclosure is hidden while closed').toBe(false);
      expect(sources.open, 'the other disclosure stays open').toBe(true);
    });

    await step('Space closes the sources', async () => {
      await pressOn(sources, '[Space]');
      await waitFor(() => expect(sources.open).toBe(false));
    });

    await step('Enter and Space open them again', async () => {
      await pressOn(howItWorks, '{Enter}');
      await waitFor(() => expect(howItWorks.open).toBe(true));
      expectVisible(moreText, 'text behind the disclosure');
      await pressOn(sources, '[Space]');
      await waitFor(() => expect(sources.open).toBe(true));
    });
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Errors: a visible message, one cytokine-error event, and the page's fallback              */
/* ------------------------------------------------------------------------------------------ */

const errorPlay = (code: ErrorCode, expected: ExpectedError) => expectErrorPlay('cytokine-card', code, expected, FALLBACK_TEXT);

export const ErrorMissingDrug: CardStory = {
  name: 'Error: missing drug',
  args: { drug: undefined },
  play: errorPlay('missing-drug', { message: READER_MESSAGES.missingDrug, hint: 'add one, for example drug="interferon-alfa"' }),
};

export const ErrorUnknownDrug: CardStory = {
  name: 'Error: unknown drug',
  args: { drug: 'paracetamol' },
  play: errorPlay('unknown-drug', { message: READER_MESSAGES.unknownDrug('paracetamol'), hint: 'No drug called "paracetamol"' }),
};

/** A `model` property that is not a content model (here, the wrong shape entirely). */
export const ErrorInvalidModel: CardStory = {
  name: 'Error: invalid model property',
  render: (args) => card(args, { model: { version: 'not a model', drugs: 'none' }, content: fallback }),
  play: errorPlay('model-invalid', { message: READER_MESSAGES.notShown, hint: 'not a valid content model: check it with npx cytokine-widgets validate' }),
};

/** Nothing listens on port 9, so the fetch fails at once (no network needed). */
export const ErrorUnreachableSrc: CardStory = {
  name: 'Error: unreachable src',
  args: { src: 'http://127.0.0.1:9/x.json' },
  play: errorPlay('src-unreachable', { message: READER_MESSAGES.notLoaded, hint: 'The content model at http://127.0.0.1:9/x.json could not be loaded.' }),
};

/* ------------------------------------------------------------------------------------------ */
/* Host content, language and theme                                                           */
/* ------------------------------------------------------------------------------------------ */

const HOST_NAME = 'Interferon alfa (St Elsewhere Hospital leaflet)';

/** A hospital's own copy of the bundled model, passed as the `model` property. */
const hostModel: ContentModel = (() => {
  const model = structuredClone(bundledModel) as ContentModel;
  const drug = model.drugs.find((d) => d.id === 'interferon-alfa');
  if (!drug) throw new Error('bundled model has no interferon-alfa');
  drug.name = HOST_NAME;
  model.publisher = 'St Elsewhere Hospital';
  return model;
})();

export const HostModel: CardStory = {
  name: 'Host model (model property)',
  parameters: {
    docs: {
      description: {
        story: 'JavaScript users set `card.model = myModel`; it is validated like `src` and replaces the bundled content.',
      },
    },
  },
  render: (args) => card(args, { model: hostModel, content: fallback }),
  play: async ({ canvasElement, args }) => {
    const el = await settledCard(canvasElement);
    expectDrug(el, HOST_NAME);
    expect(part(el, '[part="footer"]').textContent).toContain('St Elsewhere Hospital');
    expect(args.onCytokineError).not.toHaveBeenCalled();
  },
};

/** A hospital's copy that its clinical team has signed off: the footer says who and when. */
export const ClinicallyReviewed: CardStory = {
  name: 'Review status: clinically reviewed (host model)',
  render: (args) => card(args, { model: { ...hostModel, clinicalReview: { by: 'Dr Priya Shah, consultant oncologist', date: '2026-11-30' } }, content: fallback }),
  play: async ({ canvasElement }) => {
    const el = await settledCard(canvasElement);
    const footer = part(el, '[part="footer"]');
    footer.scrollIntoView({ block: 'center' });
    expect(text(footer)).toContain('Clinically reviewed by Dr Priya Shah, consultant oncologist on 30 November 2026.');
    expect(text(footer)).not.toContain('Not yet clinically reviewed');
  },
};

/** After its next review date the widget says so, politely, and fires cytokine-review-due. */
export const ReviewDue: CardStory = {
  name: 'Review status: due for review',
  args: { onCytokineReviewDue: fn() },
  render: (args) =>
    html`<div @cytokine-review-due=${args.onCytokineReviewDue}>
      ${card(args, { model: { ...hostModel, lastUpdated: '2020-01-01', nextReview: '2021-01-01' }, content: fallback })}
    </div>`,
  play: async ({ canvasElement, args }) => {
    const el = await settledCard(canvasElement);
    const note = part(el, '[part="review-due"]');
    note.scrollIntoView({ block: 'center' });
    expectVisible(note, 'review-due note');
    expect(text(note)).toContain('due for review');
    // The host hears of it too, once, with the date that passed.
    await waitFor(() => expect(args.onCytokineReviewDue).toHaveBeenCalledTimes(1));
    expect((args.onCytokineReviewDue?.mock.calls[0][0] as CustomEvent).detail).toEqual({ nextReview: '2021-01-01' });
  },
};

/**
 * A hospital's own content model, fetched from its site with `src` (here `host-model.json`,
 * served beside Storybook), validated, and used instead of the bundled content.
 */
export const HostSrc: CardStory = {
  name: 'Host content from src',
  args: { src: 'host-model.json' },
  play: async ({ canvasElement, args }) => {
    const el = await settledCard(canvasElement);
    await waitFor(() => expectDrug(el, 'Interferon alfa (hospital copy)'));
    expect(part(el, '[part="footer"]').textContent).toContain('St Example Hospital');
    expect(args.onCytokineError).not.toHaveBeenCalled();
  },
};

/**
 * The card sits in a Welsh (`lang="cy"`) region of the page. There is no Welsh content yet, so
 * it falls back to en-GB and marks its content `lang="en-GB"` for screen readers.
 */
export const WelshPageFallsBackToEnglish: CardStory = {
  name: 'Language: Welsh page, en-GB content',
  render: (args) => html`<section lang="cy" aria-label="Gwybodaeth am feddyginiaeth">
    <p>Mae’r wybodaeth isod yn Saesneg.</p>
    ${card(args, { content: fallback })}
  </section>`,
  play: async ({ canvasElement }) => {
    const el = await settledCard(canvasElement);
    // The card takes the region's language from the page, not from a lang of its own. What it
    // shows there (English, marked en-GB, with a note) is specified, for all three widgets, by
    // Theming › "Language not available (Welsh page)".
    expect(el.hasAttribute('lang'), 'no lang on the card itself').toBe(false);
    expectDrug(el, 'Interferon alfa');
  },
};

/** On a dark page the card inherits the page's light text colour; no theming needed. */
export const DarkPage: CardStory = {
  name: 'Dark page',
  render: (args) => darkPage(card(args, { content: fallback }), ' font-family: Georgia, serif;'),
  play: async ({ canvasElement, globals }) => {
    const el = await settledCard(canvasElement);
    expectDrug(el, 'Interferon alfa');
    if (activeTheme(globals)) return; // a toolbar theme sets its own colours
    const page = darkPageOf(canvasElement);
    const pageColour = getComputedStyle(page).color;
    expect(pageColour).toBe('rgb(242, 244, 245)');
    for (const selector of ['[part="title"]', '[part="summary"]', '[part="details-summary"]', '[part="link"]']) {
      expect(getComputedStyle(part(el, selector)).color, `${selector} colour`).toBe(pageColour);
    }
    expect(getComputedStyle(part(el, '[part="title"]')).fontFamily, 'inherits the font').toBe(getComputedStyle(page).fontFamily);
  },
};
