import type { ContentModel, Source } from './types.js';

/** Every source id cited anywhere inside a piece of content, in first-use order. */
export function citedSourceIds(content: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(content)) content.forEach((item) => citedSourceIds(item, found));
  else if (content && typeof content === 'object') {
    for (const [key, value] of Object.entries(content)) {
      if (key === 'sources' && Array.isArray(value)) value.forEach((id) => typeof id === 'string' && found.add(id));
      else citedSourceIds(value, found);
    }
  }
  return found;
}

/** The model's sources that a piece of content cites, in the model's order. */
export function citedSources(model: ContentModel, content: unknown): Source[] {
  const ids = citedSourceIds(content);
  return model.sources.filter((s) => ids.has(s.id));
}
