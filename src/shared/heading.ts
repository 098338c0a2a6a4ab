import { html, nothing, type TemplateResult } from 'lit/html.js';

/** The levels the `heading-level` attribute takes: HTML's h1 to h6. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A level in a widget's outline, a whole number from 1. Levels below a title can go past 6:
 * HTML has no h7, so those headings are ARIA headings (`aria-level`), and the outline stays a
 * tree instead of flattening sections onto their title's level.
 */
export type OutlineLevel = number;

/** Parses the `heading-level` attribute; `undefined` when it is not a whole number from 1 to 6. */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  return Number.isInteger(n) && n >= 1 && n <= 6 ? (n as HeadingLevel) : undefined;
}

/** A level below another. */
export const subLevel = (level: OutlineLevel, by = 1): OutlineLevel => level + by;

/**
 * A heading at a chosen level, so widgets fit the host page's outline: a real h1–h6 element, and
 * past 6 an element with `role="heading"` and `aria-level` (valid ARIA; screen readers announce
 * the level). The base styles style both alike. Lit cannot bind a tag name without
 * `unsafeStatic`, so each level is its own static template.
 */
export function heading(level: OutlineLevel, content: unknown, part: string, id?: string): TemplateResult {
  const i = id ?? nothing;
  switch (level) {
    case 1: return html`<h1 part=${part} class=${part} id=${i}>${content}</h1>`;
    case 2: return html`<h2 part=${part} class=${part} id=${i}>${content}</h2>`;
    case 3: return html`<h3 part=${part} class=${part} id=${i}>${content}</h3>`;
    case 4: return html`<h4 part=${part} class=${part} id=${i}>${content}</h4>`;
    case 5: return html`<h5 part=${part} class=${part} id=${i}>${content}</h5>`;
    case 6: return html`<h6 part=${part} class=${part} id=${i}>${content}</h6>`;
    default: return html`<div role="heading" aria-level=${String(level)} part=${part} class=${part} id=${i}>${content}</div>`;
  }
}
