import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, spyOn, waitFor } from 'storybook/test';
import '../src/elements/side-effect-list/define.js';
import type { SideEffectList } from '../src/elements/side-effect-list/side-effect-list.js';
import type { ErrorCode } from '../src/model/errors.js';
import type { CareLevel } from '../src/model/vocabularies.js';
import { headingLevel } from './support/headings.js';
import { deepActiveElement, press } from './support/keyboard.js';
import { canEmulateMedia, emulateMedia } from './support/media.js';
import { activeTheme } from './support/themes.js';
import {
  darkPage,
  darkPageOf,
  expectAliases,
  expectErrorPlay,
  expectVisible,
  listening,
  part,
  parts,
  READER_MESSAGES,
  settled,
  text,
  type ExpectedError,
  type WidgetArgs,
  type WidgetOptions,
} from './support/widgets.js';

/**
 * Args are the element's attributes (names as in custom-elements.json), so the Controls panel
 * changes attributes on the live element. `onCytokineError` / `onCytokineReady` are spies bound
 * to a wrapper around the list, so the Actions panel and the play functions see the events.
 */
type ListArgs = WidgetArgs & {
  drug?: string;
  expanded?: boolean;
  filter?: string;
  'advice-line'?: string;
  'advice-phone'?: string;
  'high-temperature'?: string;
  'low-temperature'?: string;
  'crisis-line'?: string;
  'crisis-phone'?: string;
};

type ListStory = StoryObj<ListArgs>;

const fallback = html`<p><a href="https://www.nhs.uk/medicines/">Read about this medicine’s side effects on the NHS website</a></p>`;
const FALLBACK_TEXT = 'side effects on the NHS website';

/** The list with its args as attributes, inside a wrapper that hears its events. */
const list = (args: ListArgs, options: WidgetOptions = {}) =>
  listening(
    args,
    html`<side-effect-list
      drug=${ifDefined(args.drug)}
      lang=${ifDefined(args.lang || undefined)}
      heading-level=${ifDefined(args['heading-level'])}
      src=${ifDefined(args.src || undefined)}
      ?expanded=${args.expanded}
      filter=${ifDefined(args.filter || undefined)}
      advice-line=${ifDefined(args['advice-line'] || undefined)}
      advice-phone=${ifDefined(args['advice-phone'] || undefined)}
      high-temperature=${ifDefined(args['high-temperature'] || undefined)}
      low-temperature=${ifDefined(args['low-temperature'] || undefined)}
      crisis-line=${ifDefined(args['crisis-line'] || undefined)}
      crisis-phone=${ifDefined(args['crisis-phone'] || undefined)}
      .model=${options.model}
    >${options.content ?? nothing}</side-effect-list>`,
  );

const meta = {
  title: 'Widgets/side-effect-list',
  component: 'side-effect-list',
  tags: ['autodocs'],
  args: {
    drug: 'interferon-alfa',
    expanded: false,
    onCytokineError: fn(),
    onCytokineReady: fn(),
  },
  render: (args) => list(args, { content: fallback }),
  parameters: {
    docs: {
      description: {
        component:
          'Paste `<side-effect-list drug="aldesleukin" advice-line="the Acute Oncology Service" advice-phone="0161 000 0000">` with your own fallback link inside. Every attribute below can be changed live from the Controls panel.',
      },
    },
  },
} satisfies Meta<ListArgs>;

export default meta;

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                     */
/* ------------------------------------------------------------------------------------------ */

const settledList = (canvasElement: HTMLElement) => settled<SideEffectList>(canvasElement, 'side-effect-list');

/** Group headings without the care-card heading ("When to get help"), as shown. */
const groupNames = (el: Element): string[] =>
  parts(el, '[part="group-heading"]:not(#care-heading)').map((h) => text(h).replace(/\s*\(\d+\)$/, ''));

const effectIds = (el: Element): string[] => parts(el, 'details[part="effect"]').map((d) => d.dataset.id ?? '');

/** The care card of one level. */
const careCard = (el: Element, level: CareLevel) => part(el, `[part~="care-card-${level}"]`);

