// Server rendering: `cytokine-widgets prerender` (Lit SSR in Node, no browser) turns the demo
// page's widgets into Declarative Shadow DOM; readers without JavaScript get the widgets; the
// bundle hydrates them in place: the same nodes, no doubled content, no layout shift, focus kept.
// Needs `npm run build`.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { serverAndBrowser } from './support.mjs';

const WIDGETS = 'cytokine-card, side-effect-list, injection-video';
before(() => {
  // The command as a web team runs it, with no browser on PATH or in the environment.
  const out = execFileSync(process.execPath, ['bin/cytokine-widgets.mjs', 'prerender', 'demo/index.html', 'demo/prerendered.html'], {
    encoding: 'utf8',
    env: { PATH: '/nonexistent', HOME: process.env.HOME },
  });
  assert.match(out, /prerendered 5 widgets/);
  // The same page with the script added later, so a test can act on the static HTML first.
  const late = readFileSync('demo/prerendered.html', 'utf8').replace(/<script type="module" src="[^"]*cytokine-widgets\.js"><\/script>/, '');
  writeFileSync('demo/prerendered-late.html', late);
});
const env = serverAndBrowser();

test('without JavaScript, readers get the widgets themselves, styled, not only the fallback', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL('/demo/prerendered.html', env.server.url).href, { waitUntil: 'networkidle' });
  const titles = await page.locator('cytokine-card [part="title"]').allTextContents();
  assert.deepEqual(titles, ['Interferon alfa', 'Aldesleukin']);
  assert.equal(await page.locator('side-effect-list [part="title"]').count(), 2);
  assert.equal(await page.locator('injection-video [data-cytokine-transcript] li').count(), 31);
  // The shadow styles came with the HTML: the card has its border, and the poster loads.
  const border = await page.locator('cytokine-card [part="base"]').first().evaluate((el) => getComputedStyle(el).borderTopStyle);
  assert.equal(border, 'solid');
  assert.ok(await page.locator('injection-video [part="poster"]').evaluate((img) => img.complete && img.naturalWidth > 0), 'poster loaded');
  assert.equal(await page.getByText('Read about interferon on Cancer Research UK').isVisible(), false);
  await context.close();
});

test('the bundle hydrates the static HTML in place: same nodes, no doubled content, no layout shift, focus kept', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(new URL('/demo/prerendered-late.html', env.server.url).href, { waitUntil: 'networkidle' });
  // A reader has moved into the first card's "more detail" before the script arrives.
  await page.evaluate(() => {
    const card = document.querySelector('cytokine-card');
    window.__title = card.shadowRoot.querySelector('[part="title"]');
    window.__summary = card.shadowRoot.querySelector('summary');
    window.__summary.focus();
  });
  const ready = await page.evaluate(async (widgets) => {
    const count = document.querySelectorAll(widgets).length;
    let seen = 0;
    const all = new Promise((resolve) => document.addEventListener('cytokine-ready', () => ++seen === count && resolve()));
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '../dist/cytokine-widgets.js';
    document.head.append(script);
    await all;
    return seen;
  }, WIDGETS);
  assert.equal(ready, 5);
  await page.waitForTimeout(300);
  const after = await page.evaluate((widgets) => {
    const card = document.querySelector('cytokine-card');
    return {
      sameTitle: card.shadowRoot.querySelector('[part="title"]') === window.__title,
      focusKept: card.shadowRoot.activeElement === window.__summary,
      cardTitles: [...document.querySelectorAll('cytokine-card')].map((el) => el.shadowRoot.querySelectorAll('[part="title"]').length),
      transcript: document.querySelectorAll('injection-video [data-cytokine-transcript] li').length,
      adopted: [...document.querySelectorAll(widgets)].every((el) => el.shadowRoot.adoptedStyleSheets.length > 0),
      shifts: window.__shifts,
    };
  }, WIDGETS);
  assert.equal(after.sameTitle, true, 'the server-rendered title node is kept, not replaced');
  assert.equal(after.focusKept, true, 'focus stays where the reader put it');
  assert.deepEqual(after.cardTitles, [1, 1]);
  assert.equal(after.transcript, 31);
  // Adopted stylesheets are allowed by a strict CSP, unlike the server's inline <style>.
  assert.equal(after.adopted, true);
  const cls = after.shifts.reduce((a, b) => a + b, 0);
  assert.ok(cls < 0.001, `cumulative layout shift ${cls}`);
  // Later updates render where hydration put the content: still one copy of everything.
  const afterUpdates = await page.evaluate(async () => {
    const card = document.querySelector('cytokine-card');
    const list = document.querySelector('side-effect-list');
    card.setAttribute('heading-level', '3');
    list.expanded = true;
    await Promise.all([card.updateComplete, list.updateComplete]);
    return [card, list].map((el) => ({
      titles: el.shadowRoot.querySelectorAll('[part="title"]').length,
      bases: el.shadowRoot.querySelectorAll('[part="base"]').length,
      level: el.shadowRoot.querySelector('[part="title"]').localName,
    }));
  });
  assert.deepEqual(afterUpdates, [{ titles: 1, bases: 1, level: 'h3' }, { titles: 1, bases: 1, level: 'h3' }]);
  // Hydrated widgets work: the play button creates the video.
  await page.locator('injection-video [part~="play-button"]').click();
  await page.waitForFunction(() => document.querySelector('injection-video').shadowRoot.querySelector('video'));
  await context.close();
});

