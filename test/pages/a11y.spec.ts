// What an accessibility audit checks beyond axe (issue 16), on a page with every widget in
// every shipped theme (dist/themes/*.css), in Chromium against the built files:
//   - focus: every focus stop, reached with Tab, shows an indicator with 3:1 contrast against
//     the background next to it (WCAG 1.4.11, 2.4.7), shadow parts and the light-DOM transcript;
//   - text spacing (WCAG 1.4.12): a reader's spacing stylesheet reaches the widgets' text, and
//     with the four values applied everywhere nothing is clipped and no text overlaps.
import type { Page } from '@playwright/test';
import { axeViolations, expect, openAllDisclosures, test, type CleanOptions } from './fixtures.js';
import { installProbes, type FocusStop } from './a11y-probes.js';

const THEMES = ['auto', 'charity', 'dark', 'hospital'] as const;
type Theme = (typeof THEMES)[number];

/**
 * A page with the three widgets, everything a reader can open open: side effects expanded (the
 * care cards with an advice line, so every kind of phone link shows) and the transcript.
 */
const widgetsPage = (theme?: Theme, level = 2): string => `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Widgets${theme ? ` in the ${theme} theme` : ''}</title>
  ${theme ? `<link rel="stylesheet" href="/dist/themes/${theme}.css">` : ''}
  <script type="module" src="/dist/cytokine-widgets.js"></script>
</head>
<body>
  <button type="button" id="before">Before the widgets</button>
  <main class="${theme ? `cytokine-theme-${theme}` : ''}">
    <h1>Widgets</h1>
    <cytokine-card drug="interferon-alfa" heading-level="${level}"></cytokine-card>
    <side-effect-list drug="aldesleukin" heading-level="${level}" expanded advice-line="the Acute Oncology Service" advice-phone="0161 496 0000"></side-effect-list>
    <injection-video heading-level="${level}" transcript-open></injection-video>
  </main>
  <button type="button" id="after">After the widgets</button>
</body>
</html>`;

/** Opens the widgets page (served from the demo origin, so /dist/ resolves) and waits for every widget and the transcript. */
async function openWidgets(page: Page, theme?: Theme, level?: number): Promise<void> {
  const path = `/demo/a11y-${theme ?? 'plain'}.html`;
  await page.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: widgetsPage(theme, level) }));
  await page.addInitScript(installProbes);
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.waitForFunction(() =>
    ['cytokine-card', 'side-effect-list', 'injection-video'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'))
    && document.querySelector('injection-video [data-cytokine-transcript] button'));
  await openAllDisclosures(page);
}

/** Types in the transcript search, so its Previous and Next buttons can be focused too. */
async function search(page: Page, words: string): Promise<void> {
  await page.locator('injection-video').getByRole('searchbox').fill(words);
  await expect(page.locator('injection-video').getByRole('button', { name: 'Next match' })).toBeEnabled();
}

/**
 * Every focus stop of the widgets, each focused in turn with keyboard focus showing. One Tab
 * press puts the page in keyboard mode; from then on a script's focus() shows :focus-visible
 * as Tab would (the rule every engine follows), so the stops are measured in one pass inside the
 * page instead of one key press and one round trip per stop (150 of them took up to 2 minutes
 * per theme on a busy machine). Tab order itself is tested with the keyboard in the element
 * tests.
 */
async function focusEveryStop(page: Page): Promise<FocusStop[]> {
  await page.locator('#before').focus();
  await page.evaluate(() => window.__a11y.snapshot('main'));
  await page.keyboard.press('Tab');
  return page.evaluate(() => window.__a11y.everyStop('main'));
}

/** The stops whose indicator is missing or under 3:1, each with what it drew on what. */
const failing = (stops: FocusStop[]): string[] =>
  stops.filter((s) => !s.focusVisible || s.best < 3).map((s) => {
    const drawn = s.indicators.map((i) => `${i.by} ${i.colour} on ${i.background}`).join('; ');
    return `${s.name}: ${s.focusVisible ? '' : 'no :focus-visible; '}${s.best ? `best ${s.best}:1 (${drawn})` : 'nothing drawn'}`;
  });

test.describe('focus indicators meet 3:1 in every theme (WCAG 1.4.11, 2.4.7)', () => {
  // Playing the video (for its focus ring) starts media requests the page ends on its way out.
  test.use({ clean: { abortedMedia: true } satisfies CleanOptions });

  const cases: Array<{ theme: Theme; scheme?: 'light' | 'dark' }> = [
    { theme: 'auto', scheme: 'light' }, { theme: 'auto', scheme: 'dark' }, { theme: 'charity' }, { theme: 'dark' }, { theme: 'hospital' },
  ];
  for (const { theme, scheme } of cases) {
    test(`${theme}${scheme ? ` (${scheme} scheme)` : ''}: every focus stop, the transcript's and the playing video's too`, async ({ page }) => {
      if (scheme) await page.emulateMedia({ colorScheme: scheme });
      await openWidgets(page, theme);
      await search(page, 'skin');
      const stops = await focusEveryStop(page);
      const names = stops.map((s) => s.name);
      // The kinds of stop the audit found unmarked, so a page that lost them cannot pass.
      for (const kind of ['side-effect-list phone-link', 'side-effect-list effect-summary', 'cytokine-card link', 'injection-video play-button', 'injection-video chapter', 'injection-video search-input', 'injection-video transcript <button>']) {
        expect(names.some((n) => n.startsWith(kind)), `a focus stop like ${kind}`).toBe(true);
      }
      expect(failing(stops)).toEqual([]);

      // Play with the keyboard: focus moves to the video.
      await page.locator('injection-video').getByRole('button', { name: /^Play video/ }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => window.__a11y.focusStop()?.name ?? '')).toMatch(/^injection-video video /);
      expect(failing([(await page.evaluate(() => window.__a11y.focusStop()))!])).toEqual([]);
    });
  }
});

