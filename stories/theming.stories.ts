import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/cytokine-card/define.js';
import '../src/elements/side-effect-list/define.js';
import '../src/elements/injection-video/define.js';
import { openEverything, overflowing } from './support/layout.js';
import { canEmulateMedia, emulateMedia } from './support/media.js';
import { themeClass, type ThemeName } from './support/themes.js';
import { expectVisible, part, parts, settled, settledAll, text, type Widget } from './support/widgets.js';

/**
 * How the widgets look in different host pages: the three example themes in src/themes/, a
 * host stylesheet that tries to break them, right-to-left pages, the pseudo-locales (long text,
 * mirrored layout), a language with no content, Windows high contrast and a 320 px column.
 * Every story shows all three widgets.
 *
 * The theme stories set the `theme` global (the toolbar's Theme menu), so they use the same
 * decorator a designer uses on any other story.
 */
const meta = {
  title: 'Theming',
  parameters: {
    docs: {
      description: {
        component:
          'Three example themes ship in `src/themes/` (`charity.css`, `hospital.css`, `dark.css`). Each sets `--cytokine-*` custom properties and a few `::part()` rules on a wrapper class, e.g. `<body class="cytokine-theme-hospital">`. Pick one for any story from the toolbar’s Theme menu.',
      },
    },
  },
} satisfies Meta;

export default meta;

type Story = StoryObj;

/** The three widgets, as a host page would place them. */
const widgets = (options: { transcriptOpen?: boolean } = {}) => html`<div class="widgets" style="display: grid; gap: 2rem;">
  <cytokine-card drug="interferon-alfa">
    <p><a href="https://www.nhs.uk/medicines/">Read about interferon on the NHS website</a></p>
  </cytokine-card>
  <side-effect-list drug="aldesleukin" advice-line="the Acute Oncology Service" advice-phone="0161 000 0000"></side-effect-list>
  <injection-video ?transcript-open=${options.transcriptOpen}></injection-video>
</div>`;

const rgb = (el: Element, property: string) => getComputedStyle(el).getPropertyValue(property);

/** Opens the first side effect, so a theme's open state shows in the Canvas and screenshots. */
async function openFirstEffect(canvasElement: HTMLElement): Promise<void> {
  const list = await settled(canvasElement, 'side-effect-list');
  const first = part<HTMLDetailsElement>(list, 'details[part="effect"]');
  first.open = true;
}

/* ------------------------------------------------------------------------------------------ */
/* The three example themes                                                                    */
/* ------------------------------------------------------------------------------------------ */

const themeStory = (theme: ThemeName, check: (all: Widget[], wrapper: HTMLElement) => void, description: string): Story => ({
  globals: { theme },
  parameters: { docs: { description: { story: description } } },
  render: () => widgets({ transcriptOpen: true }),
  play: async ({ canvasElement }) => {
    const all = await settledAll(canvasElement);
    await openFirstEffect(canvasElement);
    const wrapper = canvasElement.querySelector(`.${themeClass(theme)}`) as HTMLElement;
    expect(wrapper, `the decorator wraps the story in .${themeClass(theme)}`).toBeTruthy();
    expect(all.every((el) => wrapper.contains(el))).toBe(true);
    check(all, wrapper);
  },
});

export const Charity: Story = {
  name: 'Theme: charity',
  ...themeStory(
    'charity',
    (all) => {
      for (const el of all) {
        const base = part(el, '[part="base"]');
        expect(parseFloat(rgb(base, 'border-top-left-radius')), `${el.localName} rounded`).toBeGreaterThanOrEqual(14);
        expect(rgb(part(el, '[part="title"]'), 'color'), `${el.localName} purple title`).toBe('rgb(75, 31, 116)');
        expect(rgb(part(el, '[part="title"]'), 'border-bottom-color'), `${el.localName} teal rule (::part)`).toBe('rgb(0, 161, 154)');
      }
      const [card, list, video] = all;
      expect(rgb(part(card, '[part="link"]'), 'color'), 'teal links').toBe('rgb(0, 102, 94)');
      expect(rgb(part(list, '[part~="care-card-non-urgent"] .care-heading'), 'background-color')).toBe('rgb(0, 102, 94)');
      expect(rgb(part(video, '.play'), 'background-color'), 'purple play button').toBe('rgb(75, 31, 116)');
    },
    'A warm charity brand: purple headings, teal links and accents, rounded corners (`src/themes/charity.css`).',
  ),
};

