/**
 * Picks the best available locale for a requested BCP 47 tag: an exact match, then the same
 * language in another region ("en" or "en-US" gets "en-GB"), then the fallback.
 */
export function pickLocale(requested: string, available: readonly string[], fallback: string): string {
  const want = requested.trim().toLowerCase();
  const exact = available.find((l) => l.toLowerCase() === want);
  if (exact) return exact;
  const language = want.split('-')[0];
  return available.find((l) => l.toLowerCase().split('-')[0] === language) ?? fallback;
}
