// End-to-end checks of the hospital demo page (demo/hospital.html: the autoloader, CMS-safe
// placeholders and the hospital theme) and the snippet builder (demo/builder.html), in a real
// Chromium against the built files.
//
//   npm run build && node --test test/e2e/hospital-builder.test.mjs
//
// Set E2E_SCREENSHOTS=/some/dir to also save full-page screenshots at 320 and 1280 px
// (hospital-<width>.png, hospital-all-<width>.png with every disclosure open, and
// builder-<widget>-<width>.png).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../support/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';
import {
  CAPTIONS, MEDIA, ROOT, assertClean, openAllDisclosures, openPage as openLoggedPage, overflow as overflowPast, pathOf, titles,
} from './support.mjs';

const REQUIRED = ['dist/autoloader.js', 'dist/cytokine-widgets.js', 'dist/themes/hospital.css'];
const HOSPITAL = '/demo/hospital.html';
const BUILDER = '/demo/builder.html';
/** The hospital's advice line, 0161 496 0999, as a tap-to-call link. */
const ADVICE_TEL = 'tel:01614960999';
const NHS_BLUE = 'rgb(0, 94, 184)';
const DEFAULT_BASE = 'https://your-cdn.example/cytokine-widgets/dist/';
const BUNDLE_TAG = `<script type="module" src="${DEFAULT_BASE}cytokine-widgets.js"></script>`;
const AUTOLOADER_TAG = `<script type="module" src="${DEFAULT_BASE}autoloader.js"></script>`;
const shots = process.env.E2E_SCREENSHOTS;

let server;
let browser;

before(async () => {
  for (const file of REQUIRED) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` before the e2e tests`);
  }
  server = await startServer({ port: 0, quiet: true });
  browser = await launchChromium();
  if (shots) mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const url = (path) => new URL(path, server.url).href;
const origin = () => new URL(server.url).origin;

/** A fresh context and page that records console errors, widget warnings, page errors and every request. */
const openPage = (options = {}) => openLoggedPage(browser, options);

/** How wide the page scrolls, and what pokes out past the viewport (both pages' skip links aside). */
const overflow = (page) => overflowPast(page, '.skip-link, .builder-skip');

/* ------------------------------------------------------------------------------------------ */
/* The hospital page                                                                           */
/* ------------------------------------------------------------------------------------------ */

/** Waits for the hospital page's widgets: one card, one list, one video. */
async function hospitalWidgets(page) {
  return {
    cards: await titles(page, 'cytokine-card', 1),
    lists: await titles(page, 'side-effect-list', 1),
    videos: await titles(page, 'injection-video', 1),
  };
}