export const Hospital: Story = {
  name: 'Theme: hospital (NHS-style)',
  ...themeStory(
    'hospital',
    (all, wrapper) => {
      expect(rgb(wrapper, 'background-color'), 'page').toBe('rgb(240, 244, 245)');
      for (const el of all) {
        const base = part(el, '[part="base"]');
        // NHS.UK sets text straight on the grey page: no box round a widget.
        expect(rgb(base, 'background-color'), `${el.localName} no box: transparent`).toBe('rgba(0, 0, 0, 0)');
        expect(rgb(base, 'border-top-width'), `${el.localName} no box: no border`).toBe('0px');
        expect(rgb(part(el, '[part="title"]'), 'font-family'), `${el.localName} font`).toMatch(/^Frutiger, "Frutiger W01", Arial/);
        expect(rgb(part(el, '[part="details-summary"]'), 'color'), `${el.localName} link colour`).toBe('rgb(0, 94, 184)');
      }
      const [card, list] = all;
      expect(rgb(part(card, '[part="link"]'), 'color')).toBe('rgb(0, 94, 184)');
      // The NHS.UK focus state (::part(…):focus-visible): yellow background, dark underline.
      const summary = parts(list, '[part="effect-summary"]')[1];
      summary.focus();
      expect(summary.matches(':focus-visible'), 'focus is visible').toBe(true);
      expect(rgb(summary, 'background-color'), 'focused: yellow').toBe('rgb(255, 235, 59)');
      expect(rgb(summary, 'color'), 'focused: dark text').toBe('rgb(33, 43, 50)');
      expect(rgb(summary, 'box-shadow'), 'focused: dark underline').toContain('rgb(33, 43, 50) 0px 4px');
    },
    'An NHS-style hospital page, measured against NHS.UK frontend (see Theming/NHS.UK parity): Frutiger/Arial, #005eb8 links, the yellow focus state, text straight on #f0f4f5 and white care cards (`src/themes/hospital.css`). Tab through it to see the focus state.',
  ),
};

export const Dark: Story = {
  name: 'Theme: dark',
  ...themeStory(
    'dark',
    (all, wrapper) => {
      expect(rgb(wrapper, 'background-color'), 'page').toBe('rgb(29, 33, 37)');
      for (const el of all) {
        const base = part(el, '[part="base"]');
        expect(rgb(base, 'background-color'), `${el.localName} card`).toBe('rgb(38, 43, 49)');
        expect(rgb(base, 'color'), `${el.localName} text`).toBe('rgb(232, 234, 237)');
        expect(rgb(part(el, '[part="title"]'), 'color'), `${el.localName} heading`).toBe('rgb(255, 255, 255)');
      }
      const [card, , video] = all;
      expect(rgb(part(card, '[part="link"]'), 'color'), 'light links').toBe('rgb(156, 207, 255)');
      const line = video.querySelector('[data-cytokine-transcript] .cue') as HTMLElement;
      expect(rgb(line, 'color'), 'the light-DOM transcript is light too').toBe('rgb(232, 234, 237)');
    },
    'A dark page (`src/themes/dark.css`): light text on #1d2125, raised cards, light links, a yellow focus ring, and `color-scheme: dark` for the native video controls.',
  ),
};

/* ------------------------------------------------------------------------------------------ */
/* A hostile host stylesheet                                                                   */
/* ------------------------------------------------------------------------------------------ */

