// A test fixture: a model whose every string carries markup that must stay inert text.

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
