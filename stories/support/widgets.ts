import { html, type TemplateResult } from 'lit';
import { expect, type fn, waitFor } from 'storybook/test';
import type { CytokineErrorDetail, ErrorCode } from '../../src/model/errors.js';

/** Any of the three widgets: a custom element with a shadow root and `updateComplete`. */
export type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The tags the project defines. */
export type WidgetTag = 'cytokine-card' | 'side-effect-list' | 'injection-video';

/** A spy arg (`fn()`) bound to an event listener, e.g. a story's `onCytokineError`. */
export type EventSpy = ReturnType<typeof fn<(event: Event) => void>>;

/**
 * The args every widget story has: the attributes all three widgets share, and spies on the
 * events (`cytokine-error`, `cytokine-ready`) they all send. Each story file adds its own.
 */
export type WidgetArgs = {
  lang?: string;
  'heading-level'?: number | string;
  src?: string;
  onCytokineError: EventSpy;
  onCytokineReady: EventSpy;
};

/** What a story may put in a widget besides its args: a `model` property and light-DOM content. */
export type WidgetOptions = { model?: unknown; content?: TemplateResult };

/**
 * A widget inside a wrapper that listens for its events with the story's spies (and for
 * `cytokine-play`, when the args have `onCytokinePlay`). The wrapper's listeners exist before the
 * widget upgrades and loads, so no event is missed.
 */
export const listening = (
  args: Pick<WidgetArgs, 'onCytokineError' | 'onCytokineReady'> & { onCytokinePlay?: EventSpy },
  widget: TemplateResult,
): TemplateResult => html`<div
  @cytokine-error=${args.onCytokineError}
  @cytokine-ready=${args.onCytokineReady}
  @cytokine-play=${args.onCytokinePlay}
>
  ${widget}
</div>`;

/** The dark host page of the "Dark page" stories, around `content`; `extraStyle` adds to its style. */
export const darkPage = (content: TemplateResult, extraStyle = ''): TemplateResult =>
  html`<div class="dark-page" style="background: #16191d; color: #f2f4f5; padding: 1.5rem;${extraStyle}">
    ${content}
  </div>`;

/** The dark page (darkPage) a story rendered. */
export const darkPageOf = (canvasElement: HTMLElement): HTMLElement => canvasElement.querySelector('.dark-page') as HTMLElement;

/** True once a widget shows its content or its error message. */
export const isSettled = (el: Element): boolean => !!el.shadowRoot?.querySelector('[part="base"], [part="error"]');

/**
 * The first widget with this tag a story rendered (or the `index`th), once it shows its content
 * or an error.
 */
export async function settled<T extends Widget = Widget>(canvasElement: HTMLElement, tag: WidgetTag, index = 0): Promise<T> {
  const el = await waitFor(() => {
    const found: Element | undefined = canvasElement.querySelectorAll(tag)[index];
    expect(found, `<${tag}> #${index + 1} in the story`).toBeTruthy();
    return found as unknown as T;
  });
  await waitFor(() => expect(isSettled(el), `<${tag}> shows content or an error`).toBe(true), { timeout: 10_000 });
  await el.updateComplete;
  return el;
}

/** Every widget a story rendered, once each shows its content or an error. */
export async function settledAll(canvasElement: HTMLElement): Promise<Widget[]> {
  const all = [...canvasElement.querySelectorAll<Widget>('cytokine-card, side-effect-list, injection-video')];
  expect(all.length, 'widgets in the story').toBeGreaterThan(0);
  await waitFor(() => expect(all.filter((el) => !isSettled(el)).map((el) => el.localName), 'widgets still loading').toEqual([]), {
    timeout: 10_000,
  });
  await Promise.all(all.map((el) => el.updateComplete));
  return all;
}

/** One element of a widget's shadow tree; fails the story when it is not there. */
export function part<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  expect(found, `${selector} in <${el.localName}>'s shadow root`).toBeTruthy();
  return found as T;
}

/** Every element of a widget's shadow tree matching a selector. */
export const parts = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...(el.shadowRoot?.querySelectorAll<T>(selector) ?? []),
];

/** Text with runs of white space collapsed, as a reader hears or sees it. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The widget's own live region (a status at the top of its shadow root), where its messages are announced. */
export const liveRegion = (el: Element): HTMLElement | undefined =>
  [...(el.shadowRoot?.children ?? [])].find((c): c is HTMLElement => c.getAttribute('role') === 'status');

/**
 * The text a screen reader announces for an element's content: its text, leaving out anything
 * inside `aria-hidden="true"` (decorative icons). Enough for buttons whose name comes from their
 * content; not a full accessible-name computation.
 */
