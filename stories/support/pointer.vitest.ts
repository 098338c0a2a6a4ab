import { userEvent } from 'vitest/browser';

/**
 * Used instead of pointer.ts when the stories run under Vitest (see vitest.config.ts): the real
 * pointer, through Playwright, so `:hover` matches as it does for a reader's mouse.
 */
export async function hover(el: Element): Promise<boolean> {
  await userEvent.hover(el);
  return true;
}
