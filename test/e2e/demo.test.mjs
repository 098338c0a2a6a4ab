// End-to-end checks of the demo pages in a real Chromium, against the built bundle.
//
//   npm run build && node --test test/e2e/
//
// Set E2E_SCREENSHOTS=/some/dir to also save full-page screenshots at 320 and 1280 px.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE = join(ROOT, 'dist/cytokine-widgets.js');
const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
/** Exactly what the brief asks the server to send for /demo/csp.html. */
const EXPECTED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const TITLES = ['Interferon alfa', 'Aldesleukin'];
const FALLBACKS = ['Read about interferon on Cancer Research UK', 'Read about aldesleukin (interleukin 2) on Cancer Research UK'];

let server;
let browser;

before(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` before the e2e tests`);
  server = await startServer({ port: 0, quiet: true });
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path) => new URL(path, server.url).href;

/**
 * A fresh context and page that records everything a test may assert on: console errors and
 * warnings, uncaught exceptions, requests, failed requests and error responses, CSP violations
 * and the widgets' own events. Listeners are in place before the page's first script runs.
 */
async function openPage(options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const log = { consoleErrors: [], widgetWarnings: [], pageErrors: [], requests: [], failed: [], badResponses: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
    if (msg.type() === 'warning' && msg.text().includes('cytokine-widgets')) log.widgetWarnings.push(msg.text());
  });
  page.on('pageerror', (err) => log.pageErrors.push(String(err)));
  page.on('request', (req) => log.requests.push(req.url()));
  page.on('requestfailed', (req) => log.failed.push(`${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => { if (res.status() >= 400) log.badResponses.push(`${res.status()} ${res.url()}`); });
  if (options.javaScriptEnabled !== false) {
    await page.addInitScript(() => {
      window.__e2e = { csp: [], ready: [], errors: [] };
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__e2e.csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
      }, true);
      document.addEventListener('cytokine-ready', (e) => { window.__e2e.ready.push(e.target.localName); }, true);
      document.addEventListener('cytokine-error', (e) => { window.__e2e.errors.push({ tag: e.target.localName, ...e.detail }); }, true);
    });
  }
  return { context, page, log };
}

/** Waits until every card has drawn its content or an error, then reads each card's title. */
async function cardTitles(page, expected = 2) {
  await page.waitForFunction((n) => {
    const cards = [...document.querySelectorAll('cytokine-card')];
    return cards.length === n && cards.every((c) => c.shadowRoot?.querySelector('[part~="title"], [part~="error"]'));
  }, expected, { timeout: 10_000 });
  return page.evaluate(() => [...document.querySelectorAll('cytokine-card')].map((c) => {
    const title = c.shadowRoot.querySelector('[part~="title"]');
    return { tag: title?.localName ?? null, text: title?.textContent.trim() ?? null, error: c.shadowRoot.querySelector('[part~="error"]')?.textContent.trim() ?? null };
  }));
}

const openAllDisclosures = (page) =>
  page.evaluate(() => document.querySelectorAll('cytokine-card').forEach((c) => c.shadowRoot?.querySelectorAll('details').forEach((d) => { d.open = true; })));

/** How wide the page scrolls, and any visible element (light or shadow DOM) that pokes out past the viewport. */
const overflow = (page) =>
  page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const offenders = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width > 1 && r.height > 1 && (r.right > vw + 0.5 || r.left < -0.5) && !el.closest('.skip-link')) {
          offenders.push(`${el.localName}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return { scrollWidth: document.documentElement.scrollWidth, vw, offenders };
  });