/** The title, its level, and that there is no error: what every working list shares. */
function expectList(el: Element, drugName: string, level = 2): void {
  const title = part(el, '[part="title"]');
  expect(text(title)).toBe(`Side effects of ${drugName}`);
  expect(title.localName, 'title heading level').toBe(`h${level}`);
  expectVisible(title, 'title');
  expect(parts(el, '[part="error"]')).toHaveLength(0);
  expect(parts(el, '[part="item"]').length, 'side effects listed').toBeGreaterThan(0);
  for (const h of parts(el, '[part="group-heading"]')) expect(headingLevel(h), `"${text(h)}" level`).toBe(level + 1);
}

/** The frequency groups' headings as shown, with the number of side effects in each. */
const groupHeadings = (el: Element): string[] => parts(el, '[part="group-heading"]:not(#care-heading)').map(text);

/**
 * The crisis route for thoughts of suicide or self-harm, as care cards: NHS 111 (its mental
 * health option), Samaritans and Shout for urgent help, tap-to-call; 999 or A&E for immediate
 * risk. Returns the urgent card.
 */
function expectCrisisRoute(el: Element): HTMLElement {
  const cards = parts(el, '[part~="care-card"]');
  const urgent = cards.find((c) => /suicide|self-harm/i.test(text(c)) && c.matches('[part~="care-card-urgent"]'));
  const emergency = cards.find((c) => /overdose|keep yourself safe/i.test(text(c)) && c.matches('[part~="care-card-emergency"]'));
  expect(urgent, 'an urgent card about thoughts of suicide or self-harm').toBeTruthy();
  expect(emergency, 'an emergency card for immediate risk').toBeTruthy();
  const words = text(urgent);
  expect(words).toMatch(/NHS 111/);
  expect(words).toMatch(/mental health option/);
  expect(words, 'no option number, which changes').not.toMatch(/option 2/i);
  expect(words).toContain('116 123');
  expect(words).toMatch(/SHOUT to 85258/);
  const tels = (card: Element | undefined) => [...(card?.querySelectorAll('a[href^="tel:"]') ?? [])].map((a) => a.getAttribute('href'));
  expect(tels(urgent)).toEqual(expect.arrayContaining(['tel:111', 'tel:116123']));
  expect(tels(emergency)).toContain('tel:999');
  expect(text(emergency)).toMatch(/999/);
  expect(text(emergency)).toMatch(/A&E/);
  return urgent as HTMLElement;
}

/* ------------------------------------------------------------------------------------------ */
/* Drugs                                                                                       */
/* ------------------------------------------------------------------------------------------ */

export const InterferonAlfa: ListStory = {
  name: 'Interferon alfa',
  args: { drug: 'interferon-alfa' },
  play: async ({ canvasElement, args, step }) => {
    const el = await settledList(canvasElement);
    expectList(el, 'Interferon alfa');
    // Serious first; then the UK patient pages' groups, each heading naming its numbers and how
    // many side effects it holds. Their "common" (more than 10 in 100) is not the licence's.
    expect(groupHeadings(el)).toEqual([
      'Serious side effects: know the signs (1)',
      'Common: more than 10 in 100 people (7)',
      'Occasional: between 1 and 10 in 100 people (2)',
    ]);
    const [first] = parts(el, '[part="effect-summary"]');
    expect(text(first)).toBe('Low mood, depression and anxiety Common: more than 10 in 100 people');
    expect(text(part(el, '#care-heading'))).toBe('When to get help');
    expect(parts(el, '[part~="care-card"]'), 'care cards, two of them the crisis route').toHaveLength(5);
    // Names people use choose it too (aliases in the content model, without case or hyphens).
    await expectAliases(el, step, 'interferon-alfa', 'Interferon alfa', ['Intron A', 'IFN'], () => expectList(el, 'Interferon alfa'));
    expect(args.onCytokineError).not.toHaveBeenCalled();
  },
};

