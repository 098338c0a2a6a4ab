import { userEvent } from 'vitest/browser';
import type { ActivationKey } from './keyboard.js';

/**
 * Used instead of keyboard.ts when the stories run under Vitest (see vitest.config.ts): real,
 * trusted key presses through Playwright, so a `<summary>` opens only if the browser opens it.
 */
export async function press(key: ActivationKey): Promise<void> {
  await userEvent.keyboard(key);
}

export const realKeys = true;

export { deepActiveElement } from './keyboard.js';
