import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { CHROME_ARGS, CHROME_PATH } from './test/support/chromium.mjs';
import type { EmulatedMedia } from './stories/support/media.js';

/**
 * Runs every story in stories/ as a browser test (render, play function, axe accessibility
 * check) in the local Chromium: `npm run test:stories`. No browser is downloaded; set
 * CHROME_PATH to use another Chromium.
 */
const args = [
  ...CHROME_ARGS,
  // The video stories press play from a script; let the video start as it would for a reader.
  '--autoplay-policy=no-user-gesture-required',
];

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Story helpers that need the test runner's powers have two versions: the one stories import
 * (used by the Storybook UI and the static build) and a `.vitest.ts` twin used under Vitest.
 *
 * - keyboard: key presses from JavaScript (what storybook/test's userEvent dispatches) are
 *   untrusted, and a browser never opens a <details> for an untrusted Enter or Space. Under
 *   Vitest the stories press keys through Playwright (`userEvent` from 'vitest/browser'): real,
 *   trusted key presses.
 * - media: a page cannot emulate `forced-colors` or `prefers-reduced-motion`; under Vitest the
 *   `emulateMedia` command below does it through Playwright.
 * - pointer: a page cannot make `:hover` match; under Vitest the real pointer moves.
 */
const twins = new Map(
  ['keyboard', 'media', 'pointer'].map((name) => [fromHere(`./stories/support/${name}.ts`), fromHere(`./stories/support/${name}.vitest.ts`)]),
);
const vitestTwins = new Set(twins.values());

const testRunnerHelpers = (): Plugin => ({
  name: 'cytokine-stories:test-runner-helpers',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer || vitestTwins.has(importer) || !source.includes('support/')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return (resolved && twins.get(resolved.id)) ?? null;
  },
});

/** `commands.emulateMedia(…)` in the browser: Playwright's page.emulateMedia on the test page. */
const emulateMedia: BrowserCommand<[EmulatedMedia]> = async (context, media) => {
  if (!('page' in context)) throw new Error('emulateMedia needs the Playwright provider');
  await context.page.emulateMedia(media);
};

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: fromHere('./.storybook') }), testRunnerHelpers()],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROME_PATH, args } }),
            instances: [{ browser: 'chromium' }],
            commands: { emulateMedia },
          },
        },
      },
    ],
  },
});