/** As it first shows: every side effect closed, its name and how many people get it visible. */
export const Aldesleukin: ListStory = {
  name: 'Aldesleukin',
  args: { drug: 'aldesleukin' },
  play: async ({ canvasElement, args, step }) => {
    const el = await settledList(canvasElement);
    expectList(el, 'Aldesleukin');
    const effects = parts<HTMLDetailsElement>(el, 'details[part="effect"]');
    expect(effects.length).toBe(14);
    for (const d of effects) {
      expect(d.open, `${d.dataset.id} closed`).toBe(false);
      expect((d.querySelector('[part="effect-content"] p') as HTMLElement).checkVisibility(), `${d.dataset.id} description hidden`).toBe(false);
      expectVisible(d.querySelector('summary') as HTMLElement, `${d.dataset.id} summary`);
    }
    // Serious side effects first, whatever their frequency; then one group per band of the
    // licence's scale, as real lists.
    expect(groupHeadings(el)).toEqual([
      'Serious side effects: know the signs (2)',
      'Very common: 10 or more in 100 people (4)',
      'Common: 1 to 10 in 100 people (3)',
      'How often is not known (5)',
    ]);
    expect(parts(el, 'ul[part="list"]'), 'one list per group').toHaveLength(4);
    // Capillary leak and low blood pressure lead; within a group the larger number comes first
    // (anaemia, 19 in 100, before low platelets, 15 in 100).
    expect(effectIds(el).slice(0, 4)).toEqual(['low-blood-pressure', 'low-mood', 'anaemia', 'low-platelets']);
    // With no host advice line the cards name the default one and the cited temperatures, and
    // no placeholder is left unfilled.
    expect(text(careCard(el, 'urgent'))).toContain("Call your treatment team's 24-hour advice line straight away");
    expect(text(careCard(el, 'urgent'))).toContain('37.5 °C or above, or below 36 °C');
    expect(text(part(el, '[part="base"]')), 'no {placeholder} left').not.toMatch(/\{\w+\}/);
    expectCrisisRoute(el);
    // Without advice-phone, the only tap-to-call links are the national numbers on the crisis cards.
    expect(parts(el, 'a[href^="tel:"]').map((a) => a.getAttribute('href')).sort(), 'no advice-line link without advice-phone').toEqual(['tel:111', 'tel:116123', 'tel:999']);
    await expectAliases(el, step, 'aldesleukin', 'Aldesleukin', ['IL2', 'interleukin 2', 'PROLEUKIN'], () => expectList(el, 'Aldesleukin'));
    expect(args.onCytokineError).not.toHaveBeenCalled();
  },
};

/* ------------------------------------------------------------------------------------------ */
/* The care cards, with the host's advice line, phone number and temperatures                 */
/* ------------------------------------------------------------------------------------------ */

/** What a reader sees of each level: a new level without an expectation here fails to compile. */
const CARE_CARD_LOOKS = {
  'non-urgent': { heading: 'Non-urgent advice:', says: 'Tell your treatment team if:', colour: 'rgb(0, 94, 184)' },
  urgent: { heading: 'Urgent advice:', says: 'Call the Acute Oncology Service straight away, day or night, if:', colour: 'rgb(213, 40, 27)' },
  emergency: { heading: 'Immediate action required:', says: 'Call 999 or go to A&E now', colour: 'rgb(213, 40, 27)' },
} as const satisfies Record<CareLevel, { heading: string; says: string; colour: string }>;

/**
 * The care cards on their own: every level, as a hospital sets them up with its own advice line,
 * phone number and temperatures. Each heading starts with its level ("Urgent advice:"), so
 * screen-reader users hear it too, not only see a colour. The rest of the list is hidden by the
 * story's own stylesheet, through parts, as a host page could: `::part(group-heading)` hides the
 * "When to get help" heading too, since a part cannot be told apart by its id.
 */
