// Composes the bundled en-GB content into one model file: the form a host downloads, edits
// and serves back through the `src` attribute. Used by the build and by the test fixtures.
import { readFileSync } from 'node:fs';

const read = (name) => JSON.parse(readFileSync(new URL(`../src/content/en-GB/${name}.json`, import.meta.url), 'utf8'));

export function composeModel() {
  return {
    $schema: 'https://cytokine-widgets.example/schema/content-model.json',
    ...read('model'),
    drugs: [read('interferon-alfa'), read('aldesleukin')],
    videos: read('videos').videos,
  };
}

/** Puts a hostile payload into every string of a model, to prove it stays inert text. */
export function poison(node, key = '') {
  if (Array.isArray(node)) return node.map((n) => poison(n, key));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, poison(v, k)]));
  }
  if (typeof node !== 'string') return node;
  if (['href', 'url'].includes(key)) return 'javascript:alert(document.domain)';
  if (key === 'src') return 'java\nscript:alert(1)';
  // Ids, codes, dates and enums have patterns; strings there must stay valid to reach the renderer.
  if (['id', 'version', 'locale', 'lastReviewed', 'nextReview', 'band', 'level', 'system', 'scale', 'type', 'srclang', 'sources', 'code', '$schema'].includes(key)) return node;
  return `${node} <script>window.__pwned = true</script><img src=x onerror="window.__pwned=true">`;
}
