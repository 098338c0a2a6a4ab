import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { expect, waitFor } from 'storybook/test';
// NHS.UK frontend's compiled CSS, as a string: adopted by the shadow root that holds the NHS.UK
// markup below, so it styles that markup and nothing else in Storybook.
import nhsCss from 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css?inline';
import '../src/elements/side-effect-list/define.js';
import '../src/elements/injection-video/define.js';
import { hover } from './support/pointer.js';
import { part, parts, settled, text } from './support/widgets.js';

/**
 * The hospital theme (src/themes/hospital.css) next to the real NHS.UK frontend 10.6.1
 * components it imitates (the `nhsuk-frontend` devDependency; nothing of it reaches dist/).
 * Each story's test measures both in the same page and fails when the theme drifts from NHS.UK.
 */
const meta = {
  title: 'Theming/NHS.UK parity',
  globals: { theme: 'hospital' },
  parameters: {
    docs: {
      description: {
        component:
          'The hospital theme beside the NHS.UK frontend 10.6.1 component it follows: on the left NHS.UK’s own markup and CSS, on the right the widget in `src/themes/hospital.css`. Both follow NHS.UK’s mobile sizes below 641 px: pick “320 px” in the viewport menu to compare them. Fonts: both fall back to Arial where Frutiger is not installed.',
      },
    },
  },
} satisfies Meta;

export default meta;

type Story = StoryObj;

/* ------------------------------------------------------------------------------------------ */
/* The NHS.UK side, in its own shadow root                                                     */
/* ------------------------------------------------------------------------------------------ */

/**
 * The NHS.UK column and the layout, as constructable style sheets (never a style attribute or a
 * <style> in the page). NHS.UK's @font-face rules are dropped: a shadow root ignores them, and
 * the fonts they name are not here.
 */
const LAYOUT = `
  :host { display: block; }
  .pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); gap: 2rem; align-items: start; }
  .pair.end { align-items: end; }
  .nhs { color: #212b32; font-family: "Frutiger W01", arial, sans-serif; }
  .label { margin: 0 0 1rem; font: 600 0.875rem/1.5 arial, sans-serif; color: #212b32; border-block-end: 1px solid #aeb7bd; }
`;
let sheets: CSSStyleSheet[] | undefined;
const nhsSheets = (): CSSStyleSheet[] =>
  (sheets ??= [nhsCss.replace(/@font-face\s*\{[^}]*\}/g, ''), LAYOUT].map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  }));

/**
 * NHS.UK's markup (left) beside our widget (right, slotted, so the theme's selectors on the
 * story's light DOM reach it). `end` aligns the columns' bottoms: the care cards close our list.
 */
const pair = (nhs: TemplateResult, ours: TemplateResult, options: { end?: boolean } = {}) => {
  const mount = (el: Element | undefined) => {
    if (!(el instanceof HTMLElement)) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = nhsSheets();
    render(
      html`<div class="pair ${options.end ? 'end' : ''}">
        <div class="nhs"><p class="label">NHS.UK frontend 10.6.1</p>${nhs}</div>
        <div class="ours"><p class="label">cytokine-widgets, hospital theme</p><slot></slot></div>
      </div>`,
      root,
    );
  };
  return html`<div class="nhs-parity" ${ref(mount)}>${ours}</div>`;
};

/** The NHS.UK column's shadow root. */
const nhsRoot = (canvasElement: HTMLElement): ShadowRoot => {
  const root = canvasElement.querySelector('.nhs-parity')?.shadowRoot;
  expect(root, 'the NHS.UK column').toBeTruthy();
  return root as ShadowRoot;
};

const nhsPart = <T extends Element = HTMLElement>(root: ShadowRoot, selector: string): T => {
  const found = root.querySelector<T>(selector);
  expect(found, `NHS.UK ${selector}`).toBeTruthy();
  return found as T;
};

const css = (el: Element, property: string): string => getComputedStyle(el).getPropertyValue(property);
const px = (el: Element, property: string): number => parseFloat(css(el, property));

/** The same computed values, ours and NHS.UK's. */
const expectSame = (ours: Element, nhs: Element, properties: string[], what: string) => {
  for (const p of properties) expect(`${what} ${p}: ${css(ours, p)}`).toBe(`${what} ${p}: ${css(nhs, p)}`);
};

/** The width of an element's text, not of its box. */
const textWidth = (el: Element): number => {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect().width;
};

/** The list, with one frequency group besides the serious side effects: enough to compare, and quick to check. */
const list = () => html`<side-effect-list drug="aldesleukin" heading-level="2" filter="very-common" advice-line="the Acute Oncology Service"
  advice-phone="0161 000 0000"></side-effect-list>`;

