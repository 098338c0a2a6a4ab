// Names as a screen reader gets them: read from Chromium's own accessibility tree (the DevTools
// protocol), not computed in JavaScript, which cannot see what the browser drops on the way
// (WCAG 4.1.2 Name, Role, Value; 2.5.3 Label in Name).
import type { CDPSession, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, expect, test, titles } from './fixtures.js';

interface AXNode {
  role?: { value: string };
  name?: { value: string };
  ignored?: boolean;
  properties?: { name: string; value: { value: unknown } }[];
}

const video = JSON.parse(readFileSync(join(ROOT, 'dist/content/en-GB.json'), 'utf8')).videos[0] as { chapters: { start: number; title: string }[] };
const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

/** The nodes with `role` in the accessibility subtree of the element `expression` finds in the page. */
async function axQuery(cdp: CDPSession, expression: string, role: string): Promise<AXNode[]> {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  expect(result.objectId, `${expression} finds an element`).toBeTruthy();
  const { nodes } = await cdp.send('Accessibility.queryAXTree', { objectId: result.objectId, role });
  return (nodes as AXNode[]).filter((n) => !n.ignored);
}

const names = (nodes: AXNode[]) => nodes.map((n) => n.name?.value);
const level = (n: AXNode) => n.properties?.find((p) => p.name === 'level')?.value.value;

/** The demo page's video, its transcript open. */
async function openTranscript(page: Page): Promise<CDPSession> {
  await page.goto('/', { waitUntil: 'networkidle' });
  await titles(page, 'injection-video', 1);
  await page.locator('injection-video [part~="transcript"] > summary').click();
  await expect(page.locator('injection-video [data-cytokine-transcript] .cue').first()).toBeVisible();
  return page.context().newCDPSession(page);
}

const SHADOW = "document.querySelector('injection-video').shadowRoot";
const TRANSCRIPT = "document.querySelector('injection-video > [data-cytokine-transcript]')";

test('each chapter button is named by its time, a space, and its title', async ({ page }) => {
  const cdp = await openTranscript(page);
  const buttons = await axQuery(cdp, `${SHADOW}.querySelector('[part="chapters"]')`, 'button');
  expect(names(buttons)).toEqual(video.chapters.map((c) => `${clock(c.start)} ${c.title}`));
});

test('the open transcript is text under chapter headings, with one "Play from" button per chapter', async ({ page }) => {
  const cdp = await openTranscript(page);
  // No button per line: one per chapter, named for what it does and where.
  const buttons = await axQuery(cdp, TRANSCRIPT, 'button');
  expect(names(buttons)).toEqual(video.chapters.map((c) => `Play from ${clock(c.start)}: ${c.title}`));
  // The chapters' titles are headings at the level of "Chapters" (the demo's title is an h3).
  const chapters = await axQuery(cdp, `${SHADOW}.querySelector('[part="chapters"]')`, 'heading');
  expect(chapters.map(level)).toEqual([4]);
  const headings = await axQuery(cdp, TRANSCRIPT, 'heading');
  expect(names(headings)).toEqual(video.chapters.map((c) => c.title));
  expect(headings.map(level)).toEqual(video.chapters.map(() => 4));
  // The lines are paragraphs to read, the time and the words apart.
  const lines = await axQuery(cdp, TRANSCRIPT, 'paragraph');
  expect(lines).toHaveLength(31);
  const first = await page.locator('injection-video [data-cytokine-transcript] .cue').first().evaluate((p) => p.textContent);
  const words = await axQuery(cdp, `${TRANSCRIPT}.querySelector('.cue')`, 'StaticText');
  expect(names(words).join('')).toBe(first);
  expect(names(words).join('')).toMatch(/^0:00 This video/);
});
