import { expect, type fn, waitFor } from 'storybook/test';
import type { CytokineCard } from '../../src/elements/cytokine-card/cytokine-card.js';
import type { CytokineErrorDetail, ErrorCode } from '../../src/model/errors.js';

/** The card a story rendered, once it shows its content or an error. */
export async function settledCard(canvasElement: HTMLElement): Promise<CytokineCard> {
  const el = await waitFor(() => {
    const card = canvasElement.querySelector('cytokine-card');
    expect(card, '<cytokine-card> in the story').not.toBeNull();
    return card as CytokineCard;
  });
  await waitFor(
    () => expect(el.shadowRoot?.querySelector('[part="base"], [part="error"]'), 'content or error shown').toBeTruthy(),
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

/** One element of the card's shadow tree; fails the story when it is not there. */
export function part<T extends Element = HTMLElement>(el: CytokineCard, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  expect(found, `${selector} in <cytokine-card>'s shadow root`).toBeTruthy();
  return found as T;
}

/** Every element of the card's shadow tree matching a selector. */
export const parts = <T extends Element = HTMLElement>(el: CytokineCard, selector: string): T[] =>
  [...(el.shadowRoot?.querySelectorAll<T>(selector) ?? [])];

/**
 * Laid out and not hidden: what a reader can actually see. `checkVisibility` also catches text
 * inside a closed <details>, which keeps a layout box but is not rendered.
 */
export function expectVisible(node: Element, what: string): void {
  expect(node.checkVisibility({ visibilityProperty: true, opacityProperty: true }), `${what} is rendered`).toBe(true);
  const box = node.getBoundingClientRect();
  expect(box.height, `${what} has height`).toBeGreaterThan(0);
  expect(box.width, `${what} has width`).toBeGreaterThan(0);
  expect(getComputedStyle(node).visibility, `${what} visibility`).toBe('visible');
}

/** The checks every drug story shares: the title, its heading level, and its sections. */
export function expectDrug(el: CytokineCard, name: string, level = 2): void {
  const title = part(el, '[part="title"]');
  expect(title.textContent?.trim()).toBe(name);
  expect(title.localName, 'title heading level').toBe(`h${level}`);
  expectVisible(title, 'title');
  const sectionHeadings = parts(el, '[part="section-heading"]');
  expect(sectionHeadings.length, 'section headings').toBeGreaterThanOrEqual(4);
  for (const h of sectionHeadings) expect(h.localName, 'section heading level').toBe(`h${Math.min(6, level + 1)}`);
  expect(parts(el, '[part="error"]')).toHaveLength(0);
}

/** A spy arg (`fn()`) bound to an event listener, e.g. the story's `onCytokineError`. */
export type EventSpy = ReturnType<typeof fn<(event: Event) => void>>;

/**
 * The error contract: a polite visible message in the shadow root, exactly one
 * `cytokine-error` event with the code and the same message, and the page's fallback shown.
 */
export async function expectError(
  canvasElement: HTMLElement,
  spy: EventSpy,
  code: ErrorCode,
  messageContains: string,
  fallbackText: string,
): Promise<void> {
  const el = await settledCard(canvasElement);
  const message = part(el, '[part="error"]');
  expect(message.getAttribute('role')).toMatch(/^(status|alert)$/);
  expect(message.textContent).toContain(messageContains);
  expectVisible(message, 'error message');
  expect(parts(el, '[part="base"]'), 'no content next to the error').toHaveLength(0);

  await waitFor(() => expect(spy.mock.calls.length, 'cytokine-error events').toBe(1));
  const event = spy.mock.calls[0][0] as CustomEvent<CytokineErrorDetail>;
  expect(event.type).toBe('cytokine-error');
  expect(event.bubbles && event.composed, 'event bubbles out of the shadow root').toBe(true);
  expect(event.detail).toEqual({ code, message: message.textContent?.trim() });

  const slot = part<HTMLSlotElement>(el, 'slot:not([name])');
  const fallback = slot.assignedElements()[0];
  expect(fallback, 'light-DOM fallback assigned to the slot').toBeTruthy();
  expect(fallback.textContent).toContain(fallbackText);
  expectVisible(fallback, 'fallback content');
}
