// The demo pages in Chromium against the built bundle (`npm run build` first): every widget
// renders on the charity page, nothing but our own files loads until play, the strict-CSP and
// Trusted Types pages work, the README snippet works on a blank page, the fallback links show
// without JavaScript, and nothing scrolls sideways.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  CAPTIONS, DEMO_ORIGIN, MEDIA, ROOT, TAGS, axeViolations, drawn, expect, openAllDisclosures, overflow, pathOf, test, titles,
} from './fixtures.js';

/** Exactly what the brief asks the server to send for /demo/csp.html. */
const EXPECTED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/** The same, with Trusted Types, for /demo/trusted-types.html. */
const EXPECTED_TT_CSP = `${EXPECTED_CSP}; require-trusted-types-for 'script'; trusted-types lit-html cytokine-widgets 'allow-duplicates'`;
const TITLES = ['Interferon alfa', 'Aldesleukin'];
const LIST_TITLES = ['Side effects of Interferon alfa', 'Side effects of Aldesleukin'];
const VIDEO_TITLE = 'How to give an injection under the skin';
/** The demo page's advice line, 0161 496 0000, as a tap-to-call link. */
const ADVICE_TEL = 'tel:01614960000';
/** The fallback links in demo/index.html, in page order: two cards, two lists, the video. */
const FALLBACKS = [
  'Read about interferon on Cancer Research UK',
  'Read about aldesleukin (interleukin 2) on Cancer Research UK',
  'Side effects of interferon alpha on Macmillan Cancer Support',
  'Side effects of aldesleukin on Cancer Research UK',
  'How to give yourself an injection under the skin (South Tees NHS)',
];
const TRANSCRIPT_LINE = 'injection-video [data-cytokine-transcript] .cue';

const url = (path: string): string => new URL(path, DEMO_ORIGIN).href;
const isOurs = (u: string): boolean => new URL(u).origin === DEMO_ORIGIN;

declare global {
  interface Window {
    /** Set by the stand-in for window.print: whether the video was marked for printing. */
    __printed?: boolean;
    /** Set only if an inline script ran despite the CSP. */
    __inline?: boolean;
  }
}

test.beforeAll(() => {
  const bundle = join(ROOT, 'dist/cytokine-widgets.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` before the page tests`);
});

/** Waits for every widget on the demo page (2 cards, 2 lists, 1 video). */
async function demoWidgets(page: Page) {
  return {
    cards: await titles(page, 'cytokine-card', 2),
    lists: await titles(page, 'side-effect-list', 2),
    videos: await titles(page, 'injection-video', 1),
  };
}

/**
 * The transcript, which the video renders into the page's own DOM: its lines, its slot, the size
 * of its first line and whether its adopted stylesheet applies.
 */
const transcript = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('injection-video')?.querySelector(':scope > [data-cytokine-transcript]');
    if (!box) return null;
    const lines = [...box.querySelectorAll('.cue')];
    const first = lines[0]?.getBoundingClientRect();
    return {
      slot: box.slot,
      lines: lines.map((b) => `${b.querySelector('.cue-time')?.textContent?.trim()} ${b.querySelector('.cue-text')?.textContent?.trim()}`),
      firstLineSize: first ? [Math.round(first.width), Math.round(first.height)] : null,
      /** A line is there to click: only the transcript's stylesheet says so. */
      cursor: lines[0] && getComputedStyle(lines[0]).cursor,
      adopted: document.adoptedStyleSheets.length,
    };
  });

/** The state of the video widget's shadow root: facade or native video. */
const videoState = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('injection-video')!.shadowRoot!;
    const v = root.querySelector('video');
    const track = v?.querySelector('track');
    return {
      playButtons: root.querySelectorAll('[part~="play-button"]').length,
      videos: root.querySelectorAll('video').length,
      videosInLightDom: document.querySelectorAll('video').length,
      currentSrc: v?.currentSrc ?? null,
      readyState: v?.readyState ?? null,
      error: v?.error?.code ?? null,
      track: track ? { src: track.src, readyState: track.readyState, mode: track.track.mode, cues: track.track.cues?.length ?? 0 } : null,
    };
  });

