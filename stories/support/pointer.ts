/**
 * Moves the pointer over an element, so its `:hover` styles apply. Returns true if it did.
 *
 * A page script cannot make the browser's `:hover` match (storybook/test's `userEvent.hover`
 * dispatches events, which CSS does not see), so in the Storybook UI and the static build this
 * does nothing and returns false: hover the element yourself. Under Vitest
 * (`npm run test:stories`) vitest.config.ts swaps this module for pointer.vitest.ts, which moves
 * the real pointer through Playwright.
 */
export async function hover(_el: Element): Promise<boolean> {
  return false;
}
