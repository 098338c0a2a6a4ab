// Types for test/support/chromium.mjs, for the TypeScript that imports it (vitest.config.ts).
import type { Browser, LaunchOptions } from 'playwright-core';

/** The Chromium to run: CHROME_PATH, or /usr/bin/chromium. */
export declare const CHROME_PATH: string;
/** Flags for a headless Chromium in a container or CI. */
export declare const CHROME_ARGS: string[];
/** Launches CHROME_PATH with CHROME_ARGS (then `options.args`) through playwright-core. */
export declare function launchChromium(options?: LaunchOptions): Promise<Browser>;
