/**
 * Content a host supplies (a `src` URL or a `model` object): fetched, then checked exactly as
 * `npx cytokine-widgets validate` checks it. This module, with the schema and validator, loads
 * on demand: pages that use the bundled content never download it.
 */
import type { ContentModel } from './types.js';
import { CytokineError } from './errors.js';
import { checkModel, findingLine } from './check.js';
import { fetchOnce } from './fetch-json.js';

export { MAX_MODEL_BYTES, SRC_TIMEOUT_MS } from './fetch-json.js';

/** A checked model, or a {@link CytokineError} with the findings as its reasons. */
export function requireModel(raw: unknown, code: 'src-invalid' | 'model-invalid', label = ''): ContentModel {
  const result = checkModel(raw);
  const errors = result.findings.filter((f) => f.severity === 'error');
  if (!result.ok) throw new CytokineError(code, label, errors.map(findingLine));
  if (result.findings.length) console.warn('[cytokine-widgets] content model:', result.findings.map(findingLine).join('\n'));
  return result.model;
}

/** Fetches and checks a host's model. */
export const fetchModel = (src: string): Promise<ContentModel> => fetchOnce(src, (json) => requireModel(json, 'src-invalid', src));
