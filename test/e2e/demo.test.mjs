// End-to-end checks of the demo pages in a real Chromium, against the built bundle.
//
//   npm run build && node --test test/e2e/
//
// Set E2E_SCREENSHOTS=/some/dir to also save full-page screenshots at 320 and 1280 px
// (demo-320.png and demo-1280.png as loaded; demo-all-320.png and demo-all-1280.png with every
// disclosure and the transcript open).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../support/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { CAPTIONS, MEDIA, ROOT, TAGS, openAllDisclosures, openPage as openLoggedPage, overflow, pathOf, titles } from './support.mjs';

const BUNDLE = join(ROOT, 'dist/cytokine-widgets.js');
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

let server;
let browser;

before(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` before the e2e tests`);
  server = await startServer({ port: 0, quiet: true });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path) => new URL(path, server.url).href;
const origin = () => new URL(server.url).origin;

/**
 * A fresh context and page that records everything a test may assert on: console errors and
 * warnings, uncaught exceptions, requests, failed requests and error responses (support.mjs's
 * log), CSP violations and the widgets' own events (window.__e2e). Listeners are in place before
 * the page's first script runs.
 */
async function openPage(options = {}) {
  const { context, page, log } = await openLoggedPage(browser, options);
  if (options.javaScriptEnabled !== false) {
    await page.addInitScript(() => {
      window.__e2e = { csp: [], ready: [], errors: [], play: [] };
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__e2e.csp.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
      }, true);
      document.addEventListener('cytokine-ready', (e) => { window.__e2e.ready.push(e.target.localName); }, true);
      document.addEventListener('cytokine-error', (e) => { window.__e2e.errors.push({ tag: e.target.localName, ...e.detail }); }, true);
      document.addEventListener('cytokine-play', (e) => {
        window.__e2e.play.push({ tag: e.target.localName, detailIsVideo: e.detail?.video instanceof HTMLVideoElement });
      }, true);
    });
  }
  return { context, page, log };
}

const cardTitles = (page, expected = 2) => titles(page, 'cytokine-card', expected);

/** Waits for every widget on the demo page (2 cards, 2 lists, 1 video). */
async function demoWidgets(page) {
  return {
    cards: await cardTitles(page),
    lists: await titles(page, 'side-effect-list', 2),
    videos: await titles(page, 'injection-video', 1),
  };
}

/**
 * The transcript, which the video renders into the page's own DOM: its lines, whether it lies in
 * the light DOM, whether the lines can be seen (the shadow disclosure around its slot is open) and
 * whether its adopted stylesheet applies.
 */
async function transcript(page) {
  return page.evaluate(() => {
    const host = document.querySelector('injection-video');
    const box = host?.querySelector(':scope > [data-cytokine-transcript]');
    if (!box) return null;
    const buttons = [...box.querySelectorAll('button')];
    const first = buttons[0]?.getBoundingClientRect();
    return {
      slot: box.slot,
      lines: buttons.map((b) => `${b.querySelector('.cue-time')?.textContent.trim()} ${b.querySelector('.cue-text')?.textContent.trim()}`),
      firstLineSize: first ? [Math.round(first.width), Math.round(first.height)] : null,
      listStyle: getComputedStyle(box.querySelector('ol')).listStyleType,
      adopted: document.adoptedStyleSheets.length,
    };
  });
}

