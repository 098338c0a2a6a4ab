/**
 * Content a host supplies (a `src` URL or a `model` object): fetched, validated against the
 * schema, and cleaned of unsafe links. This module, with the schema and validator, loads on
 * demand: pages that use the bundled content never download it.
 */
import type { ContentModel } from './types.js';
import { CytokineError } from './errors.js';
import { isSafeHref } from './links.js';
import { checkModel } from './check.js';

/** A checked model, or a {@link CytokineError} with the reasons. */
export function requireModel(raw: unknown, code: 'src-invalid' | 'model-invalid', label = ''): ContentModel {
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
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.reject(new CytokineError('src-unreachable', src, ['not a URL']));
  }
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
