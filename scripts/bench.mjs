// Performance, measured (never asserted in a test): how long 1, 10, 100 and 1,000 widgets take
// to render, as a ratio to the same DOM served as static HTML (the floor), and what each page
// downloads. Writes bench/RESULTS.md and prints the tables.
//
//   npm run build && npm run bench        (RUNS=7 by default; RUNS_BIG for the 1,000 case)
//
// The floor is the widgets' own rendered shadow roots and styles, serialised into a Declarative
// Shadow DOM page: the same DOM with no script to fetch, compile or run. (Static HTML is much
// bigger than the script that builds it, about 18 KB a widget, so at 1,000 widgets parsing it can
// cost more than the script: a ratio below 1 there is real, not a bug.) Timings vary with the
// machine and its load; compare runs on the same machine.
import os from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../test/support/chromium.mjs';
import { measuredCommit } from './commit.mjs';
import { startServer } from './serve.mjs';

const RUNS = Number(process.env.RUNS || 7);
// A 1,000-widget page takes 5 to 30 s per load on a 2-core machine (the throttled floor parses
// 18 MB of HTML); fewer runs keep the whole bench to a few minutes.
const RUNS_BIG = Number(process.env.RUNS_BIG || Math.min(RUNS, 3));
const COUNTS = [1, 10, 100, 1000];
const RATES = [1, 4]; // CPU throttling: none, then 4x to stand in for a cheap phone
const TARGET = { n: 100, ratio: 1.25 };
const TAGS = 'cytokine-card, side-effect-list, injection-video';
const DIR = 'demo/.bench';

// A realistic mix: in every ten, five cards and four side-effect lists (two drugs, alternating)
// and one video.
const widget = (i) => {
  if (i % 10 === 9) return '<injection-video></injection-video>';
  const tag = i % 2 ? 'side-effect-list' : 'cytokine-card';
  return `<${tag} drug="${i % 4 < 2 ? 'interferon-alfa' : 'aldesleukin'}"></${tag}>`;
};

// Inline in <head> of both pages, so the observers see the whole load. `mark()` is the common
// measuring point: a forced layout (style + layout of everything parsed), then the time since
// navigation start.
const PROBE = `<script>(() => {
  const b = window.__bench = { longest: 0, cls: 0 };
  new PerformanceObserver((l) => l.getEntries().forEach((e) => (b.longest = Math.max(b.longest, e.duration)))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => e.hadRecentInput || (b.cls += e.value))).observe({ type: 'layout-shift', buffered: true });
  b.done = new Promise((resolve, reject) => { b.fail = reject; b.mark = () => { document.body.offsetHeight; resolve(performance.now()); }; });
  setTimeout(() => b.fail(new Error('not rendered within 120 s')), 120e3); // fail, never hang
})();</script>`;
/**
 * What PROBE leaves on the page.
 * @typedef {{ done: Promise<number>, longest: number, cls: number, mark(): void, fail(error: Error): void }} Bench
 * @typedef {Window & typeof globalThis & { __bench: Bench }} BenchWindow
 * @typedef {{ ms: number, bytes: number, longest: number, cls: number }} Figures
 */

// Widget pages only: "rendered" is every widget's shadow root holding [part~="base"]. Checked in a
// microtask after each cytokine-ready (today that event fires during the update that renders),
// and on every frame in case a future version renders later than it says it is ready. Widgets
// render roughly in document order, so the check walks forward and stays linear in N.
const WATCH = `<script>(() => {
  let all, i = 0, queued = false, done = false;
  const check = () => {
    queued = false;
    if (done || document.readyState === 'loading') return;
    all ??= [...document.querySelectorAll('${TAGS}')];
    while (i < all.length && all[i].shadowRoot?.querySelector('[part~="base"]')) i++;
    if (i === all.length) { done = true; __bench.mark(); }
  };
  document.addEventListener('cytokine-ready', () => queued || (queued = true, queueMicrotask(check)), true);
  document.addEventListener('cytokine-error', (e) => __bench.fail(new Error(e.target.localName + ': ' + e.detail.code)), true);
  (function poll() { check(); done || requestAnimationFrame(poll); })();
})();</script>`;