// What passed before the audit stays passed: axe finds nothing with everything open and the
// headings past h6 (ARIA headings, levels 7 and 8). Once, in the hospital theme: the headings'
// roles and levels are the same in every theme, and each theme's colours are checked by axe on
// demo/themes.html (display-modes.spec.ts).
test('heading-level 6, everything open, hospital theme: axe finds nothing', async ({ page }) => {
  await openWidgets(page, 'hospital', 6);
  expect(await page.evaluate(() => document.querySelector('side-effect-list')!.shadowRoot!.querySelector('[role="heading"][aria-level="8"]')?.textContent))
    .toBe('What you can do');
  expect(await axeViolations(page)).toEqual([]);
});

/** A reader's spacing stylesheet at the values WCAG 1.4.12 names. */
const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-block-end: 2em !important }';

test.describe('text spacing (WCAG 1.4.12)', () => {
  // One page per theme: the page-level stylesheet first (what reaches the text by inheritance),
  // then the same values in every shadow root too, at each width in turn.
  for (const theme of [undefined, ...THEMES]) {
    test(`${theme ?? 'no'} theme: a page-level spacing stylesheet reaches the text; with it everywhere, nothing is clipped and no text overlaps at 320 and 1280 px`, async ({ page }, info) => {
      await page.setViewportSize({ width: 320, height: 900 });
      await openWidgets(page, theme);
      await page.addStyleTag({ content: SPACING });
      const wrong = await page.evaluate(() => {
        const px = (v: string) => parseFloat(v);
        const out: string[] = [];
        let checked = 0;
        for (const host of document.querySelectorAll('cytokine-card, side-effect-list, injection-video')) {
          const own = getComputedStyle(host);
          for (const el of host.shadowRoot!.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, [role="heading"]')) {
            if (!el.getClientRects().length) continue;
            checked++;
            const cs = getComputedStyle(el);
            const size = px(cs.fontSize);
            const what = `${host.localName} <${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}> "${el.textContent!.trim().slice(0, 30)}"`;
            if (Math.abs(px(cs.lineHeight) - 1.5 * size) > 0.5) out.push(`${what}: line-height ${cs.lineHeight} at ${cs.fontSize}`);
            // Lengths in em are computed where they are set (on the host) and inherited as such.
            if (cs.letterSpacing !== own.letterSpacing) out.push(`${what}: letter-spacing ${cs.letterSpacing}, host ${own.letterSpacing}`);
            if (cs.wordSpacing !== own.wordSpacing) out.push(`${what}: word-spacing ${cs.wordSpacing}, host ${own.wordSpacing}`);
          }
          if (Math.abs(px(own.letterSpacing) - 0.12 * px(own.fontSize)) > 0.1) out.push(`${host.localName}: letter-spacing ${own.letterSpacing}`);
          if (Math.abs(px(own.wordSpacing) - 0.16 * px(own.fontSize)) > 0.1) out.push(`${host.localName}: word-spacing ${own.wordSpacing}`);
        }
        return { out, checked };
      });
      expect(wrong.checked, 'paragraphs, list items and headings checked').toBeGreaterThan(100);
      expect(wrong.out).toEqual([]);
      await page.evaluate((css) => window.__a11y.adoptEverywhere(css), SPACING);
      // The spacing reached inside (else this test would check nothing the page-level one does not).
      const paragraph = await page.evaluate(() => {
        const cs = getComputedStyle(document.querySelector('cytokine-card')!.shadowRoot!.querySelector('p')!);
        return { margin: parseFloat(cs.marginBlockEnd), size: parseFloat(cs.fontSize) };
      });
      expect(paragraph.margin).toBeCloseTo(2 * paragraph.size, 1);
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const problems = await page.evaluate(() => window.__a11y.spacingProblems('main'));
        // For a person to look at when it fails: the report keeps it (test-results/…/spacing-<width>.png).
        if (problems.length) {
          const path = info.outputPath(`spacing-${width}.png`);
          await page.screenshot({ path, fullPage: true });
          await info.attach('spacing', { path, contentType: 'image/png' });
        }
        expect(problems.map((p) => `${width} px ${p.kind}: ${p.what}`)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'no sideways scrolling').toBe(true);
      }
    });
  }
});
