// Pseudo-locales: machine-made "translations" that prove layouts survive other languages,
// never shown to readers. Both keep every {placeholder} as it is.
//
//   en-XA  accented and about 40% longer, in brackets: "[Šîðé éƒƒéçţš ... one two]", so
//          clipped or hard-coded text shows at once
//   ar-XB  the same text written right to left (each word inside RLO…PDF marks, as Chromium's
//          own ar-XB does), so the widgets must lay out in RTL
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'];

const ACCENTS = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]]),
);
const PADDING = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Splits text into literal runs and {placeholders}, which must survive untouched. */
const pieces = (text) => text.split(/(\{\w+\})/);

function longer(text) {
  const accented = pieces(text).map((p, i) => (i % 2 ? p : [...p].map((c) => ACCENTS[c] ?? c).join(''))).join('');
  const extra = Math.max(1, Math.round(text.length * 0.4 / 5));
  return `[${accented} ${PADDING.slice(0, extra).join(' ')}]`;
}

function rightToLeft(text) {
  return pieces(longer(text)).map((p, i) => (i % 2 ? p : p.replace(/[^\s]+/g, (w) => `\u202e${w}\u202c`))).join('');
}

/** The pseudo-translation of one string for a pseudo-locale. */
export const pseudo = (locale, text) => (locale === 'ar-XB' ? rightToLeft(text) : longer(text));

/**
 * Keys whose strings are not reader-facing words: ids, addresses, codes, dates, vocabularies.
 * Names stay findable: a drug's original names join its aliases, so drug="interferon" works.
 */
const KEEP = new Set(['id', 'sources', 'href', 'url', 'src', 'type', 'srclang', 'band', 'level', 'topic', 'scale', 'system', 'code', 'version', 'lastUpdated', 'nextReview', 'date', 'number', 'aliases', '$schema']);

/** A content model (or one of its files) in a pseudo-locale. */
export function pseudoContent(locale, node, key = '') {
  if (Array.isArray(node)) return node.map((n) => pseudoContent(locale, n, key));
  if (node && typeof node === 'object') {
    const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, KEEP.has(k) ? v : pseudoContent(locale, v, k)]));
    if ('aliases' in node && 'name' in node) out.aliases = [...node.aliases, node.name, ...(node.otherNames ?? [])];
    if (key === '' && 'locale' in node) out.locale = locale;
    return out;
  }
  return typeof node === 'string' ? pseudo(locale, node) : node;
}
