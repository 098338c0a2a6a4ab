/**
 * Replaces `{name}` placeholders with values, as plain text (content never becomes markup).
 * Unknown placeholders stay as written, so a typo in content shows rather than vanishes.
 */
export const fill = (text: string, values: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (match, key: string) => String(values[key] ?? match));
