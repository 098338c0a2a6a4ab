/**
 * Replaces `{name}` placeholders with values, as plain text (content never becomes markup).
 * Unknown placeholders stay as written, so a typo in content shows rather than vanishes. Only
 * the values' own keys count: `{constructor}` must not print a function from Object.prototype.
 */
export const fill = (text: string, values: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (match, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : match));