/** Presses the play button with a real (trusted) click and waits for cytokine-play and a playable video. */
async function pressPlay(page: Page) {
  const mediaRequest = page.waitForRequest((r) => MEDIA.test(pathOf(r.url())), { timeout: 10_000 });
  const captionsRequest = page.waitForRequest((r) => CAPTIONS.test(pathOf(r.url())), { timeout: 10_000 });
  // Playwright's CSS engine pierces open shadow roots: this is the button in the shadow root.
  const button = page.locator('injection-video [part~="play-button"]');
  await expect(button, 'one play button').toHaveCount(1);
  await button.click();
  await page.waitForFunction(() => window.__widgetEvents.play.length > 0, null, { timeout: 5000 });
  const [media, captions] = await Promise.all([mediaRequest, captionsRequest]);
  // Metadata loaded (readyState >= 1) and the caption track loaded (2) or failed (3).
  await page.waitForFunction(() => {
    const v = document.querySelector('injection-video')!.shadowRoot!.querySelector('video');
    const t = v?.querySelector('track');
    return v && (v.readyState >= 1 || v.error) && t && t.readyState >= 2;
  }, null, { timeout: 10_000 });
  return { media: media.url(), captions: captions.url() };
}

test('the demo page renders every widget in shadow roots, themed, with no errors', async ({ page, events }) => {
  const response = await page.goto('/', { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('h1')).toHaveText('Interferon and interleukin 2');

  const { cards, lists, videos } = await demoWidgets(page);
  expect(cards.map((c) => c.error), 'a card shows an error').toEqual([null, null]);
  expect(cards.map((c) => c.text)).toEqual(TITLES);
  expect(cards.map((c) => c.tag), 'card titles fit the page outline under its h1').toEqual(['h2', 'h2']);
  expect(lists.map((c) => c.error), 'a side-effect list shows an error').toEqual([null, null]);
  expect(lists.map((c) => c.text)).toEqual(LIST_TITLES);
  expect(lists.map((c) => c.tag), 'list titles sit under the "Side effects" h2').toEqual(['h3', 'h3']);
  expect(videos).toEqual([{ tag: 'h3', text: VIDEO_TITLE, error: null }]);

  // The titles live in shadow roots, not in the page's own DOM.
  const lightText = await page.evaluate(() => [...document.querySelectorAll('cytokine-card, side-effect-list')].map((c) => c.textContent ?? ''));
  expect(lightText).toHaveLength(4);
  for (const [i, text] of lightText.entries()) expect(text, 'title found in light DOM').not.toContain([...TITLES, ...LIST_TITLES][i]);

  // Each list's care cards offer the demo's advice line as a tap-to-call link.
  const phones = await page.evaluate(() => [...document.querySelectorAll('side-effect-list')].map((l) =>
    [...l.shadowRoot!.querySelectorAll('[part~="care-card"] a[href^="tel:"]')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent?.trim() }))));
  expect(phones).toHaveLength(2);
  for (const [i, links] of phones.entries()) {
    expect(links.length, `${LIST_TITLES[i]}: no tap-to-call link in the care cards`).toBeGreaterThanOrEqual(1);
    // Every tap-to-call link is the advice line, or a national number on the crisis cards.
    const national = ['tel:999', 'tel:111', 'tel:116123'];
    for (const link of links) if (!national.includes(link.href!)) expect(link).toEqual({ href: ADVICE_TEL, text: '0161 496 0000' });
    expect(links.map((l) => l.href), `${LIST_TITLES[i]}: the advice line is tap-to-call`).toContain(ADVICE_TEL);
  }
  await expect(page.locator(`side-effect-list [part~="care-card"] a[href="${ADVICE_TEL}"]`).first(), 'tap-to-call link').toBeVisible();

  // The video shows its facade: a visible play button over the poster, and no <video> yet.
  const play = page.locator('injection-video [part~="play-button"]');
  await expect(play).toHaveCount(1);
  await expect(play).toBeVisible();
  await expect(play).toHaveText(/Play video/, { useInnerText: true });
  expect(await videoState(page)).toEqual({ playButtons: 1, videos: 0, videosInLightDom: 0, currentSrc: null, readyState: null, error: null, track: null });

  // Once upgraded, the fallback links give way to the content.
  for (const name of FALLBACKS) {
    const link = page.getByRole('link', { name, exact: true, includeHidden: true });
    await expect(link, `${name}: not in the page`).toHaveCount(1);
    await expect(link, `${name} still visible`).toBeHidden();
  }

  // One script tag on the page: the bundle.
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ type: s.type, src: s.src })));
  expect(scripts).toEqual([{ type: 'module', src: url('/dist/cytokine-widgets.js') }]);

  // demo.css is applied (a broken stylesheet path would leave the header unstyled) ...
  await expect(page.locator('.site-header')).toHaveCSS('background-color', 'rgb(61, 26, 91)');
  // ... and themes every widget through its custom properties: titles in the brand colour.
  const titleColours = await page.evaluate((tags) => [...document.querySelectorAll(tags.join(','))]
    .map((el) => getComputedStyle(el.shadowRoot!.querySelector('[part~="title"]')!).color), [...TAGS]);
  expect(titleColours, 'widget titles not themed by demo.css').toEqual(Array(5).fill('rgb(61, 26, 91)'));

  const seen = await events();
  const count = (tag: string) => seen.ready.filter((t) => t === tag).length;
  expect(TAGS.map(count), 'cytokine-ready events from 2 cards, 2 lists and 1 video').toEqual([2, 2, 1]);
  expect(seen.ready, 'cytokine-ready events').toHaveLength(5);
  expect(seen.play, 'cytokine-play before anyone pressed play').toEqual([]);
  expect(seen.errors, 'cytokine-error events').toEqual([]);
});

