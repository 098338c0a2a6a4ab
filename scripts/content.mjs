// Composes the bundled en-GB content into one model file: the form a host downloads, edits
// and serves back through the `src` attribute. Used by the build and by the test fixtures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const dir = (locale) => new URL(`../src/content/${locale}/`, import.meta.url);
const read = (locale, name) => JSON.parse(readFileSync(new URL(`${name}.json`, dir(locale)), 'utf8'));
// Drugs in the order people meet them on the seed page: interferon first.
const DRUG_ORDER = ['interferon-alfa', 'aldesleukin'];
/** The ids of a locale's drugs or videos (their file names), in the order the model lists them. */
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
const all = (locale, kind) => contentIds(locale, kind).map((id) => read(locale, `${kind}/${id}`));

export function composeModel(locale = 'en-GB') {
  return {
    ...read(locale, 'model'),
    drugs: all(locale, 'drugs'),
    videos: all(locale, 'videos'),
  };
}

/** Puts a hostile payload into every string of a model, to prove it stays inert text. */
export function poison(node, key = '') {
  if (Array.isArray(node)) return node.map((n) => poison(n, key));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, poison(v, k)]));
  }
  if (typeof node !== 'string') return node;
  // Addresses stay http(s) or relative (a model with any other is refused: see the links rule),
  // but carry markup that must never become markup.
  if (['href', 'url', 'src'].includes(key)) return `${node}?q="><script>window.__pwned=true</script>`;
  // Ids, codes, dates and enums have patterns; strings there must stay valid to reach the renderer.
  if (['id', 'version', 'locale', 'lastUpdated', 'nextReview', 'date', 'number', 'topic', 'band', 'level', 'system', 'scale', 'type', 'srclang', 'sources', 'code', '$schema'].includes(key)) return node;
  return `${node} <script>window.__pwned = true</script><img src=x onerror="window.__pwned=true">`;
}
