// The one local Chromium every script and test drives (scripts/, test/, test/integration/,
// web-test-runner.config.mjs, vitest.config.ts). No browser is downloaded: set CHROME_PATH to
// use another Chromium than /usr/bin/chromium.

/** The Chromium to run: CHROME_PATH, or /usr/bin/chromium. */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for a headless Chromium in a container or CI: no sandbox, no GPU, no background traffic. */
export const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/**
 * Launches CHROME_PATH with CHROME_ARGS through playwright-core. `options` are Playwright's launch
 * options; its `args` are added after CHROME_ARGS.
 * @param {import('playwright-core').LaunchOptions} [options]
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium({ args = [], ...options } = {}) {
  // Imported here, so the test-runner configs can read the constants without loading Playwright.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROME_PATH, ...options, args: [...CHROME_ARGS, ...args] });
}
