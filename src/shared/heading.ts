import { html, nothing, type TemplateResult } from 'lit/html.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Parses the `heading-level` attribute; `undefined` when it is not a whole number from 1 to 6. */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined {
  const n = typeof value === 'number' ? value : Number(String(value ?? '').trim());
  return Number.isInteger(n) && n >= 1 && n <= 6 ? (n as HeadingLevel) : undefined;
}

/** A level below another, never deeper than 6 (HTML has no h7). */
export const subLevel = (level: HeadingLevel, by = 1): HeadingLevel => Math.min(6, level + by) as HeadingLevel;

/**
 * A real heading element at a chosen level, so widgets fit the host page's outline. Lit cannot
 * bind a tag name without `unsafeStatic`, so each level is its own static template.
 */
export function heading(level: HeadingLevel, content: unknown, part: string, id?: string): TemplateResult {
  const i = id ?? nothing;
  switch (level) {
    case 1: return html`<h1 part=${part} class=${part} id=${i}>${content}</h1>`;
    case 2: return html`<h2 part=${part} class=${part} id=${i}>${content}</h2>`;
    case 3: return html`<h3 part=${part} class=${part} id=${i}>${content}</h3>`;
    case 4: return html`<h4 part=${part} class=${part} id=${i}>${content}</h4>`;
    case 5: return html`<h5 part=${part} class=${part} id=${i}>${content}</h5>`;
    default: return html`<h6 part=${part} class=${part} id=${i}>${content}</h6>`;
  }
}
