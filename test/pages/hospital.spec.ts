// The hospital demo page (demo/hospital.html): the autoloader, the CMS-safe placeholders and the
// hospital theme, in Chromium against the built files (`npm run build` first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  CAPTIONS, DEMO_ORIGIN, MEDIA, ROOT, axeViolations, expect, openAllDisclosures, overflow, pathOf, test, titles,
} from './fixtures.js';

const HOSPITAL = '/demo/hospital.html';
/** The hospital's advice line, 0161 496 0999, as a tap-to-call link. */
const ADVICE_TEL = 'tel:01614960999';
const NHS_BLUE = 'rgb(0, 94, 184)';
const url = (path: string): string => new URL(path, DEMO_ORIGIN).href;

test.beforeAll(() => {
  // A missing file would show up as a 404 deep inside some test; say what to do instead.
  for (const file of ['dist/autoloader.js', 'dist/cytokine-widgets.js', 'dist/themes/hospital.css']) {
    if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` before the page tests`);
  }
});

/** Opens the hospital page and waits for its widgets: one card, one list, one video. */
async function openHospital(page: Page) {
  await page.goto(HOSPITAL, { waitUntil: 'networkidle' });
  return {
    cards: await titles(page, 'cytokine-card', 1),
    lists: await titles(page, 'side-effect-list', 1),
    videos: await titles(page, 'injection-video', 1),
  };
}

test('the HTML has one script (the autoloader), one real tag and two placeholders, and no inline styles', () => {
  const html = readFileSync(join(ROOT, 'demo/hospital.html'), 'utf8');
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts, 'only the autoloader script tag').toEqual(['<script type="module" src="../dist/autoloader.js">']);
  expect(html, 'the page must not load the bundle').not.toMatch(/cytokine-widgets\.js/);
  expect(html).toMatch(/<link rel="stylesheet" href="\.\.\/dist\/themes\/hospital\.css">/);
  expect(html).toMatch(/<main\b[^>]*\bclass="cytokine-theme-hospital"/);
  expect(html.match(/<cytokine-card\b/g)?.length, 'one card as a real tag').toBe(1);
  expect(html, 'the list and the video are placeholders').not.toMatch(/<side-effect-list\b|<injection-video\b/);
  expect(html).toMatch(
    /<div data-cytokine-widget="side-effect-list" data-drug="aldesleukin" data-heading-level="2" data-advice-line="the St Example's Acute Oncology Service" data-advice-phone="0161 496 0999"[^>]*>\s*<p class="fallback"><a href="https:\/\/[^"]+">[^<]+<\/a><\/p>\s*<\/div>/,
  );
  expect(html).toMatch(/<div data-cytokine-widget="injection-video" data-heading-level="2">\s*<p class="fallback"><a href="https:\/\/[^"]+">[^<]+<\/a><\/p>\s*<\/div>/);
  expect(html, 'inline styles would break under a strict CSP').not.toMatch(/\sstyle=|<style/i);
  expect(html, 'inline event handlers').not.toMatch(/\son[a-z]+=/i);
});

