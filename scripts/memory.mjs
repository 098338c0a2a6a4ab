// Memory, measured (not asserted): adds and removes all three widgets 1,000 times in Chromium,
// then reports the JS heap, DOM nodes, documents and event listeners before and after, each
// after forced garbage collection. A leak shows as growth that scales with the number of rounds.
// Writes bench/MEMORY.md and prints the table.
//
//   npm run build && npm run memory       (ROUNDS=1000 by default)
//
// Each round puts a card, a side-effect list and a video (transcript open, so its light-DOM
// transcript and the document's adopted stylesheet are made too) in the page, waits until all
// three show their content, opens every disclosure, turns audio description on, searches the
// transcript and sets a speed, then removes them. Every tenth round (not the last) also plays the
// video (muted), so the <video>, its captions and description tracks, the describer and their
// listeners are made too.
import os from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../test/support/chromium.mjs';
import { measuredCommit } from './commit.mjs';
import { startServer } from './serve.mjs';

const ROUNDS = Number(process.env.ROUNDS || 1000);
const WARMUP = 20;
/** Which widgets each round makes (TAGS=cytokine-card,side-effect-list to leave one out) and how often it plays. */
const TAGS = (process.env.TAGS || 'cytokine-card,side-effect-list,injection-video').split(',');
const PLAY_EVERY = Number(process.env.PLAY_EVERY ?? 10);

const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>memory</title>
<script type="module" src="/dist/cytokine-widgets.js"></script></head><body><main id="host"></main></body></html>`;

/** Runs in the page: `n` rounds of add, show, open, (play,) remove. */
async function run([n, playEvery, tags]) {
  const host = document.getElementById('host');
  const upgraded = (tag) => customElements.whenDefined(tag);
  await Promise.all(['cytokine-card', 'side-effect-list', 'injection-video'].map(upgraded));
  for (let i = 0; i < n; i++) {
    const card = document.createElement('cytokine-card');
    card.setAttribute('drug', i % 2 ? 'aldesleukin' : 'interferon-alfa');
    const list = document.createElement('side-effect-list');
    list.setAttribute('drug', i % 2 ? 'interferon-alfa' : 'aldesleukin');
    const video = document.createElement('injection-video');
    video.setAttribute('transcript-open', '');
    const els = [card, list, video].filter((el) => tags.includes(el.localName));
    host.append(...els);
    await Promise.all(els.map((el) => el.updateComplete));
    for (const el of els) {
      if (!el.shadowRoot.querySelector('[part~="base"]')) throw new Error(`<${el.localName}> did not show its content in round ${i}`);
      el.shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true));
    }
    if (video.isConnected) {
      // The player's extras too: audio description on, a transcript search, a speed.
      video.shadowRoot.querySelector('[part~="audio-description"]')?.click();
      const search = video.shadowRoot.querySelector('[part~="search-input"]');
      search.value = 'skin';
      search.dispatchEvent(new Event('input'));
      const speed = video.shadowRoot.querySelector('[part~="speed"]');
      speed.value = '1.25';
      speed.dispatchEvent(new Event('change'));
      await video.updateComplete;
    }
    // Not the last round: Chromium may hold the last video played for a while after it goes.
    if (playEvery && i % playEvery === 0 && i < n - 1 && video.isConnected) {
      video.play();
      await video.updateComplete;
      const v = video.shadowRoot.querySelector('video');
      if (v) {
        v.muted = true;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    await new Promise((r) => requestAnimationFrame(r));
    for (const el of els) el.remove();
  }
}

async function measure(cdp) {
  // Twice: the first collection can free objects whose finalisers free more.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes: counters.nodes, documents: counters.documents, listeners: counters.jsEventListeners };
}

/**
 * Runs `rounds` rounds (after `warmup`) in a fresh Chromium against the built bundle and returns
 * the counters before and after, each after garbage collection. test/e2e/memory.test.mjs uses it.
 */
export async function measureMemory({ rounds = ROUNDS, warmup = WARMUP, playEvery = PLAY_EVERY, tags = TAGS } = {}) {
  const server = await startServer({ port: 0, quiet: true });
  const browser = await launchChromium({ args: ['--js-flags=--expose-gc', '--autoplay-policy=no-user-gesture-required'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const url = new URL('/demo/__memory.html', server.url).href;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
    await page.goto(url, { waitUntil: 'networkidle' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');

    // Warm up: the content modules, Lit's template cache and the lazy chunks load once and stay.
    await page.evaluate(run, [warmup, playEvery, tags]);
    const before = await measure(cdp);
    const started = Date.now();
    await page.evaluate(run, [rounds, playEvery, tags]);
    const seconds = (Date.now() - started) / 1000;
    const after = await measure(cdp);
    const adopted = await page.evaluate(() => document.adoptedStyleSheets.length);
    const light = await page.evaluate(() => document.getElementById('host').childNodes.length);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return { before, after, seconds, adopted, light, chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await measureMemory();
  const { before, after } = results;
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  const row = (name, key, fmt = String) =>
    `| ${name} | ${fmt(before[key])} | ${fmt(after[key])} | ${after[key] - before[key] >= 0 ? '+' : ''}${key === 'heap' ? kb(after[key] - before[key]) : after[key] - before[key]} |`;
  const chromium = results.chromium;
  const report = `# Memory

Measured by \`npm run memory\` (scripts/memory.mjs) at ${measuredCommit()} on ${os.cpus().length} cores, Chromium ${chromium}.
${ROUNDS} rounds of adding a card, a side-effect list and a video (transcript open), waiting for
their content, opening every disclosure, turning audio description on, searching the transcript,
setting a speed, playing the video every tenth round (not the last), and removing all three;
after ${WARMUP} warm-up rounds. Each figure is after two forced garbage collections.
${results.seconds.toFixed(1)} s for the ${ROUNDS} rounds.

| | Before | After ${ROUNDS} rounds | Change |
| --- | ---: | ---: | ---: |
${row('JS heap used', 'heap', kb)}
${row('DOM nodes', 'nodes')}
${row('Documents', 'documents')}
${row('JS event listeners', 'listeners')}

Left in the page afterwards: ${results.light} nodes in the host element, ${results.adopted} stylesheet(s) adopted by the document.
`;
  mkdirSync('bench', { recursive: true });
  // Keep the notes written under the figures (what a run found, and what was fixed).
  const FILE = 'bench/MEMORY.md';
  const notes = existsSync(FILE) ? readFileSync(FILE, 'utf8').split(/^(?=## What it found)/m)[1] : undefined;
  writeFileSync(FILE, notes ? `${report}\n${notes}` : report);
  console.log(report);
}