describe('demo page', () => {
  test('(a) loads, renders both cards in shadow roots, with no console or page errors', async () => {
    const { context, page, log } = await openPage();
    try {
      const response = await page.goto(url('/'), { waitUntil: 'load' });
      assert.equal(response.status(), 200);
      assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
      assert.equal(await page.locator('h1').textContent(), 'Interferon and interleukin 2');

      const cards = await cardTitles(page);
      assert.deepEqual(cards.map((c) => c.error), [null, null], 'a card shows an error');
      assert.deepEqual(cards.map((c) => c.text), TITLES);
      assert.deepEqual(cards.map((c) => c.tag), ['h2', 'h2'], 'card titles fit the page outline under its h1');

      // The titles live in shadow roots, not in the page's own DOM.
      const lightText = await page.evaluate(() => [...document.querySelectorAll('cytokine-card')].map((c) => c.textContent));
      for (const [i, text] of lightText.entries()) assert.ok(!text.includes(TITLES[i]), 'title found in light DOM');

      // Once upgraded, the fallback links give way to the content.
      for (const name of FALLBACKS) assert.equal(await page.getByRole('link', { name }).isVisible(), false, `${name} still visible`);

      // One script tag on the page: the bundle.
      const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ type: s.type, src: s.src })));
      assert.deepEqual(scripts, [{ type: 'module', src: url('/dist/cytokine-widgets.js') }]);

      // demo.css is applied (a broken stylesheet path would leave the header unstyled).
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).backgroundColor), 'rgb(61, 26, 91)');

      const events = await page.evaluate(() => window.__e2e);
      assert.equal(events.ready.filter((t) => t === 'cytokine-card').length, 2, 'cytokine-ready events from the cards');
      assert.deepEqual(events.errors, [], 'cytokine-error events');
      assert.deepEqual(log.pageErrors, [], 'page errors');
      assert.deepEqual(log.consoleErrors, [], 'console errors');
      assert.deepEqual(log.widgetWarnings, [], 'widget warnings');
    } finally {
      await context.close();
    }
  });

  test('(a) has a place for each later widget (a marked placeholder, or the widget itself)', () => {
    const html = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
    assert.match(html, /<!-- side-effect-list goes here -->|<side-effect-list\b/);
    assert.match(html, /<!-- injection-video goes here -->|<injection-video\b/);
    assert.equal(html.match(/<script\b/g).length, 1, 'one script tag');
    assert.doesNotMatch(html, /\sstyle=|<style/i, 'inline styles would break under CSP');
  });

  test('(b) every request is same-origin, and no video is fetched', async () => {
    const { context, page, log } = await openPage();
    try {
      await page.goto(url('/'), { waitUntil: 'networkidle' });
      await cardTitles(page);
      // Reading the whole card must not fetch anything either.
      await openAllDisclosures(page);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState('networkidle');

      const origin = new URL(server.url).origin;
      assert.ok(log.requests.length >= 3, `expected page, CSS and bundle, saw ${log.requests.length} requests`);
      assert.ok(log.requests.includes(url('/dist/cytokine-widgets.js')), 'the bundle was requested');
      const foreign = log.requests.filter((u) => new URL(u).origin !== origin);
      assert.deepEqual(foreign, [], 'requests to another origin (or data:/blob: URLs)');
      const media = log.requests.filter((u) => /\.(mp4|webm)(\?|#|$)/i.test(new URL(u).pathname));
      assert.deepEqual(media, [], 'media requested');
      assert.deepEqual(log.failed, [], 'failed requests');
      assert.deepEqual(log.badResponses, [], 'error responses');
    } finally {
      await context.close();
    }
  });

  test('(c) /demo/csp.html renders under the strict CSP with no violations', async () => {
    const { context, page, log } = await openPage();
    try {
      const response = await page.goto(url('/demo/csp.html'), { waitUntil: 'networkidle' });
      assert.equal(response.status(), 200);
      assert.equal(response.headers()['content-security-policy'], EXPECTED_CSP);

      const cards = await cardTitles(page);
      assert.deepEqual(cards.map((c) => c.error), [null, null], 'a card shows an error');
      assert.deepEqual(cards.map((c) => c.text), TITLES);
      // The second card reads the host's copy of the content (src), through connect-src 'self'.
      assert.ok(log.requests.includes(url('/dist/content/en-GB.json')), 'src model fetched');
      // Styles arrive through adoptedStyleSheets, which style-src 'self' allows: check they apply.
      const border = await page.evaluate(() => getComputedStyle(document.querySelector('cytokine-card').shadowRoot.querySelector('[part~="base"]')).borderTopStyle);
      assert.equal(border, 'solid', 'card styles not applied');
      await openAllDisclosures(page);
      await page.waitForTimeout(100); // violation events are dispatched asynchronously

      const e2e = await page.evaluate(() => window.__e2e);
      assert.deepEqual(e2e.csp, [], 'securitypolicyviolation events');
      assert.deepEqual(log.consoleErrors.filter((t) => /Content.Security.Policy/i.test(t)), [], 'CSP console errors');
      assert.deepEqual(log.consoleErrors, [], 'console errors');
      assert.deepEqual(log.pageErrors, [], 'page errors');
      assert.deepEqual(e2e.ready, ['cytokine-card', 'cytokine-card']);

      // Control: the policy is really enforced and both listeners really see a violation.
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inline = true';
        document.body.append(s);
      });
      await page.waitForFunction(() => window.__e2e.csp.length > 0, null, { timeout: 5000 });
      assert.equal(await page.evaluate(() => window.__inline), undefined, 'inline script ran despite the CSP');
      assert.match((await page.evaluate(() => window.__e2e.csp[0].directive)), /^script-src/);
      assert.ok(log.consoleErrors.some((t) => /Content.Security.Policy/i.test(t)), 'CSP console error not seen by the listener');
    } finally {
      await context.close();
    }
  });

  test('(d) the README snippet works on a blank page', async () => {
    const { context, page, log } = await openPage();
    try {
      const snippet = `<script type="module" src="/dist/cytokine-widgets.js"></script>\n<cytokine-card drug="IL-2"></cytokine-card>\n`;
      await page.route(url('/snippet.html'), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: snippet }));
      await page.goto(url('/snippet.html'), { waitUntil: 'load' });
      assert.equal(await page.evaluate(() => document.documentElement.outerHTML.includes('lang=')), false, 'the page has no lang');

      const [card] = await cardTitles(page, 1);
      assert.equal(card.error, null);
      assert.equal(card.text, 'Aldesleukin');
      assert.equal(card.tag, 'h2', 'default heading level');
      const lang = await page.evaluate(() => document.querySelector('cytokine-card').shadowRoot.querySelector('[part~="base"]').lang);
      assert.equal(lang, 'en-GB', 'content language falls back to en-GB');
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(log.widgetWarnings, []);
    } finally {
      await context.close();
    }
  });

  test('(e) without JavaScript the fallback links are visible', async () => {
    const { context, page } = await openPage({ javaScriptEnabled: false });
    try {
      const response = await page.goto(url('/'), { waitUntil: 'load' });
      assert.equal(response.status(), 200);
      for (const name of FALLBACKS) {
        const link = page.getByRole('link', { name, exact: true });
        assert.equal(await link.count(), 1, `${name}: not found`);
        assert.equal(await link.isVisible(), true, `${name}: not visible`);
        const box = await link.boundingBox();
        assert.ok(box && box.width > 20 && box.height > 10, `${name}: too small to read (${JSON.stringify(box)})`);
        assert.match(await link.getAttribute('href'), /^https:\/\/www\.cancerresearchuk\.org\//);
      }
      // The cards did not upgrade (Playwright's CSS engine would find titles inside shadow roots).
      assert.equal(await page.locator('cytokine-card [part~="title"]').count(), 0);
    } finally {
      await context.close();
    }
  });

  test('(f) no horizontal scroll at 320 px, even with every disclosure open', async () => {
    const { context, page, log } = await openPage({ viewport: { width: 320, height: 720 } });
    try {
      await page.goto(url('/'), { waitUntil: 'load' });
      await cardTitles(page);
      const closed = await overflow(page);
      assert.equal(closed.vw, 320);
      assert.ok(closed.scrollWidth <= 320, `scrollWidth ${closed.scrollWidth} > 320`);
      assert.deepEqual(closed.offenders, [], 'elements wider than the viewport');

      await openAllDisclosures(page);
      const open = await overflow(page);
      assert.ok(open.scrollWidth <= 320, `with disclosures open, scrollWidth ${open.scrollWidth} > 320`);
      assert.deepEqual(open.offenders, [], 'elements wider than the viewport, disclosures open');
      assert.deepEqual(log.pageErrors, []);

      if (process.env.E2E_SCREENSHOTS) {
        mkdirSync(process.env.E2E_SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS, 'demo-320-open.png'), fullPage: true });
        await page.reload({ waitUntil: 'load' });
        await cardTitles(page);
        await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS, 'demo-320.png'), fullPage: true });
      }
    } finally {
      await context.close();
    }
  });

  test('(f) no horizontal scroll at 1280 px', async () => {
    const { context, page } = await openPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(url('/'), { waitUntil: 'load' });
      await cardTitles(page);
      const { scrollWidth, offenders } = await overflow(page);
      assert.ok(scrollWidth <= 1280, `scrollWidth ${scrollWidth} > 1280`);
      assert.deepEqual(offenders, []);
      if (process.env.E2E_SCREENSHOTS) {
        await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS, 'demo-1280.png'), fullPage: true });
      }
    } finally {
      await context.close();
    }
  });
});
