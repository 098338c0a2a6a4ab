/**
 * A message catalogue: the interface words of one language, as a hospital supplies it (JSON)
 * and as the pseudo-locales ship. Ids and {placeholders} are those of the source catalogue,
 * dist/messages/en-GB.json.
 */
export interface Catalogue {
  /** BCP 47 tag of the language, e.g. `cy` or `cy-GB`. */
  locale: string;
  /** Text by message id. A missing id falls back to British English. */
  messages: Readonly<Record<string, string>>;
  /** Notes for translators by id (the source catalogue has them); not used at run time. */
  notes?: Readonly<Record<string, string>>;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * What is wrong with a catalogue, compared with the source: not an object, no valid locale,
 * unknown ids, texts that are not strings, or placeholders that differ from the source's (a
 * translation that drops {date} would hide the review date). Missing ids are allowed: they show
 * in English, and are listed as `missing` so a validator can warn.
 */
export function checkCatalogue(raw: unknown, source: Catalogue): { errors: string[]; missing: string[] } {
  const errors: string[] = [];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { errors: ['$: a catalogue is a JSON object with "locale" and "messages"'], missing: [] };
  const { locale, messages } = raw as Partial<Catalogue>;
  try {
    if (typeof locale !== 'string' || !Intl.getCanonicalLocales(locale).length) throw new Error();
  } catch {
    errors.push(`$.locale: give the catalogue's language as a tag such as "cy" (found ${JSON.stringify(locale)})`);
  }
  if (!messages || typeof messages !== 'object' || Array.isArray(messages)) return { errors: [...errors, '$.messages: must be an object of texts by message id'], missing: [] };
  for (const [id, text] of Object.entries(messages)) {
    const at = `$.messages[${JSON.stringify(id)}]`;
    if (!Object.hasOwn(source.messages, id)) errors.push(`${at}: there is no message with this id; check it against dist/messages/en-GB.json`);
    else if (typeof text !== 'string' || !text.trim()) errors.push(`${at}: must be some text`);
    else if (placeholders(text).join() !== placeholders(source.messages[id]).join()) {
      errors.push(`${at}: must use the placeholders {${placeholders(source.messages[id]).join('}, {')}} exactly as the English does`);
    }
  }
  return { errors, missing: Object.keys(source.messages).filter((id) => !Object.hasOwn(messages, id)) };
}
