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

/** True when key presses are real (Playwright), false when simulated in the page. */
export const realKeys = false;

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(root: DocumentOrShadowRoot = document): Element | null {
  const active = root.activeElement;
  return active?.shadowRoot?.activeElement ? deepActiveElement(active.shadowRoot) : active;
}
