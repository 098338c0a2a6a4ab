// Performance, measured (never asserted in a test): how long the widgets take to become ready
// on a plain page, how long 50 of each take, and what a page downloads before play.
//
//   npm run build && npm run bench
//
// Timings vary with the machine; compare runs on the same machine. Each figure is the median
// of RUNS page loads (default 7) in headless Chromium with 4x CPU throttling, to stand in for a
// cheap phone.
import { writeFileSync, mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const RUNS = Number(process.env.RUNS || 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const pages = {
  'one of each': '<cytokine-card drug="interferon-alfa"></cytokine-card><side-effect-list drug="aldesleukin"></side-effect-list><injection-video></injection-video>',
  '50 cards': Array.from({ length: 50 }, (_, i) => `<cytokine-card drug="${i % 2 ? 'aldesleukin' : 'ifn'}"></cytokine-card>`).join(''),
  '50 side-effect lists': Array.from({ length: 50 }, (_, i) => `<side-effect-list drug="${i % 2 ? 'aldesleukin' : 'ifn'}"></side-effect-list>`).join(''),
};

mkdirSync('demo/.bench', { recursive: true });
const server = await startServer({ port: 0, quiet: true });
const browser = await launchChromium();
const results = [];
try {
  for (const [loader, script] of [['bundle', '../../dist/cytokine-widgets.js'], ['autoloader', '../../dist/autoloader.js']]) {
    for (const [name, body] of Object.entries(pages)) {
      const file = `demo/.bench/${loader}-${name.replace(/\W+/g, '-')}.html`;
      writeFileSync(file, `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><script type="module" src="${script}"></script></head><body>${body}</body></html>`);
      const ready = [];
      const bytes = [];
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(new URL('/' + file, server.url).href, { waitUntil: 'load' });
        const ms = await page.evaluate(async () => {
          const widgets = [...document.querySelectorAll('cytokine-card, side-effect-list, injection-video')];
          await Promise.all(widgets.map((w) => new Promise((resolve) => {
            const check = () => (w.shadowRoot?.querySelector('[part~="base"]') ? resolve() : requestAnimationFrame(check));
            check();
          })));
          return performance.now();
        });
        const transferred = await page.evaluate(() => performance.getEntriesByType('resource').reduce((a, e) => a + e.transferSize, 0));
        ready.push(ms);
        bytes.push(transferred);
        await context.close();
      }
      results.push({ loader, page: name, 'ready (ms since navigation)': Math.round(median(ready)), 'bytes over the wire': median(bytes) });
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.table(results);
