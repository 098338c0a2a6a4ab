// A page pays only for what it shows: the bundle is code, and each drug's and video's content
// is a module it imports on demand, relative to itself. Content modules are scripts, so a
// strict CSP with no connect-src at all is enough. Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, openPage, pathOf, titles, serverAndBrowser } from './support.mjs';

// No connect-src, no img-src: the bundled content needs neither (nothing here shows a poster).
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; base-uri 'none'";
const env = serverAndBrowser();

/** Serves `body` at /demo/<name>.html with the strict CSP, loading the bundle from /dist/. */
async function visit(name, body) {
  const { context, page, log } = await openPage(env.browser);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const url = new URL(`/demo/${name}.html`, env.server.url).href;
  await page.route(url, (route) => route.fulfill({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP },
    body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${name}</title>
      <script type="module" src="../dist/cytokine-widgets.js"></script></head><body><main>${body}</main></body></html>`,
  }));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { context, page, log };
}

const scripts = (log) => log.requests.map(pathOf).filter((p) => p.endsWith('.js')).sort();

test('a page with one card loads the code, the catalogue and that drug without its side effects: nothing else', async () => {
  const { context, page, log } = await visit('one-card', '<cytokine-card drug="IFN"><a href="/ifn">Interferon</a></cytokine-card>');
  assert.deepEqual(await titles(page, 'cytokine-card', 1), [{ tag: 'h2', text: 'Interferon alfa', error: null }]);
  assert.deepEqual(scripts(log), ['/dist/content/en-GB/drugs/interferon-alfa.about.js', '/dist/content/en-GB/index.js', '/dist/cytokine-widgets.js']);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assertClean(log);
  await context.close();
});

test('two lists of one drug share its module; the video brings only its own', async () => {
  const { context, page, log } = await visit('mixed', [
    '<side-effect-list drug="aldesleukin"></side-effect-list>',
    '<side-effect-list drug="IL-2"></side-effect-list>',
    '<injection-video></injection-video>',
  ].join(''));
  await titles(page, 'side-effect-list', 2);
  await titles(page, 'injection-video', 1);
  const paths = scripts(log);
  assert.deepEqual(paths.filter((p) => p.includes('/content/')), [
    '/dist/content/en-GB/drugs/aldesleukin.js', '/dist/content/en-GB/index.js', '/dist/content/en-GB/videos/subcutaneous-injection.js',
  ]);
  assert.equal(paths.filter((p) => p === '/dist/content/en-GB/drugs/aldesleukin.js').length, 1, 'fetched once');
  assert.deepEqual(await page.evaluate(() => window.__violations.filter((v) => !v.startsWith('img-src'))), []);
  await context.close();
});

test('a card with structured data loads the whole drug, as its JSON-LD lists the side effects', async () => {
  const { context, page, log } = await visit('json-ld', '<cytokine-card drug="aldesleukin" structured-data></cytokine-card>');
  await titles(page, 'cytokine-card', 1);
  await page.waitForFunction(() => document.querySelector('cytokine-card > script[type="application/ld+json"]'));
  assert.deepEqual(scripts(log).filter((p) => p.includes('/drugs/')), ['/dist/content/en-GB/drugs/aldesleukin.js']);
  await context.close();
});

test('widgets that load together show together, even when one module is slow, so the page moves once', async () => {
  const { context, page } = await openPage(env.browser);
  await page.addInitScript(() => {
    // Which animation frame each widget showed its content in: the same frame means the page
    // moved once (a render of many widgets is one task, however long, so time is not the test).
    let frame = 0;
    const tick = () => {
      frame++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__ready = [];
    document.addEventListener('cytokine-ready', (e) => window.__ready.push([e.target.localName, frame]));
  });
  // The video's module arrives half a second after the others.
  await page.route(/\/content\/en-GB\/videos\//, async (route) => {
    await new Promise((r) => setTimeout(r, 500));
    await route.continue();
  });
  const url = new URL('/demo/together.html', env.server.url).href;
  await page.route(url, (route) => route.fulfill({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>together</title>
      <script type="module" src="../dist/cytokine-widgets.js"></script></head><body><main>
      <injection-video><p>Video</p></injection-video><cytokine-card drug="ifn"><p>Interferon</p></cytokine-card>
      <side-effect-list drug="IL-2"><p>Side effects</p></side-effect-list><p>The page's own text after the widgets.</p></main></body></html>`,
  }));
  await page.goto(url, { waitUntil: 'networkidle' });
  await titles(page, 'injection-video', 1);
  const ready = await page.evaluate(() => window.__ready);
  assert.deepEqual(ready.map(([tag]) => tag).sort(), ['cytokine-card', 'injection-video', 'side-effect-list']);
  const frames = new Set(ready.map(([, f]) => f));
  assert.equal(frames.size, 1, `shown in ${frames.size} different frames`);
  await context.close();
});

test('an unknown drug loads no drug content, and says so', async () => {
  const { context, page, log } = await visit('unknown', '<cytokine-card drug="paracetamol"><a href="/x">Our page</a></cytokine-card>');
  const [card] = await titles(page, 'cytokine-card', 1);
  assert.match(card.error, /no information about “paracetamol”/);
  assert.deepEqual(scripts(log).filter((p) => p.includes('/content/')), ['/dist/content/en-GB/index.js']);
  await context.close();
});
