// The snippet builder's page (demo/builder.html), in Chromium against the built files (`npm run
// build` first): what only a real page shows. The page loads dist/builder.js, which loads the
// widgets' bundle, and draws the builder with nothing logged; without JavaScript it says where the
// examples are; the code the builder writes works when pasted into a blank page on this server,
// in both forms; nothing scrolls sideways; axe finds nothing.
//
// What the builder itself does (options → exact code, the placeholder form, copying and its
// fallback, the keyboard, escaping) is specified once, by its stories
// (stories/snippet-builder.stories.ts), not here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_ORIGIN, ROOT, axeViolations, expect, expectClean, openAllDisclosures, overflow, record, test, titles } from './fixtures.js';

const BUILDER = '/demo/builder.html';
/** The light-DOM element the builder draws its preview in. */
const PREVIEW = 'cytokine-snippet-builder > [slot="preview"]';
const ADVICE_LINE = 'Your advice line, as it reads in a sentence';
const url = (path: string): string => new URL(path, DEMO_ORIGIN).href;

test.beforeAll(() => {
  // A missing file would show up as a 404 deep inside some test; say what to do instead.
  for (const file of ['dist/builder.js', 'dist/cytokine-widgets.js', 'dist/autoloader.js', 'dist/themes/hospital.css']) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` before the page tests`);
  }
});

/** Opens the builder's page and waits for the builder and its first preview (a card). */
async function openBuilder(page: Page): Promise<void> {
  await page.goto(BUILDER, { waitUntil: 'networkidle' });
  await titles(page, 'cytokine-card', 1, PREVIEW);
}

const codeOf = async (page: Page): Promise<string> => (await page.locator('cytokine-snippet-builder [part~="code"]').textContent()) ?? '';

test('the page loads dist/builder.js, which loads the bundle, and draws the builder and a preview', async ({ page, log }) => {
  await openBuilder(page);
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src));
  expect(scripts, 'one script tag: the builder').toEqual([url('/dist/builder.js')]);
  expect(log.requests, 'the builder loads the widgets’ bundle for its preview').toContain(url('/dist/cytokine-widgets.js'));
  expect(log.requests.filter((u) => new URL(u).origin !== DEMO_ORIGIN), 'requests to another origin').toEqual([]);

  await expect(page.getByRole('radio', { name: 'Drug card' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Copy code' })).toBeVisible();
  expect(await codeOf(page)).toMatch(/^<script type="module" src="https:\/\/your-cdn\.example\/cytokine-widgets\/dist\/cytokine-widgets\.js"><\/script>\n<cytokine-card /);
  await expect(page.getByText('The snippet builder needs JavaScript'), 'the no-JavaScript text, once the builder runs').toBeHidden();
  expect(await titles(page, 'cytokine-card', 1, PREVIEW)).toEqual([{ tag: 'h2', text: 'Interferon alfa', error: null }]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says where the examples are', async ({ page }) => {
    await page.goto(BUILDER);
    await expect(page.getByText('The snippet builder needs JavaScript')).toBeVisible();
    await expect(page.getByText('<cytokine-card drug="interferon-alfa"></cytokine-card>')).toBeVisible();
  });
});

