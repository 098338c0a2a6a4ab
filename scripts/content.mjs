// Composes the bundled en-GB content into one model file: the form a host downloads, edits
// and serves back through the `src` attribute. Used by the build and by the test fixtures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** @param {string} locale */
const dir = (locale) => new URL(`../src/content/${locale}/`, import.meta.url);
/**
 * @param {string} locale
 * @param {string} name
 * @returns {any} JSON as written in the content files: checked against the schema by the build, not here.
 */
const read = (locale, name) => JSON.parse(readFileSync(new URL(`${name}.json`, dir(locale)), 'utf8'));
// Drugs in the order people meet them on the seed page: interferon first.
const DRUG_ORDER = ['interferon-alfa', 'aldesleukin'];
/**
 * The ids of a locale's drugs or videos (their file names), in the order the model lists them.
 * @param {string} locale
 * @param {'drugs' | 'videos'} kind
 * @returns {string[]}
 */
export const contentIds = (locale, kind) =>
  readdirSync(new URL(`${kind}/`, dir(locale)))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort((a, b) => ((DRUG_ORDER.indexOf(a) + 1 || 99) - (DRUG_ORDER.indexOf(b) + 1 || 99)) || a.localeCompare(b));
/** The locales that ship: each folder of src/content/ with a model.json. */
export const contentLocales = () =>
  readdirSync(new URL('../src/content/', import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(new URL('model.json', dir(d.name))))
    .map((d) => d.name)
    .sort();
/** Reads one JSON file of a locale's content, e.g. `drugs/aldesleukin`. */
export const readContent = read;
/**
 * @param {string} locale
 * @param {'drugs' | 'videos'} kind
 */
const all = (locale, kind) => contentIds(locale, kind).map((id) => read(locale, `${kind}/${id}`));

/**
 * @param {string} [locale]
 * @returns {import('../src/model/types.js').ContentModel}
 */
export function composeModel(locale = 'en-GB') {
  return {
    ...read(locale, 'model'),
    drugs: all(locale, 'drugs'),
    videos: all(locale, 'videos'),
  };
}
