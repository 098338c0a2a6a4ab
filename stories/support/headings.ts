/**
 * A heading's level as a screen reader announces it: from its tag (h1–h6) or, past h6, from its
 * `aria-level` (HTML has no h7). Undefined for an element that is not a heading.
 */
export function headingLevel(el: Element): number | undefined {
  const tag = /^h([1-6])$/.exec(el.localName);
  if (tag) return Number(tag[1]);
  return el.getAttribute('role') === 'heading' ? Number(el.getAttribute('aria-level')) : undefined;
}