test('the code works when pasted into a page: both forms, with the base URL set to this server', async ({ page }) => {
  await openBuilder(page);
  // No trailing slash: the builder adds it.
  await page.getByLabel('Address of the widgets’ dist/ folder').fill(`${DEMO_ORIGIN}/dist`);
  await page.getByRole('radio', { name: 'Side-effect list' }).check();
  await page.getByRole('radio', { name: 'Aldesleukin' }).check();
  await page.getByLabel('Heading level of the widget’s title').selectOption('3');
  await page.getByRole('checkbox', { name: 'Open every side effect (for a printed handout)' }).check();
  const adviceLine = 'the "Acute" <Oncology> & Haematology line';
  await page.getByLabel(ADVICE_LINE).fill(adviceLine);
  await page.getByLabel('Its phone number').fill('0161 496 0999');
  await page.getByLabel('Fallback link: address (optional)').fill('/aldesleukin?a=1&b=2');
  await page.getByRole('radio', { name: 'Hospital' }).check();
  const elementCode = await codeOf(page);
  await page.getByRole('radio', { name: 'CMS-safe placeholder and the autoloader' }).check();
  const placeholderCode = await codeOf(page);
  expect(elementCode).toContain(`src="${DEMO_ORIGIN}/dist/cytokine-widgets.js"`);
  expect(placeholderCode).toContain(`src="${DEMO_ORIGIN}/dist/autoloader.js"`);

  for (const [form, code, script] of [['element', elementCode, 'cytokine-widgets.js'], ['placeholder', placeholderCode, 'autoloader.js']]) {
    await test.step(`the ${form} form`, async () => {
      const pasted = await page.context().newPage();
      const log = record(pasted);
      const body = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${code}\n</body></html>`;
      await pasted.route(url(`/pasted-${form}.html`), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
      await pasted.goto(url(`/pasted-${form}.html`), { waitUntil: 'networkidle' });
      expect(await titles(pasted, 'side-effect-list', 1)).toEqual([{ tag: 'h3', text: 'Side effects of Aldesleukin', error: null }]);
      const got = await pasted.evaluate(() => {
        const el = document.querySelector('side-effect-list')!;
        const root = el.shadowRoot!;
        return {
          wrapper: el.closest('.cytokine-theme-hospital') !== null,
          text: root.textContent!.replace(/\s+/g, ' '),
          tel: root.querySelector('a[href^="tel:"]')?.getAttribute('href'),
          fallback: el.querySelector(':scope > a')?.getAttribute('href'),
          summary: getComputedStyle(root.querySelector('[part~="effect-summary"]')!).color,
          open: [...root.querySelectorAll('details[part~="effect"]')].every((d) => (d as HTMLDetailsElement).open),
        };
      });
      expect(got.wrapper, 'theme wrapper').toBe(true);
      expect(got.text, 'the advice line, as text').toContain(adviceLine);
      expect(got.tel, 'tap-to-call link').toBe('tel:01614960999');
      expect(got.fallback, 'fallback link').toBe('/aldesleukin?a=1&b=2');
      expect(got.summary, 'the hospital theme’s stylesheet').toBe('rgb(0, 94, 184)');
      expect(got.open, 'expanded').toBe(true);
      expect(log.requests).toContain(url(`/dist/${script}`));
      expect(log.requests).toContain(url('/dist/themes/hospital.css'));
      expect(log.requests.filter((u) => new URL(u).origin !== DEMO_ORIGIN), 'requests to another origin').toEqual([]);
      expectClean(log);
      await pasted.close();
    });
  }
});

for (const width of [320, 1280]) {
  test(`no horizontal scroll at ${width} px, for each widget in the placeholder form`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height: 800 });
    await openBuilder(page);
    await page.getByRole('radio', { name: 'CMS-safe placeholder and the autoloader' }).check();
    for (const [label, tag] of [['Drug card', 'cytokine-card'], ['Side-effect list', 'side-effect-list'], ['Injection video', 'injection-video']]) {
      await page.getByRole('radio', { name: label }).check();
      if (tag === 'side-effect-list') {
        await page.getByLabel(ADVICE_LINE).fill('the St Example’s Hospital Acute Oncology Service 24-hour line');
        await page.getByLabel('Its phone number').fill('0161 496 0999');
      }
      await titles(page, tag, 1, PREVIEW);
      await openAllDisclosures(page);
      const o = await overflow(page, '.builder-skip');
      expect(o.vw).toBe(width);
      expect(o.scrollWidth, `${tag}: page width`).toBeLessThanOrEqual(width);
      expect(o.offenders, `${tag}: elements wider than the viewport`).toEqual([]);
    }
  });
}

test('the page has no axe violations, as loaded and with the list’s disclosures open', async ({ page }) => {
  // axe reads the builder's form and a widget's shadow root twice.
  test.slow();
  await openBuilder(page);
  expect(await axeViolations(page), 'as loaded').toEqual([]);
  await page.getByRole('radio', { name: 'Side-effect list' }).check();
  await titles(page, 'side-effect-list', 1, PREVIEW);
  expect(await openAllDisclosures(page), 'disclosures found to open').toBeGreaterThan(5);
  expect(await axeViolations(page), 'the list, every disclosure open').toEqual([]);
});