export const CareCards: ListStory = {
  name: 'Care cards, with the host advice line',
  render: (args) => html`<style>
      .cards-only side-effect-list::part(title),
      .cards-only side-effect-list::part(details),
      .cards-only side-effect-list::part(group-heading),
      .cards-only side-effect-list::part(list),
      .cards-only side-effect-list::part(footer) { display: none; }
    </style>
    <div class="cards-only">${list(args, { content: fallback })}</div>`,
  args: {
    drug: 'aldesleukin',
    'advice-line': 'the Acute Oncology Service',
    'advice-phone': '0161 000 0000',
    'high-temperature': '38 °C',
    'low-temperature': '35.5 °C',
  },
  play: async ({ canvasElement, globals, step }) => {
    const el = await settledList(canvasElement);
    // On their own: nothing of the list but the cards is shown.
    const shown = (p: string) => parts(el, `[part~="${p}"]`).filter((e) => e.checkVisibility());
    for (const p of ['title', 'details', 'group-heading', 'list', 'footer']) expect(shown(p), `${p} hidden`).toEqual([]);
    expect(part(el, '[part="care-cards"]').getBoundingClientRect().top - canvasElement.getBoundingClientRect().top, 'the cards at the top').toBeLessThan(40);
    // Order, as on NHS.UK: non-urgent, urgent, then emergency (the crisis route adds one urgent
    // and one emergency card).
    const order = parts(el, '[part~="care-card"]').map((c) => c.getAttribute('part')?.split(' ')[1]);
    expect(order).toEqual(['care-card-non-urgent', 'care-card-urgent', 'care-card-urgent', 'care-card-emergency', 'care-card-emergency']);

    for (const level of Object.keys(CARE_CARD_LOOKS) as CareLevel[]) {
      await step(`The ${level} card`, async () => {
        const looks = CARE_CARD_LOOKS[level];
        const cardEl = careCard(el, level);
        const heading = cardEl.querySelector('[part="care-heading"]') as HTMLElement;
        expect(heading, 'care card heading').toBeTruthy();
        expect(heading.localName, 'care card heading is one level below "When to get help"').toBe('h4');
        expect(text(heading).startsWith(looks.heading), `heading starts with "${looks.heading}"`).toBe(true);
        expect(text(heading), 'what to do').toContain(looks.says);
        if (!activeTheme(globals)) expect(getComputedStyle(heading).backgroundColor, 'accent colour').toBe(looks.colour);
        expectVisible(heading, 'care card heading');
        expect(cardEl.querySelectorAll('li').length, 'signs listed').toBeGreaterThan(0);
      });
    }

    await step("The host's temperatures and tap-to-call number", async () => {
      expect(text(careCard(el, 'urgent'))).toContain('your temperature is 38 °C or above, or below 35.5 °C');
      // The phone number is a tap-to-call link in every card that names the advice line.
      for (const level of ['urgent', 'non-urgent'] as const) {
        const link = careCard(el, level).querySelector<HTMLAnchorElement>('a[href^="tel:"]');
        expect(link, `phone link in the ${level} card`).toBeTruthy();
        expect(link?.getAttribute('href')).toBe('tel:01610000000');
        expect(text(link)).toBe('0161 000 0000');
        expect(text(link?.parentElement)).toBe('Phone: 0161 000 0000');
      }
      // The emergency card says 999, not the advice line.
      expect(careCard(el, 'emergency').querySelector('a[href^="tel:"]')).toBeNull();
    });
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Thoughts of suicide or self-harm: the crisis route                                          */
/* ------------------------------------------------------------------------------------------ */

/**
 * Interferon can cause depression and suicidal thoughts, also in the months after stopping. The
 * list carries the crisis route as care cards: 999 or A&E for immediate risk; NHS 111 (mental
 * health option), Samaritans and Shout for urgent help. `crisis-line` and `crisis-phone` add the
 * host's own local crisis line beside them.
 */
export const CrisisRoute: ListStory = {
  name: 'Crisis route, with a local crisis line',
  args: { drug: 'interferon-alfa', 'crisis-line': 'the Greater Example crisis line, open 24 hours', 'crisis-phone': '0800 000 0000' },
  play: async ({ canvasElement }) => {
    const el = await settledList(canvasElement);
    const urgent = expectCrisisRoute(el);
    urgent.scrollIntoView({ block: 'center' });
    // The host's own crisis line, in the urgent crisis card and no other, tap-to-call.
    expect(text(urgent)).toContain('You can also call the Greater Example crisis line, open 24 hours.');
    expect(parts(el, '[part~="care-card"]').filter((c) => text(c).includes('Greater Example')), 'only one card names it').toEqual([urgent]);
    const local = urgent.querySelector('a[href="tel:08000000000"]');
    expect(local, 'a tap-to-call link for the local line').toBeTruthy();
    expect(text(local)).toBe('0800 000 0000');
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Expanded                                                                                    */
/* ------------------------------------------------------------------------------------------ */

/** For a printed handout: every side effect open. */
export const Expanded: ListStory = {
  name: 'Expanded (all open)',
  args: { drug: 'aldesleukin', expanded: true },
  play: async ({ canvasElement }) => {
    const el = await settledList(canvasElement);
    expect(el.hasAttribute('expanded')).toBe(true);
    const effects = parts<HTMLDetailsElement>(el, 'details[part="effect"]');
    expect(effects.length).toBe(14);
    for (const d of effects) {
      expect(d.open, `${d.dataset.id} open`).toBe(true);
      expectVisible(d.querySelector('p') as HTMLElement, `${d.dataset.id} description`);
    }
  },
};

/**
 * The list as it prints, for a handout: every side effect open under its name (a bold line) and
 * how many people get it, no disclosure markers, and the care cards with NHS.UK's print borders
 * (black, 4, 6 and 8 px by urgency) and no coloured backgrounds.
 *
 * A story cannot switch print media on, so in Storybook use the browser's print preview, or
 * DevTools › Rendering › "Emulate CSS media type: print". `npm run test:stories` and the
 * screenshot baselines (test/pages/screenshots.spec.ts; this story is tagged `print`) emulate it
 * through Playwright.
 */
export const Print: ListStory = {
  name: 'Print (handout)',
  tags: ['print'],
  args: { drug: 'aldesleukin' },
  beforeEach: async () => {
    await emulateMedia({ media: 'print' });
    return async () => {
      await emulateMedia({ media: 'screen' });
    };
  },
  play: async ({ canvasElement }) => {
    const el = await settledList(canvasElement);
    // The Storybook UI cannot switch print media on; under Vitest it must have.
    if (!canEmulateMedia && !matchMedia('print').matches) return;
    expect(matchMedia('print').matches, 'print media is emulated').toBe(true);
    const effects = parts<HTMLDetailsElement>(el, 'details[part="effect"]');
    expect(effects.length).toBe(14);
    for (const d of effects) {
      const name = d.querySelector('[part="effect-name"]')!;
      expectVisible(name, `${d.dataset.id} name`);
      const frequency = d.querySelector('[part="effect-frequency"]');
      if (frequency) expectVisible(frequency, `${d.dataset.id} frequency`);
      expectVisible(d.querySelector('[part="effect-content"] p')!, `${d.dataset.id} description`);
      expect(getComputedStyle(d.querySelector('summary')!).display, `${d.dataset.id}: a label, no marker`).toBe('block');
    }
    const widths = (['non-urgent', 'urgent', 'emergency'] as const).map((level) => {
      const style = getComputedStyle(careCard(el, level));
      expect(style.borderTopColor, `${level} card border`).toBe('rgb(0, 0, 0)');
      return parseFloat(style.borderTopWidth);
    });
    expect(widths, 'borders thicker by urgency').toEqual([4, 6, 8]);
    const heading = careCard(el, 'urgent').querySelector('[part~="care-heading"]')!;
    expect(getComputedStyle(heading).backgroundColor, 'no heading background').toBe('rgba(0, 0, 0, 0)');
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Filters                                                                                     */
/* ------------------------------------------------------------------------------------------ */

export const FilterVeryCommon: ListStory = {
  name: 'Filter: very-common',
  args: { drug: 'aldesleukin', filter: 'very-common' },
  play: async ({ canvasElement }) => {
    const el = await settledList(canvasElement);
    // Serious side effects always show, whatever the filter.
    expect(groupNames(el)).toEqual(['Serious side effects: know the signs', 'Very common: 10 or more in 100 people']);
    expect(effectIds(el)).toEqual(['low-blood-pressure', 'low-mood', 'anaemia', 'low-platelets', 'loss-of-appetite', 'underactive-thyroid']);
    // The care cards are about the drug, not a group: always shown.
    expect(parts(el, '[part~="care-card"]')).toHaveLength(5);
  },
};

/** The groups always show most common first, whatever order the attribute names them in. */
export const FilterCommonAndVeryCommon: ListStory = {
  name: 'Filter: common very-common',
  args: { drug: 'aldesleukin', filter: 'common very-common' },
  play: async ({ canvasElement }) => {
    const el = await settledList(canvasElement);
    expect(groupNames(el)).toEqual(['Serious side effects: know the signs', 'Very common: 10 or more in 100 people', 'Common: 1 to 10 in 100 people']);
    expect(effectIds(el).slice(2)).toEqual(['anaemia', 'low-platelets', 'loss-of-appetite', 'underactive-thyroid', 'infections', 'low-white-cells', 'overactive-thyroid']);
  },
};

/** Interferon alfa has no side effect in the "very common" band: the list says so, after the serious ones. */
export const FilterNothingInGroup: ListStory = {
  name: 'Filter: a group with nothing in it',
  args: { drug: 'interferon-alfa', filter: 'very-common' },
  play: async ({ canvasElement }) => {
    const el = await settledList(canvasElement);
    expect(groupNames(el)).toEqual(['Serious side effects: know the signs']);
    expect(text(part(el, '[part="base"]'))).toContain('None of the side effects we list are in the chosen groups.');
  },
};

/** A group name the list does not know: it shows every group, with one console warning. */
export const FilterUnknown: ListStory = {
  name: 'Filter: unknown value (falls back to all)',
  args: { drug: 'aldesleukin', filter: 'rare' },
  beforeEach: () => {
    const warn = spyOn(console, 'warn');
    return () => warn.mockRestore();
  },
  play: async ({ canvasElement, args }) => {
    const el = await settledList(canvasElement);
    expect(groupNames(el)).toEqual(['Serious side effects: know the signs', 'Very common: 10 or more in 100 people', 'Common: 1 to 10 in 100 people', 'How often is not known']);
    const warnings = (console.warn as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((c) => String(c[0]));
    expect(warnings.filter((w) => w.includes('filter: unknown group(s) rare')), 'one filter warning').toHaveLength(1);
    expect(args.onCytokineError, 'a bad filter is not an error').not.toHaveBeenCalled();
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Heading levels                                                                              */
/* ------------------------------------------------------------------------------------------ */

/**
 * The list fits the host page's outline: `heading-level` sets its title's level, and every
 * heading below follows. The story shows level 3; its test tries 1, 3 and 6 (HTML has no h7:
 * there, group headings are ARIA headings at level 7, care-card and "What you can do" headings
 * at 8) and "two", which is not a level: the list warns once in the console and uses 2.
 */
export const HeadingLevels: ListStory = {
  name: 'Heading levels',
  args: { drug: 'aldesleukin', 'heading-level': 3 },
  beforeEach: () => {
    const warn = spyOn(console, 'warn');
    return () => warn.mockRestore();
  },
  play: async ({ canvasElement, args, step }) => {
    const el = await settledList(canvasElement);
    const headingWarnings = () =>
      (console.warn as unknown as { mock: { calls: unknown[][] } }).mock.calls.map((c) => c.map(String).join(' ')).filter((w) => w.includes('heading-level'));
    for (const [value, expected] of [[1, 1], [6, 6], ['two', 2], [3, 3]] as const) {
      await step(`heading-level="${value}": title at level ${expected}`, async () => {
        el.setAttribute('heading-level', String(value));
        await el.updateComplete;
        expectList(el, 'Aldesleukin', expected);
        for (const h of parts(el, '[part="care-heading"], [part="what-to-do-heading"]')) expect(headingLevel(h), `"${text(h)}" level`).toBe(expected + 2);
      });
    }
    expect(headingWarnings(), 'one heading-level warning, for "two"').toHaveLength(1);
    expect(args.onCytokineError, 'a bad heading level is not an error').not.toHaveBeenCalled();
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Keyboard                                                                                    */
/* ------------------------------------------------------------------------------------------ */

/** A keyboard user opens a side effect with Enter, another with Space, and closes the first. */
export const OpenWithKeyboard: ListStory = {
  name: 'Side effect opened (keyboard)',
  args: { drug: 'aldesleukin' },
  play: async ({ canvasElement, step }) => {
    const el = await settledList(canvasElement);
    const [first, second] = parts<HTMLDetailsElement>(el, 'details[part="effect"]');
    const firstText = first.querySelector('p') as HTMLElement;

    await step('Enter opens the first side effect', async () => {
      const summary = first.querySelector('summary') as HTMLElement;
      summary.focus();
      expect(deepActiveElement(), 'summary has focus').toBe(summary);
      expect(getComputedStyle(summary).outlineStyle, 'focus is visible').toBe('solid');
      await press('{Enter}');
      await waitFor(() => expect(first.open).toBe(true));
      expectVisible(firstText, 'description');
      expect(text(first)).toContain('What you can do');
    });

    await step('Space opens the second', async () => {
      const summary = second.querySelector('summary') as HTMLElement;
      summary.focus();
      await press('[Space]');
      await waitFor(() => expect(second.open).toBe(true));
    });

    await step('Enter closes the first again', async () => {
      (first.querySelector('summary') as HTMLElement).focus();
      await press('{Enter}');
      await waitFor(() => expect(first.open).toBe(false));
      expect(second.open, 'the other stays open').toBe(true);
    });
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Errors                                                                                      */
/* ------------------------------------------------------------------------------------------ */

const errorPlay = (code: ErrorCode, expected: ExpectedError) => expectErrorPlay('side-effect-list', code, expected, FALLBACK_TEXT);

export const ErrorMissingDrug: ListStory = {
  name: 'Error: missing drug',
  args: { drug: undefined },
  play: errorPlay('missing-drug', { message: READER_MESSAGES.missingDrug, hint: 'No drug attribute' }),
};

export const ErrorUnknownDrug: ListStory = {
  name: 'Error: unknown drug',
  args: { drug: 'ibuprofen' },
  play: errorPlay('unknown-drug', { message: READER_MESSAGES.unknownDrug('ibuprofen'), hint: 'No drug called "ibuprofen"' }),
};

export const ErrorInvalidModel: ListStory = {
  name: 'Error: invalid model property',
  render: (args) => list(args, { model: { version: '1.0.0', drugs: [{ id: 'x' }] }, content: fallback }),
  play: errorPlay('model-invalid', { message: READER_MESSAGES.notShown, hint: 'not a valid content model' }),
};

/** Nothing listens on port 9, so the fetch fails at once (no network needed). */
export const ErrorUnreachableSrc: ListStory = {
  name: 'Error: unreachable src',
  args: { src: 'http://127.0.0.1:9/side-effects.json' },
  play: errorPlay('src-unreachable', { message: READER_MESSAGES.notLoaded, hint: 'The content model at http://127.0.0.1:9/side-effects.json could not be loaded.' }),
};

/**
 * A `src` that is JSON but not a whole content model (one of the bundled content's part files,
 * served by Storybook and by Vitest alike).
 */
const partialModelUrl = new URL('../src/content/en-GB/model.json', import.meta.url).href;
export const ErrorInvalidSrc: ListStory = {
  name: 'Error: src is not a content model',
  args: { src: partialModelUrl },
  play: errorPlay('src-invalid', { message: READER_MESSAGES.notShown, hint: `The content model at ${partialModelUrl} is not valid` }),
};

/* ------------------------------------------------------------------------------------------ */
/* Dark page                                                                                   */
/* ------------------------------------------------------------------------------------------ */

/**
 * On a dark page the list inherits the light text colour. The care cards keep their own
 * colours (white on blue, red and near-black), which read on light and dark pages alike.
 */
export const DarkPage: ListStory = {
  name: 'Dark page',
  args: { drug: 'aldesleukin', expanded: true },
  render: (args) => darkPage(list(args, { content: fallback })),
  play: async ({ canvasElement, globals }) => {
    const el = await settledList(canvasElement);
    if (activeTheme(globals)) return; // a toolbar theme sets its own colours
    const pageColour = getComputedStyle(darkPageOf(canvasElement)).color;
    for (const selector of ['[part="title"]', '[part="effect-summary"]', '[part="group-heading"]', '[part="details-summary"]']) {
      expect(getComputedStyle(part(el, selector)).color, `${selector} colour`).toBe(pageColour);
    }
    expect(getComputedStyle(part(el, '[part~="care-card-emergency"] .care-body')).color).toBe('rgb(255, 255, 255)');
  },
};
