import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { THEME_CSS, TOKENS, tokenTable } from './support/tokens.js';

/**
 * The design-token reference, for designers: every `--cytokine-*` custom property with its
 * default, a swatch where it is a colour, each example theme's value and the widgets that read
 * it. The same rows as docs/tokens.md (both come from custom-elements.json and src/themes/*.css
 * through scripts/tokens-data.mjs).
 */
const meta = {
  title: 'Design tokens',
  parameters: {
    docs: {
      description: {
        component:
          'Set any token on an ancestor of the widgets (`<body>`, a section, or a theme class). On each widget’s Docs page the **CSS custom properties** controls set them on that story, so you can try a value before writing it into a theme.',
      },
    },
  },
} satisfies Meta;

export default meta;

type Story = StoryObj;

/** The CSS colour a swatch's computed background resolves to, e.g. `rgb(213, 40, 27)`. */
const painted = (swatch: Element) => getComputedStyle(swatch).backgroundColor;

export const Reference: Story = {
  name: 'Design tokens',
  render: () => tokenTable(),
  play: async ({ canvasElement }) => {
    const rows = [...canvasElement.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    expect(TOKENS.length, 'tokens read from custom-elements.json and the themes').toBeGreaterThan(20);
    expect(rows.map((row) => row.dataset.token)).toEqual(TOKENS.map((token) => token.name));
    expect(Object.keys(THEME_CSS)).toEqual(expect.arrayContaining(['charity', 'dark', 'hospital']));

    // The urgent care card's accent: its default and the hospital theme's, both NHS red, painted.
    const urgent = canvasElement.querySelector('tr[data-token="--cytokine-care-urgent"]');
    const cells = [...(urgent?.querySelectorAll('td') ?? [])];
    const header = [...canvasElement.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    const column = (name: string) => cells[header.indexOf(name) - 1];
    const swatch = column('Default')?.querySelector('.tokens__swatch');
    expect(swatch, 'a swatch beside the default').toBeTruthy();
    expect(painted(swatch as Element)).toBe('rgb(213, 40, 27)');
    expect(column('Default')?.textContent).toContain('#d5281b');
    expect(painted(column('charity.css')?.querySelector('.tokens__swatch') as Element)).toBe('rgb(179, 38, 30)');
    expect(column('Used by')?.textContent).toContain('<side-effect-list>');

    // Every swatch paints the colour written beside it; none is left transparent.
    const swatches = [...canvasElement.querySelectorAll<HTMLElement>('.tokens__swatch')];
    expect(swatches.length).toBeGreaterThan(40);
    for (const s of swatches) expect(painted(s), s.dataset.colour).not.toBe('rgba(0, 0, 0, 0)');

    // A length has no swatch.
    expect(canvasElement.querySelector('tr[data-token="--cytokine-space"] .tokens__swatch')).toBeNull();
    expect(canvasElement.querySelector('table caption')?.textContent).toMatch(/design token/);
    expect(canvasElement.querySelector('style'), 'no inline style sheet').toBeNull();
  },
};
