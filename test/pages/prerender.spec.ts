// Server rendering: `cytokine-widgets prerender` (Lit SSR in Node, no browser) turns the demo
// page's widgets into Declarative Shadow DOM; readers without JavaScript get the widgets; the
// bundle hydrates them in place: the same nodes, no doubled content, no layout shift, focus kept.
// Needs `npm run build`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, expect, test } from './fixtures.js';

const WIDGETS = 'cytokine-card, side-effect-list, injection-video';
const demo = (file: string): string => join(ROOT, 'demo', file);

/** Runs the command as a web team runs it, from the repository, with no browser on PATH or in the environment. */
const prerender = (input: string, output: string): string =>
  execFileSync(process.execPath, ['bin/cytokine-widgets.mjs', 'prerender', demo(input), demo(output)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: '/nonexistent', HOME: process.env.HOME },
  });

// The tests write and read demo/prerendered*.html (git-ignored; no other spec reads them): one
// worker runs this file's tests in order, so no two workers write the same file at once.
test.describe.configure({ mode: 'default' });

test.beforeAll(() => {
  expect(prerender('index.html', 'prerendered.html')).toMatch(/prerendered 5 widgets/);
  // The same page with the script added later, so a test can act on the static HTML first.
  const late = readFileSync(demo('prerendered.html'), 'utf8').replace(/<script type="module" src="[^"]*cytokine-widgets\.js"><\/script>/, '');
  writeFileSync(demo('prerendered-late.html'), late);
});

/** Every console error and warning, and uncaught exceptions, apart from a missing favicon. */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (['error', 'warning'].includes(m.type()) && !/favicon/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  return problems;
}

/** Waits until every widget matching `selector` has adopted its stylesheets, i.e. has hydrated or rendered. */
const hydrated = (page: Page, selector: string) =>
  page.waitForFunction((s) => [...document.querySelectorAll(s)].every((el) => el.shadowRoot!.adoptedStyleSheets.length > 0), selector);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

  test('readers get the widgets themselves, styled, not only the fallback', async ({ page }) => {
    await page.goto('/demo/prerendered.html', { waitUntil: 'networkidle' });
    await expect(page.locator('cytokine-card [part="title"]')).toHaveText(['Interferon alfa', 'Aldesleukin']);
    await expect(page.locator('side-effect-list [part="title"]')).toHaveCount(2);
    await expect(page.locator('injection-video [data-cytokine-transcript] .cue')).toHaveCount(31);
    // Its "Play from" buttons do nothing without the script: hidden, their space kept.
    await expect(page.locator('injection-video [data-cytokine-transcript] [data-play-from]')).toHaveCount(6);
    await expect(page.locator('injection-video [data-cytokine-transcript] [data-play-from]').first()).toHaveCSS('visibility', 'hidden');
    // The shadow styles came with the HTML: the card has its border, and the poster loads.
    await expect(page.locator('cytokine-card [part="base"]').first()).toHaveCSS('border-top-style', 'solid');
    expect(await page.locator('injection-video [part="poster"]').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'poster loaded').toBe(true);
    await expect(page.getByText('Read about interferon on Cancer Research UK')).toBeHidden();
  });
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the bundle hydrates the static HTML in place: same nodes, no doubled content, no layout shift, focus kept', async ({ page }) => {
    type Probe = Window & { __shifts: number[]; __title?: Element | null; __summary?: HTMLElement | null };
    await page.addInitScript(() => {
      const w = window as unknown as Probe;
      w.__shifts = [];
      new PerformanceObserver((list) => w.__shifts.push(...list.getEntries().map((e) => (e as PerformanceEntry & { value: number }).value)))
        .observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/demo/prerendered-late.html', { waitUntil: 'networkidle' });
    // A reader has moved into the first card's "more detail" before the script arrives.
    await page.evaluate(() => {
      const w = window as unknown as Probe;
      const card = document.querySelector('cytokine-card')!;
      w.__title = card.shadowRoot!.querySelector('[part="title"]');
      w.__summary = card.shadowRoot!.querySelector('summary');
      w.__summary!.focus();
    });
    const ready = await page.evaluate(async (widgets) => {
      const count = document.querySelectorAll(widgets).length;
      let seen = 0;
      const all = new Promise<void>((resolve) => document.addEventListener('cytokine-ready', () => ++seen === count && resolve()));
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '../dist/cytokine-widgets.js';
      document.head.append(script);
      await all;
      return seen;
    }, WIDGETS);
    expect(ready).toBe(5);
    // Layout-shift entries reach the observer after the frames that caused them are drawn.
    await page.waitForTimeout(300);
    const after = await page.evaluate((widgets) => {
      const w = window as unknown as Probe;
      const card = document.querySelector('cytokine-card')!;
      return {
        sameTitle: card.shadowRoot!.querySelector('[part="title"]') === w.__title,
        focusKept: card.shadowRoot!.activeElement === w.__summary,
        cardTitles: [...document.querySelectorAll('cytokine-card')].map((el) => el.shadowRoot!.querySelectorAll('[part="title"]').length),
        transcript: document.querySelectorAll('injection-video [data-cytokine-transcript] .cue').length,
        adopted: [...document.querySelectorAll(widgets)].every((el) => el.shadowRoot!.adoptedStyleSheets.length > 0),
        shifts: w.__shifts,
      };
    }, WIDGETS);
    expect(after.sameTitle, 'the server-rendered title node is kept, not replaced').toBe(true);
    expect(after.focusKept, 'focus stays where the reader put it').toBe(true);
    expect(after.cardTitles).toEqual([1, 1]);
    expect(after.transcript).toBe(31);
    // Adopted stylesheets are allowed by a strict CSP, unlike the server's inline <style>.
    expect(after.adopted).toBe(true);
    const cls = after.shifts.reduce((a, b) => a + b, 0);
    expect(cls, `cumulative layout shift ${cls}`).toBeLessThan(0.001);
    // Later updates render where hydration put the content: still one copy of everything.
    const afterUpdates = await page.evaluate(async () => {
      type Lit = HTMLElement & { updateComplete: Promise<boolean>; expanded?: boolean };
      const card = document.querySelector<Lit>('cytokine-card')!;
      const list = document.querySelector<Lit>('side-effect-list')!;
      card.setAttribute('heading-level', '3');
      list.expanded = true;
      await Promise.all([card.updateComplete, list.updateComplete]);
      return [card, list].map((el) => ({
        titles: el.shadowRoot!.querySelectorAll('[part="title"]').length,
        bases: el.shadowRoot!.querySelectorAll('[part="base"]').length,
        level: el.shadowRoot!.querySelector('[part="title"]')!.localName,
      }));
    });
    expect(afterUpdates).toEqual([{ titles: 1, bases: 1, level: 'h3' }, { titles: 1, bases: 1, level: 'h3' }]);
    // Hydrated widgets work: the play button creates the video.
    await page.locator('injection-video [part~="play-button"]').click();
    await expect(page.locator('injection-video video')).toHaveCount(1);
  });
});

