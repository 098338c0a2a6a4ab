import { BANDS, isBand, type Band } from '../../model/vocabularies.js';

/** Reads the `filter` attribute: groups to show in order, and any names it did not know. */
export function parseBandFilter(filter: string | undefined): { bands: Band[]; unknown: string[] } {
  const tokens = (filter ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  const unknown = tokens.filter((t) => !isBand(t));
  const chosen = BANDS.filter((b) => tokens.includes(b));
  return { bands: chosen.length ? chosen : [...BANDS], unknown };
}

/**
 * A tap-to-call link built from the digits of a phone number. It is made here, not taken from
 * content, so nothing but `tel:` and digits can reach the href.
 */
export function telHref(phone: string | undefined): string | undefined {
  // Only a plain number: "0161 496 0999 ext 2" must not dial 016149609992. Anything else
  // stays as text, which the reader can still read and dial.
  if (!/^\s*\+?[\d\s().-]{3,24}$/.test(phone ?? '')) return undefined;
  const digits = phone!.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return digits.replace('+', '').length >= 3 ? `tel:${digits}` : undefined;
}
