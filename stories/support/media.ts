/** Media features a story can ask the browser to emulate. */
export type EmulatedMedia = { media?: 'print' | 'screen'; forcedColors?: 'active' | 'none'; reducedMotion?: 'reduce' | 'no-preference' };

/**
 * Asks the browser to emulate media features (e.g. Windows high contrast, `forced-colors:
 * active`). Returns true if it did.
 *
 * A page script cannot change media features, so in the Storybook UI and the static build this
 * does nothing and returns false: use DevTools > Rendering > "Emulate CSS media feature
 * forced-colors" to see those stories as intended. Under Vitest (`npm run test:stories`)
 * vitest.config.ts swaps this module for media.vitest.ts, which emulates through Playwright.
 */
export async function emulateMedia(_media: EmulatedMedia): Promise<boolean> {
  return false;
}

/** False here: a story's checks of emulated media run only where emulateMedia works (Vitest). */
export const canEmulateMedia: boolean = false;
