/**
 * A hospital's own message catalogue (the `messages` attribute, or registerMessages()): fetched,
 * checked against the source catalogue, and registered for every widget in its language. Loads
 * on demand, without the content model's checker.
 */
import { CytokineError } from '../model/errors.js';
import { fetchOnce } from '../model/fetch-json.js';
import { checkCatalogue, type Catalogue } from './catalogue.js';
import { addCatalogue } from './locale.js';
import source from './generated/en-GB.json';

/** Checks and registers a catalogue; throws a CytokineError with the problems when it is not valid. */
export function registerMessages(catalogue: Catalogue, label: string = catalogue?.locale ?? ''): Catalogue {
  // Checked as copied, so a page that changes its object afterwards cannot slip past the check.
  let copy: Catalogue;
  try {
    copy = structuredClone(catalogue);
  } catch (e) {
    throw new CytokineError('messages-invalid', label, [`not plain JSON data: ${String(e)}`]);
  }
  const { errors, missing } = checkCatalogue(copy, source);
  if (errors.length) throw new CytokineError('messages-invalid', label, errors);
  if (missing.length) console.warn(`[cytokine-widgets] ${label}: no ${copy.locale} text for ${missing.join(', ')}; these show in British English.`);
  addCatalogue(copy);
  return copy;
}

/** Fetches (once per page), checks and registers a host's catalogue. */
export const fetchCatalogue = (src: string): Promise<Catalogue> => fetchOnce('messages', src, (json) => registerMessages(json as Catalogue, src));
