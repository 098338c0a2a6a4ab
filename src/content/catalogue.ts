/** A JSON module; its type is checked against the schema by the tests, not by the compiler. */
export type JsonModule = () => Promise<{ default: unknown }>;

/**
 * One bundled locale, as scripts/gen-content.mjs writes it: the names of each drug (so any name
 * finds its module without loading the others) and an import per drug and per video. Each of
 * those modules is a complete content model holding just that drug or video, with the sources
 * it cites; the build makes them separate files under dist/content/<locale>/.
 * `about` is a drug without its side effects and care cards: all a card shows.
 */
export interface LocaleCatalogue {
  locale: string;
  drugs: Readonly<Record<string, { names: readonly string[]; load: JsonModule; about: JsonModule }>>;
  videos: Readonly<Record<string, JsonModule>>;
}
