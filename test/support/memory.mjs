// Memory, measured on a page: rounds of adding and removing all three widgets, with the JS heap,
// DOM nodes, documents and event listeners counted (through the Chrome DevTools Protocol) before
// and after, each after forced garbage collection. A leak shows as growth that scales with the
// number of rounds. scripts/memory.mjs runs it at length (bench/MEMORY.md);
// test/pages/memory.spec.ts runs a short version and fails on any growth.
//
// Each round puts a card, a side-effect list and a video (transcript open, so its light-DOM
// transcript and the document's adopted stylesheet are made too) in the page, waits until all
// three show their content, opens every disclosure, turns audio description on, searches the
// transcript and sets a speed, then removes them. Every `playEvery`th round (never the last) also
// plays the video (muted), so the <video>, its captions and description tracks, the describer and
// their listeners are made too. The browser needs `--autoplay-policy=no-user-gesture-required`,
// as the rounds press play from script.

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{ heap: number, nodes: number, documents: number, listeners: number }} Counters */
/**
 * @typedef {object} RoundOptions
 * @property {number} rounds rounds counted (after the warm-up)
 * @property {number} warmup rounds before the first count: the content modules, Lit's template
 *   cache and the lazy chunks load once and stay
 * @property {number} playEvery play the video every this many rounds (0: never)
 * @property {string[]} [tags] which widgets each round makes
 */

export const WIDGET_TAGS = ['cytokine-card', 'side-effect-list', 'injection-video'];

const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>memory</title>
<script type="module" src="/dist/cytokine-widgets.js"></script></head><body><main id="host"></main></body></html>`;

/**
 * Runs in the page: `n` rounds of add, show, open, (play,) remove.
 * @param {[number, number, string[]]} args
 */
async function run([n, playEvery, tags]) {
  const host = /** @type {HTMLElement} */ (document.getElementById('host'));
  /** @typedef {HTMLElement & { updateComplete: Promise<boolean>, play(): void }} Widget */
  const create = (/** @type {string} */ tag) => /** @type {Widget} */ (document.createElement(tag));
  await Promise.all(['cytokine-card', 'side-effect-list', 'injection-video'].map((tag) => customElements.whenDefined(tag)));
  for (let i = 0; i < n; i++) {
    const card = create('cytokine-card');
    card.setAttribute('drug', i % 2 ? 'aldesleukin' : 'interferon-alfa');
    const list = create('side-effect-list');
    list.setAttribute('drug', i % 2 ? 'interferon-alfa' : 'aldesleukin');
    const video = create('injection-video');
    video.setAttribute('transcript-open', '');
    const els = [card, list, video].filter((el) => tags.includes(el.localName));
    host.append(...els);
    await Promise.all(els.map((el) => el.updateComplete));
    for (const el of els) {
      const root = /** @type {ShadowRoot} */ (el.shadowRoot);
      if (!root.querySelector('[part~="base"]')) throw new Error(`<${el.localName}> did not show its content in round ${i}`);
      root.querySelectorAll('details').forEach((d) => (d.open = true));
    }
    if (video.isConnected) {
      // The player's extras too: audio description on, a transcript search, a speed.
      const root = /** @type {ShadowRoot} */ (video.shadowRoot);
      /** @type {HTMLElement | null} */ (root.querySelector('[part~="audio-description"]'))?.click();
      const search = /** @type {HTMLInputElement} */ (root.querySelector('[part~="search-input"]'));
      search.value = 'skin';
      search.dispatchEvent(new Event('input'));
      const speed = /** @type {HTMLSelectElement} */ (root.querySelector('[part~="speed"]'));
      speed.value = '1.25';
      speed.dispatchEvent(new Event('change'));
      await video.updateComplete;
    }
    // Not the last round: Chromium may hold the last video played for a while after it goes.
    if (playEvery && i % playEvery === 0 && i < n - 1 && video.isConnected) {
      video.play();
      await video.updateComplete;
      const v = video.shadowRoot?.querySelector('video');
      if (v) {
        v.muted = true;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    await new Promise((r) => requestAnimationFrame(r));
    for (const el of els) el.remove();
  }
}

/**
 * The counters, after garbage collection.
 * @param {import('playwright-core').CDPSession} cdp
 * @returns {Promise<Counters>}
 */
async function measure(cdp) {
  // Twice: the first collection can free objects whose finalisers free more.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes: counters.nodes, documents: counters.documents, listeners: counters.jsEventListeners };
}

/**
 * Opens a blank page holding the bundle at `origin` + /demo/__memory.html in `page` (a Chromium
 * page: the counters come from the DevTools protocol), runs the warm-up rounds, then `rounds`
 * rounds, and returns the counters before and after. Throws on any page error.
 * @param {Page} page
 * @param {string} origin where the demo server serves dist/
 * @param {RoundOptions} options
 */
export async function measureOnPage(page, origin, { rounds, warmup, playEvery, tags = WIDGET_TAGS }) {
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const url = new URL('/demo/__memory.html', origin).href;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto(url, { waitUntil: 'networkidle' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');

  await page.evaluate(run, /** @type {[number, number, string[]]} */ ([warmup, playEvery, tags]));
  const before = await measure(cdp);
  const started = Date.now();
  await page.evaluate(run, /** @type {[number, number, string[]]} */ ([rounds, playEvery, tags]));
  const seconds = (Date.now() - started) / 1000;
  const after = await measure(cdp);
  const adopted = await page.evaluate(() => document.adoptedStyleSheets.length);
  const light = await page.evaluate(() => document.getElementById('host')?.childNodes.length ?? 0);
  await cdp.detach();
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return { before, after, seconds, adopted, light };
}
