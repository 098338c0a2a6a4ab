// Helpers the demo-page e2e tests share (demo.test.mjs, hospital-builder.test.mjs): a page that
// logs what a test may assert on, and readers of the widgets' shadow roots and the page layout.
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TAGS = ['cytokine-card', 'side-effect-list', 'injection-video'];
export const MEDIA = /\.(mp4|webm)$/i;
export const CAPTIONS = /\.vtt$/i;
export const pathOf = (u) => new URL(u).pathname;

/**
 * Starts the demo server and Chromium before a file's tests and stops both after them; the
 * returned object holds `server` and `browser` once the tests run.
 */
export function serverAndBrowser() {
  const env = {};
  before(async () => {
    env.server = await startServer({ port: 0, quiet: true });
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * A fresh context and page of `browser` that records console errors, widget warnings, page
 * errors, every request, failed requests and error responses in `log`. The listeners are in
 * place before the page's first script runs.
 */
export async function openPage(browser, options = {}) {
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
  return { context, page, log };
}

/** Fails on anything the page logged that it should not have. */
export function assertClean(log, { warnings = true } = {}) {
  assert.deepEqual(log.pageErrors, [], 'page errors');
  assert.deepEqual(log.consoleErrors, [], 'console errors');
  if (warnings) assert.deepEqual(log.widgetWarnings, [], 'widget warnings');
  assert.deepEqual(log.failed, [], 'failed requests');
  assert.deepEqual(log.badResponses, [], 'error responses');
}

/**
 * Waits until `count` `tag` elements inside `scope` have drawn their content or an error, then
 * reads each one's title (tag, text) and error message.
 */
export async function titles(page, tag, count, scope = 'body') {
  await page.waitForFunction(([s, t, n]) => {
    const els = [...document.querySelector(s).querySelectorAll(t)];
    return els.length === n && els.every((el) => el.shadowRoot?.querySelector('[part~="title"], [part~="error"]'));
  }, [scope, tag, count], { timeout: 10_000 });
  return page.evaluate(([s, t]) => [...document.querySelector(s).querySelectorAll(t)].map((el) => {
    const title = el.shadowRoot.querySelector('[part~="title"]');
    return {
      tag: title?.localName ?? null,
      text: title?.textContent.trim() ?? null,
      error: el.shadowRoot.querySelector('[part~="error"]')?.textContent.trim() ?? null,
    };
  }), [scope, tag]);
}

/** Opens every disclosure in every widget's shadow root; returns how many it opened. */
export const openAllDisclosures = (page) =>
  page.evaluate((tags) => {
    let opened = 0;
    for (const el of document.querySelectorAll(tags.join(','))) {
      el.shadowRoot?.querySelectorAll('details').forEach((d) => { d.open = true; opened++; });
    }
    return opened;
  }, TAGS);

/**
 * How wide the page scrolls, and any visible element (light or shadow DOM) that pokes out past
 * the viewport, leaving out elements inside `skip` (the skip links, placed off-screen on purpose).
 */
export const overflow = (page, skip = '.skip-link') =>
  page.evaluate((skipSelector) => {
    const vw = document.documentElement.clientWidth;
    const offenders = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width > 1 && r.height > 1 && (r.right > vw + 0.5 || r.left < -0.5) && !el.closest(skipSelector)) {
          offenders.push(`${el.localName}${typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : ''} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return { scrollWidth: document.documentElement.scrollWidth, vw, offenders };
  }, skip);
