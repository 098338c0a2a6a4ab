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

/** Writing direction of a language: right to left for Arabic, Persian, Hebrew, Urdu, Pashto, Yiddish (and ar-XB). */
export const directionOf = (locale: string): 'rtl' | 'ltr' => (/^(ar|fa|he|ur|ps|yi)\b/i.test(locale.trim()) ? 'rtl' : 'ltr');