// The strict-CSP pages show the same three elements with the same content (one card through
// `src`, which renders the same templates), and their own test fails on any blocked style or
// script: axe would read there what it reads here, so it reads it once (45 s less in CI).
// Once, with every disclosure open: that page has every node the page as loaded has (the summaries
// included), and more. axe reads five widgets' shadow roots: slow on a busy machine.
test('the demo page has no axe violations, with every disclosure open', async ({ page }) => {
  test.slow();
  await page.goto('/', { waitUntil: 'networkidle' });
  await drawn(page);
  expect(await openAllDisclosures(page), 'disclosures found to open').toBeGreaterThanOrEqual(5);
  await expect(page.locator(TRANSCRIPT_LINE).first(), 'transcript hidden').toBeVisible();
  expect(await axeViolations(page), 'every disclosure open').toEqual([]);
});

test('the demo page embeds the real widgets (no placeholders), with one script and no inline styles', () => {
  const html = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
  expect(html, 'a placeholder comment is left').not.toMatch(/goes here -->/);
  expect(html.match(/<cytokine-card\b/g)?.length, 'two cards').toBe(2);
  expect(html.match(/<side-effect-list\b/g)?.length, 'two side-effect lists').toBe(2);
  expect(html.match(/<injection-video\b/g)?.length, 'one video').toBe(1);
  expect(html).toMatch(/<side-effect-list drug="interferon-alfa"[^>]*\sadvice-phone="[^"]+"/);
  expect(html).toMatch(/<side-effect-list drug="aldesleukin"[^>]*\sadvice-phone="[^"]+"/);
  expect(html.match(/<script\b/g)?.length, 'one script tag').toBe(1);
  expect(html, 'inline styles would break under CSP').not.toMatch(/\sstyle=|<style/i);
});

