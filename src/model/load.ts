import type { ContentModel, Drug, Video } from './types.js';
import { CytokineError } from './errors.js';
import { isSafeHref } from './links.js';

/**
 * People type drug names many ways ("IL-2", "il 2", "Interferon Alpha"), so names are compared
 * without case, spaces, hyphens or dots. The names themselves live in the content, not here.
 */
export const normaliseName = (name: string): string =>
  name.normalize('NFKC').toLowerCase().replace(/[\s\-‐-―.]+/gu, '');

export const drugKeys = (drug: Drug): string[] =>
  [drug.id, drug.name, ...drug.otherNames, ...drug.aliases].map(normaliseName);

const drugIndexes = new WeakMap<ContentModel, Map<string, Drug>>();

/** Finds a drug by id, name, other name or alias. */
export function resolveDrug(model: ContentModel, query: string): Drug | undefined {
  let index = drugIndexes.get(model);
  if (!index) {
    index = new Map();
    for (const drug of model.drugs) for (const key of drugKeys(drug)) index.set(key, drug);
    drugIndexes.set(model, index);
  }
  return index.get(normaliseName(query));
}

export function resolveVideo(model: ContentModel, id: string): Video | undefined {
  return model.videos.find((v) => v.id === id.trim().toLowerCase());
}

/**
 * Resolves to a checked model, or rejects with a {@link CytokineError}. The schema and validator
 * load on demand: most pages use the bundled content and never need them.
 */
export async function requireModel(raw: unknown, code: 'src-invalid' | 'model-invalid', label = ''): Promise<ContentModel> {
  let checkModel: typeof import('./check.js').checkModel;
  try {
    ({ checkModel } = await import('./check.js'));
  } catch (e) {
    throw new CytokineError(code, label, [`the validator could not be loaded: ${String(e)}`]);
  }
  const result = checkModel(raw);
  if (!result.ok) throw new CytokineError(code, label, result.errors);
  if (result.warnings.length) console.warn('[cytokine-widgets] content model:', result.warnings.join('; '));
  return result.model;
}

const fetched = new Map<string, Promise<ContentModel>>();

/**
 * Fetches and checks a host's model. Several widgets on a page usually share one `src`, so each
 * URL is fetched once per page. Failures are not cached, so a later attempt can succeed.
 */
export function fetchModel(src: string): Promise<ContentModel> {
  const url = new URL(src, document.baseURI).href;
  let pending = fetched.get(url);
  if (!pending) {
    pending = (async () => {
      if (!isSafeHref(url)) throw new CytokineError('src-unreachable', src, ['only http(s) URLs are fetched']);
      let response: Response;
      try {
        response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      } catch (e) {
        throw new CytokineError('src-unreachable', src, [String(e)]);
      }
      if (!response.ok) throw new CytokineError('src-unreachable', src, [`HTTP ${response.status}`]);
      let raw: unknown;
      try {
        raw = await response.json();
      } catch (e) {
        throw new CytokineError('src-invalid', src, [`not JSON: ${String(e)}`]);
      }
      return requireModel(raw, 'src-invalid', src);
    })();
    pending.catch(() => fetched.delete(url));
    fetched.set(url, pending);
  }
  return pending;
}
