// The snippet builder's page (demo/builder.html), in Chromium against the built files (`npm run
// build` first): what only a real page shows. The page loads dist/builder.js, which loads the
// widgets' bundle, and draws the builder with nothing logged; without JavaScript it says where the
// examples are; the code the builder writes works when pasted into a blank page on this server,
// for every answer to "Where will you paste this?", and its fallback shows when the script
// fails; the link to the guide leads to docs/cms.md; at 1280 px the code stays in view while the
// editor works down the options; nothing scrolls sideways; axe finds nothing.
//
// What the builder itself does (options → exact code, each CMS's guidance, the fallback's
// defaults, copying and its fallback, the keyboard, escaping) is specified once, by its stories
// (stories/snippet-builder.stories.ts), not here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_ORIGIN, ROOT, axeViolations, expect, expectClean, openAllDisclosures, overflow, record, test, titles } from './fixtures.js';

const BUILDER = '/demo/builder.html';
/** The light-DOM element the builder draws its preview in. */
const PREVIEW = 'cytokine-snippet-builder > [slot="preview"]';
const ADVICE_LINE = 'Your advice line, as it reads in a sentence';
/** The answers to "Where will you paste this?", and the script each one's code loads. */
const PLACES = [
  ['A web page’s HTML', 'cytokine-widgets.js'],
  ['A WordPress Custom HTML block', 'autoloader.js'],
  ['Drupal', 'autoloader.js'],
  ['Another CMS', 'autoloader.js'],
] as const;
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

/** The code in one of the builder's two boxes. */
const codeOf = async (page: Page, box: 'site' | 'page'): Promise<string> =>
  (await page.locator(`cytokine-snippet-builder [part~="${box}-code"]`).textContent()) ?? '';

/** A blank page on this server with the code pasted in: the developer's part in the head, the editor's in the body. */
async function pasteInto(page: Page, path: string, site: string, body: string): Promise<void> {
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Pasted</title>\n${site}\n</head><body>\n${body}\n</body></html>`;
  await page.route(url(path), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

test('the page loads dist/builder.js, which loads the bundle, and draws the builder and a preview', async ({ page, log }) => {
  await openBuilder(page);
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src));
  expect(scripts, 'one script tag: the builder').toEqual([url('/dist/builder.js')]);
  expect(log.requests, 'the builder loads the widgets’ bundle for its preview').toContain(url('/dist/cytokine-widgets.js'));
  expect(log.requests.filter((u) => new URL(u).origin !== DEMO_ORIGIN), 'requests to another origin').toEqual([]);

  await expect(page.getByRole('radio', { name: 'A WordPress Custom HTML block' }), 'the default answer').toBeChecked();
  await expect(page.getByRole('radio', { name: 'Drug card' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Copy code for your developer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy code for the page' })).toBeVisible();
  expect(await codeOf(page, 'site')).toBe('<script type="module" src="https://your-cdn.example/cytokine-widgets/dist/autoloader.js"></script>');
  expect(await codeOf(page, 'page')).toMatch(/^<div data-cytokine-widget="cytokine-card" [^\n]*>\n {2}<p>Ask your treatment team about interferon alfa\.<\/p>\n<\/div>$/);
  await expect(page.getByText('The snippet builder needs JavaScript'), 'the no-JavaScript text, once the builder runs').toBeHidden();
  expect(await titles(page, 'cytokine-card', 1, PREVIEW)).toEqual([{ tag: 'h2', text: 'Interferon alfa', error: null }]);
});

test('the guide is a link, from the page and from the builder, to docs/cms.md on this server', async ({ page }) => {
  await openBuilder(page);
  const links = [
    page.getByRole('link', { name: 'guide for editors (docs/cms.md)' }),
    page.getByRole('link', { name: 'Step-by-step guide for editors and developers (docs/cms.md)' }),
  ];
  for (const link of links) {
    await expect(link).toBeVisible();
    expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(url('/docs/cms.md'));
  }
  const guide = await page.request.get(url('/docs/cms.md'));
  expect(guide.status()).toBe(200);
  expect(await guide.text()).toBe(readFileSync(join(ROOT, 'docs/cms.md'), 'utf8'));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says where the examples are', async ({ page }) => {
    await page.goto(BUILDER);
    await expect(page.getByText('The snippet builder needs JavaScript')).toBeVisible();
    await expect(page.getByText('<cytokine-card drug="interferon-alfa"><a href="/interferon">Read about interferon</a></cytokine-card>')).toBeVisible();
  });
});

test('the code works when pasted into a blank page, for every answer to “Where will you paste this?”', async ({ page }) => {
  test.slow();
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
  await page.getByLabel('Link to your own page about it (recommended)').fill('/aldesleukin?a=1&b=2');
  await page.getByRole('radio', { name: 'Hospital' }).check();

  for (const [place, script] of PLACES) {
    await test.step(place, async () => {
      await page.getByRole('radio', { name: place }).check();
      const site = await codeOf(page, 'site');
      const body = await codeOf(page, 'page');
      expect(site).toContain(`src="${DEMO_ORIGIN}/dist/${script}"`);
      if (script === 'autoloader.js') expect(body, 'what an editor pastes into a CMS: nothing its filter removes').not.toMatch(/<script|<link|<side-effect-list/);

      const pasted = await page.context().newPage();
      const log = record(pasted);
      const path = `/pasted-${PLACES.findIndex(([p]) => p === place)}.html`;
      await pasteInto(pasted, path, site, body);
      await pasted.goto(url(path), { waitUntil: 'networkidle' });
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

test('when the script cannot load, the pasted code shows its fallback, in either form', async ({ page }) => {
  await openBuilder(page);
  for (const [place, script] of [PLACES[0], PLACES[1]]) {
    await test.step(place, async () => {
      await page.getByRole('radio', { name: place }).check();
      const pasted = await page.context().newPage();
      // The address is the default, which is no server at all: as if the files were never copied.
      const site = await codeOf(page, 'site');
      expect(site).toContain(`https://your-cdn.example/cytokine-widgets/dist/${script}`);
      await pasted.route('https://your-cdn.example/**', (route) => route.abort());
      const path = `/pasted-broken-${script}.html`;
      await pasteInto(pasted, path, site, await codeOf(page, 'page'));
      await pasted.goto(url(path), { waitUntil: 'load' });
      await expect(pasted.getByText('Ask your treatment team about interferon alfa.')).toBeVisible();
      await pasted.close();
    });
  }
});