test('nothing but our own files load until play, even with everything open', async ({ page, log, events }) => {
  await page.goto('/', { waitUntil: 'networkidle' });
  await demoWidgets(page);
  // Reading every widget, transcript included, must not fetch the video or its captions.
  const opened = await openAllDisclosures(page);
  expect(opened, 'disclosures found to open').toBeGreaterThanOrEqual(10);
  const t = await transcript(page);
  expect(t, 'no transcript in the light DOM').not.toBeNull();
  expect(t!.slot).toBe('transcript');
  expect(t!.lines.length, 'transcript lines').toBeGreaterThanOrEqual(5);
  expect(t!.lines[0]).toMatch(/^0:00 This video shows how to give an injection under the skin\.$/);
  expect(t!.firstLineSize![0], 'transcript line width').toBeGreaterThan(100);
  expect(t!.firstLineSize![1], 'transcript line height').toBeGreaterThan(10);
  await expect(page.locator(TRANSCRIPT_LINE).first(), 'transcript hidden').toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);

  expect(log.requests.length, 'expected page, CSS and bundle').toBeGreaterThanOrEqual(3);
  expect(log.requests, 'the bundle was requested').toContain(url('/dist/cytokine-widgets.js'));
  expect(log.requests.filter((u) => !isOurs(u)), 'requests to another origin (or data:/blob: URLs)').toEqual([]);
  const media = log.requests.filter((u) => MEDIA.test(pathOf(u)) || CAPTIONS.test(pathOf(u)));
  expect(media, 'video or captions requested before play').toEqual([]);
  expect((await videoState(page)).videos, 'a <video> exists before play').toBe(0);
  expect((await events()).play, 'cytokine-play without a press').toEqual([]);
});

test.describe('a browser may abort a media request it no longer needs', () => {
  test.use({ clean: { abortedMedia: true } });

  test('pressing play creates the video and loads media and captions from our origin only', async ({ page, log, events }) => {
    await page.goto('/', { waitUntil: 'networkidle' });
    await demoWidgets(page);
    const { media, captions } = await pressPlay(page);

    const seen = await events();
    expect(seen.play, 'one cytokine-play event').toEqual([{ tag: 'injection-video', detailIsVideo: true }]);
    expect(seen.errors, 'cytokine-error events (media-error?)').toEqual([]);

    const state = await videoState(page);
    expect(state.videos, 'no <video> in the shadow root').toBe(1);
    expect(state.videosInLightDom, '<video> in the light DOM').toBe(0);
    expect(state.playButtons, 'the facade is still there').toBe(0);
    expect(state.error, 'video error code').toBeNull();
    expect(state.readyState, 'video metadata did not load').toBeGreaterThanOrEqual(1);
    const src = new URL(state.currentSrc!);
    expect(src.origin, `currentSrc ${state.currentSrc}`).toBe(DEMO_ORIGIN);
    expect(src.pathname).toMatch(/^\/dist\/media\/[^/]+\.(webm|mp4)$/);
    // Captions are on by default, and loaded from our own copy.
    expect(state.track?.readyState, 'caption track did not load').toBe(2);
    expect(state.track?.mode, 'captions not shown').toBe('showing');
    expect(state.track?.cues, 'caption cues').toBeGreaterThan(0);
    expect(pathOf(state.track!.src)).toMatch(/^\/dist\/media\/[^/]+\.vtt$/);

    for (const u of [media, captions]) expect(isOurs(u), `${u} is not same-origin`).toBe(true);
    const mediaRequests = log.requests.filter((u) => MEDIA.test(pathOf(u)) || CAPTIONS.test(pathOf(u)));
    expect(mediaRequests.some((u) => MEDIA.test(pathOf(u))), 'no .webm or .mp4 request').toBe(true);
    expect(mediaRequests.some((u) => CAPTIONS.test(pathOf(u))), 'no .vtt request').toBe(true);
    for (const u of mediaRequests) expect(u.startsWith(`${DEMO_ORIGIN}/dist/media/`), u).toBe(true);
    expect(log.requests.filter((u) => !isOurs(u)), 'requests to another origin (or data:/blob: URLs)').toEqual([]);
  });
});

