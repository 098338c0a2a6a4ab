// What the page-level specs share: a `page` that logs everything a test may assert on and fails
// the test on anything it should not have seen, and readers of the widgets' shadow roots and the
// page layout.
//
//   import { test, expect } from './fixtures.js';
//   test('…', async ({ page, log }) => { … });
//
// Every test gets the log; `expectClean(log)` runs after each test unless the test opts out with
// `test.use({ clean: false })` or `test.use({ clean: { warnings: false } })` (a test that provokes
// an error on purpose), or allows aborted media with `test.use({ clean: { abortedMedia: true } })`.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { DEMO_PORT, STORYBOOK_PORT } from '../../playwright.config.js';

export { expect };

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TAGS = ['cytokine-card', 'side-effect-list', 'injection-video'] as const;
export const MEDIA = /\.(mp4|webm)$/i;
export const CAPTIONS = /\.vtt$/i;
export const DEMO_ORIGIN = `http://127.0.0.1:${DEMO_PORT}`;
export const STORYBOOK_ORIGIN = `http://127.0.0.1:${STORYBOOK_PORT}`;
export const pathOf = (u: string): string => new URL(u).pathname;

/** What a page did that a test may assert on. */
export interface PageLog {
  consoleErrors: string[];
  /** console.warn lines from the widgets (they start "cytokine-widgets"). */
  widgetWarnings: string[];
  pageErrors: string[];
  requests: string[];
  failed: string[];
  badResponses: string[];
}

export interface CleanOptions {
  /** Fail on the widgets' console warnings (default true). */
  warnings?: boolean;
  /**
   * Let a video's requests (.mp4, .webm and its .vtt tracks) end in net::ERR_ABORTED (default false): a browser aborts a
   * media request it no longer needs, such as a played video's once the video leaves the page.
   */
  abortedMedia?: boolean;
}

const isAbortedMedia = (failure: string): boolean => {
  const [url, ...error] = failure.split(' ');
  // The video's text tracks (captions, descriptions) go with it.
  return (MEDIA.test(pathOf(url)) || CAPTIONS.test(pathOf(url))) && error.join(' ') === 'net::ERR_ABORTED';
};

/** Fails on anything the page logged that it should not have. */
export function expectClean(log: PageLog, { warnings = true, abortedMedia = false }: CleanOptions = {}): void {
  expect(log.pageErrors, 'page errors').toEqual([]);
  expect(log.consoleErrors, 'console errors').toEqual([]);
  if (warnings) expect(log.widgetWarnings, 'widget warnings').toEqual([]);
  expect(abortedMedia ? log.failed.filter((f) => !isAbortedMedia(f)) : log.failed, 'failed requests').toEqual([]);
  expect(log.badResponses, 'error responses').toEqual([]);
}