test.describe('with warnings', () => {
  // This test provokes the widgets' "could not hydrate" warning on purpose.
  test.use({ clean: { warnings: false } });

  test('HTML that does not match the templates (another version rendered it) is rendered afresh, not left blank', async ({ page, log }) => {
    const html = readFileSync(demo('prerendered.html'), 'utf8');
    // Change the digest of every card's outer template, as a different library version would.
    const digest = html.match(/<cytokine-card[^>]*><template[^>]*><style>[\s\S]*?<\/style><!--lit-part ([^ ]+?)-->/)![1];
    writeFileSync(demo('prerendered-other.html'), html.replaceAll(`<!--lit-part ${digest}-->`, '<!--lit-part AAAAAAAAAAA=-->'));
    await page.goto('/demo/prerendered-other.html', { waitUntil: 'networkidle' });
    await hydrated(page, 'cytokine-card');
    // Anything drawn twice would appear within a few frames of the hydration.
    await page.waitForTimeout(300);
    const titles = await page.evaluate(() => [...document.querySelectorAll('cytokine-card')].map((el) => el.shadowRoot!.querySelectorAll('[part="title"]').length));
    expect(titles).toEqual([1, 1]);
    expect(log.widgetWarnings.some((w) => w.includes('could not hydrate')), 'the page is told').toBe(true);
  });
});

test('a Welsh page (no Welsh content) hydrates its language note in place, with no warning', async ({ page }) => {
  const welsh = readFileSync(demo('index.html'), 'utf8').replace(/<html lang="[^"]*"/, '<html lang="cy"');
  writeFileSync(demo('prerendered-cy-in.html'), welsh);
  prerender('prerendered-cy-in.html', 'prerendered-cy.html');
  expect(readFileSync(demo('prerendered-cy.html'), 'utf8')).toMatch(/part="language-note"/);
  const problems = problemsOf(page);
  await page.goto('/demo/prerendered-cy.html', { waitUntil: 'networkidle' });
  await hydrated(page, 'cytokine-card');
  const notes = await page.evaluate(() => [...document.querySelectorAll('cytokine-card')].map((el) => el.shadowRoot!.querySelectorAll('[part="language-note"]').length));
  expect(notes, 'one note per card, not two').toEqual(notes.map(() => 1));
  expect(problems).toEqual([]);
});

test('a page served with the script in place hydrates with no errors in the console', async ({ page }) => {
  const problems = problemsOf(page);
  await page.goto('/demo/prerendered.html', { waitUntil: 'networkidle' });
  await hydrated(page, WIDGETS);
  expect(problems).toEqual([]);
});