/* ------------------------------------------------------------------------------------------ */
/* Care cards                                                                                  */
/* ------------------------------------------------------------------------------------------ */

const careCard = (level: 'non-urgent' | 'urgent' | 'emergency', label: string, heading: string, body: TemplateResult) =>
  html`<div class="nhsuk-card nhsuk-card--care nhsuk-card--care--${level}">
    <div class="nhsuk-card__heading-container">
      <h3 class="nhsuk-card__heading"><span class="nhsuk-u-visually-hidden">${label}: </span>${heading}</h3>
      <span class="nhsuk-card--care__arrow" aria-hidden="true"></span>
    </div>
    <div class="nhsuk-card__content">${body}</div>
  </div>`;

const NHS_CARE_CARDS = html`<h2>When to get help</h2>
  ${careCard('non-urgent', 'Non-urgent advice', 'Speak to a GP if:', html`<ul>
      <li>you're not sure it's chickenpox</li>
      <li>you're concerned about your child or they get worse</li>
    </ul>
    <p>Or <a href="tel:111">call 111</a>.</p>`)}
  ${careCard('urgent', 'Urgent advice', 'Ask for an urgent GP appointment if:', html`<ul>
      <li>you're an adult and have chickenpox</li>
      <li>you think your newborn baby has chickenpox</li>
    </ul>
    <p>In these situations, your GP can prescribe medicine to prevent complications.</p>`)}
  ${careCard('emergency', 'Immediate action required', 'Call 999 if you have sudden chest pain that:', html`<ul>
      <li>spreads to your arms, back, neck or jaw</li>
      <li>makes your chest feel tight or heavy</li>
    </ul>
    <p>You could be having a heart attack. Call 999 immediately.</p>`)}`;

/** How far a care card's pointer reaches below its heading, and where its tip is, from the heading's left edge. */
const nhsPointer = (container: Element) => {
  const arrow = container.querySelector('.nhsuk-card--care__arrow')!.getBoundingClientRect();
  const box = container.getBoundingClientRect();
  return { below: arrow.bottom - box.bottom, tip: arrow.left + arrow.width / 2 - box.left };
};
/** Ours: the heading's own mask, a triangle in the strip its negative margin lays over the body. */
const ourPointer = (heading: Element) => {
  const [, position = ''] = css(heading, 'mask-position').split(',');
  const [, size = ''] = css(heading, 'mask-size').split(',');
  return { below: -px(heading, 'margin-bottom'), tip: parseFloat(position) + parseFloat(size) / 2, mask: css(heading, 'mask-image') };
};

const careCardsPlay: Story['play'] = async ({ canvasElement, step }) => {
  const el = await settled(canvasElement, 'side-effect-list');
  const nhs = nhsRoot(canvasElement);
  const nhsCards = [...nhs.querySelectorAll('.nhsuk-card--care')];
  const cards = parts(el, '[part~="care-card"]');
  part(el, '#care-heading').scrollIntoView({ block: 'start' });

  await step('Headings: size, weight, padding, and the pointer under them', () => {
    const nhsHeading = nhsPart(nhs, '.nhsuk-card__heading');
    const nhsContainer = nhsPart(nhs, '.nhsuk-card__heading-container');
    for (const card of cards) {
      const heading = card.querySelector('[part~="care-heading"]') as HTMLElement;
      expectSame(heading, nhsHeading, ['font-size', 'font-weight'], 'care heading');
      expectSame(heading, nhsContainer, ['padding-top', 'padding-left', 'padding-right'], 'care heading');
      const ours = ourPointer(heading);
      const theirs = nhsPointer(nhsContainer);
      expect(ours.mask, 'the pointer is drawn by the heading’s mask').toContain('conic-gradient');
      expect(Math.abs(ours.below - theirs.below), `pointer depth ${ours.below} vs NHS.UK ${theirs.below}`).toBeLessThanOrEqual(1.5);
      expect(Math.abs(ours.tip - theirs.tip), `pointer tip at ${ours.tip} vs NHS.UK ${theirs.tip}`).toBeLessThanOrEqual(1.5);
      expect(css(heading, 'position'), 'the pointer is drawn over the body').toBe('relative');
    }
  });

  await step('The level label: hidden to the eye, still read first', () => {
    for (const card of cards) {
      const level = card.querySelector('[part~="care-level"]') as HTMLElement;
      const box = level.getBoundingClientRect();
      expect(box.width * box.height, `"${text(level)}" takes no room`).toBeLessThanOrEqual(1);
      expect(css(level, 'clip-path')).toBe('inset(50%)');
      expect(text(card.querySelector('[part~="care-heading"]')), 'screen readers hear the level first').toMatch(/^(Non-urgent advice|Urgent advice|Immediate action required):/);
    }
  });

  await step('Body padding, border, and the space between cards', () => {
    // Each of our cards beside NHS.UK's card of the same level.
    for (const card of cards) {
      const level = card.getAttribute('part')!.split(' ').find((p) => p.startsWith('care-card-'))!.slice('care-card-'.length);
      const nhsCard = nhs.querySelector(`.nhsuk-card--care--${level}`);
      expect(nhsCard, `an NHS.UK ${level} card`).toBeTruthy();
      // The levels differ in colour: blue or red headings, and the emergency card's dark body.
      expectSame(card.querySelector('[part~="care-heading"]')!, nhsCard!.querySelector('.nhsuk-card__heading-container')!, ['color', 'background-color'], `${level} care heading`);
      expectSame(card.querySelector('[part~="care-body"]')!, nhsCard!.querySelector('.nhsuk-card__content')!, ['padding-top', 'padding-left', 'padding-bottom', 'color', 'background-color'], `${level} care body`);
      expectSame(card, nhsCard!, ['border-top-width', 'border-top-color', 'border-left-color', 'background-color'], `${level} care card`);
    }
    const gap = (a: Element, b: Element) => Math.round(b.getBoundingClientRect().top - a.getBoundingClientRect().bottom);
    const gaps = (all: Element[]) => all.slice(1).map((b, i) => gap(all[i], b));
    const [nhsGap] = gaps(nhsCards);
    expect(gaps(nhsCards), 'NHS.UK’s cards, evenly spaced').toEqual(gaps(nhsCards).map(() => nhsGap));
    expect(gaps(cards), `space between every two cards (NHS.UK: ${nhsGap} px)`).toEqual(gaps(cards).map(() => nhsGap));
  });

  await step('The phone link: body text size, regular weight', () => {
    expectSame(part(el, '[part~="phone-link"]'), nhsPart(nhs, '.nhsuk-card__content a'), ['font-size', 'font-weight'], 'phone link');
  });
};

