// Screenshot baselines: every story of the static Storybook and three demo pages (below), at 320 and
// 1280 px wide, compared with the PNGs committed in test/pages/baselines/screenshots.spec.ts/
// (<story id>-<width>.png, demo-<page>-<width>.png). A difference fails the test.
//
//   npm run build && npm run build-storybook
//   npx playwright test screenshots                       compare
//   npx playwright test screenshots --update-snapshots    rewrite the baselines after a wanted change
//   npx playwright test screenshots -g cytokine-card      only some (the test name is the story id)
//
// What is taken, and why not more: full-length pictures of every story and page at both widths
// came to 55 MB of PNGs (the widgets are long, and text does not compress), rewritten whenever
// the content's wording changes. So:
// - a story is taken as a reader sees it, one screen after its play function, which scrolls to
//   what the story is about when that is further down;
// - a demo page is taken whole with its widgets masked: the page around them, and the place and
//   size of each widget. The widgets' own pixels have one home, the stories (the Theming stories
//   show each example theme; demo/themes.html uses the same ones).
// There is no pass per theme for the same reason.
//
// Stories are read from storybook-static/index.json and opened alone (iframe.html?id=…), as the
// Storybook UI shows them. Stories tagged `forced-colors` are taken with forced colours emulated
// (Windows high contrast), those tagged `print` with print media. No accessibility check here: the stories get axe in their Vitest run,
// and each demo page in its own spec.
//
// Everything that could differ between two runs is pinned: today's date (the widgets say when
// content is due for review), animations and transitions, the text caret, web fonts, images,
// lazily loaded chunks and content, and videos (masked: a playing video's frame depends on
// timing).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from '../support/chromium.mjs';
import { MEDIA, ROOT, STORYBOOK_ORIGIN, TAGS, expect, test } from './fixtures.js';

/**
 * The screens taken, smallest first: the 320 px reflow width and the 1280 px laptop of the
 * Storybook viewport toolbar (.storybook/preview.ts).
 */
const SCREENS = [{ width: 320, height: 640 }, { width: 1280, height: 800 }] as const;
/** The demo pages, as demo/<name>.html. The prerendered*.html pages are written by prerender.spec.ts while tests run. */
// Not csp.html and trusted-types.html: with the widgets masked, they are a heading and a status
// line over the same widgets as index.html (demo.spec.ts checks they render and play). Not
// themes.html: with its widgets masked it is four headings over four masks (display-modes.spec.ts
// checks each theme looks different, and the Theming stories have the pixels).
const DEMO_PAGES = ['index', 'hospital', 'builder'] as const;

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  tags?: string[];
}

/** Every story in the static Storybook, read when the tests are listed. */
const STORIES = ((): IndexEntry[] => {
  const file = join(ROOT, 'storybook-static/index.json');
  if (!existsSync(file)) throw new Error('storybook-static/index.json is missing: run `npm run build-storybook` first');
  const index = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
})();

/**
 * The moment the pages see as now: noon on the bundled content's last update. The widgets
 * compare today with review dates ("due for review"), so the real date would change the pictures
 * once a review date passes; the content's own date keeps its next review in the future and any
 * clinical review in the past.
 */
const NOW = Date.parse(
  `${(JSON.parse(readFileSync(join(ROOT, 'src/content/en-GB/model.json'), 'utf8')) as { lastUpdated: string }).lastUpdated}T12:00:00Z`,
);

/**
 * Before any page script: `new Date()` and `Date.now()` give `now`; every other use of Date is
 * unchanged. (Playwright's page.clock would also take over timers and `performance`, which
 * Storybook and the video use.)
 */
function fixNow(now: number): void {
  const NativeDate = Date;
  // A function, not a class, so that `Date()` without `new` still works (it gives a string).
  function FixedDate(...args: unknown[]): Date | string {
    if (!new.target) return new NativeDate(now).toString();
    return Reflect.construct(NativeDate, args.length ? args : [now], new.target) as Date;
  }
  FixedDate.prototype = NativeDate.prototype;
  Object.setPrototypeOf(FixedDate, NativeDate); // Date.UTC, Date.parse
  FixedDate.now = (): number => now;
  globalThis.Date = FixedDate as unknown as DateConstructor;
}

/** Before any page script: empty storage, as in a new browser (the video keeps the reader's caption style there). */
function forgetStorage(): void {
  localStorage.clear();
  sessionStorage.clear();
}