test('the autoloader renders every widget, from our origin only, with nothing from the bundle and no media before play', async ({ page, log }) => {
  const { cards, lists, videos } = await openHospital(page);
  expect(cards).toEqual([{ tag: 'h2', text: 'Interferon alfa', error: null }]);
  expect(lists).toEqual([{ tag: 'h2', text: 'Side effects of Aldesleukin', error: null }]);
  expect(videos).toEqual([{ tag: 'h2', text: 'How to give an injection under the skin', error: null }]);

  const state = await page.evaluate(() => {
    const list = document.querySelector('side-effect-list')!;
    const video = document.querySelector('injection-video')!;
    return {
      tel: [...list.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
      listText: list.shadowRoot!.textContent!.replace(/\s+/g, ' '),
      playButtons: video.shadowRoot!.querySelectorAll('[part~="play-button"]').length,
      videos: video.shadowRoot!.querySelectorAll('video').length,
      placeholdersLeft: document.querySelectorAll('[data-cytokine-widget]').length,
      listParent: list.parentElement!.closest('#side-effects') !== null && list.parentElement!.localName,
      fallbackInside: !!list.querySelector(':scope > p.fallback a'),
      scripts: [...document.scripts].map((s) => s.src),
    };
  });
  expect(state.tel.length, 'no tap-to-call link in the care cards').toBeGreaterThanOrEqual(1);
  // The advice line from data-advice-phone, and the national numbers on the crisis cards.
  expect([...new Set(state.tel)].sort()).toEqual([ADVICE_TEL, 'tel:111', 'tel:116123', 'tel:999'].sort());
  expect(state.listText, 'the advice line from data-advice-line').toMatch(/St Example's Acute Oncology Service/);
  expect(state.listText, 'the high temperature from data-high-temperature').toMatch(/38 °C/);
  expect(state.playButtons, 'one play button').toBe(1);
  expect(state.videos, 'a <video> exists before play').toBe(0);
  expect(state.placeholdersLeft, 'a placeholder was not upgraded').toBe(0);
  expect(state.listParent, 'the widget sits inside its placeholder <div>').toBe('div');
  expect(state.fallbackInside, "the placeholder's fallback moved into the widget").toBe(true);
  expect(state.scripts, 'one script element in the page').toEqual([url('/dist/autoloader.js')]);

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(log.requests, 'the autoloader was requested').toContain(url('/dist/autoloader.js'));
  expect(log.requests.some((u) => pathOf(u).startsWith('/dist/auto/')), "no widget chunk was loaded from the autoloader's folder").toBe(true);
  expect(log.requests, 'the bundle was loaded').not.toContain(url('/dist/cytokine-widgets.js'));
  expect(log.requests.filter((u) => new URL(u).origin !== DEMO_ORIGIN), 'requests to another origin (or data:/blob: URLs)').toEqual([]);
  expect(log.requests.filter((u) => MEDIA.test(pathOf(u)) || CAPTIONS.test(pathOf(u))), 'video or captions requested before play').toEqual([]);
});

test('a placeholder added to the page later is upgraded, with only the declared attributes', async ({ page }) => {
  await openHospital(page);
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
    document.querySelector('#day-unit')!.append(div);
  });
  const [late] = await titles(page, 'cytokine-card', 1, '#late');
  expect(late).toEqual({ tag: 'h3', text: 'Interferon alfa', error: null });
  const placeholder = page.locator('#late');
  const card = placeholder.locator('cytokine-card');
  await expect(placeholder, 'the placeholder attribute stays after upgrade').not.toHaveAttribute('data-cytokine-widget');
  expect(await card.evaluate((el) => el.getAttributeNames().sort()), 'only declared attributes are copied (no onclick)').toEqual(['drug', 'heading-level']);
  await expect(card.locator(':scope > p > a')).toHaveText('Read about interferon');
  await card.locator('[part~="title"]').click();
  expect(await page.evaluate(() => (window as Window & { __clicked?: boolean }).__clicked), 'data-onclick became a handler').toBeUndefined();
  await expect(page.locator('cytokine-card')).toHaveCount(2);
});

// With every disclosure open, which has every node of the page as loaded, and more.
test('the page has no axe violations, with every disclosure open', async ({ page }) => {
  // axe reads every node of three widgets' shadow roots: slow on a busy machine.
  test.slow();
  await openHospital(page);
  expect(await openAllDisclosures(page), 'too few disclosures found to open').toBeGreaterThanOrEqual(8);
  expect(await axeViolations(page), 'every disclosure open').toEqual([]);
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the hospital theme applies to the widgets and the page', async ({ page }) => {
    await openHospital(page);
    const card = page.locator('cytokine-card');
    const list = page.locator('side-effect-list');
    await expect(card.locator('[part~="link"]').first(), 'card link colour').toHaveCSS('color', NHS_BLUE);
    expect(await card.locator('[part~="title"]').evaluate((el) => getComputedStyle(el).fontFamily), 'title font').toMatch(/^Frutiger, "Frutiger W01", Arial/);
    // NHS.UK sets text straight on the grey page (no box round the widget); care cards are white.
    await expect(card.locator('[part~="base"]'), 'no box').toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await expect(card.locator('[part~="base"]'), 'no border').toHaveCSS('border-top-width', '0px');
    await expect(list.locator('[part~="care-card"]').first(), 'white care card').toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await expect(list.locator('[part~="effect-summary"]').first(), 'side-effect summaries').toHaveCSS('color', NHS_BLUE);
    await expect(page.locator('main'), 'the theme’s grey page').toHaveCSS('background-color', 'rgb(240, 244, 245)');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the placeholders and the tag show their fallback links', async ({ page }) => {
    await page.goto(HOSPITAL, { waitUntil: 'load' });
    const links = page.locator('.fallback a');
    await expect(links).toHaveCount(3);
    for (const link of await links.all()) {
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', /^https:\/\//);
    }
  });
});

for (const width of [320, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test(`no horizontal scroll at ${width} px, even with every disclosure open`, async ({ page }) => {
      await openHospital(page);
      const closed = await overflow(page);
      expect(closed.vw).toBe(width);
      expect(closed.scrollWidth, `scrollWidth ${closed.scrollWidth} > ${width}`).toBeLessThanOrEqual(width);
      expect(closed.offenders, 'elements wider than the viewport').toEqual([]);
      expect(await openAllDisclosures(page), 'too few disclosures found to open').toBeGreaterThanOrEqual(8);
      const open = await overflow(page);
      expect(open.scrollWidth, `with disclosures open, scrollWidth ${open.scrollWidth} > ${width}`).toBeLessThanOrEqual(width);
      expect(open.offenders, 'elements wider than the viewport, disclosures open').toEqual([]);
    });
  });
}
