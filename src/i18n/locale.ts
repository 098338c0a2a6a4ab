/**
 * Which language each widget speaks. @lit/localize's reentrant mode asks `getLocale()` before
 * every msg() call, so widgets in different languages can share a page (Welsh beside English,
 * as many pages in Wales are): each render runs inside {@link withLocale}.
 *
 * British English, the source, is built into the code. Other catalogues are registered here: the
 * pseudo-locales when first asked for, a hospital's own through the `messages` attribute or
 * {@link registerMessages}.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { Catalogue } from './catalogue.js';
import { pickLocale } from '../model/locale.js';
import { announceLanguageChange } from '../shared/page-language.js';
import { bundledCatalogues } from './generated/catalogues.js';

export const SOURCE_LOCALE = 'en-GB';

/** Each registered catalogue, by lower-case tag. */
const registered = new Map<string, Catalogue>();
let current = SOURCE_LOCALE;

// Reentrant mode fixes its list of locales at start, but hospitals register theirs later: every
// registered catalogue goes through one slot, filled from `current` at each lookup. That includes
// a hospital's own en-GB wording, which then overrides the built-in words it names.
const OTHER = 'x-registered';
configureReentrantLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: [OTHER],
  getLocale: () => (registered.has(current.toLowerCase()) ? OTHER : SOURCE_LOCALE),
  loadLocaleSync: () => {
    const catalogue = registered.get(current.toLowerCase());
    return catalogue && { templates: catalogue.messages };
  },
});

/** Runs `render` with msg() answering in `locale` (a registered one, or the source). */
export function withLocale<T>(locale: string, render: () => T): T {
  const previous = current;
  current = locale;
  try {
    return render();
  } finally {
    current = previous;
  }
}

/** Adds a checked catalogue; the next render of any widget in that language uses it. */
export function addCatalogue(catalogue: Catalogue): void {
  registered.set(catalogue.locale.toLowerCase(), catalogue);
  announceLanguageChange();
}

/**
 * The registered locale that best answers a language request: the same tag, else the same
 * language ("cy-GB" gets "cy"), else the source.
 */
export const interfaceLocale = (requested: string): string =>
  pickLocale(requested, [SOURCE_LOCALE, ...[...registered.values()].map((c) => c.locale)], SOURCE_LOCALE);

/** Loads the bundled catalogue for a pseudo-locale if one is asked for (the others are in the code or registered). */
export async function loadBundledCatalogue(requested: string): Promise<void> {
  const tag = Object.keys(bundledCatalogues).find((l) => l.toLowerCase() === requested.trim().toLowerCase());
  if (tag && !registered.has(tag.toLowerCase())) addCatalogue((await bundledCatalogues[tag]()).default);
}

/**
 * A language's name for the "not available in your language" note, in the reader's interface
 * language: the language alone ("English", not "British English"), which is what a reader asks for.
 */
export function languageName(tag: string, inLocale: string): string {
  try {
    return new Intl.DisplayNames([inLocale, SOURCE_LOCALE], { type: 'language' }).of(new Intl.Locale(tag).language) ?? tag;
  } catch {
    return tag;
  }
}
