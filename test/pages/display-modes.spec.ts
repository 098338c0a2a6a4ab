// Display modes a widget must survive: text at 200% and a 320 px viewport with no sideways
// scrolling (WCAG 1.4.4, 1.4.10), right-to-left, forced colours (Windows high contrast), the
// opt-in dark theme, and the example themes. Needs `npm run build`.
import { TAGS, axeViolations, drawn, expect, test } from './fixtures.js';

const WIDGETS = TAGS.join(',');

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 800 } });

  for (const [name, setup] of [
    ['text at 200%', () => { document.documentElement.style.fontSize = '200%'; }],
    ['right-to-left', () => { document.documentElement.dir = 'rtl'; }],
  ] as const) {
    test(`${name}: no widget scrolls sideways`, async ({ page }) => {
      await page.goto('/demo/', { waitUntil: 'networkidle' });
      await page.evaluate(setup);
      await drawn(page);
      const overflow = await page.evaluate((selector) => {
        const widgets = [...document.querySelectorAll(selector)];
        widgets.forEach((w) => w.shadowRoot!.querySelectorAll('details').forEach((d) => { d.open = true; }));
        const found: string[] = [];
        for (const w of widgets) {
          const box = w.getBoundingClientRect();
          for (const el of [w, ...w.shadowRoot!.querySelectorAll('*'), ...w.querySelectorAll('*')]) {
            const r = el.getBoundingClientRect();
            if (r.width && (r.right > box.right + 1 || r.left < box.left - 1)) found.push(`${w.localName} ${el.localName}.${el.className}`);
          }
          if (w.scrollWidth > w.clientWidth + 1) found.push(`${w.localName} scrolls`);
        }
        return { widgets: widgets.length, found };
      }, WIDGETS);
      expect(overflow).toEqual({ widgets: 5, found: [] });
    });
  }
});

test.describe('in forced colours', () => {
  test.use({ viewport: { width: 1280, height: 900 }, forcedColors: 'active' });

  test('borders and care-card headings use system colours, nothing disappears', async ({ page }) => {
    await page.goto('/demo/', { waitUntil: 'networkidle' });
    await drawn(page);
    const result = await page.evaluate((selector) => {
      const widgets = [...document.querySelectorAll(selector)];
      const base = widgets.map((w) => getComputedStyle(w.shadowRoot!.querySelector('[part~="base"]')!));
      const heading = getComputedStyle(document.querySelector('side-effect-list')!.shadowRoot!.querySelector('.care-heading')!);
      return {
        matches: matchMedia('(forced-colors: active)').matches,
        borders: base.map((b) => `${b.borderTopStyle} ${b.borderTopColor}`),
        text: base.map((b) => b.color),
        heading: [heading.color, heading.backgroundColor],
      };
    }, WIDGETS);
    expect(result.matches).toBe(true);
    expect(result.borders).toHaveLength(5);
    for (const [i, border] of result.borders.entries()) {
      expect(border, `widget ${i} border in forced colours`).toMatch(/^solid rgb\(/);
      expect(border.replace('solid ', ''), 'border drawn in the text colour (CanvasText)').toBe(result.text[i]);
    }
    expect(result.heading[0], 'care-card heading text differs from its background').not.toBe(result.heading[1]);
  });
});

test.describe('in a dark colour scheme', () => {
  test.use({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });

  test('the opt-in auto theme follows prefers-color-scheme; without it the widget keeps the page colours', async ({ page }) => {
    await page.goto('/demo/', { waitUntil: 'networkidle' });
    await drawn(page, 'cytokine-card');
    const base = page.locator('cytokine-card [part~="base"]').first();
    const look = () => base.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    // A plain page: without the demo's own stylesheet (which sets tokens on the widgets).
    await page.evaluate(() => document.querySelector('link[href$="demo.css"]')!.remove());
    const before = await look();
    await page.evaluate(() => new Promise((resolve) => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '../dist/themes/auto.css', onload: resolve });
      document.head.append(link);
      document.querySelector('main')!.classList.add('cytokine-theme-auto');
    }));
    expect(await look()).toEqual(['rgb(29, 33, 37)', 'rgb(240, 244, 245)']);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await look()).toEqual(['rgb(255, 255, 255)', 'rgb(33, 43, 50)']);
    expect(before, 'dark only when the host opts in').not.toEqual(['rgb(29, 33, 37)', 'rgb(240, 244, 245)']);
  });
});

test.describe('the themes page', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('shows the widgets in each example theme, each looking different, with no axe violations', async ({ page }) => {
    test.slow(); // axe, on a busy machine
    await page.goto('/demo/themes.html', { waitUntil: 'networkidle' });
    await drawn(page, 'cytokine-card');
    const looks = await page.evaluate(() => [...document.querySelectorAll('.theme cytokine-card')].map((el) => {
      const base = getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!);
      const title = getComputedStyle(el.shadowRoot!.querySelector('[part~="title"]')!);
      return `${base.backgroundColor}|${base.borderTopLeftRadius}|${title.color}|${title.fontFamily}`;
    }));
    expect(looks).toHaveLength(3);
    expect(new Set(looks).size, `each theme looks different: ${looks.join(' / ')}`).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
  });
});