test('at 1280 px the code stays in view while the editor works down the options', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openBuilder(page);
  const column = page.locator('cytokine-snippet-builder [part~="code-column"]');
  const inView = async (what: string) => {
    const box = await column.boundingBox();
    expect(box, what).not.toBeNull();
    expect(box!.y, `${what}: top`).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, `${what}: bottom`).toBeLessThanOrEqual(800);
  };
  // The last options: the theme, then the developer's address, far down the form.
  await page.getByRole('radio', { name: 'Hospital' }).check();
  await inView('after choosing a theme');
  const address = page.getByLabel('Address of the widgets’ dist/ folder');
  await address.fill('https://cdn.example.org/cw/');
  expect(await page.evaluate(() => scrollY), 'the page scrolled down to the last option').toBeGreaterThan(800);
  await inView('at the last option');
  await expect(page.locator('cytokine-snippet-builder [part~="site-code"]'), 'the code beside it is the new code').toContainText('https://cdn.example.org/cw/autoloader.js');

  // The form is the column's full height: the code is still in view at the very bottom of the form.
  await page.evaluate(() => {
    const form = document.querySelector('cytokine-snippet-builder')!.shadowRoot!.querySelector('form')!;
    scrollTo(0, form.getBoundingClientRect().bottom + scrollY - innerHeight + 10);
  });
  await inView('at the end of the form');
});

for (const width of [320, 1280]) {
  test(`no horizontal scroll at ${width} px, for each widget`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height: 800 });
    await openBuilder(page);
    const cases = [
      ['A WordPress Custom HTML block', 'Drug card', 'cytokine-card'],
      ['A WordPress Custom HTML block', 'Side-effect list', 'side-effect-list'],
      ['A WordPress Custom HTML block', 'Injection video', 'injection-video'],
      ['A web page’s HTML', 'Side-effect list', 'side-effect-list'],
    ] as const;
    for (const [place, label, tag] of cases) {
      await page.getByRole('radio', { name: place }).check();
      await page.getByRole('radio', { name: label }).check();
      if (tag === 'side-effect-list') {
        await page.getByLabel(ADVICE_LINE).fill('the St Example’s Hospital Acute Oncology Service 24-hour line');
        await page.getByLabel('Its phone number').fill('0161 496 0999');
      }
      await titles(page, tag, 1, PREVIEW);
      await openAllDisclosures(page);
      const o = await overflow(page, '.builder-skip');
      expect(o.vw).toBe(width);
      expect(o.scrollWidth, `${place}, ${tag}: page width`).toBeLessThanOrEqual(width);
      expect(o.offenders, `${place}, ${tag}: elements wider than the viewport`).toEqual([]);
    }
  });
}

// The form as loaded is also in the two pages checked (only the preview and the messages change).
test('the page has no axe violations: with the list’s disclosures open, and with the builder’s messages shown', async ({ page }) => {
  // axe reads the builder's form and a widget's shadow root twice.
  test.slow();
  await openBuilder(page);
  await page.getByRole('radio', { name: 'Side-effect list' }).check();
  await titles(page, 'side-effect-list', 1, PREVIEW);
  expect(await openAllDisclosures(page), 'disclosures found to open').toBeGreaterThan(5);
  expect(await axeViolations(page), 'the list, every disclosure open').toEqual([]);
  await page.getByRole('radio', { name: 'Drupal' }).check();
  await page.getByLabel('Fallback text').fill('');
  await page.getByLabel('Link to your own page about it (recommended)').fill('javascript:alert(1)');
  await expect(page.getByText('The box is empty, so the code keeps the default')).toBeVisible();
  await expect(page.getByText('This one is left out of the code.')).toBeVisible();
  expect(await axeViolations(page), 'the note about a cleared fallback and the message about an unsafe address').toEqual([]);
});
