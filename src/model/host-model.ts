/**
 * Content a host supplies (a `src` URL or a `model` object): fetched, then checked exactly as
 * `npx cytokine-widgets validate` checks it. This module, with the schema and validator, loads
 * on demand: pages that use the bundled content never download it.
 */
import type { ContentModel } from './types.js';
import { CytokineError } from './errors.js';
import { checkModel, findingLine } from './check.js';
import { fetchOnce } from './fetch-json.js';
import { DEFAULT_LOCALE } from '../content/index.js';

export { MAX_MODEL_BYTES, SRC_TIMEOUT_MS } from './fetch-json.js';

/** A checked model, or a {@link CytokineError} with the findings as its reasons. */
export function requireModel(raw: unknown, code: 'src-invalid' | 'model-invalid', label = ''): ContentModel {
  const result = checkModel(raw, { readerClock: true });
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (!result.ok) throw new CytokineError(code, label, errors.map(findingLine));
  if (result.findings.length) console.warn('[cytokine-widgets] content model:', result.findings.map(findingLine).join('\n'));
  return result.model;
}

/** Fetches and checks a host's model. */
export const fetchModel = (src: string): Promise<ContentModel> => fetchOnce('model', src, (json) => requireModel(json, 'src-invalid', src));

/**
 * A host's model in the language asked for. A `src` with `{lang}` in it names one file per
 * language (`/content/{lang}.json`): the widget tries the tag asked for, then its language alone,
 * then en-GB, moving on only when the server says the file does not exist (HTTP 404), and says
 * so with its language note when it lands on another language.
 */
export async function fetchModelFor(src: string, lang: string): Promise<ContentModel> {
  if (!src.includes('{lang}')) return fetchModel(src);
  const tags = [...new Set([lang, lang.split('-')[0], DEFAULT_LOCALE])];
  for (let i = 0; ; i++) {
    try {
      return await fetchModel(src.replaceAll('{lang}', encodeURIComponent(tags[i])));
    } catch (e) {
      const missing = e instanceof CytokineError && e.reasons[0] === 'HTTP 404';
      if (!missing || i === tags.length - 1) throw e;
    }
  }
}
