import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/cytokine-card/define.js';
import '../src/elements/side-effect-list/define.js';
import '../src/elements/injection-video/define.js';
import { loadBundledModel } from '../src/content/index.js';
import type { ContentModel } from '../src/model/types.js';
import { openEverything, overflowing } from './support/layout.js';
import { hover } from './support/pointer.js';
import { expectVisible, isSettled, nextFrame, part, parts, settledAll, text, type Widget } from './support/widgets.js';

/** A busy test machine may take seconds where a reader's phone takes milliseconds. */
const BUSY = { timeout: 10_000 };

/**
 * States a designer checks before adopting the widgets, each shown on its own: focus and hover,
 * loading and the page's fallback, text at 200 %, and very long content. (Print, the care cards,
 * errors, themes, forced colours and 320 px have their own stories under each widget and in
 * Theming.)
 */
const meta = {
  title: 'Review',
  parameters: {
    docs: {
      description: {
        component:
          'States to review before adopting the widgets. Each story says what it shows and how to see it in the canvas; its test (`npm run test:stories`) checks it. Pick a theme from the toolbar to review the same states in that theme.',
      },
    },
  },
} satisfies Meta;

export default meta;

/* ------------------------------------------------------------------------------------------ */
/* Focus and hover                                                                             */
/* ------------------------------------------------------------------------------------------ */

/** Each widget's focusable parts a reader tabs to, by the name the story's control shows. */
const FOCUS_TARGETS = {
  'Card: section disclosure': ['cytokine-card', '[part="section"] [part="details-summary"]'],
  'Card: more-information link': ['cytokine-card', '[part="link"]'],
  'Side effects: a side effect': ['side-effect-list', '[part="effect-summary"]'],
  'Side effects: phone link': ['side-effect-list', '[part="phone-link"]'],
  'Video: play button': ['injection-video', '[part="play-button"]'],
  'Video: speed': ['injection-video', '[part="speed"]'],
  'Video: chapter': ['injection-video', '[part="chapter"]'],
} as const satisfies Record<string, readonly [string, string]>;

type FocusTarget = keyof typeof FOCUS_TARGETS;

/** What can take focus inside a widget (its shadow tree, and the video's light-DOM transcript). */
const FOCUSABLE = 'a[href], button:not(:disabled), select, input, summary';
const focusables = (el: Element): HTMLElement[] =>
  [...parts(el, FOCUSABLE), ...el.querySelectorAll<HTMLElement>(`[data-cytokine-transcript] :is(${FOCUSABLE})`)].filter((n) => n.checkVisibility());

/** True for a computed colour nobody sees: `transparent`, or any colour with zero alpha. */
function transparent(colour: string): boolean {
  if (colour === 'transparent') return true;
  const inner = /\(([^)]*)\)/.exec(colour)?.[1] ?? '';
  const commas = inner.split(',');
  // rgba(r, g, b, a) with commas; rgb(r g b / a), color(…/ a), oklch(…/ a) with a slash.
  const alpha = inner.includes('/') ? inner.split('/')[1] : commas.length === 4 ? commas[3] : undefined;
  return alpha !== undefined && parseFloat(alpha) === 0;
}

/**
 * A focus indicator a reader can see: an outline of a colour that shows, a box shadow (the
 * hospital theme's NHS.UK style) of one, or a background other than `before`, the element's
 * background unfocused. `outline: 4px solid transparent` (drawn only in forced colours) is none.
 * The video's play button has its ring drawn on the player around it.
 */
