import { userEvent } from 'storybook/test';

/** Keys a reader uses to open and close a disclosure. */
export type ActivationKey = '{Enter}' | '[Space]';

/**
 * Presses a key on whatever has focus, as a keyboard user would.
 *
 * Under Vitest (`npm run test:stories`) vitest.config.ts swaps this module for
 * keyboard.vitest.ts, which presses real (trusted) keys through Playwright, so the tests prove
 * the browser itself opens the disclosure.
 *
 * In the Storybook UI a page script can only dispatch untrusted key events (storybook/test's
 * `userEvent`), and browsers never run a `<summary>`'s activation for those. So, as `userEvent`
 * already does for buttons, the activation a real key press causes (a click) is simulated when
 * nobody prevented the key's default action.
 */
export async function press(key: ActivationKey): Promise<void> {
  const target = deepActiveElement();
  const seen: KeyboardEvent[] = [];
  const record = (e: Event) => seen.push(e as KeyboardEvent);
  target?.addEventListener('keydown', record);
  target?.addEventListener('keyup', record);
  try {
    await userEvent.keyboard(key);
  } finally {
    target?.removeEventListener('keydown', record);
    target?.removeEventListener('keyup', record);
  }
  if (target instanceof HTMLElement && target.localName === 'summary' && seen.length && !seen.some((e) => e.defaultPrevented)) {
    target.click();
  }
}

/** Keys that move focus or a choice. */
export type NavigationKey = '{Tab}' | '{Shift>}{Tab}{/Shift}' | '{ArrowDown}' | '{ArrowUp}' | '{ArrowLeft}' | '{ArrowRight}';

/**
 * Presses a key that moves focus or a choice. Real under Vitest (keyboard.vitest.ts). In the
 * Storybook UI, storybook/test's `userEvent` simulates it, which works in the light DOM only: it
 * looks for the next focusable element and for a radio's group in the document, never in a
 * shadow root, so stories about controls in a shadow root check `realKeys` first.
 */
export async function navigate(key: NavigationKey): Promise<void> {
  await userEvent.keyboard(key);
}

/**
 * Replaces a text box's text, as an editor typing or pasting it. Real typing under Vitest
 * (keyboard.vitest.ts). In the Storybook UI the text goes in as a paste would put it, with one
 * input event: storybook/test's `clear`, `type` and `paste` look for focus in the document, so
 * they miss a text box in a shadow root.
 */
export async function fill(input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: value }));
}

/** True when key presses are real (Playwright), false when simulated in the page. */
export const realKeys = false;

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(root: DocumentOrShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot?.activeElement ? deepActiveElement(active.shadowRoot) : active;
}
