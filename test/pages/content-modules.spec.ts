// A page pays only for what it shows: the bundle is code, and each drug's and video's content
// is a module it imports on demand, relative to itself. Content modules are scripts, so a
// strict CSP with no connect-src at all is enough. Needs `npm run build`.
import type { Page } from '@playwright/test';
import { DEMO_ORIGIN, expect, pathOf, test, titles, type PageLog } from './fixtures.js';

// No connect-src, no img-src: the bundled content needs neither (nothing here shows a poster).
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; base-uri 'none'";

declare global {
  interface Window {
    /** [tag, animation frame] of each cytokine-ready. */
    __ready: [string, number][];
  }
}

/** A page at /demo/<name>.html that loads the bundle from /dist/ and holds `body`, sent with `headers`. */
async function serve(page: Page, name: string, body: string, headers: Record<string, string> = {}): Promise<void> {
  const url = new URL(`/demo/${name}.html`, DEMO_ORIGIN).href;
  await page.route(url, (route) => route.fulfill({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
    body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${name}</title>
      <script type="module" src="../dist/cytokine-widgets.js"></script></head><body><main>${body}</main></body></html>`,
  }));
  await page.goto(url, { waitUntil: 'networkidle' });
}

/** Serves `body` under the strict CSP and opens it. */
const visit = (page: Page, name: string, body: string) => serve(page, name, body, { 'content-security-policy': CSP });

const scripts = (log: PageLog) => log.requests.map(pathOf).filter((p) => p.endsWith('.js')).sort();

test('a page with one card loads the code, the catalogue and that drug without its side effects: nothing else', async ({ page, log, events }) => {
  await visit(page, 'one-card', '<cytokine-card drug="IFN"><a href="/ifn">Interferon</a></cytokine-card>');
  expect(await titles(page, 'cytokine-card', 1)).toEqual([{ tag: 'h2', text: 'Interferon alfa', error: null }]);
  expect(scripts(log)).toEqual(['/dist/content/en-GB/drugs/interferon-alfa.about.js', '/dist/content/en-GB/index.js', '/dist/cytokine-widgets.js']);
  expect((await events()).csp).toEqual([]);
});

test.describe('the video poster is an image, which this policy refuses', () => {
  test.use({ clean: false });

  test('two lists of one drug share its module; the video brings only its own', async ({ page, log, events }) => {
    await visit(page, 'mixed', [
      '<side-effect-list drug="aldesleukin"></side-effect-list>',
      '<side-effect-list drug="IL-2"></side-effect-list>',
      '<injection-video></injection-video>',
    ].join(''));
    await titles(page, 'side-effect-list', 2);
    await titles(page, 'injection-video', 1);
    const paths = scripts(log);
    expect(paths.filter((p) => p.includes('/content/'))).toEqual([
      '/dist/content/en-GB/drugs/aldesleukin.js', '/dist/content/en-GB/index.js', '/dist/content/en-GB/videos/subcutaneous-injection.js',
    ]);
    expect(paths.filter((p) => p === '/dist/content/en-GB/drugs/aldesleukin.js'), 'fetched once').toHaveLength(1);
    const refused = (await events()).csp;
    expect(refused.filter((v) => v.directive !== 'img-src'), 'violations other than the poster').toEqual([]);
    // The poster alone is refused, and reported as such; nothing else goes wrong.
    const poster = /\/dist\/media\/[^/]+-poster\.jpg$/;
    expect(refused.map((v) => pathOf(v.blocked))).toEqual([expect.stringMatching(poster)]);
    expect(log.failed).toEqual([expect.stringMatching(/-poster\.jpg csp$/)]);
    expect(log.consoleErrors).toEqual([expect.stringMatching(/-poster\.jpg'.*Content Security Policy/)]);
    expect(log.pageErrors).toEqual([]);
    expect(log.widgetWarnings).toEqual([]);
    expect(log.badResponses).toEqual([]);
  });
});

test('a card with structured data loads the whole drug, as its JSON-LD lists the side effects', async ({ page, log }) => {
  await visit(page, 'json-ld', '<cytokine-card drug="aldesleukin" structured-data></cytokine-card>');
  await titles(page, 'cytokine-card', 1);
  await expect(page.locator('cytokine-card > script[type="application/ld+json"]')).toHaveCount(1);
  expect(scripts(log).filter((p) => p.includes('/drugs/'))).toEqual(['/dist/content/en-GB/drugs/aldesleukin.js']);
});

test('widgets that load together show together, even when one module is slow, so the page moves once', async ({ page }) => {
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
    document.addEventListener('cytokine-ready', (e) => window.__ready.push([(e.target as Element).localName, frame]));
  });
  // The video's module arrives half a second after the others.
  await page.route(/\/content\/en-GB\/videos\//, async (route) => {
    await new Promise((r) => setTimeout(r, 500));
    await route.continue();
  });
  await serve(page, 'together', `<injection-video><p>Video</p></injection-video><cytokine-card drug="ifn"><p>Interferon</p></cytokine-card>
    <side-effect-list drug="IL-2"><p>Side effects</p></side-effect-list><p>The page's own text after the widgets.</p>`);
  await titles(page, 'injection-video', 1);
  const ready = await page.evaluate(() => window.__ready);
  expect(ready.map(([tag]) => tag).sort()).toEqual(['cytokine-card', 'injection-video', 'side-effect-list']);
  const frames = new Set(ready.map(([, f]) => f));
  expect(frames.size, `shown in ${frames.size} different frames`).toBe(1);
});

test.describe('an unknown drug warns', () => {
  test.use({ clean: { warnings: false } });

  test('an unknown drug loads no drug content, and says so', async ({ page, log }) => {
    await visit(page, 'unknown', '<cytokine-card drug="paracetamol"><a href="/x">Our page</a></cytokine-card>');
    const [card] = await titles(page, 'cytokine-card', 1);
    expect(card.error).toMatch(/no information about “paracetamol”/);
    expect(scripts(log).filter((p) => p.includes('/content/'))).toEqual(['/dist/content/en-GB/index.js']);
    expect(log.widgetWarnings, 'one warning, about the drug').toEqual([expect.stringMatching(/paracetamol/)]);
  });
});
