import { commands } from 'vitest/browser';
import type { EmulatedMedia } from './media.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Defined in vitest.config.ts: Playwright's page.emulateMedia. */
    emulateMedia: (media: EmulatedMedia) => Promise<void>;
  }
}

/**
 * Used instead of media.ts when the stories run under Vitest (see vitest.config.ts): emulates
 * media features through Playwright, for the whole test page.
 */
export async function emulateMedia(media: EmulatedMedia): Promise<boolean> {
  await commands.emulateMedia(media);
  return true;
}

/** True here: a story whose media could not be emulated fails rather than skipping its checks. */
export const canEmulateMedia: boolean = true;