export function accessibleText(node: Node): string {
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return '';
    return [...n.childNodes].map(walk).join('');
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

/**
 * An element's accessible name, for the simple cases the widgets use: `aria-labelledby` (in the
 * same root), then `aria-label`, then its text without `aria-hidden` parts.
 */
export function accessibleName(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = el.getAttribute('aria-labelledby')?.trim();
  if (ids) return ids.split(/\s+/).map((id) => accessibleText(root.getElementById(id) as Node)).join(' ').trim();
  const label = el.getAttribute('aria-label')?.trim();
  return label ? label.replace(/\s+/g, ' ') : accessibleText(el);
}

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

/** The `cytokine-error` events a spy saw, as CustomEvents. */
export const errorEvents = (spy: EventSpy): CustomEvent<CytokineErrorDetail>[] =>
  spy.mock.calls.map((call) => call[0] as CustomEvent<CytokineErrorDetail>);

/**
 * What an error should say: `message`, the reader's sentence shown in the widget (exactly; no
 * attribute names or addresses), and `hint`, words the developer's hint in the event must contain.
 */
export type ExpectedError = { message: string; hint: string };

/** Readers never see markup, attribute names or addresses: those belong in the developer's hint. */
export function expectReaderSentence(message: string): void {
  expect(message, 'the reader\'s message names no attribute, address or file').not.toMatch(/attribute|=|\/|https?:/);
}

/**
 * The error contract: a visible message for readers in the shadow root, announced through the
 * widget's polite live region (not a live role of its own, which may go unheard), exactly one
 * `cytokine-error` event with the code, the same message and a developer's hint, and the page's
 * fallback shown.
 */
export async function expectWidgetError(
  canvasElement: HTMLElement,
  tag: WidgetTag,
  spy: EventSpy,
  code: ErrorCode,
  expected: ExpectedError,
  fallbackText: string,
): Promise<Widget> {
  const el = await settled(canvasElement, tag);
  const message = part(el, '[part="error"]');
  expect(message.getAttribute('role'), 'the visible message has no live role').toBeNull();
  expect(text(message)).toBe(expected.message);
  await waitFor(() => expect(text(liveRegion(el)), 'announced by the live region').toBe(expected.message));
  expectReaderSentence(text(message));
  expectVisible(message, 'error message');
  expect(parts(el, '[part="base"]'), 'no content next to the error').toHaveLength(0);

  await waitFor(() => expect(spy.mock.calls.length, 'cytokine-error events').toBe(1));
  const [event] = errorEvents(spy);
  expect(event.type).toBe('cytokine-error');
  expect(event.bubbles && event.composed, 'event bubbles out of the shadow root').toBe(true);
  expect(event.detail).toEqual({ code, message: message.textContent?.trim(), hint: expect.stringContaining(expected.hint) });

  const slot = part<HTMLSlotElement>(el, 'slot:not([name])');
  const fallback = slot.assignedElements()[0];
  expect(fallback, 'light-DOM fallback assigned to the slot').toBeTruthy();
  expect(fallback.textContent).toContain(fallbackText);
  expectVisible(fallback, 'fallback content');
  return el;
}

/** A story's play function that checks the error contract (expectWidgetError) on its `tag` widget. */
export const expectErrorPlay =
  (tag: WidgetTag, code: ErrorCode, expected: ExpectedError, fallbackText: string) =>
  async ({ canvasElement, args }: { canvasElement: HTMLElement; args: Pick<WidgetArgs, 'onCytokineError'> }): Promise<void> => {
    await expectWidgetError(canvasElement, tag, args.onCytokineError, code, expected, fallbackText);
  };

/**
 * The reader's sentence for each error (src/i18n/messages.ts, British English), as the error
 * stories expect it. The developer's hint (src/model/errors.ts) is checked per story.
 */
export const READER_MESSAGES = {
  missingDrug: 'Sorry, this information is not available here at the moment.',
  unknownDrug: (name: string) => `Sorry, we have no information about “${name}”.`,
  notLoaded: 'Sorry, this information could not be loaded. Please try again later.',
  notShown: 'Sorry, this information could not be shown here.',
  unknownVideo: 'Sorry, this video is not available.',
  mediaUnsupported: 'Sorry, this browser cannot play this video. You can still read the transcript below.',
} as const;

/**
 * Other names people use for a drug (aliases in the content model, matched without case or
 * hyphens) choose it too: gives the widget each alias in turn and checks, with `expectNamed`,
 * that it shows `name`, the drug's own name. It ends on `drug`, the drug's id, so the story that
 * calls it ends as it rendered. The drug stories call it: a story of its own would look the same.
 */
export async function expectAliases(
  el: Widget,
  step: (label: string, play: () => Promise<void>) => Promise<void> | void,
  drug: string,
  name: string,
  aliases: string[],
  expectNamed: () => Promise<void> | void,
): Promise<void> {
  for (const alias of [...aliases, drug]) {
    await step(`drug="${alias}" shows ${name}`, async () => {
      el.setAttribute('drug', alias);
      await el.updateComplete;
      await waitFor(() => expectNamed());
    });
  }
}

/** Waits for the next paint, so layout-dependent checks see the final boxes. */
export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * What a reader reads in a widget who opens every disclosure: its content's rendered text, with
 * white space collapsed. The disclosures are put back as they were, so the story keeps its state.
 */
export function readerText(el: Element): string {
  const disclosures = parts<HTMLDetailsElement>(el, 'details');
  const wasOpen = disclosures.map((d) => d.open);
  for (const d of disclosures) d.open = true;
  try {
    return (part(el, '[part="base"]').innerText ?? '').replace(/\s+/g, ' ');
  } finally {
    disclosures.forEach((d, i) => (d.open = wasOpen[i]));
  }
}