test.describe('under a strict Content-Security-Policy', () => {
  // Each test provokes a violation at the end, to prove the policy is enforced and seen.
  test.use({ clean: false });

  for (const { path, policy, trustedTypes } of [
    { path: '/demo/csp.html', policy: EXPECTED_CSP, trustedTypes: false },
    { path: '/demo/trusted-types.html', policy: EXPECTED_TT_CSP, trustedTypes: true },
  ]) test(`${path} renders every widget and plays under its policy with no violations`, async ({ page, log, events }) => {
    // A reader's whole visit: every widget read, the video played and each of its controls used.
    test.slow();
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(policy);
    const cards = await titles(page, 'cytokine-card', 2);
    if (trustedTypes) {
      // The search-engine data went through our Trusted Types policy: it is there, and valid.
      const jsonLd = page.locator('cytokine-card > script[type="application/ld+json"]').first();
      await expect(jsonLd).toBeAttached();
      expect(JSON.parse((await jsonLd.textContent()) ?? 'null')?.['@type']).toBe('MedicalWebPage');
    }
    expect(cards.map((c) => c.error), 'a card shows an error').toEqual([null, null]);
    expect(cards.map((c) => c.text)).toEqual(TITLES);
    expect(await titles(page, 'side-effect-list', 1)).toEqual([{ tag: 'h2', text: LIST_TITLES[1], error: null }]);
    expect(await titles(page, 'injection-video', 1)).toEqual([{ tag: 'h2', text: VIDEO_TITLE, error: null }]);
    // The second card reads the host's copy of the content (src), through connect-src 'self'.
    expect(log.requests, 'src model fetched').toContain(url('/dist/content/en-GB.json'));
    // Styles arrive through adoptedStyleSheets, which style-src 'self' allows: check they apply.
    await expect(page.locator('cytokine-card [part~="base"]').first(), 'card styles not applied').toHaveCSS('border-top-style', 'solid');
    // The poster is an image from our origin (img-src 'self'): it must have loaded.
    const poster = await page.evaluate(() => {
      const img = document.querySelector('injection-video')!.shadowRoot!.querySelector<HTMLImageElement>('[part~="poster"]');
      return img && { complete: img.complete, width: img.naturalWidth, src: img.currentSrc };
    });
    expect(poster?.complete, `poster did not load: ${JSON.stringify(poster)}`).toBe(true);
    expect(poster?.width, `poster did not load: ${JSON.stringify(poster)}`).toBeGreaterThan(0);
    expect(isOurs(poster!.src), poster!.src).toBe(true);

    const opened = await openAllDisclosures(page);
    expect(opened, 'disclosures found to open').toBeGreaterThanOrEqual(5);
    // The transcript's stylesheet is adopted by the document: check it applies here too.
    const t = await transcript(page);
    expect(t?.lines.length, 'no transcript').toBeGreaterThanOrEqual(5);
    expect(t?.cursor, "the transcript's adopted stylesheet does not apply").toBe('pointer');
    expect(t?.adopted, 'no adopted document stylesheet').toBeGreaterThanOrEqual(1);
    await expect(page.locator(TRANSCRIPT_LINE).first(), 'transcript hidden').toBeVisible();
    await page.waitForTimeout(100); // violation events are dispatched asynchronously
    expect((await events()).csp, 'securitypolicyviolation events with every disclosure open').toEqual([]);

    // Play: the video (media-src) and the captions (media-src) must load too.
    await pressPlay(page);
    const state = await videoState(page);
    expect(state.error, 'video error code').toBeNull();
    expect(state.readyState, 'video metadata did not load').toBeGreaterThanOrEqual(1);
    expect(pathOf(state.currentSrc!)).toMatch(/^\/dist\/media\//);
    expect(state.track?.readyState, 'caption track did not load').toBe(2);
    await page.waitForTimeout(200);

    // The player's own controls, used as a reader would: speed, caption style (localStorage),
    // audio description (its track loads: media-src), a transcript search, and print.
    const video = page.locator('injection-video');
    await video.locator('[part~="speed"]').selectOption('1.5');
    // (Every disclosure, the caption style's too, was opened above.)
    await video.locator('[part~="caption-colours"]').selectOption('yellow-on-black');
    await video.locator('[part~="audio-description"]').check();
    await page.waitForFunction(() => {
      const track = document.querySelector('injection-video')!.shadowRoot!.querySelector('track[kind="descriptions"]');
      return (track as HTMLTrackElement | null)?.readyState === 2;
    }, null, { timeout: 5000 });
    await video.locator('[part~="search-input"]').fill('skin');
    await video.locator('[part~="search-input"]').press('Enter');
    await page.evaluate(() => {
      window.print = () => { window.__printed = document.querySelector('injection-video')!.hasAttribute('data-cytokine-print'); };
    });
    await video.locator('[part~="print-button"]').click();
    const used = await page.evaluate(() => {
      const el = document.querySelector('injection-video')!;
      return {
        rate: el.shadowRoot!.querySelector('video')!.playbackRate,
        cues: el.shadowRoot!.querySelector('video')!.className,
        marks: el.querySelectorAll('mark').length,
        printed: window.__printed,
      };
    });
    expect(used.rate).toBe(1.5);
    expect(used.cues).toMatch(/cues-yellow-on-black/);
    expect(used.marks, 'no search marks').toBeGreaterThan(0);
    expect(used.printed, 'print did not mark the widget').toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.waitForTimeout(200);

    const seen = await events();
    expect(seen.csp, 'securitypolicyviolation events after play and the player controls').toEqual([]);
    expect(log.consoleErrors.filter((e) => /Content.Security.Policy/i.test(e)), 'CSP console errors').toEqual([]);
    expect(log.consoleErrors, 'console errors').toEqual([]);
    expect(log.pageErrors, 'page errors').toEqual([]);
    expect(seen.errors, 'cytokine-error events').toEqual([]);
    expect(seen.play.map((p) => p.tag)).toEqual(['injection-video']);
    expect([...seen.ready].sort()).toEqual(['cytokine-card', 'cytokine-card', 'injection-video', 'side-effect-list']);
    expect(log.requests.filter((u) => !isOurs(u)), 'requests to another origin').toEqual([]);

    if (trustedTypes) {
      // Control: Trusted Types are really enforced: a plain string cannot become HTML.
      const blocked = await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return false;
        } catch (e) {
          return e instanceof TypeError;
        }
      });
      expect(blocked, 'innerHTML with a string was allowed').toBe(true);
      await page.waitForFunction(() => window.__widgetEvents.csp.some((v) => v.directive === 'require-trusted-types-for'), null, { timeout: 5000 });
    }
    // Control: the policy is really enforced and both listeners really see a new violation
    // (on the Trusted Types page, the script's text is refused before script-src is asked).
    const violations = (await events()).csp.length;
    const errorsSeen = log.consoleErrors.length;
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.append(document.createTextNode('window.__inline = true'));
      document.body.append(s);
    });
    await page.waitForFunction((n) => window.__widgetEvents.csp.length > n, violations, { timeout: 5000 });
    expect(await page.evaluate(() => window.__inline), 'inline script ran despite the CSP').toBeUndefined();
    const fresh = (await events()).csp.map((v) => v.directive).slice(violations);
    expect(fresh.some((d) => (trustedTypes ? /^require-trusted-types|^script-src/ : /^script-src/).test(d)), `violations: ${fresh}`).toBe(true);
    expect(log.consoleErrors.slice(errorsSeen).some((e) => /Content.Security.Policy|requires 'Trusted/i.test(e)), 'CSP console error not seen by the listener').toBe(true);
  });
});

