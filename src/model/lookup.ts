import type { ContentModel, Drug, Video } from './types.js';

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