// The data: icon stops a favicon request, so the bytes are the page's own.
const page = (head, body) =>
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>cytokine-widgets bench</title><link rel="icon" href="data:,">${PROBE}${head}</head><body>${body}</body></html>\n`;
// Text before and after the widgets, like a host page: CLS then shows whether widgets push it.
const widgetPage = (n) => page(`${WATCH}<script type="module" src="../../dist/cytokine-widgets.js"></script>`,
  `<h1>Your treatment</h1>${Array.from({ length: n }, (_, i) => widget(i)).join('\n')}<p>Questions? Ask your specialist nurse.</p>`);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const started = Date.now();
mkdirSync(DIR, { recursive: true });
mkdirSync('bench', { recursive: true });
const server = await startServer({ port: 0, quiet: true });
const browser = await launchChromium();
const chromium = browser.version();
const href = (file) => new URL(`/${DIR}/${file}`, server.url).href;

/**
 * Loads a page in a fresh context (cold HTTP cache, like a first visit) and returns its figures,
 * with what `then` reads from the page.
 * @template {object} T
 * @param {string} file
 * @param {number} rate
 * @param {(tab: import('playwright-core').Page) => Promise<T>} [then]
 * @returns {Promise<Figures & T>}
 */
async function load(file, rate, then) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    if (rate > 1) await (await context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate });
    // Rendering starts requests of its own (the poster, content modules) that may outlive the
    // load event; wait for them (10 s at most), so the bytes are the whole page's.
    let inFlight = 0;
    tab.on('request', () => inFlight++);
    const settled = () => inFlight--;
    tab.on('requestfinished', settled).on('requestfailed', settled);
    await tab.goto(href(file), { waitUntil: 'load', timeout: 120_000 });
    const ms = await tab.evaluate(() => /** @type {BenchWindow} */ (window).__bench.done);
    for (const until = Date.now() + 10_000; inFlight > 0 && Date.now() < until;) await new Promise((r) => setTimeout(r, 20));
    const figures = await tab.evaluate(async () => {
      // Resource, layout-shift and long-task entries arrive a little after the fact: let two frames pass.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))));
      const entries = /** @type {PerformanceResourceTiming[]} */ ([...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]);
      // Bytes over the wire (headers + body). On this uncached localhost server transferSize is
      // filled in; encodedBodySize only stands in where it is 0 (e.g. a resource served from cache).
      const bytes = entries.reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize), 0);
      const { longest, cls } = /** @type {BenchWindow} */ (window).__bench;
      return { bytes, longest, cls };
    });
    return /** @type {Figures & T} */ (Object.assign({ ms, ...figures }, then && (await then(tab))));
  } finally {
    await context.close();
  }
}

/** Builds the floor page for a widget page: its rendered DOM as Declarative Shadow DOM, no script. */
async function buildFloor(n) {
  const { html } = await load(`widgets-${n}.html`, 1, (tab) => tab.evaluate((tags) => {
    // Read the styles the roots actually adopted (not a class field), once per element type.
    const cssText = (sheets) => sheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    const byTag = {};
    // Every widget has drawn its shadow root: load() waited for the page's mark.
    const roots = [...document.querySelectorAll(tags)].map((el) => /** @type {ShadowRoot} */ (el.shadowRoot));
    for (const root of roots) {
      const style = document.createElement('style');
      style.textContent = byTag[root.host.localName] ??= cssText(root.adoptedStyleSheets);
      root.prepend(style);
    }
    // The document's own adopted sheets (the light-DOM transcript's styles) go in <head>.
    const docCss = cssText(document.adoptedStyleSheets);
    return { html: { head: docCss && `<style>${docCss}</style>`, body: document.body.getHTML({ shadowRoots: roots }) } };
  }, TAGS));
  // Absolute URLs (the poster) point at this server's origin; make them root-relative.
  const body = html.body.replaceAll(server.url.replace(/\/$/, ''), '').replace(/<script[\s\S]*?<\/script>/gi, '');
  writeFileSync(`${DIR}/floor-${n}.html`, page(html.head, `${body}<script>__bench.mark()</script>`));
}

const fmt = (x, digits = 0) => x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const sample = (rs) => ({
  ms: median(rs.map((r) => r.ms)), bytes: median(rs.map((r) => r.bytes)),
  longest: median(rs.map((r) => r.longest)), cls: Math.max(...rs.map((r) => r.cls)), // CLS: the worst run
});
/** One table row, as printed and as written. */
const cells = ({ n, w, f }) => ({
  'N widgets': fmt(n), 'widgets ms (median)': fmt(w.ms, 1), 'floor ms (median)': fmt(f.ms, 1), ratio: `${fmt(w.ms / f.ms, 2)}x`,
  'bytes widget page': fmt(w.bytes), 'bytes floor page': fmt(f.bytes),
  'longest task ms (widget / floor)': `${fmt(w.longest)} / ${fmt(f.longest)}`, 'CLS (widget / floor)': `${fmt(w.cls, 3)} / ${fmt(f.cls, 3)}`,
});

const loadavg = () => os.loadavg().map((x) => fmt(x, 1)).join(', ');
const loadBefore = loadavg();
const results = {};
try {
  for (const n of COUNTS) {
    writeFileSync(`${DIR}/widgets-${n}.html`, widgetPage(n));
    await buildFloor(n);
  }
  for (const rate of RATES) {
    // Warm-up, discarded: one load of each kind at 10 widgets (all three elements), so the first
    // measured load does not pay for a cold network service, disk cache or server. Every load
    // uses a fresh context, so there is nothing page-specific to warm.
    for (const file of ['widgets-10.html', 'floor-10.html']) await load(file, rate);
    results[rate] = [];
    for (const n of COUNTS) {
      /** @type {{ w: Figures[], f: Figures[] }} */
      const runs = { w: [], f: [] };
      // Interleaved, so drift in the machine's load hits both pages alike.
      for (let i = 0; i < (n >= 1000 ? RUNS_BIG : RUNS); i++) {
        runs.w.push(await load(`widgets-${n}.html`, rate));
        runs.f.push(await load(`floor-${n}.html`, rate));
      }
      results[rate].push({ n, w: sample(runs.w), f: sample(runs.f) });
      console.log(`${rate}x CPU, ${n} widgets: ${cells(results[rate].at(-1)).ratio} (${runs.w.length} runs each)`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const seconds = Math.round((Date.now() - started) / 1000);
// Which code was measured: dist/ is built from the working tree, so say if it was dirty.
const commit = measuredCommit();
const cpus = os.cpus();
const out = [
  '# cytokine-widgets: rendering benchmark', '',
  `Written by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, measuring the build of ${commit}; the run took ${seconds} s.`, '',
  `**Machine:** ${cpus[0].model.trim()}, ${cpus.length} cores, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB memory, ${os.type()} ${os.release()} (${os.arch()}); headless Chromium ${chromium}; Node ${process.version}. Load average (1, 5, 15 min) ${loadBefore} at the start, ${loadavg()} at the end.`, '',
  '## Method', '',
  `Each widget page is a plain \`lang="en-GB"\` page with a heading, N widgets (in every ten: five \`<cytokine-card>\` and four \`<side-effect-list>\`, alternating \`interferon-alfa\` and \`aldesleukin\`, and one \`<injection-video>\`) and a closing paragraph (so CLS shows whether the widgets push the host page's own text), loading \`dist/cytokine-widgets.js\` as a module. "Rendered" is the moment every widget's shadow root holds \`[part~="base"]\`, checked in a microtask after each \`cytokine-ready\` event and on every frame; the page then forces a layout and records \`performance.now()\` (time since navigation start).`, '',
  'The floor page is the same page after rendering, serialised once with `getHTML({ shadowRoots })` into Declarative Shadow DOM: each shadow root carries its adopted styles as a `<style>`, the document\'s adopted sheet (the light-DOM transcript\'s styles) goes in `<head>`, and there is no widget script. An inline script at the end of its body forces a layout and records `performance.now()`, the same measuring point. Ratio = widgets ÷ floor, each the median of its runs.', '',
  `All loads share one Chromium session; each uses a fresh browser context (cold HTTP cache, as on a first visit; 1280 × 720 viewport) on a local server. After one discarded warm-up load of each kind (10 widgets) per throttling setting, widget and floor pages alternate: ${RUNS} runs each (${RUNS_BIG} at 1,000 widgets, to keep the run short). The whole set runs without and with 4x CPU throttling (\`Emulation.setCPUThrottlingRate\`).`, '',
  'Bytes: the sum of `transferSize` (headers and body) over the navigation and every resource entry, read once the page\'s requests (including any the widgets start after the load event) have finished; this local server sends no cache headers that would let it be 0, and `encodedBodySize` would stand in where it were. Longest task: the longest `longtask` entry (those are 50 ms or more; 0 if none), median over runs. CLS: the sum of `layout-shift` values without recent input, in the worst run.', '',
];
for (const rate of RATES) {
  const rows = results[rate].map(cells);
  const at = results[rate].find((r) => r.n === TARGET.n);
  const met = at.w.ms / at.f.ms <= TARGET.ratio && at.w.cls === 0;
  out.push(`## ${rate === 1 ? 'No CPU throttling' : `${rate}x CPU throttling`}`, '',
    `| ${Object.keys(rows[0]).join(' | ')} |`, `|${'--:|'.repeat(Object.keys(rows[0]).length)}`,
    ...rows.map((row) => `| ${Object.values(row).join(' | ')} |`), '',
    `Target: ≤ ${TARGET.ratio}x the floor at ${TARGET.n} widgets, and CLS 0. Here: ${cells(at).ratio}, CLS ${fmt(at.w.cls, 3)}: **${met ? 'met' : 'not met'}**.`, '');
  console.log(`\n${rate}x CPU`);
  console.table(rows);
}
writeFileSync('bench/RESULTS.md', out.join('\n'));
console.log(`bench/RESULTS.md written (${seconds} s)`);