/** What the story preview told the page, recorded by `hearStoryEvents`. */
interface StoryState {
  finished: boolean;
  errors: string[];
}

type StoryWindow = Window & { __story?: StoryState };

/**
 * Before any page script: hears Storybook's channel events as the preview installs its channel.
 * `storyFinished` comes after the render and the play function; the others mean the picture
 * would be of a broken story.
 */
function hearStoryEvents(): void {
  const state: StoryState = { finished: false, errors: [] };
  (window as StoryWindow).__story = state;
  type Channel = { on(event: string, listener: (payload: unknown) => void): void };
  let channel: Channel | undefined;
  // Errors carry the whole DOM after their first line; the first line says what failed.
  const firstLine = (payload: unknown): string => {
    const { message, description } = (payload ?? {}) as { message?: unknown; description?: unknown };
    return String(message ?? description ?? payload).split('\n')[0];
  };
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: Channel | undefined) {
      channel = value;
      value?.on('storyFinished', (event) => {
        state.finished = true;
        if ((event as { status?: string }).status === 'error') state.errors.push('storyFinished: the story failed');
      });
      for (const name of ['playFunctionThrewException', 'storyThrewException', 'storyErrored', 'storyMissing']) {
        value?.on(name, (payload) => state.errors.push(`${name}: ${firstLine(payload)}`));
      }
    },
  });
}

/**
 * Counts the page's requests in flight, leaving out media: a video may keep its connection open
 * for as long as it plays, and the videos are masked anyway.
 */
function requestsInFlight(page: Page): () => number {
  const open = new Set<unknown>();
  page.on('request', (req) => {
    if (!MEDIA.test(new URL(req.url()).pathname)) open.add(req);
  });
  page.on('requestfinished', (req) => open.delete(req));
  page.on('requestfailed', (req) => open.delete(req));
  return () => open.size;
}

/**
 * Waits until the page is still: every widget (in the page and in shadow roots, such as the
 * builder's preview) shows its content or its error, every image is decoded, web fonts are
 * loaded, two frames have been drawn since, and no request is in flight (lazy chunks, content,
 * posters). A story tagged `loading` shows a widget still loading on purpose: its busy box
 * counts as drawn.
 */
async function settle(page: Page, inFlight: () => number, loading = false): Promise<void> {
  await page.evaluate(async ({ tags, drawnWhen }) => {
    const roots = (): (Document | ShadowRoot)[] => {
      const found: (Document | ShadowRoot)[] = [document];
      for (let i = 0; i < found.length; i++) {
        for (const el of found[i].querySelectorAll('*')) if (el.shadowRoot) found.push(el.shadowRoot);
      }
      return found;
    };
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    const drawn = () =>
      roots().every((root) => [...root.querySelectorAll(tags.join(','))].every((el) => el.shadowRoot?.querySelector(drawnWhen)));
    const deadline = performance.now() + 10_000;
    while (!drawn()) {
      if (performance.now() > deadline) throw new Error('a widget drew neither its content nor an error in 10 s');
      await frame();
    }
    const images = roots().flatMap((root) => [...root.querySelectorAll('img')]);
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    await document.fonts.ready;
    await frame();
    await frame();
  // The builder draws its preview widget only once it has loaded the content: wait for it too.
  }, { tags: [...TAGS, 'cytokine-snippet-builder'], drawnWhen: `[part~="base"], [part~="error"]${loading ? ', [aria-busy="true"]' : ''}` });
  await expect.poll(inFlight, { message: 'requests still in flight', intervals: [50] }).toBe(0);
}

/**
 * Takes the loaded page at each width in turn: the same page resized, as a reader turning a
 * phone or widening a window would see it (loading it again per width would double the time for
 * the same pixels). `shoot` takes one width's screenshot; a difference at one width still lets
 * the other be compared.
 */
async function atEachWidth(page: Page, inFlight: () => number, shoot: (width: number) => Promise<void>, loading = false): Promise<void> {
  for (const screen of SCREENS) {
    await page.setViewportSize(screen);
    await settle(page, inFlight, loading);
    await shoot(screen.width);
  }
}

/**
 * The same reader everywhere, whatever the machine's settings: no motion, British English, UTC
 * (the machine's language and time zone would otherwise reach number and date formats).
 */
const READER = { reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'UTC', viewport: SCREENS[0] } as const;

