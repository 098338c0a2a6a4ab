// The docs tables' token controls change the widget: a `--cytokine-*` arg, set in the URL or
// through the control on the side-effect list's docs page, reaches the story (withTokenArgs in
// .storybook/preview.ts) and so the urgent care card. Against the static Storybook
// (`npm run build-storybook` first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { ROOT, STORYBOOK_ORIGIN, expect, test } from './fixtures.js';

const NHS_RED = 'rgb(213, 40, 27)';
const GREEN = 'rgb(0, 255, 0)';

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  importPath: string;
}

/** The side-effect list's first story: the one its docs page's controls drive. */
const STORY = ((): string => {
  const file = join(ROOT, 'storybook-static/index.json');
  if (!existsSync(file)) throw new Error('storybook-static/index.json is missing: run `npm run build-storybook` first');
  const index = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, IndexEntry> };
  const story = Object.values(index.entries).find((e) => e.type === 'story' && e.importPath === './stories/side-effect-list.stories.ts');
  if (!story) throw new Error('no side-effect-list story in storybook-static/index.json');
  return story.id;
})();

/** The urgent care card's heading, whose background is the card's accent. */
const urgentHeading = (root: Page | FrameLocator): Locator => root.locator('side-effect-list [part~="care-card-urgent"] .care-heading').first();
const background = (heading: Locator) => heading.evaluate((el) => getComputedStyle(el).backgroundColor);

// Not the usual clean-page check: Chromium asks the static Storybook for a /favicon.ico it does
// not have, and the docs page renders the error stories, which fetch unreachable and invalid
// sources on purpose. A script error still fails.
test.use({ clean: false });
test.afterEach(({ log }) => expect(log.pageErrors, 'page errors').toEqual([]));

test('a --cytokine-* arg in the URL recolours the urgent care card, and without it the default returns', async ({ page }) => {
  await page.goto(`${STORYBOOK_ORIGIN}/iframe.html?id=${STORY}&viewMode=story&args=--cytokine-care-urgent:!hex(00ff00)`);
  const heading = urgentHeading(page);
  await expect(heading).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => background(heading)).toBe(GREEN);
  // Set through the CSSOM on the decorator's wrapper, never as markup in the story.
  expect(await page.locator('.cytokine-token-args').evaluate((el) => el.style.getPropertyValue('--cytokine-care-urgent'))).toMatch(/^#00ff00$/i);

  await page.goto(`${STORYBOOK_ORIGIN}/iframe.html?id=${STORY}&viewMode=story`);
  await expect(urgentHeading(page)).toBeVisible({ timeout: 20_000 });
  expect(await background(urgentHeading(page))).toBe(NHS_RED);
});

test.describe('on the docs page', () => {
  test('the --cytokine-care-urgent control recolours the card, and clearing it restores the default', async ({ page }) => {
    test.slow();
    const docs = STORY.replace(/--[^-].*$/, '--docs');
    await page.goto(`${STORYBOOK_ORIGIN}/?path=/docs/${docs}`);
    const preview = page.frameLocator('#storybook-preview-iframe');
    const heading = urgentHeading(preview);
    await expect(heading).toBeVisible({ timeout: 60_000 });
    expect(await background(heading)).toBe(NHS_RED);

    // The colour control's text box (labelled with the token's name) in the docs table.
    const input = preview.getByRole('textbox', { name: '--cytokine-care-urgent', exact: true });
    await input.scrollIntoViewIfNeeded();
    await input.fill('#00ff00');
    await input.press('Enter');
    await expect.poll(() => background(heading), { timeout: 10_000 }).toBe(GREEN);

    await input.fill('');
    await input.press('Enter');
    await expect.poll(() => background(heading), { timeout: 10_000 }).toBe(NHS_RED);
  });
});