test('HTML that does not match the templates (another version rendered it) is rendered afresh, not left blank', async () => {
  const html = readFileSync('demo/prerendered.html', 'utf8');
  // Change the digest of every card's outer template, as a different library version would.
  const digest = html.match(/<cytokine-card[^>]*><template[^>]*><style>[\s\S]*?<\/style><!--lit-part ([^ ]+?)-->/)[1];
  writeFileSync('demo/prerendered-other.html', html.replaceAll(`<!--lit-part ${digest}-->`, '<!--lit-part AAAAAAAAAAA=-->'));
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(new URL('/demo/prerendered-other.html', env.server.url).href, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => [...document.querySelectorAll('cytokine-card')].every((el) => el.shadowRoot.adoptedStyleSheets.length > 0));
  await page.waitForTimeout(300);
  const titles = await page.evaluate(() => [...document.querySelectorAll('cytokine-card')].map((el) => el.shadowRoot.querySelectorAll('[part="title"]').length));
  assert.deepEqual(titles, [1, 1]);
  assert.ok(warnings.some((w) => w.includes('could not hydrate')), 'the page is told');
  await context.close();
});

test('a Welsh page (no Welsh content) hydrates its language note in place, with no warning', async () => {
  const welsh = readFileSync('demo/index.html', 'utf8').replace(/<html lang="[^"]*"/, '<html lang="cy"');
  writeFileSync('demo/prerendered-cy-in.html', welsh);
  execFileSync(process.execPath, ['bin/cytokine-widgets.mjs', 'prerender', 'demo/prerendered-cy-in.html', 'demo/prerendered-cy.html']);
  assert.match(readFileSync('demo/prerendered-cy.html', 'utf8'), /part="language-note"/);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
  await page.goto(new URL('/demo/prerendered-cy.html', env.server.url).href, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => [...document.querySelectorAll('cytokine-card')].every((el) => el.shadowRoot.adoptedStyleSheets.length > 0));
  const notes = await page.evaluate(() => [...document.querySelectorAll('cytokine-card')].map((el) => el.shadowRoot.querySelectorAll('[part="language-note"]').length));
  assert.deepEqual(notes, notes.map(() => 1), 'one note per card, not two');
  assert.deepEqual(problems.filter((p) => !/favicon/.test(p)), []);
  await context.close();
});

test('a page served with the script in place hydrates with no errors in the console', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(new URL('/demo/prerendered.html', env.server.url).href, { waitUntil: 'networkidle' });
  await page.waitForFunction((widgets) => [...document.querySelectorAll(widgets)].every((el) => el.shadowRoot.adoptedStyleSheets.length > 0), WIDGETS);
  assert.deepEqual(problems.filter((p) => !/favicon/.test(p)), []);
  await context.close();
});
