// Display modes a widget must survive: text at 200% and a 320 px viewport with no sideways
// scrolling (WCAG 1.4.4, 1.4.10), right-to-left, and forced colours (Windows high contrast).
// Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser } from './support.mjs';

const env = serverAndBrowser();

for (const [name, setup] of [
  ['text at 200%', () => (document.documentElement.style.fontSize = '200%')],
  ['right-to-left', () => (document.documentElement.dir = 'rtl')],
]) {
  test(`320 px, ${name}: no widget scrolls sideways`, async () => {
    const page = await env.browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(new URL('/demo/', env.server.url).href, { waitUntil: 'networkidle' });
    await page.evaluate(setup);
    await page.waitForFunction(() => [...document.querySelectorAll('cytokine-card, side-effect-list, injection-video')]
      .every((el) => el.shadowRoot?.querySelector('[part~="base"]')));
    const overflow = await page.evaluate(() => {
      const widgets = [...document.querySelectorAll('cytokine-card, side-effect-list, injection-video')];
      widgets.forEach((w) => w.shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true)));
      const found = [];
      for (const w of widgets) {
        const box = w.getBoundingClientRect();
        for (const el of [w, ...w.shadowRoot.querySelectorAll('*'), ...w.querySelectorAll('*')]) {
          const r = el.getBoundingClientRect();
          if (r.width && (r.right > box.right + 1 || r.left < box.left - 1)) found.push(`${w.localName} ${el.localName}.${el.className}`);
        }
        if (w.scrollWidth > w.clientWidth + 1) found.push(`${w.localName} scrolls`);
      }
      return found;
    });
    assert.deepEqual(overflow, []);
    await page.close();
  });
}

test('forced colours: borders and care-card headings use system colours, nothing disappears', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(new URL('/demo/', env.server.url).href, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => [...document.querySelectorAll('cytokine-card, side-effect-list, injection-video')]
    .every((el) => el.shadowRoot?.querySelector('[part~="base"]')));
  const result = await page.evaluate(() => {
    const widgets = [...document.querySelectorAll('cytokine-card, side-effect-list, injection-video')];
    const base = widgets.map((w) => getComputedStyle(w.shadowRoot.querySelector('[part~="base"]')));
    const heading = getComputedStyle(document.querySelector('side-effect-list').shadowRoot.querySelector('.care-heading'));
    return {
      matches: matchMedia('(forced-colors: active)').matches,
      borders: base.map((b) => `${b.borderTopStyle} ${b.borderTopColor}`),
      text: base.map((b) => b.color),
      heading: [heading.color, heading.backgroundColor],
    };
  });
  assert.equal(result.matches, true);
  for (const [i, border] of result.borders.entries()) {
    assert.match(border, /^solid rgb\(/, `widget ${i} border in forced colours: ${border}`);
    assert.equal(border.replace('solid ', ''), result.text[i], 'border drawn in the text colour (CanvasText)');
  }
  assert.notEqual(result.heading[0], result.heading[1], 'care-card heading text differs from its background');
  await page.close();
});

test('the opt-in auto theme follows prefers-color-scheme; without it the widget keeps the page colours', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(new URL('/demo/', env.server.url).href, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('cytokine-card')?.shadowRoot?.querySelector('[part~="base"]'));
  const look = () => page.evaluate(() => {
    const base = getComputedStyle(document.querySelector('cytokine-card').shadowRoot.querySelector('[part~="base"]'));
    return [base.backgroundColor, base.color];
  });
  // A plain page: without the demo's own stylesheet (which sets tokens on the widgets).
  await page.evaluate(() => document.querySelector('link[href$="demo.css"]').remove());
  await page.emulateMedia({ colorScheme: 'dark' });
  const before = await look();
  await page.evaluate(() => new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '../dist/themes/auto.css', onload: resolve });
    document.head.append(link);
    document.querySelector('main').classList.add('cytokine-theme-auto');
  }));
  assert.deepEqual(await look(), ['rgb(29, 33, 37)', 'rgb(240, 244, 245)']);
  await page.emulateMedia({ colorScheme: 'light' });
  assert.deepEqual(await look(), ['rgb(255, 255, 255)', 'rgb(33, 43, 50)']);
  assert.notDeepEqual(before, ['rgb(29, 33, 37)', 'rgb(240, 244, 245)'], 'dark only when the host opts in');
  await page.close();
});

test('the themes page shows the widgets in each example theme, each looking different', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(new URL('/demo/themes.html', env.server.url).href, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => [...document.querySelectorAll('cytokine-card')].every((el) => el.shadowRoot?.querySelector('[part~="base"]')));
  const looks = await page.evaluate(() => [...document.querySelectorAll('.theme cytokine-card')].map((el) => {
    const base = getComputedStyle(el.shadowRoot.querySelector('[part~="base"]'));
    const title = getComputedStyle(el.shadowRoot.querySelector('[part~="title"]'));
    return `${base.backgroundColor}|${base.borderTopLeftRadius}|${title.color}|${title.fontFamily}`;
  }));
  assert.equal(looks.length, 3);
  assert.equal(new Set(looks).size, 3, `each theme looks different: ${looks.join(' / ')}`);
  await page.close();
});