/**
 * NHS.UK's care cards (non-urgent, urgent, emergency) beside ours. NHS.UK's heading is 26 px
 * (22 px on a phone), weight 600, padded 16/32 px, with a 20 px square pointer turned into a
 * triangle under it; the level ("Urgent advice:") is visually hidden; the body is padded 32 px
 * (24 px); a 1 px #d8dde0 border; 48 px (40 px) between cards.
 */
export const CareCards: Story = {
  name: 'Care cards',
  render: () => pair(NHS_CARE_CARDS, list(), { end: true }),
  play: careCardsPlay,
};

/** The same at 320 px, where NHS.UK's smaller sizes and padding apply. */
export const CareCards320: Story = {
  name: 'Care cards at 320 px',
  globals: { viewport: { value: 'reflow320' } },
  render: CareCards.render,
  play: careCardsPlay,
};

/* ------------------------------------------------------------------------------------------ */
/* Details (disclosures)                                                                       */
/* ------------------------------------------------------------------------------------------ */

const nhsDetails = (open: boolean) => html`<details class="nhsuk-details" ?open=${open}>
  <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">How to find your NHS number</span></summary>
  <div class="nhsuk-details__text">You can find your NHS number by logging in to the NHS App or on any document the NHS has sent you.</div>
</details>`;

/**
 * NHS.UK's details beside a side effect and "About these numbers". NHS.UK's summary is only as
 * wide as its words, turns #7c2855 on hover, and the open text sits 20 px in, behind a 4 px
 * #aeb7bd rule.
 */