/** Starts recording `page` into a new log; the listeners are in place before its first script. */
export function record(page: Page): PageLog {
  const log: PageLog = { consoleErrors: [], widgetWarnings: [], pageErrors: [], requests: [], failed: [], badResponses: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
    if (msg.type() === 'warning' && msg.text().includes('cytokine-widgets')) log.widgetWarnings.push(msg.text());
  });
  page.on('pageerror', (err) => log.pageErrors.push(String(err)));
  page.on('request', (req) => log.requests.push(req.url()));
  page.on('requestfailed', (req) => log.failed.push(`${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) log.badResponses.push(`${res.status()} ${res.url()}`);
  });
  return log;
}

/** What the widgets and the page's Content-Security-Policy reported, in the order they came. */
export interface WidgetEvents {
  /** securitypolicyviolation events. */
  csp: { directive: string; blocked: string; sample: string }[];
  /** The tag of each element that fired cytokine-ready. */
  ready: string[];
  /** Each cytokine-error: its element's tag and its detail. */
  errors: { tag: string; code: string; message: string }[];
  /** Each cytokine-play: its element's tag, and whether its detail carried the <video>. */
  play: { tag: string; detailIsVideo: boolean }[];
}

declare global {
  interface Window {
    __widgetEvents: WidgetEvents;
  }
}

/**
 * Records `page`'s WidgetEvents from its next document's first script on (capturing listeners on
 * the document, so events inside shadow roots and stopped ones count too); returns their reader.
 */
export async function watchEvents(page: Page): Promise<() => Promise<WidgetEvents>> {
  await page.addInitScript(() => {
    const events: WidgetEvents = { csp: [], ready: [], errors: [], play: [] };
    window.__widgetEvents = events;
    const tag = (e: Event) => (e.target as Element).localName;
    document.addEventListener('securitypolicyviolation', (e) => {
      events.csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
    }, true);
    document.addEventListener('cytokine-ready', (e) => events.ready.push(tag(e)), true);
    document.addEventListener('cytokine-error', (e) => {
      const { code, message } = (e as CustomEvent<{ code: string; message: string }>).detail;
      events.errors.push({ tag: tag(e), code, message });
    }, true);
    document.addEventListener('cytokine-play', (e) => {
      events.play.push({ tag: tag(e), detailIsVideo: (e as CustomEvent<{ video?: unknown }>).detail?.video instanceof HTMLVideoElement });
    }, true);
  });
  return () => page.evaluate(() => window.__widgetEvents);
}

export const test = base.extend<{ log: PageLog; clean: CleanOptions | false; events: () => Promise<WidgetEvents> }>({
  clean: [{}, { option: true }],
  // Automatic, so a test that never names `log` is still checked.
  log: [async ({ page, clean }, use) => {
    const log = record(page);
    await use(log);
    if (clean) expectClean(log, clean);
  }, { auto: true }],
  /** Reads what watchEvents recorded; asking for it starts the recording, before the first goto. */
  events: async ({ page }, use) => {
    await use(await watchEvents(page));
  },
});

/** axe's violations on `page` (WCAG 2.2 A and AA rules), as "rule: target" lines, for toEqual([]). */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

export interface WidgetTitle {
  tag: string | null;
  text: string | null;
  error: string | null;
}

/**
 * Waits until `count` `tag` elements inside `scope` have drawn their content or an error, then
 * reads each one's title (tag, text) and error message.
 */
export async function titles(page: Page, tag: string, count: number, scope = 'body'): Promise<WidgetTitle[]> {
  await page.waitForFunction(([s, t, n]) => {
    const els = [...document.querySelector(s as string)!.querySelectorAll(t as string)];
    return els.length === n && els.every((el) => el.shadowRoot?.querySelector('[part~="title"], [part~="error"]'));
  }, [scope, tag, count] as const, { timeout: 10_000 });
  return page.evaluate(([s, t]) => [...document.querySelector(s)!.querySelectorAll(t)].map((el) => {
    const title = el.shadowRoot!.querySelector('[part~="title"]');
    return {
      tag: title?.localName ?? null,
      text: title?.textContent?.trim() ?? null,
      error: el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.trim() ?? null,
    };
  }), [scope, tag] as const);
}

/** Waits until every element matching `selector` (by default every widget) has drawn its content. */
export const drawn = (page: Page, selector: string = TAGS.join(',')): Promise<unknown> =>
  page.waitForFunction((s) => [...document.querySelectorAll(s)].every((el) => el.shadowRoot?.querySelector('[part~="base"]')), selector);

/** Opens every disclosure in every widget's shadow root; returns how many it opened. */
export const openAllDisclosures = (page: Page): Promise<number> =>
  page.evaluate((tags) => {
    let opened = 0;
    for (const el of document.querySelectorAll(tags.join(','))) {
      el.shadowRoot?.querySelectorAll('details').forEach((d) => { d.open = true; opened++; });
    }
    return opened;
  }, [...TAGS]);

export interface Overflow {
  scrollWidth: number;
  vw: number;
  offenders: string[];
}

/**
 * How wide the page scrolls, and any visible element (light or shadow DOM) that pokes out past
 * the viewport, leaving out elements inside `skip` (the skip links, placed off-screen on purpose).
 */
export const overflow = (page: Page, skip = '.skip-link'): Promise<Overflow> =>
  page.evaluate((skipSelector) => {
    const vw = document.documentElement.clientWidth;
    const offenders: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
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