/** The state of the video widget's shadow root: facade or native video. */
const videoState = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('injection-video').shadowRoot;
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
async function pressPlay(page) {
  const mediaRequest = page.waitForRequest((r) => MEDIA.test(pathOf(r.url())), { timeout: 10_000 });
  const captionsRequest = page.waitForRequest((r) => CAPTIONS.test(pathOf(r.url())), { timeout: 10_000 });
  // Playwright's CSS engine pierces open shadow roots: this is the button in the shadow root.
  const button = page.locator('injection-video [part~="play-button"]');
  assert.equal(await button.count(), 1, 'one play button');
  await button.click();
  await page.waitForFunction(() => window.__e2e.play.length > 0, null, { timeout: 5000 });
  const [media, captions] = await Promise.all([mediaRequest, captionsRequest]);
  // Metadata loaded (readyState >= 1) and the caption track loaded (2) or failed (3).
  await page.waitForFunction(() => {
    const v = document.querySelector('injection-video').shadowRoot.querySelector('video');
    const t = v?.querySelector('track');
    return v && (v.readyState >= 1 || v.error) && t && t.readyState >= 2;
  }, null, { timeout: 10_000 });
  return { media: media.url(), captions: captions.url() };
}

describe('demo page', () => {
  test('(a) loads, renders every widget in shadow roots, with no console or page errors', async () => {
    const { context, page, log } = await openPage();
    try {
      const response = await page.goto(url('/'), { waitUntil: 'load' });
      assert.equal(response.status(), 200);
      assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
      assert.equal(await page.locator('h1').textContent(), 'Interferon and interleukin 2');

      const { cards, lists, videos } = await demoWidgets(page);
      assert.deepEqual(cards.map((c) => c.error), [null, null], 'a card shows an error');
      assert.deepEqual(cards.map((c) => c.text), TITLES);
      assert.deepEqual(cards.map((c) => c.tag), ['h2', 'h2'], 'card titles fit the page outline under its h1');
      assert.deepEqual(lists.map((c) => c.error), [null, null], 'a side-effect list shows an error');
      assert.deepEqual(lists.map((c) => c.text), LIST_TITLES);
      assert.deepEqual(lists.map((c) => c.tag), ['h3', 'h3'], 'list titles sit under the "Side effects" h2');
      assert.deepEqual(videos, [{ tag: 'h3', text: VIDEO_TITLE, error: null }]);

      // The titles live in shadow roots, not in the page's own DOM.
      const lightText = await page.evaluate(() => [...document.querySelectorAll('cytokine-card, side-effect-list')].map((c) => c.textContent));
      for (const [i, text] of lightText.entries()) assert.ok(!text.includes([...TITLES, ...LIST_TITLES][i]), 'title found in light DOM');

      // Each list's care cards offer the demo's advice line as a tap-to-call link.
      const phones = await page.evaluate(() => [...document.querySelectorAll('side-effect-list')].map((l) =>
        [...l.shadowRoot.querySelectorAll('[part~="care-card"] a[href^="tel:"]')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() }))));
      assert.equal(phones.length, 2);
      for (const [i, links] of phones.entries()) {
        assert.ok(links.length >= 1, `${LIST_TITLES[i]}: no tap-to-call link in the care cards`);
        // Every tap-to-call link is the advice line, or a national number on the crisis cards.
        const national = ['tel:999', 'tel:111', 'tel:116123'];
        for (const link of links) if (!national.includes(link.href)) assert.deepEqual(link, { href: ADVICE_TEL, text: '0161 496 0000' });
        assert.ok(links.some((l) => l.href === ADVICE_TEL), `${LIST_TITLES[i]}: the advice line is tap-to-call`);
      }
      const telLink = page.locator(`side-effect-list [part~="care-card"] a[href="${ADVICE_TEL}"]`).first();
      assert.equal(await telLink.isVisible(), true, 'tap-to-call link not visible');

      // The video shows its facade: a visible play button over the poster, and no <video> yet.
      const play = page.locator('injection-video [part~="play-button"]');
      assert.equal(await play.count(), 1);
      assert.equal(await play.isVisible(), true, 'play button not visible');
      assert.match(await play.innerText(), /Play video/);
      assert.deepEqual(await videoState(page), { playButtons: 1, videos: 0, videosInLightDom: 0, currentSrc: null, readyState: null, error: null, track: null });

      // Once upgraded, the fallback links give way to the content.
      for (const name of FALLBACKS) {
        assert.equal(await page.getByRole('link', { name, exact: true, includeHidden: true }).count(), 1, `${name}: not in the page`);
        assert.equal(await page.getByRole('link', { name, exact: true }).isVisible(), false, `${name} still visible`);
      }

      // One script tag on the page: the bundle.
      const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ type: s.type, src: s.src })));
      assert.deepEqual(scripts, [{ type: 'module', src: url('/dist/cytokine-widgets.js') }]);

      // demo.css is applied (a broken stylesheet path would leave the header unstyled).
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).backgroundColor), 'rgb(61, 26, 91)');
      // ... and themes every widget through its custom properties: titles in the brand colour.
      const titleColours = await page.evaluate((tags) => [...document.querySelectorAll(tags.join(','))]
        .map((el) => getComputedStyle(el.shadowRoot.querySelector('[part~="title"]')).color), TAGS);
      assert.deepEqual(titleColours, Array(5).fill('rgb(61, 26, 91)'), 'widget titles not themed by demo.css');

      const events = await page.evaluate(() => window.__e2e);
      const count = (tag) => events.ready.filter((t) => t === tag).length;
      assert.deepEqual(TAGS.map(count), [2, 2, 1], 'cytokine-ready events from 2 cards, 2 lists and 1 video');
      assert.equal(events.ready.length, 5, 'cytokine-ready events');
      assert.deepEqual(events.play, [], 'cytokine-play before anyone pressed play');
      assert.deepEqual(events.errors, [], 'cytokine-error events');
      assert.deepEqual(log.pageErrors, [], 'page errors');
      assert.deepEqual(log.consoleErrors, [], 'console errors');
      assert.deepEqual(log.widgetWarnings, [], 'widget warnings');
    } finally {
      await context.close();
    }
  });

  test('(a) embeds the real widgets (no placeholders), with one script and no inline styles', () => {
    const html = readFileSync(join(ROOT, 'demo/index.html'), 'utf8');
    assert.doesNotMatch(html, /goes here -->/, 'a placeholder comment is left');
    assert.equal(html.match(/<cytokine-card\b/g)?.length, 2, 'two cards');
    assert.equal(html.match(/<side-effect-list\b/g)?.length, 2, 'two side-effect lists');
    assert.equal(html.match(/<injection-video\b/g)?.length, 1, 'one video');
    assert.match(html, /<side-effect-list drug="interferon-alfa"[^>]*\sadvice-phone="[^"]+"/);
    assert.match(html, /<side-effect-list drug="aldesleukin"[^>]*\sadvice-phone="[^"]+"/);
    assert.equal(html.match(/<script\b/g).length, 1, 'one script tag');
    assert.doesNotMatch(html, /\sstyle=|<style/i, 'inline styles would break under CSP');
  });

  test('(b) nothing but our own files load until play, even with everything open', async () => {
    const { context, page, log } = await openPage();
    try {
      await page.goto(url('/'), { waitUntil: 'networkidle' });
      await demoWidgets(page);
      // Reading every widget, transcript included, must not fetch the video or its captions.
      const opened = await openAllDisclosures(page);
      assert.ok(opened >= 10, `only ${opened} disclosures found to open`);
      const t = await transcript(page);
      assert.ok(t, 'no transcript in the light DOM');
      assert.equal(t.slot, 'transcript');
      assert.ok(t.lines.length >= 5, `transcript has ${t.lines.length} lines`);
      assert.match(t.lines[0], /^0:00 This video shows how to give an injection under the skin\.$/);
      assert.ok(t.firstLineSize[0] > 100 && t.firstLineSize[1] > 10, `transcript line not readable: ${t.firstLineSize}`);
      assert.equal(await page.locator('injection-video [data-cytokine-transcript] button').first().isVisible(), true, 'transcript hidden');
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);

      assert.ok(log.requests.length >= 3, `expected page, CSS and bundle, saw ${log.requests.length} requests`);
      assert.ok(log.requests.includes(url('/dist/cytokine-widgets.js')), 'the bundle was requested');
      const foreign = log.requests.filter((u) => new URL(u).origin !== origin());
      assert.deepEqual(foreign, [], 'requests to another origin (or data:/blob: URLs)');
      const media = log.requests.filter((u) => MEDIA.test(pathOf(u)) || CAPTIONS.test(pathOf(u)));
      assert.deepEqual(media, [], 'video or captions requested before play');
      assert.deepEqual((await videoState(page)).videos, 0, 'a <video> exists before play');
      assert.deepEqual(await page.evaluate(() => window.__e2e.play), [], 'cytokine-play without a press');
      assert.deepEqual(log.failed, [], 'failed requests');
      assert.deepEqual(log.badResponses, [], 'error responses');
      assert.deepEqual(log.consoleErrors, [], 'console errors');
    } finally {
      await context.close();
    }
  });

  test('(b) pressing play creates the video and loads media and captions from our origin only', async () => {
    const { context, page, log } = await openPage();
    try {
      await page.goto(url('/'), { waitUntil: 'networkidle' });
      await demoWidgets(page);
      const { media, captions } = await pressPlay(page);

      const e2e = await page.evaluate(() => window.__e2e);
      assert.deepEqual(e2e.play, [{ tag: 'injection-video', detailIsVideo: true }], 'one cytokine-play event');
      assert.deepEqual(e2e.errors, [], 'cytokine-error events (media-error?)');

      const state = await videoState(page);
      assert.equal(state.videos, 1, 'no <video> in the shadow root');
      assert.equal(state.videosInLightDom, 0, '<video> in the light DOM');
      assert.equal(state.playButtons, 0, 'the facade is still there');
      assert.equal(state.error, null, `video error code ${state.error}`);
      assert.ok(state.readyState >= 1, 'video metadata did not load');
      const src = new URL(state.currentSrc);
      assert.equal(src.origin, origin(), `currentSrc ${state.currentSrc}`);
      assert.match(src.pathname, /^\/dist\/media\/[^/]+\.(webm|mp4)$/, `currentSrc ${state.currentSrc}`);
      // Captions are on by default, and loaded from our own copy.
      assert.equal(state.track.readyState, 2, 'caption track did not load');
      assert.equal(state.track.mode, 'showing', 'captions not shown');
      assert.ok(state.track.cues > 0, 'no caption cues');
      assert.match(pathOf(state.track.src), /^\/dist\/media\/[^/]+\.vtt$/);

      for (const u of [media, captions]) assert.equal(new URL(u).origin, origin(), `${u} is not same-origin`);
      const mediaRequests = log.requests.filter((u) => MEDIA.test(pathOf(u)) || CAPTIONS.test(pathOf(u)));
      assert.ok(mediaRequests.some((u) => MEDIA.test(pathOf(u))), 'no .webm or .mp4 request');
      assert.ok(mediaRequests.some((u) => CAPTIONS.test(pathOf(u))), 'no .vtt request');
      for (const u of mediaRequests) assert.match(u, new RegExp(`^${origin().replace(/[.]/g, '\\.')}/dist/media/`), `${u}`);
      const foreign = log.requests.filter((u) => new URL(u).origin !== origin());
      assert.deepEqual(foreign, [], 'requests to another origin (or data:/blob: URLs)');
      assert.deepEqual(log.badResponses, [], 'error responses');
      // A browser may abort a media request it no longer needs; nothing else may fail.
      assert.deepEqual(log.failed.filter((f) => !(MEDIA.test(pathOf(f.split(' ')[0])) && /ERR_ABORTED/.test(f))), [], 'failed requests');
      assert.deepEqual(log.pageErrors, [], 'page errors');
      assert.deepEqual(log.consoleErrors, [], 'console errors');
      assert.deepEqual(log.widgetWarnings, [], 'widget warnings');
    } finally {
      await context.close();
    }
  });

  for (const { path, policy, trustedTypes } of [
    { path: '/demo/csp.html', policy: EXPECTED_CSP, trustedTypes: false },
    { path: '/demo/trusted-types.html', policy: EXPECTED_TT_CSP, trustedTypes: true },
  ]) test(`(c) ${path} renders every widget and plays under its policy with no violations`, async () => {
    const { context, page, log } = await openPage();
    try {
      const response = await page.goto(url(path), { waitUntil: 'networkidle' });
      assert.equal(response.status(), 200);
      assert.equal(response.headers()['content-security-policy'], policy);
      if (trustedTypes) {
        // The search-engine data went through our Trusted Types policy: it is there, and valid.
        const jsonLd = await page.evaluate(() => document.querySelector('cytokine-card > script[type="application/ld+json"]')?.textContent);
        assert.equal(JSON.parse(jsonLd)['@type'], 'MedicalWebPage');
      }

      const cards = await cardTitles(page);
      assert.deepEqual(cards.map((c) => c.error), [null, null], 'a card shows an error');
      assert.deepEqual(cards.map((c) => c.text), TITLES);
      assert.deepEqual(await titles(page, 'side-effect-list', 1), [{ tag: 'h2', text: LIST_TITLES[1], error: null }]);
      assert.deepEqual(await titles(page, 'injection-video', 1), [{ tag: 'h2', text: VIDEO_TITLE, error: null }]);
      // The second card reads the host's copy of the content (src), through connect-src 'self'.
      assert.ok(log.requests.includes(url('/dist/content/en-GB.json')), 'src model fetched');
      // Styles arrive through adoptedStyleSheets, which style-src 'self' allows: check they apply.
      const border = await page.evaluate(() => getComputedStyle(document.querySelector('cytokine-card').shadowRoot.querySelector('[part~="base"]')).borderTopStyle);
      assert.equal(border, 'solid', 'card styles not applied');
      // The poster is an image from our origin (img-src 'self'): it must have loaded.
      const poster = await page.evaluate(() => {
        const img = document.querySelector('injection-video').shadowRoot.querySelector('[part~="poster"]');
        return img && { complete: img.complete, width: img.naturalWidth, src: img.currentSrc };
      });
      assert.ok(poster?.complete && poster.width > 0, `poster did not load: ${JSON.stringify(poster)}`);
      assert.equal(new URL(poster.src).origin, origin());

      const opened = await openAllDisclosures(page);
      assert.ok(opened >= 5, `only ${opened} disclosures found to open`);
      // The transcript's stylesheet is adopted by the document: check it applies here too.
      const t = await transcript(page);
      assert.ok(t && t.lines.length >= 5, 'no transcript');
      assert.equal(t.listStyle, 'none', "the transcript's adopted stylesheet does not apply");
      assert.ok(t.adopted >= 1, 'no adopted document stylesheet');
      assert.equal(await page.locator('injection-video [data-cytokine-transcript] button').first().isVisible(), true, 'transcript hidden');
      await page.waitForTimeout(100); // violation events are dispatched asynchronously
      let e2e = await page.evaluate(() => window.__e2e);
      assert.deepEqual(e2e.csp, [], 'securitypolicyviolation events with every disclosure open');

      // Play: the video (media-src) and the captions (media-src) must load too.
      await pressPlay(page);
      const state = await videoState(page);
      assert.equal(state.error, null, `video error code ${state.error}`);
      assert.ok(state.readyState >= 1, 'video metadata did not load');
      assert.match(pathOf(state.currentSrc), /^\/dist\/media\//);
      assert.equal(state.track.readyState, 2, 'caption track did not load');
      await page.waitForTimeout(200);

      // The player's own controls, used as a reader would: speed, caption style (localStorage),
      // audio description (its track loads: media-src), a transcript search, and print.
      const video = page.locator('injection-video');
      await video.locator('[part~="speed"]').selectOption('1.5');
      // (Every disclosure, the caption style's too, was opened above.)
      await video.locator('[part~="caption-colours"]').selectOption('yellow-on-black');
      await video.locator('[part~="audio-description"]').check();
      await page.waitForFunction(() => {
        const track = document.querySelector('injection-video').shadowRoot.querySelector('track[kind="descriptions"]');
        return track?.readyState === 2;
      }, null, { timeout: 5000 });
      await video.locator('[part~="search-input"]').fill('skin');
      await video.locator('[part~="search-input"]').press('Enter');
      await page.evaluate(() => {
        window.print = () => (window.__e2e.printed = document.querySelector('injection-video').hasAttribute('data-cytokine-print'));
      });
      await video.locator('[part~="print-button"]').click();
      const used = await page.evaluate(() => {
        const el = document.querySelector('injection-video');
        return {
          rate: el.shadowRoot.querySelector('video').playbackRate,
          cues: el.shadowRoot.querySelector('video').className,
          marks: el.querySelectorAll('mark').length,
          printed: window.__e2e.printed,
        };
      });
      assert.equal(used.rate, 1.5);
      assert.match(used.cues, /cues-yellow-on-black/);
      assert.ok(used.marks > 0, 'no search marks');
      assert.equal(used.printed, true, 'print did not mark the widget');
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.waitForTimeout(200);

      e2e = await page.evaluate(() => window.__e2e);
      assert.deepEqual(e2e.csp, [], 'securitypolicyviolation events after play and the player controls');
      assert.deepEqual(log.consoleErrors.filter((t) => /Content.Security.Policy/i.test(t)), [], 'CSP console errors');
      assert.deepEqual(log.consoleErrors, [], 'console errors');
      assert.deepEqual(log.pageErrors, [], 'page errors');
      assert.deepEqual(e2e.errors, [], 'cytokine-error events');
      assert.deepEqual(e2e.play.map((p) => p.tag), ['injection-video']);
      assert.deepEqual([...e2e.ready].sort(), ['cytokine-card', 'cytokine-card', 'injection-video', 'side-effect-list']);
      assert.deepEqual(log.requests.filter((u) => new URL(u).origin !== origin()), [], 'requests to another origin');

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
        assert.equal(blocked, true, 'innerHTML with a string was allowed');
        await page.waitForFunction(() => window.__e2e.csp.some((v) => v.directive === 'require-trusted-types-for'), null, { timeout: 5000 });
      }
      // Control: the policy is really enforced and both listeners really see a new violation
      // (on the Trusted Types page, the script's text is refused before script-src is asked).
      const seen = (await page.evaluate(() => window.__e2e.csp.length));
      const errorsSeen = log.consoleErrors.length;
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.append(document.createTextNode('window.__inline = true'));
        document.body.append(s);
      });
      await page.waitForFunction((n) => window.__e2e.csp.length > n, seen, { timeout: 5000 });
      assert.equal(await page.evaluate(() => window.__inline), undefined, 'inline script ran despite the CSP');
      const fresh = (await page.evaluate(() => window.__e2e.csp.map((v) => v.directive))).slice(seen);
      assert.ok(fresh.some((d) => (trustedTypes ? /^require-trusted-types|^script-src/ : /^script-src/).test(d)), `violations: ${fresh}`);
      assert.ok(log.consoleErrors.slice(errorsSeen).some((t) => /Content.Security.Policy|requires 'Trusted/i.test(t)), 'CSP console error not seen by the listener');
    } finally {
      await context.close();
    }
  });

  test('(d) the README snippet works on a blank page', async () => {
    const { context, page, log } = await openPage();
    try {
      const snippet = `<script type="module" src="/dist/cytokine-widgets.js"></script>\n<cytokine-card drug="IL-2"></cytokine-card>\n`;
      await page.route(url('/snippet.html'), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: snippet }));
      await page.goto(url('/snippet.html'), { waitUntil: 'load' });
      assert.equal(await page.evaluate(() => document.documentElement.outerHTML.includes('lang=')), false, 'the page has no lang');

      const [card] = await cardTitles(page, 1);
      assert.equal(card.error, null);
      assert.equal(card.text, 'Aldesleukin');
      assert.equal(card.tag, 'h2', 'default heading level');
      const lang = await page.evaluate(() => document.querySelector('cytokine-card').shadowRoot.querySelector('[part~="base"]').lang);
      assert.equal(lang, 'en-GB', 'content language falls back to en-GB');
      assert.deepEqual(log.pageErrors, []);
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(log.widgetWarnings, []);
    } finally {
      await context.close();
    }
  });

  test('(e) without JavaScript the fallback links are visible', async () => {
    const { context, page } = await openPage({ javaScriptEnabled: false });
    try {
      const response = await page.goto(url('/'), { waitUntil: 'load' });
      assert.equal(response.status(), 200);
      for (const name of FALLBACKS) {
        const link = page.getByRole('link', { name, exact: true });
        assert.equal(await link.count(), 1, `${name}: not found`);
        assert.equal(await link.isVisible(), true, `${name}: not visible`);
        const box = await link.boundingBox();
        assert.ok(box && box.width > 20 && box.height > 10, `${name}: too small to read (${JSON.stringify(box)})`);
        assert.match(await link.getAttribute('href'), /^https:\/\/(www\.cancerresearchuk\.org|www\.macmillan\.org\.uk|southtees\.nhs\.uk)\//);
      }
      // The widgets did not upgrade (Playwright's CSS engine would find titles inside shadow roots).
      assert.equal(await page.locator('cytokine-card [part~="title"], side-effect-list [part~="title"], injection-video [part~="title"]').count(), 0);
    } finally {
      await context.close();
    }
  });

  /** Checks for horizontal overflow as loaded and with every disclosure and the transcript open; saves screenshots. */
  async function noHorizontalScroll(width, height) {
    const { context, page, log } = await openPage({ viewport: { width, height } });
    try {
      await page.goto(url('/'), { waitUntil: 'load' });
      await demoWidgets(page);
      const closed = await overflow(page);
      assert.equal(closed.vw, width);
      assert.ok(closed.scrollWidth <= width, `scrollWidth ${closed.scrollWidth} > ${width}`);
      assert.deepEqual(closed.offenders, [], 'elements wider than the viewport');
      const shots = process.env.E2E_SCREENSHOTS;
      if (shots) {
        mkdirSync(shots, { recursive: true });
        await page.screenshot({ path: join(shots, `demo-${width}.png`), fullPage: true });
      }

      const opened = await openAllDisclosures(page);
      assert.ok(opened >= 10, `only ${opened} disclosures found to open`);
      const t = await transcript(page);
      assert.ok(t && t.lines.length >= 5, 'no transcript');
      assert.equal(await page.locator('injection-video [data-cytokine-transcript] button').first().isVisible(), true, 'transcript hidden');
      assert.equal(await page.locator('side-effect-list [part~="effect"] p').first().isVisible(), true, 'side effects did not open');
      const open = await overflow(page);
      assert.ok(open.scrollWidth <= width, `with disclosures open, scrollWidth ${open.scrollWidth} > ${width}`);
      assert.deepEqual(open.offenders, [], 'elements wider than the viewport, disclosures open');
      assert.deepEqual(log.pageErrors, []);
      if (shots) await page.screenshot({ path: join(shots, `demo-all-${width}.png`), fullPage: true });
    } finally {
      await context.close();
    }
  }

  test('(f) no horizontal scroll at 320 px, even with every disclosure and the transcript open', () => noHorizontalScroll(320, 720));

  test('(f) no horizontal scroll at 1280 px, even with every disclosure and the transcript open', () => noHorizontalScroll(1280, 900));
});