function focusIndicator(el: HTMLElement, before: string): string | undefined {
  for (const node of [el, el.closest<HTMLElement>('[part="player"]')]) {
    if (!node) continue;
    const style = getComputedStyle(node);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !transparent(style.outlineColor)) {
      return `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
    }
    const shadowColours = style.boxShadow === 'none' ? [] : (style.boxShadow.match(/[a-z-]+\([^)]*\)|transparent/g) ?? []);
    if (shadowColours.some((c) => !transparent(c))) return `box-shadow ${style.boxShadow}`;
  }
  const background = getComputedStyle(el).backgroundColor;
  return background !== before && !transparent(background) ? `background ${background}` : undefined;
}

/** The wrapper's hover colour: a token value no widget uses by default, so a hover is seen to use it. */
const HOVER_COLOUR = 'rgb(124, 40, 85)';

type FocusArgs = { focus: FocusTarget };

/**
 * Every widget's focusable parts, with what a keyboard user sees on each. Choose a part with the
 * **focus** control: the story focuses it, as the Tab key would (the ring shows in the canvas, not
 * on this docs page). The wrapper sets `--cytokine-link-hover-color` to #7c2855; hover a link or
 * a disclosure to see it, with a thicker underline.
 *
 * The test focuses every focusable part of every widget in turn and checks each shows a visible
 * indicator, then hovers a side effect and the card's link with the real pointer.
 */
export const FocusAndHover: StoryObj<FocusArgs> = {
  name: 'Focus and hover',
  args: { focus: 'Side effects: a side effect' },
  argTypes: { focus: { control: 'select', options: Object.keys(FOCUS_TARGETS), description: 'The part to focus' } },
  render: () => html`<style>
      .review-hover { --cytokine-link-hover-color: #7c2855; display: grid; gap: 2rem; }
    </style>
    <div class="review-hover">
      <cytokine-card drug="interferon-alfa"></cytokine-card>
      <side-effect-list drug="aldesleukin" advice-line="the Acute Oncology Service" advice-phone="0161 000 0000"></side-effect-list>
      <injection-video transcript-open></injection-video>
    </div>`,
  play: async ({ canvasElement, args, step }) => {
    const all = await settledAll(canvasElement);

    await step('Every focusable part shows a focus indicator', async () => {
      for (const el of all) {
        const targets = focusables(el);
        expect(targets.length, `${el.localName}: focusable parts`).toBeGreaterThan(2);
        for (const target of targets) {
          const name = `${el.localName} ${target.getAttribute('part') ?? target.localName} "${text(target).slice(0, 30)}"`;
          const before = getComputedStyle(target).backgroundColor;
          target.focus();
          expect(target.matches(':focus-visible'), `${name} is focused, visibly`).toBe(true);
          expect(focusIndicator(target, before), `${name}: a focus indicator`).toBeDefined();
        }
      }
    });

    await step('Hover: the token colour and a thicker underline', async () => {
      const [card, list] = all;
      // Each target, and the element that draws its underline (a side effect's name, in its summary).
      const targets = [
        [part(list, '[part="effect-summary"]'), part(list, '[part="effect-name"]')],
        [part(card, '[part="section"] [part="details-summary"]'), part(card, '[part="section"] [part="details-summary"]')],
        [part(card, '[part="link"]'), part(card, '[part="link"]')],
      ] as const;
      for (const [target, underlined] of targets) {
        const name = target.getAttribute('part');
        const [colour, thickness] = [getComputedStyle(target).color, getComputedStyle(underlined).textDecorationThickness];
        target.blur();
        if (!(await hover(target))) return; // the Storybook UI: hover it yourself
        await waitFor(() => expect(target.matches(':hover'), `the pointer is over ${name}`).toBe(true), BUSY);
        expect(getComputedStyle(target).color, `${name} hover colour`).toBe(HOVER_COLOUR);
        expect(colour, `${name}: a different colour before`).not.toBe(HOVER_COLOUR);
        expect(getComputedStyle(underlined).textDecorationThickness, `${name}: a thicker underline`).not.toBe(thickness);
      }
      await hover(canvasElement.querySelector('.review-hover') as HTMLElement);
    });

    await step(`"${args.focus}" has focus`, async () => {
      const [tag, selector] = FOCUS_TARGETS[args.focus];
      const el = all.find((w) => w.localName === tag) as Widget;
      const target = part(el, selector);
      target.scrollIntoView({ block: 'center' });
      target.focus();
      expect(target.matches(':focus-visible')).toBe(true);
    });
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Loading and fallback                                                                        */
/* ------------------------------------------------------------------------------------------ */

/** The address this story's fetch holds back: the widget waits for it for as long as the story is open. */
const NEVER_ANSWERS = 'never-answers.json';

/** The requests for it this story has held back. */
let held = 0;

const fallback = html`<p><a href="https://www.nhs.uk/medicines/">Read about this medicine’s side effects on the NHS website</a></p>`;

/** A page before the script that defines the widgets has run (or where it failed to load). */
const undefinedPage = `<!doctype html><html lang="en-GB"><head><title>Before the script</title>
<style>body { font-family: system-ui, sans-serif; margin: 0.5rem; }</style></head>
<body><side-effect-list drug="aldesleukin"><p><a href="https://www.nhs.uk/medicines/">Read about this medicine’s side effects on the NHS website</a></p></side-effect-list></body></html>`;

/**
 * What readers see before the content arrives: the link the page put inside the tag.
 *
 * 1. **Before the element is defined** (the script has not loaded yet, or failed): the page shows
 *    its own fallback, as plain HTML. Shown in a frame of its own with no script, as a reader's
 *    browser sees the page at first.
 * 2. **Defined, while the content loads** (`src` not answered yet; this story holds the answer
 *    back for as long as it is open): the widget shows the same fallback inside an
 *    `aria-busy="true"` box, so screen readers wait for the content, and no error.
 *
 * Tagged `loading`: the screenshot test takes it without waiting for content.
 */
export const LoadingAndFallback: StoryObj = {
  name: 'Loading and fallback',
  tags: ['loading'],
  beforeEach: () => {
    const realFetch = window.fetch;
    held = 0;
    window.fetch = (input, init) => {
      if (!String(input instanceof Request ? input.url : input).includes(NEVER_ANSWERS)) return realFetch(input, init);
      held += 1;
      return new Promise<Response>(() => {});
    };
    return () => {
      window.fetch = realFetch;
    };
  },
  render: () => html`<style>
      .review-loading { display: grid; gap: 1.5rem; }
      .review-loading iframe { inline-size: 100%; block-size: 6rem; border: 1px dashed; }
      .review-loading .label { margin: 0 0 0.5rem; font-weight: 700; }
    </style>
    <div class="review-loading">
      <section aria-labelledby="before-defined">
        <p class="label" id="before-defined">Before the element is defined</p>
        <iframe title="A page before the widget's script has run" srcdoc=${undefinedPage}></iframe>
      </section>
      <section aria-labelledby="while-loading">
        <p class="label" id="while-loading">Defined, while its content loads</p>
        <side-effect-list drug="aldesleukin" src=${NEVER_ANSWERS}>${fallback}</side-effect-list>
      </section>
    </div>`,
  play: async ({ canvasElement, step }) => {
    await step('Before the element is defined: the fallback, as plain HTML', async () => {
      const frame = canvasElement.querySelector('iframe') as HTMLIFrameElement;
      const page = await waitFor(() => {
        const doc = frame.contentDocument;
        expect(doc?.querySelector('side-effect-list a'), 'the framed page has loaded').toBeTruthy();
        return doc as Document;
      }, BUSY);
      const el = page.querySelector('side-effect-list') as HTMLElement;
      expect(frame.contentWindow?.customElements.get('side-effect-list'), 'not defined in the frame').toBeUndefined();
      expect(el.matches(':defined'), 'the element is not defined').toBe(false);
      expect(el.shadowRoot).toBeNull();
      expectVisible(el.querySelector('a') as HTMLElement, 'fallback link');
    });

    await step('Defined, while the content loads: the fallback in an aria-busy box', async () => {
      const el = canvasElement.querySelector('side-effect-list') as Widget;
      await waitFor(() => expect(held, 'the widget asked for its src').toBe(1), BUSY);
      expect(parts(el, '[aria-busy="true"]'), 'a busy box').toHaveLength(1);
      // Still loading a while later: no content, no error, the fallback shown.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(isSettled(el), 'neither content nor an error').toBe(false);
      const slot = part<HTMLSlotElement>(el, '[aria-busy="true"] > slot');
      const shown = slot.assignedElements()[0];
      expect(text(shown)).toContain('side effects on the NHS website');
      expectVisible(shown, 'fallback while loading');
    });
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Text at 200%                                                                                */
/* ------------------------------------------------------------------------------------------ */

/**
 * A reader who sets their browser's text size to 200 % (WCAG 1.4.4): the root font size is
 * doubled while this story is shown, so everything sized in `rem` and `em` doubles, as with the
 * browser's own setting. Nothing is cut off, overlaps or scrolls sideways. Shown in a frame of its
 * own on this docs page, so the page around it keeps its size.
 */
export const TextAt200: StoryObj = {
  name: 'Text at 200%',
  parameters: { docs: { story: { inline: false, height: '40rem' } } },
  render: () => html`<style>
      html:has(.review-text-200) { font-size: 200%; }
      .review-text-200 { font-size: 1rem; }
    </style>
    <div class="review-text-200">
      <cytokine-card drug="interferon-alfa"></cytokine-card>
      <side-effect-list drug="aldesleukin" expanded></side-effect-list>
      <injection-video></injection-video>
    </div>`,
  play: async ({ canvasElement }) => {
    const all = await settledAll(canvasElement);
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(root, 'root font size at 200 %').toBe(32);
    for (const el of all) {
      expect(parseFloat(getComputedStyle(el).fontSize), `${el.localName} text size`).toBe(32);
      const title = part(el, '[part="title"]');
      expect(parseFloat(getComputedStyle(title).fontSize), `${el.localName} title grows too`).toBeGreaterThanOrEqual(48);
    }
    await openEverything(all);
    for (const el of all) {
      expect(overflowing(el), `${el.localName}: elements wider than the widget`).toEqual([]);
    }
    await waitFor(() => expect(document.documentElement.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(document.documentElement.clientWidth + 1), BUSY);
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Long content                                                                                */
/* ------------------------------------------------------------------------------------------ */

/**
 * Whatever the page's layout, a widget can be as narrow as a 320 px phone: its narrowest
 * (min-content) width, which a grid or flex layout gives it at the least, is at most 320 px, so
 * no long word or address pushes it (and the page) wider. Measured by shrinking each widget to
 * its min-content width for a moment (the story's `.review-min-content` rule).
 */
async function expectShrinksTo320(wrapper: HTMLElement, all: Widget[]): Promise<void> {
  wrapper.classList.add('review-min-content');
  try {
    await nextFrame();
    for (const el of all) expect(el.getBoundingClientRect().width, `${el.localName}: narrowest width`).toBeLessThanOrEqual(320);
  } finally {
    wrapper.classList.remove('review-min-content');
  }
}


const LONG = {
  drug: 'Interferon alfa-2b (recombinant human interferon alfa-2b) for subcutaneous injection, as supplied by St Example University Hospitals NHS Foundation Trust',
  effect: 'Extreme tiredness, weakness and lack of energy (fatigue), which can last for several weeks after your last injection and may make everyday activities harder',
  word: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller',
  address: 'www.stexampleuniversityhospitals.nhs.uk/departments/clinicaloncology/patientinformation/interferonalfa2bsubcutaneousinjection.pdf',
  adviceLine: 'the Acute Oncology Service at St Example University Hospitals NHS Foundation Trust, Haematology and Oncology Day Unit, Ward 12B',
} as const;

const bundledModel = await loadBundledModel('en-GB');

/** A hospital's model with very long names and text, and one word too long for any line. */
const longModel: ContentModel = (() => {
  const model = structuredClone(bundledModel) as ContentModel;
  const drug = model.drugs.find((d) => d.id === 'interferon-alfa');
  if (!drug) throw new Error('bundled model has no interferon-alfa');
  drug.name = LONG.drug;
  drug.sideEffects[0].name = LONG.effect;
  drug.sideEffects[0].description.text = `${drug.sideEffects[0].description.text} ${LONG.word}. Read more at ${LONG.address}.`;
  drug.summary.text = `${drug.summary.text} ${LONG.word}.`;
  model.publisher = 'St Example University Hospitals NHS Foundation Trust, Department of Clinical Oncology and Haematology';
  return model;
})();

/**
 * A hospital's own content with very long names: a drug name of 150 characters, a side effect
 * name of two lines, a 70-letter word and a 140-character web address with no place to break,
 * and a long advice line. Everything wraps inside the widgets at any width (try the 320 px
 * viewport); nothing is cut off or hidden.
 */
export const LongContent: StoryObj = {
  name: 'Long content',
  render: () => html`<style>
      .review-long { display: grid; gap: 2rem; }
      .review-min-content > * { inline-size: min-content; }
    </style>
    <div class="review-long">
      <cytokine-card drug="interferon-alfa" .model=${longModel}></cytokine-card>
      <side-effect-list drug="interferon-alfa" expanded advice-line=${LONG.adviceLine} advice-phone="0161 000 0000" .model=${longModel}></side-effect-list>
    </div>`,
  play: async ({ canvasElement }) => {
    const all = await settledAll(canvasElement);
    const [card, list] = all;
    expect(text(part(card, '[part="title"]'))).toBe(LONG.drug);
    expect(text(part(list, '[part="title"]'))).toBe(`Side effects of ${LONG.drug}`);
    expect(text(part(list, '[part="effect-name"]'))).toBe(LONG.effect);
    expect(text(part(list, '[part~="care-card-urgent"] [part="care-heading"]'))).toContain(LONG.adviceLine);
    await openEverything(all);
    for (const el of all) {
      const base = part(el, '[part="base"]');
      expect(base.scrollWidth, `${el.localName} base scrollWidth <= clientWidth`).toBeLessThanOrEqual(base.clientWidth + 1);
      expect(overflowing(el), `${el.localName}: elements wider than the widget`).toEqual([]);
    }
    // The long word and the address break rather than running out of their paragraph.
    const paragraph = parts(list, '[part="effect-content"] p').find((p) => text(p).includes(LONG.address)) as HTMLElement;
    expect(paragraph, 'the paragraph with the long word and address').toBeTruthy();
    expect(paragraph.scrollWidth, 'the long word and address wrap').toBeLessThanOrEqual(paragraph.clientWidth + 1);
    await expectShrinksTo320(canvasElement.querySelector('.review-long') as HTMLElement, all);
    await waitFor(() => expect(document.documentElement.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(document.documentElement.clientWidth + 1), BUSY);
  },
};
