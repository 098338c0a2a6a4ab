import { expect } from 'storybook/test';
import type { CytokineCard } from '../../src/elements/cytokine-card/cytokine-card.js';
import { headingLevel } from './headings.js';
import { expectVisible, part, parts, settled } from './widgets.js';

export { expectVisible, part, parts, type EventSpy } from './widgets.js';

/** The card a story rendered, once it shows its content or an error. */
export const settledCard = (canvasElement: HTMLElement): Promise<CytokineCard> => settled<CytokineCard>(canvasElement, 'cytokine-card');

/** The checks every drug story shares: the title, its heading level, and its sections. */
export function expectDrug(el: CytokineCard, name: string, level = 2): void {
  const title = part(el, '[part="title"]');
  expect(title.textContent?.trim()).toBe(name);
  expect(title.localName, 'title heading level').toBe(`h${level}`);
  expectVisible(title, 'title');
  const sectionHeadings = parts(el, '[part="section-heading"]');
  expect(sectionHeadings.length, 'section headings').toBeGreaterThanOrEqual(4);
  for (const h of sectionHeadings) expect(headingLevel(h), 'section heading level').toBe(level + 1);
  expect(parts(el, '[part="error"]')).toHaveLength(0);
}
