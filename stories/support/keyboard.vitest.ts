import { userEvent } from 'vitest/browser';
import type { ActivationKey, NavigationKey } from './keyboard.js';

/**
 * Used instead of keyboard.ts when the stories run under Vitest (see vitest.config.ts): real,
 * trusted key presses through Playwright, so a `<summary>` opens only if the browser opens it.
 */
export async function press(key: ActivationKey): Promise<void> {
  await userEvent.keyboard(key);
}

/** A real Tab or arrow key: the browser moves focus, or the checked radio, itself. */
export async function navigate(key: NavigationKey): Promise<void> {
  await userEvent.keyboard(key);
}

/** Real typing: Playwright clears the box and types the text, with trusted input events. */
export async function fill(input: HTMLInputElement, value: string): Promise<void> {
  await userEvent.fill(input, value);
}

export const realKeys = true;

export { deepActiveElement } from './keyboard.js';
