import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';

/**
 * Runs every story in stories/ as a browser test (render, play function, axe accessibility
 * check) in the local Chromium: `npm run test:stories`. No browser is downloaded; set
 * CHROME_PATH to use another Chromium.
 */
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const storybookKeyboard = fromHere('./stories/support/keyboard.ts');
const vitestKeyboard = fromHere('./stories/support/keyboard.vitest.ts');

/**
 * Key presses from JavaScript (what storybook/test's userEvent dispatches) are untrusted, and a
 * browser never opens a <details> for an untrusted Enter or Space. Under Vitest the stories
 * therefore press keys through Playwright (`userEvent` from 'vitest/browser'): real, trusted key
 * presses. The Storybook UI and static build keep stories/support/keyboard.ts.
 */
const realKeyboard = (): Plugin => ({
  name: 'cytokine-stories:real-keyboard',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer || importer === vitestKeyboard || !source.includes('keyboard')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === storybookKeyboard ? vitestKeyboard : null;
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: fromHere('./.storybook') }), realKeyboard()],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath, args } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