export const Details: Story = {
  name: 'Details (disclosures)',
  render: () => pair(html`${nhsDetails(false)}${nhsDetails(true)}`, list()),
  play: async ({ canvasElement, step }) => {
    const el = await settled(canvasElement, 'side-effect-list');
    const nhs = nhsRoot(canvasElement);
    const effect = part<HTMLDetailsElement>(el, '[part~="effect"]');
    effect.open = true;
    await step('Summaries only as wide as their words', () => {
      const nhsSummary = nhsPart(nhs, '.nhsuk-details__summary');
      const nhsRoom = nhsSummary.getBoundingClientRect().width - textWidth(nhsSummary);
      // A long name wraps, and then fills the line, as NHS.UK's would: compare the shortest.
      const shortest = parts(el, '[part~="effect-summary"]').sort((a, b) => textWidth(a) - textWidth(b))[0];
      for (const summary of [part(el, '[part~="details-summary"]'), shortest]) {
        const width = summary.getBoundingClientRect().width;
        const room = width - textWidth(summary);
        // Room for the marker, as NHS.UK leaves for its triangle, and the name's half-em margin.
        const slack = nhsRoom + px(summary, 'font-size') / 2;
        expect(room, `"${text(summary)}": ${width} px wide for ${textWidth(summary)} px of text (NHS.UK: ${nhsRoom} px more)`).toBeLessThanOrEqual(slack);
        expect(width, 'narrower than the column').toBeLessThan(summary.parentElement!.getBoundingClientRect().width - 40);
      }
    });
    await step('Open content: the grey rule and the indent', () => {
      const nhsText = nhsPart(nhs, '[open] .nhsuk-details__text');
      expectSame(part(el, '[part~="effect-content"]'), nhsText, ['border-left-width', 'border-left-style', 'border-left-color', 'padding-left'], 'side effect');
      const about = part<HTMLDetailsElement>(el, '[part~="details"]');
      about.open = true;
      expectSame(part(el, '[part~="details-content"]'), nhsText, ['border-left-width', 'border-left-color', 'padding-left'], 'about the numbers');
    });
    await step('Hover colour', async () => {
      const nhsText = nhsPart(nhs, '.nhsuk-details__summary-text');
      // Under Vitest the real pointer hovers; in the Storybook UI, hover the summaries yourself.
      if (!(await hover(nhsText))) return;
      const nhsHover = css(nhsText, 'color');
      expect(nhsHover).toBe('rgb(124, 40, 85)');
      const summary = part(el, '[part~="details-summary"]');
      await hover(summary);
      // A theme may ease the colour in: wait for it rather than read it at once.
      await waitFor(() => expect(css(summary, 'color'), 'hovered summary').toBe(nhsHover), { timeout: 10_000 });
    });
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Type scale                                                                                  */
/* ------------------------------------------------------------------------------------------ */

const NHS_TYPE = html`<h2>Side effects of Aldesleukin</h2>
  <h3>Very common: 10 or more in 100 people</h3>
  <h4>What you can do</h4>
  <p>Drink plenty of fluids and rest. Tell your treatment team if you cannot keep fluids down.</p>`;

const typePlay: Story['play'] = async ({ canvasElement, step }) => {
  const el = await settled(canvasElement, 'side-effect-list');
  const nhs = nhsRoot(canvasElement);
  part<HTMLDetailsElement>(el, '[part~="effect"]').open = true;
  await step('Headings 36/26/22 px (27/22/19 px on a phone), weight 600; body text', () => {
    expectSame(part(el, '[part~="title"]'), nhsPart(nhs, 'h2'), ['font-size', 'font-weight'], 'title');
    expectSame(part(el, '[part~="group-heading"]'), nhsPart(nhs, 'h3'), ['font-size', 'font-weight'], 'group heading');
    expectSame(part(el, '[part~="what-to-do-heading"]'), nhsPart(nhs, 'h4'), ['font-size', 'font-weight'], 'sub heading');
    expectSame(part(el, '[part~="effect-content"] p'), nhsPart(nhs, 'h4 + p'), ['font-size'], 'body text');
  });
  await step('No box round the widget: its text as wide as NHS.UK’s', () => {
    const base = part(el, '[part~="base"]');
    expect([css(base, 'border-top-width'), css(base, 'padding-left'), css(base, 'background-color')]).toEqual(['0px', '0px', 'rgba(0, 0, 0, 0)']);
    expect(Math.round(part(el, '[part~="title"]').getBoundingClientRect().width)).toBe(Math.round(nhsPart(nhs, 'h2').getBoundingClientRect().width));
  });
};

/** NHS.UK's h2, h3, h4 and body text beside the list's title, group heading and "What you can do". */
export const TypeScale: Story = {
  name: 'Headings and type scale',
  render: () => pair(NHS_TYPE, list()),
  play: typePlay,
};

/** The same at 320 px: NHS.UK's mobile sizes, and the text keeps the column's width. */
export const TypeScale320: Story = {
  name: 'Headings and type scale at 320 px',
  globals: { viewport: { value: 'reflow320' } },
  render: TypeScale.render,
  play: typePlay,
};

/* ------------------------------------------------------------------------------------------ */
/* Button                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** NHS.UK's primary button beside the video's play label: green, 4 px corners, a dark green shadow. */
export const Button: Story = {
  name: 'Button (play label)',
  render: () => pair(html`<button class="nhsuk-button" type="button">Play video</button>`, html`<injection-video heading-level="2"></injection-video>`),
  play: async ({ canvasElement }) => {
    const el = await settled(canvasElement, 'injection-video');
    const button = nhsPart(nhsRoot(canvasElement), '.nhsuk-button');
    expectSame(part(el, '[part~="play-label"]'), button, ['border-top-left-radius', 'box-shadow', 'background-color', 'color', 'font-weight'], 'play label');
  },
};