test.use({
  ...READER,
  // A failed comparison attaches the expected, actual and diff pictures; a trace of every test
  // would add a third to the suite's time for little more.
  trace: 'off',
  // A story's play function may start the video from a synthetic click (Storybook's userEvent),
  // which Chromium does not count as a user gesture (as in vitest.config.ts).
  launchOptions: { executablePath: CHROME_PATH, args: [...CHROME_ARGS, '--autoplay-policy=no-user-gesture-required'] },
});

interface StoryPage {
  page: Page;
  inFlight: () => number;
}

/**
 * One page per worker for all its stories, so Storybook's scripts come from the browser's cache
 * after the first story instead of being fetched and compiled for each. Nothing else carries
 * over: every story is a new document, storage is emptied before it, and the viewport and the
 * forced-colours setting are set for each. (A context made here does not get `test.use`'s
 * options: it is given READER itself.)
 */
const storyTest = test.extend<object, { storyPage: StoryPage }>({
  // Some stories show an error on purpose (a missing drug, an unreachable src, a video that fails
  // to load), and its console error or 404 comes with it: a broken story is caught from
  // Storybook's own events instead. This also keeps the automatic log from opening a page of its
  // own for every story.
  log: async ({}, use) => {
    await use({ consoleErrors: [], widgetWarnings: [], pageErrors: [], requests: [], failed: [], badResponses: [] });
  },
  storyPage: [async ({ browser }, use) => {
    const context = await browser.newContext(READER);
    await context.addInitScript(fixNow, NOW);
    await context.addInitScript(forgetStorage);
    await context.addInitScript(hearStoryEvents);
    const page = await context.newPage();
    await use({ page, inFlight: requestsInFlight(page) });
    await context.close();
  }, { scope: 'worker' }],
});

storyTest.describe('stories', () => {
  for (const story of STORIES) {
    storyTest(story.id, async ({ storyPage: { page, inFlight } }) => {
      await page.setViewportSize(SCREENS[0]);
      await page.emulateMedia({
        forcedColors: story.tags?.includes('forced-colors') ? 'active' : 'none',
        media: story.tags?.includes('print') ? 'print' : 'screen',
      });
      // The accessibility addon's check (a11y.manual) is left to the story tests in Vitest: it
      // changes no pixel and would double the time here.
      await page.goto(`${STORYBOOK_ORIGIN}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`);
      await page.waitForFunction(() => {
        const state = (window as StoryWindow).__story;
        return state && (state.finished || state.errors.length > 0);
      }, null, { timeout: 20_000 });
      const state = await page.evaluate(() => ({
        errors: (window as StoryWindow).__story!.errors,
        errorScreen: document.body.classList.contains('sb-show-errordisplay'),
      }));
      expect(state.errors, 'Storybook reported an error').toEqual([]);
      expect(state.errorScreen, 'Storybook shows its error screen').toBe(false);
      await atEachWidth(
        page,
        inFlight,
        (width) => expect.soft(page).toHaveScreenshot(`${story.id}-${width}.png`, { mask: [page.locator('video')] }),
        story.tags?.includes('loading'),
      );
    });
  }
});

test.describe('demo pages', () => {
  for (const name of DEMO_PAGES) {
    test(`demo/${name}.html`, async ({ page }) => {
      // Two whole pages of up to 15,000 px: more than 30 s on a busy two-core machine.
      test.slow();
      await page.addInitScript(fixNow, NOW);
      const inFlight = requestsInFlight(page);
      await page.goto(`/demo/${name}.html`);
      await atEachWidth(page, inFlight, (width) =>
        expect.soft(page).toHaveScreenshot(`demo-${name}-${width}.png`, {
          fullPage: true,
          mask: [page.locator(TAGS.join(', '))],
          // A whole page is up to 15,000 px tall: a ratio would let a real shift through; a count does not.
          maxDiffPixels: 200,
          // Taking and comparing a whole page takes seconds on a busy machine.
          timeout: 30_000,
        }));
    });
  }
});

// A story or page that is renamed or removed would leave its baselines behind, compared with
// nothing, for ever.
storyTest('every baseline is of a story or a demo page that exists', () => {
  const names = [...STORIES.map((story) => story.id), ...DEMO_PAGES.map((name) => `demo-${name}`)];
  const expected = new Set(names.flatMap((name) => SCREENS.map((screen) => `${name}-${screen.width}.png`)));
  const folder = dirname(test.info().snapshotPath('any.png'));
  const files = existsSync(folder) ? readdirSync(folder) : [];
  expect(files.filter((file) => !expected.has(file)), `baselines in ${relative(ROOT, folder)}/ of nothing that exists: delete them`).toEqual([]);
});
