// The prerender path: static HTML (Declarative Shadow DOM) for readers without JavaScript and
// for search engines, hydrated in place by the script with no layout shift. Needs `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../scripts/chromium.mjs';
import { prerender } from '../../scripts/prerender.mjs';
import { startServer } from '../../scripts/serve.mjs';

let server;
let browser;

before(async () => {
  const { widgets } = await prerender('demo/index.html', 'demo/prerendered.html');
  assert.equal(widgets, 5);
  server = await startServer({ port: 0, quiet: true });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('without JavaScript, readers get the widgets themselves, styled, not only the fallback', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL('/demo/prerendered.html', server.url).href, { waitUntil: 'networkidle' });
  const titles = await page.locator('cytokine-card [part="title"]').allTextContents();
  assert.deepEqual(titles, ['Interferon alfa', 'Aldesleukin']);
  assert.equal(await page.locator('side-effect-list [part="title"]').count(), 2);
  assert.equal(await page.locator('injection-video [data-cytokine-transcript] li').count(), 31);
  // The shadow stylesheet arrived through <link>: the card has its border.
  const border = await page.locator('cytokine-card [part="base"]').first().evaluate((el) => getComputedStyle(el).borderTopStyle);
  assert.equal(border, 'solid');
  assert.equal(await page.getByText('Read about interferon on Cancer Research UK').isVisible(), false);
  await context.close();
});

test('the script hydrates the static HTML in place: no duplicate content, no layout shift', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(new URL('/demo/prerendered.html', server.url).href, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => [...document.querySelectorAll('cytokine-card, side-effect-list, injection-video')]
    .every((el) => el.shadowRoot.adoptedStyleSheets.length > 0 && !el.shadowRoot.querySelector('link')));
  await page.waitForTimeout(300);
  const counts = await page.evaluate(() => ({
    cardTitles: [...document.querySelectorAll('cytokine-card')].map((el) => el.shadowRoot.querySelectorAll('[part="title"]').length),
    transcript: document.querySelectorAll('injection-video [data-cytokine-transcript] li').length,
    shifts: window.__shifts,
  }));
  assert.deepEqual(counts.cardTitles, [1, 1]);
  assert.equal(counts.transcript, 31);
  const cls = counts.shifts.reduce((a, b) => a + b, 0);
  assert.ok(cls < 0.001, `cumulative layout shift ${cls}`);
  // Hydrated widgets work: a disclosure opens and the play button creates the video.
  await page.locator('injection-video [part~="play-button"]').click();
  await page.waitForFunction(() => document.querySelector('injection-video').shadowRoot.querySelector('video'));
  await context.close();
});
