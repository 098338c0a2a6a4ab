import type { ContentModel } from './types.js';
import { isSafeHref } from './links.js';
import { drugKeys } from './load.js';
import { validate, type SchemaNode } from './validate.js';
import schema from './schema.json';

export type CheckResult =
  | { ok: true; model: ContentModel; warnings: string[] }
  | { ok: false; errors: string[] };

/**
 * What to do with an unsafe URL found under each key: a link or a media file without a safe
 * address is useless, so the whole entry goes; a source keeps its title without the link.
 */
const URL_KEYS: Record<string, 'drop-entry' | 'drop-key'> = { href: 'drop-entry', src: 'drop-entry', url: 'drop-key' };

function sanitise(node: unknown, path: string, warnings: string[]): unknown {
  if (Array.isArray(node)) {
    return node.map((item, i) => sanitise(item, `${path}[${i}]`, warnings)).filter((item) => item !== undefined);
  }
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key in URL_KEYS && !isSafeHref(value)) {
      warnings.push(`${path}.${key}: unsafe URL removed`);
      if (URL_KEYS[key] === 'drop-entry') return undefined;
      continue;
    }
    const clean = sanitise(value, `${path}.${key}`, warnings);
    if (clean !== undefined) out[key] = clean;
  }
  return out;
}

/** Source ids that statements use but the model does not list, and ids that clash. */
function crossCheck(model: ContentModel): string[] {
  const errors: string[] = [];
  const sourceIds = new Set(model.sources.map((s) => s.id));
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${path}[${i}]`));
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      // The model's own `sources` is the list of sources; every other `sources` cites them.
      if (key === 'sources' && path !== '$' && Array.isArray(value)) {
        for (const id of value as string[]) if (!sourceIds.has(id)) errors.push(`${path}.sources: unknown source "${id}"`);
      } else visit(value, `${path}.${key}`);
    }
  };
  visit(model, '$');
  const seen = new Map<string, string>();
  for (const drug of model.drugs) {
    for (const name of drugKeys(drug)) {
      const owner = seen.get(name);
      if (owner && owner !== drug.id) errors.push(`drug name "${name}" is used by both ${owner} and ${drug.id}`);
      seen.set(name, drug.id);
    }
  }
  try {
    Intl.getCanonicalLocales(model.locale);
  } catch {
    errors.push(`locale "${model.locale}" is not a valid language tag`);
  }
  const scales = new Set(model.frequencyScales.map((s) => s.id));
  model.drugs.forEach((d) => d.sideEffects.forEach((e) => {
    if (!scales.has(e.frequency.scale)) errors.push(`${d.id}.${e.id}: unknown frequency scale "${e.frequency.scale}"`);
  }));
  return errors;
}

/** Validates a model (bundled, fetched or passed as a property) and removes unsafe links. */
export function checkModel(raw: unknown): CheckResult {
  const errors = validate(raw, schema as SchemaNode);
  if (errors.length) return { ok: false, errors };
  const warnings: string[] = [];
  const model = sanitise(raw, '$', warnings) as ContentModel;
  const refErrors = crossCheck(model);
  return refErrors.length ? { ok: false, errors: refErrors } : { ok: true, model, warnings };
}