test('the README snippet works on a blank page', async ({ page }) => {
  const snippet = `<script type="module" src="/dist/cytokine-widgets.js"></script>\n<cytokine-card drug="IL-2"></cytokine-card>\n`;
  await page.route(url('/snippet.html'), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: snippet }));
  await page.goto('/snippet.html', { waitUntil: 'load' });
  expect(await page.evaluate(() => document.documentElement.outerHTML.includes('lang=')), 'the page has no lang').toBe(false);

  const [card] = await titles(page, 'cytokine-card', 1);
  expect(card.error).toBeNull();
  expect(card.text).toBe('Aldesleukin');
  expect(card.tag, 'default heading level').toBe('h2');
  expect(await page.evaluate(() => document.querySelector('cytokine-card')!.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!.lang),
    'content language falls back to en-GB').toBe('en-GB');
});

// The two mistakes the README's troubleshooting table describes: each leaves the fallback showing.
test.describe('a script tag that cannot start the widgets', () => {
  test.use({ clean: false });
  const cases: [string, string, RegExp][] = [
    ['without type="module"', '<script src="/dist/cytokine-widgets.js"></script>', /import\.meta|export|import statement|Unexpected/i],
    ['from a wrong path', '<script type="module" src="/wrong/cytokine-widgets.js"></script>', /^$/],
  ];
  for (const [what, script, pageError] of cases) {
    test(`loaded ${what}: the fallback stays visible`, async ({ page, log }) => {
      const body = `<!doctype html><html lang="en"><title>t</title>${script}\n<cytokine-card drug="IL-2"><a href="/il-2">Read about aldesleukin</a></cytokine-card>\n`;
      await page.route(url('/broken.html'), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
      await page.goto('/broken.html', { waitUntil: 'load' });
      await page.waitForTimeout(500);
      await expect(page.getByRole('link', { name: 'Read about aldesleukin' })).toBeVisible();
      expect(await page.evaluate(() => customElements.get('cytokine-card')), 'the element was defined').toBeUndefined();
      if (pageError.source === '^$') expect(log.badResponses.some((r) => r.includes('/wrong/cytokine-widgets.js')), `responses: ${log.badResponses}`).toBe(true);
      else expect(log.pageErrors.join('\n')).toMatch(pageError);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the fallback links are visible', async ({ page, log }) => {
    const response = await page.goto('/', { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    for (const name of FALLBACKS) {
      const link = page.getByRole('link', { name, exact: true });
      await expect(link, `${name}: not found`).toHaveCount(1);
      await expect(link).toBeVisible();
      const box = await link.boundingBox();
      expect(box?.width, `${name}: too narrow to read`).toBeGreaterThan(20);
      expect(box?.height, `${name}: too short to read`).toBeGreaterThan(10);
      await expect(link).toHaveAttribute('href', /^https:\/\/(www\.cancerresearchuk\.org|www\.macmillan\.org\.uk|southtees\.nhs\.uk)\//);
    }
    // The widgets did not upgrade (Playwright's CSS engine would find titles inside shadow roots).
    await expect(page.locator('cytokine-card [part~="title"], side-effect-list [part~="title"], injection-video [part~="title"]')).toHaveCount(0);
    expect(log.requests, 'the bundle is not even fetched').not.toContain(url('/dist/cytokine-widgets.js'));
  });
});

for (const [width, height] of [[320, 720], [1280, 900]] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('no horizontal scroll, even with every disclosure and the transcript open', async ({ page }) => {
      await page.goto('/', { waitUntil: 'load' });
      await demoWidgets(page);
      const closed = await overflow(page);
      expect(closed.vw).toBe(width);
      expect(closed.scrollWidth, 'scrollWidth').toBeLessThanOrEqual(width);
      expect(closed.offenders, 'elements wider than the viewport').toEqual([]);

      const opened = await openAllDisclosures(page);
      expect(opened, 'disclosures found to open').toBeGreaterThanOrEqual(10);
      const t = await transcript(page);
      expect(t?.lines.length, 'no transcript').toBeGreaterThanOrEqual(5);
      await expect(page.locator(TRANSCRIPT_LINE).first(), 'transcript hidden').toBeVisible();
      await expect(page.locator('side-effect-list [part~="effect"] p').first(), 'side effects did not open').toBeVisible();
      const open = await overflow(page);
      expect(open.scrollWidth, 'with disclosures open, scrollWidth').toBeLessThanOrEqual(width);
      expect(open.offenders, 'elements wider than the viewport, disclosures open').toEqual([]);
    });
  });
}