/**
 * Resets many sites (and CSS frameworks) apply globally. Shadow DOM keeps the widgets' own
 * elements out of reach; inherited properties (text-align, letter-spacing, text-transform) do
 * cross the boundary, so the widgets reset text-align and text-transform on their host. Letter
 * spacing is let through: a reader's own spacing stylesheet reaches the text that way (WCAG 1.4.12).
 */
const HOSTILE_CSS = `
  button { all: unset; }
  h1, h2, h3, h4 { font-size: 9px; color: #a0a; margin: 0; }
  ul, ol { list-style: none; padding: 0; margin: 0; }
  a { color: inherit; text-decoration: none; }
  summary { list-style: none; text-decoration: none; }
  details, p { margin: 0; }
  .hostile-page { text-align: center; letter-spacing: 0.2em; text-transform: uppercase; line-height: 1; }
`;

const withHostileStylesheet: Decorator = (story) => {
  const style = document.createElement('style');
  style.dataset.hostile = '';
  style.textContent = HOSTILE_CSS;
  return html`${style}<div class="hostile-page">
    <h2 class="page-heading" style="background: #fff;">The host page’s own heading</h2>
    ${story()}
  </div>`;
};

export const HostileHostStylesheet: Story = {
  name: 'Hostile host stylesheet',
  decorators: [withHostileStylesheet],
  parameters: {
    docs: {
      description: {
        story: `The page has a stylesheet with global resets:\n\n\`\`\`css${HOSTILE_CSS}\`\`\`\n\nThe page’s own heading is 9 px; the widgets are unaffected.`,
      },
    },
  },
  render: () => widgets({ transcriptOpen: true }),
  play: async ({ canvasElement, step }) => {
    const all = await settledAll(canvasElement);
    const [card, list, video] = all;

    await step('The hostile stylesheet is in force on the page', async () => {
      const pageHeading = canvasElement.querySelector('.page-heading') as HTMLElement;
      expect(rgb(pageHeading, 'font-size')).toBe('9px');
    });

    await step('Headings inside the shadow roots keep their size', async () => {
      for (const el of all) {
        const size = parseFloat(rgb(part(el, '[part="title"]'), 'font-size'));
        expect(size, `${el.localName} title font-size`).toBeGreaterThan(16);
        expect(rgb(part(el, '[part="title"]'), 'color'), `${el.localName} title colour`).not.toBe('rgb(170, 0, 170)');
      }
    });

    await step('Lists keep their bullets and numbers', async () => {
      const sources = part(card, '[part="footer"] ol > li');
      expect(rgb(sources, 'display')).toBe('list-item');
      expect(rgb(sources, 'list-style-type'), 'numbered sources').toBe('decimal');
      const sign = part(list, '[part~="care-card-urgent"] ul > li');
      expect(rgb(sign, 'list-style-type'), 'care-card signs have bullets').toBe('disc');
      expect(parseFloat(rgb(part(list, '[part~="care-card-urgent"] ul'), 'padding-inline-start')), 'list indent').toBeGreaterThan(0);
    });

    await step('Disclosures and links stay underlined', async () => {
      for (const el of all) {
        expect(rgb(part(el, '[part="details-summary"]'), 'text-decoration-line'), `${el.localName} summary`).toContain('underline');
      }
      expect(rgb(part(list, '[part="effect-summary"] .name'), 'text-decoration-line'), 'side effect name').toContain('underline');
      expect(rgb(part(card, '[part="link"]'), 'text-decoration-line'), 'card link').toContain('underline');
    });

    await step('Buttons keep their look, inside and in the light-DOM transcript', async () => {
      const play = part(video, '.play');
      expect(parseFloat(rgb(play, 'padding-left')), 'play button padding').toBeGreaterThan(0);
      expect(parseFloat(rgb(part(video, '[part="chapter"]'), 'border-top-width')), 'chapter button border').toBeGreaterThan(0);
      // The transcript is in the page's DOM, so `button { all: unset }` does reach it; the
      // transcript's own, more specific rules must win.
      const playFrom = video.querySelector('[data-cytokine-transcript] [data-play-from]') as HTMLElement;
      expect(parseFloat(rgb(playFrom, 'border-top-width')), '"Play from" button border').toBeGreaterThan(0);
      expect(playFrom.getBoundingClientRect().height, '"Play from" target size').toBeGreaterThanOrEqual(24);
      expect(rgb(playFrom, 'cursor')).toBe('pointer');
      expect(rgb(video.querySelector('[data-cytokine-transcript] .cue') as HTMLElement, 'cursor'), 'a line to click').toBe('pointer');
    });

    await step('Inherited text styles that break layout are reset on the widgets; spacing is not', async () => {
      for (const el of all) {
        const title = part(el, '[part="title"]');
        expect(rgb(title, 'text-align'), `${el.localName} text-align`).toBe('start');
        expect(rgb(title, 'text-transform'), `${el.localName} text-transform`).toBe('none');
        // Letter spacing is how a reader's spacing stylesheet reaches the text (WCAG 1.4.12).
        expect(rgb(title, 'letter-spacing'), `${el.localName} letter-spacing`).toBe(rgb(el, 'letter-spacing'));
      }
    });
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Right to left                                                                               */
/* ------------------------------------------------------------------------------------------ */

/**
 * An Arabic, right-to-left region of a page. There is no Arabic content, so the widgets fall
 * back to en-GB, mark their content `lang="en-GB" dir="ltr"` and say so in a note; each widget
 * box sits at the page's inline start (the right).
 */
export const RightToLeftPage: Story = {
  name: 'Right to left: Arabic page, en-GB content',
  render: () => html`<section dir="rtl" lang="ar" aria-label="معلومات عن الدواء">
    <p>المعلومات أدناه باللغة الإنجليزية.</p>
    ${widgets()}
  </section>`,
  play: async ({ canvasElement }) => {
    const all = await settledAll(canvasElement);
    const region = canvasElement.querySelector('section[dir="rtl"]') as HTMLElement;
    for (const el of all) {
      const base = part(el, '[part="base"]');
      expect(base.getAttribute('lang'), `${el.localName} content language`).toBe('en-GB');
      expect(base.getAttribute('dir'), `${el.localName} English content reads left to right`).toBe('ltr');
      const note = part(el, '[part="language-note"]');
      expect(text(note)).toBe('This information is not available in Arabic, so it is shown in English.');
      expect(note.getAttribute('dir'), 'the English note reads left to right').toBe('ltr');
      expect(el.matches(':dir(rtl)'), `${el.localName} host is in the RTL page`).toBe(true);
      // The widget box (max-inline-size) starts at the right, like the page's own text.
      const box = el.getBoundingClientRect();
      expect(Math.abs(box.right - region.getBoundingClientRect().right), `${el.localName} sits at the inline start (right)`).toBeLessThan(1);
    }
  },
};

/** A widget's base: its content, in the content's language and direction. */
const baseOf = (el: Element) => part(el, '[part="base"]');

/** Each word of a pseudo-localised ar-XB string, written right to left (as scripts/pseudo.mjs does). */
const rightToLeftWords = (words: string) => words.replace(/\S+/g, (w) => `\u202e${w}\u202c`);

/**
 * A layout check, not a translation: the bundled pseudo-locale `ar-XB` (scripts/pseudo.mjs), the
 * English content and interface words accented, lengthened and written right to left, so the
 * widgets lay out as they would for Arabic. Only an exact `lang="ar-XB"` selects it (a page in
 * `ar` gets English, above). Lists indent on the right, the transcript's current-line bar is on
 * the right, and the play button sits in the right-hand corner.
 */
export const RightToLeftContent: Story = {
  name: 'Right to left: mirrored layout (pseudo-locale ar-XB)',
  render: () => html`<section dir="rtl" lang="ar-XB" aria-label=${rightToLeftWords('[Ðŕûĝ îñƒöŕɱåţîöñ one]')}>
    ${widgets({ transcriptOpen: true })}
  </section>`,
  play: async ({ canvasElement, step }) => {
    const all = await settledAll(canvasElement);
    const [card, list, video] = all;

    await step('The content is the ar-XB pseudo-locale, right to left, with no language note', async () => {
      for (const el of all) {
        const base = baseOf(el);
        expect(base.getAttribute('dir'), `${el.localName} content direction`).toBe('rtl');
        expect(base.getAttribute('lang'), `${el.localName} content language`).toBe('ar-XB');
        expect(parts(el, '[part="language-note"]'), `${el.localName}: the page's own language, no note`).toHaveLength(0);
      }
      expect(text(part(card, '[part="title"]'))).toContain('Îñţéŕƒéŕöñ');
      const title = text(part(list, '[part="title"]'));
      expect(title, 'the title is the pseudo text').toContain('Åļðéšļéûķîñ');
      expect(title).toContain('Šîðé');
      expect(title).not.toContain('Side effects');
    });

    await step('Lists indent on the right', async () => {
      const ul = part(list, '[part~="care-card-urgent"] ul');
      expect(parseFloat(rgb(ul, 'padding-right')), 'lists indent on the right').toBeGreaterThan(0);
      expect(parseFloat(rgb(ul, 'padding-left'))).toBe(0);
      const sources = part(card, '[part="footer"] ol');
      expect(parseFloat(rgb(sources, 'padding-right'))).toBeGreaterThan(0);
      expect(parseFloat(rgb(sources, 'padding-left'))).toBe(0);
    });

    await step('The play button is at the right of the player', async () => {
      // The play button starts at the inline start of the player: its right-hand side.
      const player = part(video, '[part="player"]').getBoundingClientRect();
      const play = part(video, '.play').getBoundingClientRect();
      expect(player.right - play.right, 'play button near the right edge').toBeLessThan(player.width / 4);
      expect(play.left, 'play button inside the player').toBeGreaterThanOrEqual(player.left);
    });
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Long text (pseudo-locale en-XA)                                                             */
/* ------------------------------------------------------------------------------------------ */

/**
 * The bundled pseudo-locale `en-XA`: every word of the content and the interface accented and
 * about 40 % longer, in brackets (e.g. "[Öţĥéŕ ñåɱéš one]"), as long languages such as German
 * or Welsh can be. Clipped text, text that runs out of its box and English words that escaped
 * the message catalogue all show at once. Everything is open, so every box shows. (That no
 * English word is left and nothing overflows, even at 320 px, is checked in every engine by
 * test/locales.test.ts, as each engine lays text out its own way.)
 */
export const LongTextPseudoLocale: Story = {
  name: 'Long text (pseudo-locale en-XA)',
  render: () => html`<section lang="en-XA" aria-label="[Ðŕûĝ îñƒöŕɱåţîöñ one]">${widgets({ transcriptOpen: true })}</section>`,
  play: async ({ canvasElement }) => {
    const all = await settledAll(canvasElement);
    const [card] = all;
    await openEverything(all);
    for (const el of all) {
      expect(baseOf(el).getAttribute('lang'), `${el.localName} content language`).toBe('en-XA');
      expect(baseOf(el).getAttribute('dir')).toBe('ltr');
      expect(parts(el, '[part="language-note"]'), `${el.localName}: the page's own language, no note`).toHaveLength(0);
    }
    expect(text(part(card, '[part="other-names"] dt'))).toMatch(/^\[Öţĥéŕ ñåɱéš/);
  },
};

/* ------------------------------------------------------------------------------------------ */
/* A language with no content                                                                  */
/* ------------------------------------------------------------------------------------------ */

/**
 * A Welsh page. There is no Welsh content (nor Welsh interface words), so the widgets show the
 * English content and say so in a visible note, in English (the language of what follows) so
 * that a Welsh reader is not surprised and a screen reader pronounces it right.
 */
export const LanguageNotAvailable: Story = {
  name: 'Language not available (Welsh page)',
  render: () => html`<section lang="cy" aria-label="Gwybodaeth am y feddyginiaeth">${widgets()}</section>`,
  play: async ({ canvasElement }) => {
    const all = await settledAll(canvasElement);
    // The content each widget shows anyway: the bundled English.
    expect(all.map((el) => text(part(el, '[part="title"]')))).toEqual(['Interferon alfa', 'Side effects of Aldesleukin', 'How to give an injection under the skin']);
    for (const el of all) {
      const base = baseOf(el);
      expect(base.getAttribute('lang'), `${el.localName} content language`).toBe('en-GB');
      const note = part(el, '[part="language-note"]');
      expect(text(note)).toBe('This information is not available in Welsh, so it is shown in English.');
      expect(note.getAttribute('lang'), 'the note is in English too').toBe('en-GB');
      expectVisible(note, `${el.localName} language note`);
      expect(base.firstElementChild, `${el.localName}: the note comes before the content`).toBe(note);
    }
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Windows high contrast (forced colors)                                                       */
/* ------------------------------------------------------------------------------------------ */

/** What a system colour keyword resolves to right now. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/**
 * Windows high contrast replaces every colour with the user's system colours. The widgets keep
 * their borders, draw care-card headings in CanvasText/Canvas, and mark links and the focus
 * ring with LinkText and Highlight.
 *
 * A page script cannot switch forced colors on, so in Storybook use DevTools › Rendering ›
 * "Emulate CSS media feature forced-colors: active". `npm run test:stories` and
 * the screenshot baselines (test/pages/screenshots.spec.ts; this story is tagged
 * `forced-colors`) emulate it through Playwright.
 */
export const ForcedColors: Story = {
  name: 'Forced colors (Windows high contrast)',
  tags: ['forced-colors'],
  parameters: {
    // In forced colors the reader's own palette sets every colour; axe still reads the authored
    // colours (e.g. a toolbar theme's light text) against the forced Canvas background, and
    // reports contrast failures that do not exist on screen. The other rules still run.
    a11y: { config: { rules: [{ id: 'color-contrast', enabled: false }] } },
  },
  beforeEach: async () => {
    await emulateMedia({ forcedColors: 'active' });
    return async () => {
      await emulateMedia({ forcedColors: 'none' });
    };
  },
  render: () => html`<p class="forced-colors-note">
      ${matchMedia('(forced-colors: active)').matches
        ? 'Forced colors are active: this is how the widgets look in Windows high contrast.'
        : 'Forced colors are off. To see this story as intended, use DevTools › Rendering › Emulate CSS media feature forced-colors: active.'}
    </p>
    ${widgets({ transcriptOpen: true })}`,
  play: async ({ canvasElement }) => {
    const all = await settledAll(canvasElement);
    // The Storybook UI cannot switch forced colours on (unless DevTools does); under Vitest it
    // must have, or the checks below would be skipped without a word.
    if (!canEmulateMedia && !matchMedia('(forced-colors: active)').matches) return;
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').toBe(true);
    const [card, list] = all;
    const canvasText = systemColour('CanvasText');
    const canvas = systemColour('Canvas');
    for (const el of all) {
      const base = part(el, '[part="base"]');
      expect(rgb(base, 'border-top-style'), `${el.localName} keeps its border`).toBe('solid');
      expect(rgb(base, 'border-top-color'), `${el.localName} border in CanvasText`).toBe(canvasText);
    }
    const heading = part(list, '[part~="care-card-urgent"] .care-heading');
    expect(rgb(heading, 'background-color'), 'care-card heading: CanvasText background').toBe(canvasText);
    expect(rgb(heading, 'color'), 'care-card heading: Canvas text').toBe(canvas);
    expect(rgb(part(card, '[part="link"]'), 'color'), 'links in LinkText').not.toBe(canvasText);
    // The light-DOM transcript: a bar marks only the line being spoken (none is, yet), and the
    // "Play from" buttons keep their borders.
    const transcript = all[2].querySelector('[data-cytokine-transcript]')!;
    expect(rgb(transcript.querySelector('.cue')!, 'border-inline-start-color'), 'no bar beside a line not being spoken').toBe(canvas);
    expect(rgb(transcript.querySelector('[data-play-from]')!, 'border-top-style'), '"Play from" keeps its border').toBe('solid');
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Narrow: 320 px (WCAG 1.4.10 reflow)                                                         */
/* ------------------------------------------------------------------------------------------ */

/** The `@media (max-width: …)` rules of the example themes loaded in the page, by their condition. */
function themeNarrowRules(): string[] {
  const conditions = new Set<string>();
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's stylesheet
    }
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule && /max-width/.test(rule.conditionText) && /\.cytokine-theme-/.test(rule.cssText)) conditions.add(rule.conditionText);
    }
  }
  return [...conditions];
}

/**
 * A 320 px wide phone (the width WCAG 1.4.10 asks content to reflow to, with no sideways
 * scrolling), with everything open. The story sets Storybook's viewport to "320 px (small
 * phone, reflow)", so the page itself is 320 px wide and the themes' narrow-screen rules
 * (`@media (max-width: …)`) apply: pick a theme from the toolbar to see them. (On this docs page,
 * which has no viewport of its own, the widgets sit in a 320 px column at the page's width, where
 * those rules do not apply: open the story itself.)
 */
export const Narrow320: Story = {
  name: 'Narrow (320 px)',
  globals: { viewport: { value: 'reflow320', isRotated: false } },
  parameters: { layout: 'fullscreen' },
  render: () => html`<style>
      .narrow { inline-size: 320px; max-inline-size: 100%; }
      .narrow .widgets { display: grid; gap: 1rem; }
    </style>
    <div class="narrow">
      <div class="widgets">
        <cytokine-card drug="interferon-alfa"></cytokine-card>
        <side-effect-list drug="aldesleukin" expanded advice-line="the Acute Oncology Service" advice-phone="0161 000 0000"></side-effect-list>
        <injection-video transcript-open></injection-video>
      </div>
    </div>`,
  play: async ({ canvasElement, step }) => {
    const all = await settledAll(canvasElement);

    await step('The page is 320 px wide, and the themes\' narrow-screen rules apply', async () => {
      // Storybook sizes the page from the story's viewport global, in its UI and under Vitest
      // (there it must have). The page alone (iframe.html, as the screenshot test opens it) keeps
      // the window's width: then only the column is 320 px.
      if (!canEmulateMedia && window.innerWidth > 320) return;
      expect(window.innerWidth, 'viewport width').toBe(320);
      const rules = themeNarrowRules();
      expect(rules.length, 'the themes have narrow-screen rules').toBeGreaterThanOrEqual(3);
      for (const condition of rules) expect(matchMedia(condition).matches, `@media ${condition} applies`).toBe(true);
    });

    // Open everything else too: the card's sections and every footer.
    await openEverything(all);
    const column = canvasElement.querySelector('.narrow') as HTMLElement;
    expect(column.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    for (const el of all) {
      expect(el.scrollWidth, `${el.localName} scrollWidth <= clientWidth`).toBeLessThanOrEqual(el.clientWidth + 1);
      const base = part(el, '[part="base"]');
      expect(base.scrollWidth, `${el.localName} base scrollWidth <= clientWidth`).toBeLessThanOrEqual(base.clientWidth + 1);
      expect(overflowing(el), `${el.localName}: elements wider than the widget`).toEqual([]);
    }
    await waitFor(() => expect(document.documentElement.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(document.documentElement.clientWidth + 1));
  },
};
