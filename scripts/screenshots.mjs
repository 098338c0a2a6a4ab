// `node scripts/screenshots.mjs` (npm run screenshots): a PNG of every story of the static
// Storybook, at 320 and 1280 px wide, in screenshots/<story id>-<width>.png.
//
// It builds nothing: run `npm run build-storybook` first. It reads storybook-static/index.json,
// serves storybook-static/ on a free local port, and opens each story's iframe
// (iframe.html?id=<id>&viewMode=story) in Chromium with playwright-core: the story renders and
// runs its play function, as in the Storybook UI. Nothing is fetched from the internet.
//
// Options:
//   --widths=320,1280     widths in CSS px (default 320,1280)
//   --only=<text>         only stories whose id contains <text> (repeatable)
//   --theme=<name>        the toolbar's theme global (charity, hospital, dark) for every story;
//                         files are then named <id>-<theme>-<width>.png
//   --out=<dir>           output folder (default screenshots)
//   --concurrency=<n>     pages at once (default 4)
//
// Stories tagged `forced-colors` are taken with forced colors emulated (Windows high contrast).
// Play functions that fail and accessibility violations (axe, as in the Storybook UI) are
// listed, so `--theme=dark` also checks every story against a theme; the exit code is 1 if
// any screenshot could not be taken.
// CHROME_PATH picks the browser (default /usr/bin/chromium).
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { launchChromium } from '../test/support/chromium.mjs';

const options = { widths: [320, 1280], only: [], theme: undefined, out: 'screenshots', concurrency: 4 };
for (const arg of process.argv.slice(2)) {
  const [key, value = ''] = arg.replace(/^--/, '').split('=');
  if (key === 'widths') options.widths = value.split(',').map(Number).filter((n) => n > 0);
  else if (key === 'only') options.only.push(value);
  else if (key === 'theme') options.theme = value;
  else if (key === 'out') options.out = value;
  else if (key === 'concurrency') options.concurrency = Math.max(1, Number(value) || 1);
  else {
    console.error(`Unknown option ${arg}. See the comment at the top of scripts/screenshots.mjs.`);
    process.exit(2);
  }
}

const root = resolve('storybook-static');
const indexFile = join(root, 'index.json');
if (!existsSync(indexFile)) {
  console.error('storybook-static/index.json not found: run `npm run build-storybook` first.');
  process.exit(1);
}
const index = JSON.parse(readFileSync(indexFile, 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .filter((entry) => !options.only.length || options.only.some((text) => entry.id.includes(text)));
if (!stories.length) {
  console.error('No stories to take.');
  process.exit(1);
}

/* A tiny static server for storybook-static/, with byte ranges so video can seek. ------------ */

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const size = statSync(file).size;
  const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'accept-ranges': 'bytes', 'cache-control': 'no-store' };
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
      return;
    }
    res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file, { start, end }).pipe(res);
    return;
  }
  res.writeHead(200, { ...headers, 'content-length': size });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

/* Chromium ------------------------------------------------------------------------------------ */

const browser = await launchChromium({ args: ['--autoplay-policy=no-user-gesture-required', '--hide-scrollbars'] });

/**
 * Before any page script: hears Storybook's `storyFinished` event (sent after the play function
 * and the accessibility check) on the preview's channel, as the channel is installed.
 */
function listenForStoryFinished() {
  let channel;
  window.__cytokineShot = { finished: null, playError: null };
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value?.on?.('playFunctionThrewException', (error) => {
        window.__cytokineShot.playError = error;
      });
      value?.on?.('storyFinished', (event) => {
        window.__cytokineShot.finished = event;
      });
    },
  });
}

/**
 * Waits until Storybook has rendered the story, run its play function and its afterEach (the
 * accessibility check), then until every widget shows its content or its error, and images and
 * fonts have loaded. Returns problems worth reporting: a failed play function (Storybook shows
 * its error screen) and accessibility violations axe found.
 */
async function waitForStory(page) {
  await page.waitForFunction(
    () => window.__cytokineShot?.finished || ['finished', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase),
    null,
    { timeout: 30_000, polling: 100 },
  );
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('cytokine-card, side-effect-list, injection-video')].every((el) =>
        el.shadowRoot?.querySelector('[part="base"], [part="error"]'),
      ),
    null,
    { timeout: 10_000, polling: 100 },
  );
  return page.evaluate(async () => {
    const images = [document, ...[...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))].flatMap(
      (scope) => [...scope.querySelectorAll('img')],
    );
    await Promise.all(images.map((img) => (img.complete ? undefined : img.decode().catch(() => undefined))));
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const problems = [];
    const playError = window.__cytokineShot?.playError;
    if (playError) problems.push(`play function failed: ${playError.message ?? playError}`);
    else if (document.body.classList.contains('sb-show-errordisplay')) {
      problems.push(`story failed: ${document.querySelector('#error-message')?.textContent?.trim() || 'see the story'}`);
    }
    for (const report of window.__cytokineShot?.finished?.reporters ?? []) {
      if (report.type === 'a11y' && report.status !== 'passed') {
        const violations = report.result?.violations ?? [];
        problems.push(`accessibility: ${violations.map((v) => `${v.id} (${v.nodes?.length ?? 0})`).join(', ') || report.status}`);
      }
    }
    return problems;
  });
}

const tasks = stories.flatMap((story) => options.widths.map((width) => ({ story, width })));
mkdirSync(options.out, { recursive: true });
const started = Date.now();
let written = 0;
const problems = [];

async function worker() {
  const context = await browser.newContext({ viewport: { width: options.widths[0], height: 900 }, reducedMotion: 'reduce' });
  await context.addInitScript(listenForStoryFinished);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  for (let task = tasks.shift(); task; task = tasks.shift()) {
    const { story, width } = task;
    const forcedColors = story.tags?.includes('forced-colors') ? 'active' : 'none';
    const name = [story.id, options.theme, width].filter(Boolean).join('-');
    pageErrors.length = 0;
    try {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ forcedColors, reducedMotion: 'reduce' });
      const globals = options.theme ? `&globals=theme:${encodeURIComponent(options.theme)}` : '';
      await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story${globals}`, { waitUntil: 'load' });
      const shown = await waitForStory(page);
      for (const message of [...shown, ...pageErrors]) problems.push(`${name}: ${message.split('\n')[0]}`);
      await page.screenshot({ path: join(options.out, `${name}.png`), fullPage: true, animations: 'disabled' });
      written += 1;
    } catch (error) {
      problems.push(`${name}: not taken (${String(error.message ?? error).split('\n')[0]})`);
    }
  }
  await context.close();
}

try {
  await Promise.all(Array.from({ length: Math.min(options.concurrency, tasks.length) }, worker));
} finally {
  await browser.close();
  server.close();
}

for (const problem of problems) console.warn(`  ! ${problem}`);
console.log(
  `${written} screenshots of ${stories.length} stories at ${options.widths.join(' and ')} px in ${options.out}/ (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
process.exitCode = written === stories.length * options.widths.length ? 0 : 1;
