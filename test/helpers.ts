import { fixture, expect } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import { oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CytokineErrorDetail } from '../src/model/errors.js';

/** Renders a template inside a wrapper that records every cytokine-error event from inside it. */
export async function renderWithErrors<T extends HTMLElement>(template: TemplateResult): Promise<{ el: T; errors: CytokineErrorDetail[] }> {
  const errors: CytokineErrorDetail[] = [];
  const wrapper = document.createElement('div');
  wrapper.addEventListener('cytokine-error', (e) => errors.push((e as CustomEvent<CytokineErrorDetail>).detail));
  document.body.append(wrapper);
  const el = await fixture<T>(template, { parentNode: wrapper });
  await settle(el);
  return { el, errors };
}

/** Waits until the element shows its content or an error (a `src` fetch may be under way). */
export async function settle(el: HTMLElement, timeout = 3000): Promise<void> {
  const lit = el as HTMLElement & { updateComplete?: Promise<unknown> };
  const start = performance.now();
  do {
    await lit.updateComplete;
    if (el.shadowRoot?.querySelector('[part="base"], [part="error"]')) return;
    await new Promise((r) => setTimeout(r, 10));
  } while (performance.now() - start < timeout);
}

export const shadow = (el: HTMLElement): ShadowRoot => {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
};

/** The widget's own live region (a status at the top of its shadow root), where its messages are announced. */
export const liveRegion = (el: HTMLElement): HTMLElement | undefined =>
  [...shadow(el).children].find((c): c is HTMLElement => c.getAttribute('role') === 'status');

/** Opens every disclosure, so a test reads what a reader who opened them would see. */
export function openAll(el: HTMLElement): void {
  shadow(el).querySelectorAll('details').forEach((d) => (d.open = true));
}

/** The text a reader sees with every disclosure open, with whitespace collapsed. */
export function readerText(el: HTMLElement): string {
  openAll(el);
  const base = shadow(el).querySelector('.base') as HTMLElement | null;
  return (base?.innerText ?? '').replace(/\s+/g, ' ');
}

/** Checks the error contract: visible message, one event with the code, the page's fallback shown (give the element one). */
export function expectErrorState(el: HTMLElement, errors: CytokineErrorDetail[], code: string): void {
  expect(errors.map((e) => e.code)).to.deep.equal([code]);
  const message = shadow(el).querySelector('[part="error"]') as HTMLElement;
  expect(message, 'error message').to.exist;
  // Seen at once, without a live role: the widget's live region, there before it, announces it.
  expect(message.getAttribute('role')).to.equal(null);
  expect(message.hasAttribute('aria-live')).to.equal(false);
  expect(liveRegion(el), 'live region').to.exist;
  expect(message.innerText.trim()).to.equal(errors[0].message);
  // Readers get a plain sentence; attribute names and addresses go to the developer's hint.
  expect(errors[0].message).not.to.match(/attribute|=|\/|https?:/);
  expect(errors[0].hint.length, 'a hint for developers').to.be.greaterThan(20);
  expect(message.getBoundingClientRect().height).to.be.greaterThan(0);
  const slot = shadow(el).querySelector('slot:not([name])') as HTMLSlotElement;
  expect(slot, 'fallback slot').to.exist;
  const fallback = slot.assignedElements()[0] as HTMLElement | undefined;
  expect(fallback, 'the page\'s fallback, assigned to the slot').to.exist;
  expect(fallback!.getBoundingClientRect().height, 'fallback is visible').to.be.greaterThan(0);
}

/** No element in the shadow tree has a style attribute (a strict CSP blocks them). */
export function expectNoStyleAttributes(el: HTMLElement): void {
  expect(shadow(el).querySelectorAll('[style]').length).to.equal(0);
}

/**
 * Emulates a media type or feature, or skips the test where the browser's automation cannot:
 * only the DevTools protocol (Chromium) emulates media. Firefox over WebDriver BiDi and WebKit
 * over classic WebDriver refuse, and such a test is reported as skipped there, not passed.
 */
export async function emulateMediaOrSkip(test: Mocha.Context, media: Parameters<typeof emulateMedia>[0]): Promise<void> {
  try {
    await emulateMedia(media);
  } catch (e) {
    if (/not supported|CDP support is required/i.test(String(e))) test.skip();
    throw e;
  }
}

/** Collects console.warn calls made while `fn` runs. */
export async function warnings(fn: () => Promise<unknown> | unknown): Promise<string[]> {
  const warn = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = warn;
  }
  return calls;
}

/**
 * Presses the video's play button with a real (trusted) click, as WebKit starts a video only on
 * a real gesture, and returns the native video once it exists, muted (the test machine may have
 * no sound device).
 */
export async function clickPlay(el: HTMLElement): Promise<HTMLVideoElement> {
  const button = shadow(el).querySelector<HTMLElement>('[part~="play-button"]')!;
  button.scrollIntoView({ block: 'center' });
  const box = button.getBoundingClientRect();
  const played = oneEvent(el, 'cytokine-play');
  try {
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  } finally {
    await resetMouse();
  }
  await played;
  const video = shadow(el).querySelector('video')!;
  video.muted = true;
  return video;
}

/** The element's parent in the flat tree a reader sees: its slot, its parent, or its shadow host. */
const composedParent = (el: Element): Element | null =>
  el.assignedSlot ?? el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);

/** The area an element's outline (its focus ring) covers, or null when it draws none. */
export function outlineBox(el: Element): DOMRect | null {
  const style = getComputedStyle(el);
  const width = parseFloat(style.outlineWidth);
  if (style.outlineStyle === 'none' || !(width > 0)) return null;
  const reach = width + (parseFloat(style.outlineOffset) || 0);
  const box = el.getBoundingClientRect();
  return new DOMRect(box.x - reach, box.y - reach, box.width + 2 * reach, box.height + 2 * reach);
}

/** The ancestors of `el` (through shadow roots) that cut off part of `area`: overflow other than visible, or paint containment. */
export function clippers(el: Element, area: DOMRect): Element[] {
  const found: Element[] = [];
  for (let a = composedParent(el); a && a !== document.documentElement; a = composedParent(a)) {
    const style = getComputedStyle(a);
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible' || /paint|strict|content/.test(style.contain);
    if (!clips) continue;
    const box = a.getBoundingClientRect();
    if (area.left < box.left - 0.5 || area.top < box.top - 0.5 || area.right > box.right + 0.5 || area.bottom > box.bottom + 0.5) found.push(a);
  }
  return found;
}

/** True when `inner` lies wholly inside `outer` (half a pixel of rounding allowed). */
export const inside = (inner: DOMRect, outer: DOMRect): boolean =>
  inner.left >= outer.left - 0.5 && inner.top >= outer.top - 0.5 && inner.right <= outer.right + 0.5 && inner.bottom <= outer.bottom + 0.5;
