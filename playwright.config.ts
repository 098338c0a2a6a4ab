// Page-level tests (test/pages/*.spec.ts) on Playwright Test, in the local Chromium (nothing is
// downloaded: CHROME_PATH, default /usr/bin/chromium). Element specs stay on web-test-runner
// (test/*.test.ts, three engines) and the stories on Storybook + Vitest.
//
//   npm run test:pages                 builds Storybook, then runs every spec
//   npx playwright test demo           one file
//   npx playwright test --update-snapshots   rewrites the screenshot baselines (commit them)
//
// Two servers start for the run: the demo server (scripts/serve.mjs: demo/ and dist/, the
// strict-CSP pages) and the static Storybook (storybook-static/, from `npm run build-storybook`).
import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from './test/support/chromium.mjs';

export const DEMO_PORT = Number(process.env.DEMO_PORT ?? 8130);
export const STORYBOOK_PORT = Number(process.env.STORYBOOK_PORT ?? 8131);

export default defineConfig({
  testDir: 'test/pages',
  // Baselines are committed next to the specs, one per name, with no platform suffix: CI runs
  // the same Debian Chromium as a developer's machine.
  snapshotPathTemplate: 'test/pages/baselines/{testFileName}/{arg}{ext}',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['line']] : [['list']],
  expect: {
    timeout: 10_000,
    toHaveScreenshot: {
      animations: 'disabled',
      caret: 'hide',
      scale: 'css',
      // Anti-aliasing of text may differ by a few pixels between runs; a layout change moves
      // thousands.
      maxDiffPixelRatio: 0.001,
    },
  },
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROME_PATH, args: CHROME_ARGS },
    baseURL: `http://127.0.0.1:${DEMO_PORT}`,
    // In CI no trace: recording one for every test cost an eighth of the run (demo and a11y specs:
    // 90 s with, 78 s without). A failure still prints its error context.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
  },
  webServer: [
    {
      command: `node scripts/serve.mjs --port ${DEMO_PORT} --quiet`,
      url: `http://127.0.0.1:${DEMO_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node test/support/serve-storybook.mjs --port ${STORYBOOK_PORT}`,
      url: `http://127.0.0.1:${STORYBOOK_PORT}/index.json`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