describe('demo/hospital.html (autoloader, CMS placeholders, hospital theme)', () => {
  test('the HTML has one script (the autoloader), one real tag and two placeholders, and no inline styles', () => {
    const html = readFileSync(join(ROOT, 'demo/hospital.html'), 'utf8');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script type="module" src="../dist/autoloader.js">'], 'only the autoloader script tag');
    assert.doesNotMatch(html, /cytokine-widgets\.js/, 'the page must not load the bundle');
    assert.match(html, /<link rel="stylesheet" href="\.\.\/dist\/themes\/hospital\.css">/);
    assert.match(html, /<main\b[^>]*\bclass="cytokine-theme-hospital"/);
    assert.equal(html.match(/<cytokine-card\b/g)?.length, 1, 'one card as a real tag');
    assert.doesNotMatch(html, /<side-effect-list\b|<injection-video\b/, 'the list and the video are placeholders');
    assert.match(
      html,
      /<div data-cytokine-widget="side-effect-list" data-drug="aldesleukin" data-heading-level="2" data-advice-line="the St Example's Acute Oncology Service" data-advice-phone="0161 496 0999"[^>]*>\s*<p class="fallback"><a href="https:\/\/[^"]+">[^<]+<\/a><\/p>\s*<\/div>/,
    );
    assert.match(html, /<div data-cytokine-widget="injection-video" data-heading-level="2">\s*<p class="fallback"><a href="https:\/\/[^"]+">[^<]+<\/a><\/p>\s*<\/div>/);
    assert.doesNotMatch(html, /\sstyle=|<style/i, 'inline styles would break under a strict CSP');
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'inline event handlers');
  });

  test('the autoloader renders every widget, from our origin only, with nothing from the bundle and no media before play', async () => {
    const { context, page, log } = await openPage();
    try {
      await page.goto(url(HOSPITAL), { waitUntil: 'networkidle' });
      const { cards, lists, videos } = await hospitalWidgets(page);
      assert.deepEqual(cards, [{ tag: 'h2', text: 'Interferon alfa', error: null }]);
      assert.deepEqual(lists, [{ tag: 'h2', text: 'Side effects of Aldesleukin', error: null }]);
      assert.deepEqual(videos, [{ tag: 'h2', text: 'How to give an injection under the skin', error: null }]);

      const state = await page.evaluate(() => {
        const list = document.querySelector('side-effect-list');
        const video = document.querySelector('injection-video');
        return {
          tel: [...list.shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
          listText: list.shadowRoot.textContent.replace(/\s+/g, ' '),
          playButtons: video.shadowRoot.querySelectorAll('[part~="play-button"]').length,
          videos: video.shadowRoot.querySelectorAll('video').length,
          placeholdersLeft: document.querySelectorAll('[data-cytokine-widget]').length,
          listParent: list.parentElement.closest('#side-effects') !== null && list.parentElement.localName,
          fallbackInside: !!list.querySelector(':scope > p.fallback a'),
          scripts: [...document.scripts].map((s) => s.src),
        };
      });
      assert.ok(state.tel.length >= 1, 'no tap-to-call link in the care cards');
      // The advice line from data-advice-phone, and the national numbers on the crisis cards.
      assert.deepEqual([...new Set(state.tel)].sort(), [ADVICE_TEL, 'tel:111', 'tel:116123', 'tel:999'].sort());
      assert.match(state.listText, /St Example's Acute Oncology Service/, 'the advice line from data-advice-line');
      assert.match(state.listText, /38 °C/, 'the high temperature from data-high-temperature');
      assert.equal(state.playButtons, 1, 'one play button');
      assert.equal(state.videos, 0, 'a <video> exists before play');
      assert.equal(state.placeholdersLeft, 0, 'a placeholder was not upgraded');
      assert.equal(state.listParent, 'div', 'the widget sits inside its placeholder <div>');
      assert.equal(state.fallbackInside, true, "the placeholder's fallback moved into the widget");
      assert.deepEqual(state.scripts, [url('/dist/autoloader.js')], 'one script element in the page');

      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForLoadState('networkidle');
      assert.ok(log.requests.includes(url('/dist/autoloader.js')), 'the autoloader was requested');
      assert.ok(log.requests.some((u) => pathOf(u).startsWith('/dist/auto/')), "no widget chunk was loaded from the autoloader's folder");
      assert.ok(!log.requests.includes(url('/dist/cytokine-widgets.js')), 'the bundle was loaded');
      assert.deepEqual(log.requests.filter((u) => new URL(u).origin !== origin()), [], 'requests to another origin (or data:/blob: URLs)');
      assert.deepEqual(log.requests.filter((u) => MEDIA.test(pathOf(u)) || CAPTIONS.test(pathOf(u))), [], 'video or captions requested before play');
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test('a placeholder added to the page later is upgraded, with only the declared attributes', async () => {
    const { context, page, log } = await openPage();
    try {
      await page.goto(url(HOSPITAL), { waitUntil: 'networkidle' });
      await hospitalWidgets(page);
      // What a CMS's "load more" or a tab might insert after the autoloader has run.
      await page.evaluate(() => {
        const div = document.createElement('div');
        div.id = 'late';
        div.setAttribute('data-cytokine-widget', 'cytokine-card');
        div.setAttribute('data-drug', 'ifn');
        div.setAttribute('data-heading-level', '3');
        div.setAttribute('data-onclick', 'window.__clicked = true');
        const p = document.createElement('p');
        const a = document.createElement('a');
        a.href = '/interferon';
        a.textContent = 'Read about interferon';
        p.append(a);
        div.append(p);
        document.querySelector('#day-unit').append(div);
      });
      const [late] = await titles(page, 'cytokine-card', 1, '#late');
      assert.deepEqual(late, { tag: 'h3', text: 'Interferon alfa', error: null });
      const attrs = await page.evaluate(() => {
        const div = document.querySelector('#late');
        const card = div.querySelector('cytokine-card');
        return {
          placeholder: div.hasAttribute('data-cytokine-widget'),
          card: card.getAttributeNames().sort(),
          fallback: card.querySelector(':scope > p > a')?.textContent,
        };
      });
      assert.equal(attrs.placeholder, false, 'the placeholder attribute stays after upgrade');
      assert.deepEqual(attrs.card, ['drug', 'heading-level'], 'only declared attributes are copied (no onclick)');
      assert.equal(attrs.fallback, 'Read about interferon');
      await page.locator('#late cytokine-card [part~="title"]').click();
      assert.equal(await page.evaluate(() => window.__clicked), undefined, 'data-onclick became a handler');
      assert.equal(await page.locator('cytokine-card').count(), 2);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test('the hospital theme applies to the widgets and the page', async () => {
    const { context, page, log } = await openPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(url(HOSPITAL), { waitUntil: 'networkidle' });
      await hospitalWidgets(page);
      const style = await page.evaluate(() => {
        const cs = (el, prop) => getComputedStyle(el).getPropertyValue(prop);
        const card = document.querySelector('cytokine-card').shadowRoot;
        const list = document.querySelector('side-effect-list').shadowRoot;
        return {
          link: cs(card.querySelector('[part~="link"]'), 'color'),
          titleFont: cs(card.querySelector('[part~="title"]'), 'font-family'),
          cardBackground: cs(card.querySelector('[part~="base"]'), 'background-color'),
          cardRadius: cs(card.querySelector('[part~="base"]'), 'border-top-left-radius'),
          summary: cs(list.querySelector('[part~="effect-summary"]'), 'color'),
          main: cs(document.querySelector('main'), 'background-color'),
        };
      });
      assert.equal(style.link, NHS_BLUE, 'card link colour');
      assert.match(style.titleFont, /^Frutiger, "Frutiger W01", Arial/, 'title font');
      assert.equal(style.cardBackground, 'rgb(255, 255, 255)', 'white card');
      assert.equal(style.cardRadius, '0px', 'square corners');
      assert.equal(style.summary, NHS_BLUE, 'side-effect summaries');
      assert.equal(style.main, 'rgb(240, 244, 245)', 'the theme’s grey page');
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript, the placeholders and the tag show their fallback links', async () => {
    const { context, page } = await openPage({ javaScriptEnabled: false });
    try {
      await page.goto(url(HOSPITAL), { waitUntil: 'load' });
      const links = page.locator('.fallback a');
      assert.equal(await links.count(), 3);
      for (let i = 0; i < 3; i++) {
        assert.equal(await links.nth(i).isVisible(), true, `fallback ${i + 1} hidden`);
        assert.match(await links.nth(i).getAttribute('href'), /^https:\/\//);
      }
    } finally {
      await context.close();
    }
  });

  for (const width of [320, 1280]) {
    test(`no horizontal scroll at ${width} px, even with every disclosure open`, async () => {
      const { context, page, log } = await openPage({ viewport: { width, height: 800 } });
      try {
        await page.goto(url(HOSPITAL), { waitUntil: 'networkidle' });
        await hospitalWidgets(page);
        const closed = await overflow(page);
        assert.equal(closed.vw, width);
        assert.ok(closed.scrollWidth <= width, `scrollWidth ${closed.scrollWidth} > ${width}`);
        assert.deepEqual(closed.offenders, [], 'elements wider than the viewport');
        if (shots) await page.screenshot({ path: join(shots, `hospital-${width}.png`), fullPage: true });
        assert.ok((await openAllDisclosures(page)) >= 8, 'too few disclosures found to open');
        const open = await overflow(page);
        assert.ok(open.scrollWidth <= width, `with disclosures open, scrollWidth ${open.scrollWidth} > ${width}`);
        assert.deepEqual(open.offenders, [], 'elements wider than the viewport, disclosures open');
        if (shots) await page.screenshot({ path: join(shots, `hospital-all-${width}.png`), fullPage: true });
        assertClean(log);
      } finally {
        await context.close();
      }
    });
  }
});

/* ------------------------------------------------------------------------------------------ */
/* The snippet builder                                                                         */
/* ------------------------------------------------------------------------------------------ */

/** Opens the builder and waits for it to mount and its first preview to draw. */
async function openBuilder(options = {}) {
  const opened = await openPage(options);
  await opened.page.goto(url(BUILDER), { waitUntil: 'networkidle' });
  await opened.page.locator('.sb-code__text').waitFor();
  await titles(opened.page, 'cytokine-card', 1, '.sb-preview__frame');
  return opened;
}

const codeText = (page) => page.locator('.sb-code__text').textContent();

/** Chooses the side-effect list for aldesleukin, heading level 3, every side effect open. */
async function chooseExpandedList(page) {
  await page.getByRole('radio', { name: 'Side-effect list' }).check();
  await page.getByRole('radio', { name: 'Aldesleukin (interleukin 2)' }).check();
  await page.getByLabel('Heading level of the widget’s title').selectOption('3');
  await page.getByRole('checkbox', { name: 'Open every side effect (for a printed handout)' }).check();
}

describe('demo/builder.html (snippet builder)', () => {
  test('choosing options updates the code, exactly, and the preview shows the widget', async () => {
    const { context, page, log } = await openBuilder();
    try {
      assert.equal(await codeText(page), `${BUNDLE_TAG}\n<cytokine-card drug="interferon-alfa" heading-level="2"></cytokine-card>`);
      await chooseExpandedList(page);
      assert.equal(await codeText(page), `${BUNDLE_TAG}\n<side-effect-list drug="aldesleukin" heading-level="3" expanded></side-effect-list>`);

      const [list] = await titles(page, 'side-effect-list', 1, '.sb-preview__frame');
      assert.deepEqual(list, { tag: 'h3', text: 'Side effects of Aldesleukin', error: null });
      const preview = await page.evaluate(() => {
        const el = document.querySelector('.sb-preview__frame side-effect-list');
        const effects = [...el.shadowRoot.querySelectorAll('details[part~="effect"]')];
        return {
          attrs: el.getAttributeNames().sort(),
          effects: effects.length,
          open: effects.filter((d) => d.open).length,
          cards: document.querySelectorAll('.sb-preview__frame cytokine-card').length,
        };
      });
      assert.deepEqual(preview.attrs, ['drug', 'expanded', 'heading-level']);
      assert.ok(preview.effects > 0 && preview.open === preview.effects, `${preview.open} of ${preview.effects} side effects open`);
      assert.equal(preview.cards, 0, 'the old preview is still there');

      // Options that do not apply to the chosen widget are hidden and left out.
      await page.getByRole('radio', { name: 'Injection video' }).check();
      assert.equal(await page.getByRole('radio', { name: 'Interferon alfa' }).isVisible(), false, 'drug choice shown for the video');
      assert.equal(await page.getByRole('checkbox', { name: 'Open every side effect (for a printed handout)' }).isVisible(), false);
      await page.getByRole('checkbox', { name: 'Show the transcript open at first' }).check();
      await page.getByRole('checkbox', { name: 'Captions off at first' }).check();
      await page.getByLabel('Language (optional)').fill('en-GB');
      assert.equal(await codeText(page), `${BUNDLE_TAG}\n<injection-video heading-level="3" transcript-open captions="off" lang="en-GB"></injection-video>`);
      await titles(page, 'injection-video', 1, '.sb-preview__frame');

      // A theme adds its stylesheet and a wrapper, and the preview wears it.
      await page.getByRole('radio', { name: 'Dark page' }).check();
      assert.equal(
        await codeText(page),
        [
          `<link rel="stylesheet" href="${DEFAULT_BASE}themes/dark.css">`,
          BUNDLE_TAG,
          '<div class="cytokine-theme-dark">',
          '  <injection-video heading-level="3" transcript-open captions="off" lang="en-GB"></injection-video>',
          '</div>',
        ].join('\n'),
      );
      assert.equal(await page.locator('.sb-preview__frame > .cytokine-theme-dark > injection-video').count(), 1);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test('the CMS-safe form emits a <div data-cytokine-widget> placeholder with data-* attributes and the autoloader', async () => {
    const { context, page, log } = await openBuilder();
    try {
      await chooseExpandedList(page);
      await page.getByLabel('Your advice line, as it reads in a sentence').fill('the Acute Oncology Service');
      await page.getByLabel('Its phone number').fill('0161 496 0999');
      await page.getByRole('radio', { name: 'CMS-safe placeholder and the autoloader' }).check();
      const code = await codeText(page);
      assert.equal(
        code,
        [
          '<!-- Once per site, in the page template (an editor’s HTML filter removes <script> and <link>): -->',
          AUTOLOADER_TAG,
          '',
          '<!-- In the page, where the widget goes: -->',
          '<div data-cytokine-widget="side-effect-list" data-drug="aldesleukin" data-heading-level="3" data-expanded data-advice-line="the Acute Oncology Service" data-advice-phone="0161 496 0999"></div>',
        ].join('\n'),
      );
      assert.doesNotMatch(code, /<side-effect-list|cytokine-widgets\.js/, 'custom element or bundle in the CMS-safe form');
      // The preview is the same widget either way.
      assert.deepEqual(await titles(page, 'side-effect-list', 1, '.sb-preview__frame'), [{ tag: 'h3', text: 'Side effects of Aldesleukin', error: null }]);
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test('Copy code puts the code on the clipboard and announces "Copied"; changing an option clears it', async () => {
    const { context, page, log } = await openBuilder({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      await chooseExpandedList(page);
      const status = page.locator('.sb-status');
      assert.equal(await status.getAttribute('role'), 'status', 'the status is not a live region');
      assert.equal(await status.textContent(), '');
      await page.getByRole('button', { name: 'Copy code' }).click();
      await page.waitForFunction(() => document.querySelector('.sb-status').textContent !== '');
      assert.equal(await status.textContent(), 'Copied');
      assert.equal(await status.isVisible(), true, '"Copied" is not visible');
      const clipboard = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(clipboard, `${BUNDLE_TAG}\n<side-effect-list drug="aldesleukin" heading-level="3" expanded></side-effect-list>`);
      assert.equal(clipboard, await codeText(page));
      await page.getByRole('checkbox', { name: 'Open every side effect (for a printed handout)' }).uncheck();
      assert.equal(await status.textContent(), '', '"Copied" stays after the code changed');
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test('without the Clipboard API, Copy code selects the code and says how to copy it', async () => {
    const { context, page, log } = await openPage();
    try {
      await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true }));
      await page.goto(url(BUILDER), { waitUntil: 'networkidle' });
      await page.locator('.sb-code__text').waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard), undefined);
      await page.getByRole('button', { name: 'Copy code' }).click();
      await page.waitForFunction(() => document.querySelector('.sb-status').textContent !== '');
      assert.match(await page.locator('.sb-status').textContent(), /selected.*Ctrl\+C/);
      const selected = await page.evaluate(() => ({ text: String(window.getSelection()), focused: document.activeElement?.className }));
      assert.equal(selected.text, await codeText(page), 'the selection is not the code');
      assert.equal(selected.focused, 'sb-code', 'the code block is not focused');
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test('works from the keyboard: arrows change the widget, Tab reaches Copy code, Enter copies', async () => {
    const { context, page, log } = await openBuilder({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      await page.getByRole('radio', { name: 'Drug card' }).focus();
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.getByRole('radio', { name: 'Side-effect list' }).isChecked(), true);
      assert.match(await codeText(page), /<side-effect-list drug="interferon-alfa" heading-level="2"><\/side-effect-list>$/);
      let reached = false;
      for (let i = 0; i < 60 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.textContent === 'Copy code');
      }
      assert.ok(reached, 'Tab never reached the Copy code button');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('.sb-status').textContent !== '');
      assert.equal(await page.locator('.sb-status').textContent(), 'Copied');
      // Every control has a label, and every radio and checkbox sits in a fieldset with a legend.
      const controls = await page.evaluate(() => {
        const all = [...document.querySelectorAll('.snippet-builder input, .snippet-builder select')];
        return {
          count: all.length,
          unlabelled: all.filter((el) => el.labels.length === 0).map((el) => el.name),
          ungrouped: all
            .filter((el) => el.type === 'radio' || el.type === 'checkbox')
            .filter((el) => !el.closest('fieldset')?.querySelector(':scope > legend')?.textContent.trim())
            .map((el) => el.name),
        };
      });
      assert.ok(controls.count >= 20, `only ${controls.count} controls`);
      assert.deepEqual(controls.unlabelled, [], 'controls without a label');
      assert.deepEqual(controls.ungrouped, [], 'radios or checkboxes outside a fieldset with a legend');
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test('what an editor types stays text: escaped in the code, never markup in the page', async () => {
    const { context, page, log } = await openBuilder();
    try {
      await page.getByRole('radio', { name: 'Side-effect list' }).check();
      await page.getByLabel('Your advice line, as it reads in a sentence').fill('the "Acute" <img src=x onerror="window.__xss=1"> & line');
      await page.getByLabel('Fallback link: address (optional)').fill('javascript:window.__xss=2');
      const code = await codeText(page);
      assert.match(code, / advice-line="the &quot;Acute&quot; &lt;img src=x onerror=&quot;window\.__xss=1&quot;&gt; &amp; line"/);
      assert.doesNotMatch(code, /javascript:/, 'an unsafe fallback address reached the code');
      assert.equal(await page.locator('.sb-error').isVisible(), true, 'no message about the unsafe address');
      assert.equal(await page.getByLabel('Fallback link: address (optional)').getAttribute('aria-invalid'), 'true');
      const dom = await page.evaluate(() => ({
        codeChildren: document.querySelector('.sb-code__text').children.length,
        imgs: document.querySelectorAll('img[src="x"]').length,
        xss: window.__xss,
        fallbackLinks: [...document.querySelectorAll('.sb-preview__frame a')].map((a) => a.href),
      }));
      assert.deepEqual(dom, { codeChildren: 0, imgs: 0, xss: undefined, fallbackLinks: [] });
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test('the code works when pasted into a page: both forms, with the base URL set to this server', async () => {
    const { context, page, log } = await openBuilder();
    try {
      await page.getByLabel(/dist\/ folder/).fill(`${origin()}/dist`); // no trailing slash: the builder adds it
      await chooseExpandedList(page);
      const adviceLine = 'the "Acute" <Oncology> & Haematology line';
      await page.getByLabel('Your advice line, as it reads in a sentence').fill(adviceLine);
      await page.getByLabel('Its phone number').fill('0161 496 0999');
      await page.getByLabel('Fallback link: address (optional)').fill('/aldesleukin?a=1&b=2');
      await page.getByRole('radio', { name: 'Hospital' }).check();
      const elementCode = await codeText(page);
      await page.getByRole('radio', { name: 'CMS-safe placeholder and the autoloader' }).check();
      const placeholderCode = await codeText(page);
      assert.match(elementCode, new RegExp(`src="${origin()}/dist/cytokine-widgets\\.js"`));
      assert.match(placeholderCode, new RegExp(`src="${origin()}/dist/autoloader\\.js"`));
      assertClean(log);

      for (const [form, code, script] of [['element', elementCode, 'cytokine-widgets.js'], ['placeholder', placeholderCode, 'autoloader.js']]) {
        const pasted = await openPage();
        try {
          const body = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${code}\n</body></html>`;
          await pasted.page.route(url(`/pasted-${form}.html`), (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
          await pasted.page.goto(url(`/pasted-${form}.html`), { waitUntil: 'networkidle' });
          assert.deepEqual(await titles(pasted.page, 'side-effect-list', 1), [{ tag: 'h3', text: 'Side effects of Aldesleukin', error: null }], form);
          const got = await pasted.page.evaluate(() => {
            const el = document.querySelector('side-effect-list');
            return {
              wrapper: el.closest('.cytokine-theme-hospital') !== null,
              text: el.shadowRoot.textContent.replace(/\s+/g, ' '),
              tel: el.shadowRoot.querySelector('a[href^="tel:"]')?.getAttribute('href'),
              fallback: el.querySelector(':scope > a')?.getAttribute('href'),
              summary: getComputedStyle(el.shadowRoot.querySelector('[part~="effect-summary"]')).color,
              open: [...el.shadowRoot.querySelectorAll('details[part~="effect"]')].every((d) => d.open),
            };
          });
          assert.equal(got.wrapper, true, `${form}: theme wrapper`);
          assert.ok(got.text.includes(adviceLine), `${form}: the advice line did not survive as text`);
          assert.equal(got.tel, ADVICE_TEL, `${form}: tap-to-call link`);
          assert.equal(got.fallback, '/aldesleukin?a=1&b=2', `${form}: fallback link`);
          assert.equal(got.summary, NHS_BLUE, `${form}: hospital theme stylesheet`);
          assert.equal(got.open, true, `${form}: expanded`);
          assert.ok(pasted.log.requests.includes(url(`/dist/${script}`)), `${form}: ${script} not loaded`);
          assert.ok(pasted.log.requests.includes(url('/dist/themes/hospital.css')), `${form}: theme stylesheet not loaded`);
          assert.deepEqual(pasted.log.requests.filter((u) => new URL(u).origin !== origin()), [], `${form}: requests to another origin`);
          assertClean(pasted.log);
        } finally {
          await pasted.context.close();
        }
      }
    } finally {
      await context.close();
    }
  });

  for (const width of [320, 1280]) {
    test(`no horizontal scroll at ${width} px, for each widget`, async () => {
      const { context, page, log } = await openBuilder({ viewport: { width, height: 800 } });
      try {
        for (const [name, widget] of [['card', 'Drug card'], ['list', 'Side-effect list'], ['video', 'Injection video']]) {
          await page.getByRole('radio', { name: widget }).check();
          if (name === 'list') {
            await page.getByLabel('Your advice line, as it reads in a sentence').fill('the St Example’s Hospital Acute Oncology Service 24-hour line');
            await page.getByLabel('Its phone number').fill('0161 496 0999');
          }
          await page.getByRole('radio', { name: 'CMS-safe placeholder and the autoloader' }).check();
          const tag = { card: 'cytokine-card', list: 'side-effect-list', video: 'injection-video' }[name];
          await titles(page, tag, 1, '.sb-preview__frame');
          await openAllDisclosures(page);
          const o = await overflow(page);
          assert.equal(o.vw, width);
          assert.ok(o.scrollWidth <= width, `${name}: scrollWidth ${o.scrollWidth} > ${width}`);
          assert.deepEqual(o.offenders, [], `${name}: elements wider than the viewport`);
          if (shots) await page.screenshot({ path: join(shots, `builder-${name}-${width}.png`), fullPage: true });
          await page.getByRole('radio', { name: 'Custom element and the bundle script' }).check();
        }
        assertClean(log);
      } finally {
        await context.close();
      }
    });
  }
});
