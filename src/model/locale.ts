/**
 * Picks the best available locale for a requested BCP 47 tag: an exact match, then the same
 * language in another region ("en" or "en-US" gets "en-GB"), then the fallback.
 */
export function pickLocale(requested: string, available: readonly string[], fallback: string): string {
  const want = requested.trim().toLowerCase();
  const exact = available.find((l) => l.toLowerCase() === want);
  if (exact) return exact;
  const language = want.split('-')[0];
  return available.find((l) => !isPseudoLocale(l) && l.toLowerCase().split('-')[0] === language) ?? fallback;
}

/**
 * Pseudo-locales (en-XA long and accented, ar-XB right to left; see scripts/pseudo.mjs) are for
 * tests and reviews: only an exact request gets one, never a reader whose page says "ar".
 */
export const isPseudoLocale = (tag: string): boolean => /-x[ab]$/i.test(tag.trim());

/** Whether two tags name the same language ("en-GB" and "en-US" do; "cy" and "en-GB" do not). */
export const sameLanguage = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase() || (!isPseudoLocale(a) && !isPseudoLocale(b) && a.trim().toLowerCase().split('-')[0] === b.trim().toLowerCase().split('-')[0]);

/**
 * Writing direction of a language. The browser knows it where it offers Intl.Locale's text info
 * (Chromium, WebKit); elsewhere, the right-to-left languages and scripts by name (ar-XB is Arabic).
 */
export function directionOf(locale: string): 'rtl' | 'ltr' {
  try {
    const tag = new Intl.Locale(locale.trim()) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const direction = (tag.getTextInfo?.() ?? tag.textInfo)?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // not a language tag: read it as written below
  }
  return /^(ar|arc|ckb|dv|fa|he|ku-arab|ps|sd|ug|ur|yi)\b|-(arab|hebr|thaa|syrc|nkoo|adlm|rohg)\b/i.test(locale.trim()) ? 'rtl' : 'ltr';
}
