/**
 * Tells a widget when its language may have changed: a `lang` attribute changed on the widget's
 * ancestors (a language switcher that sets <html lang="cy"> after load), or a message catalogue
 * arrived. Only the ancestors are observed, each without its subtree: observing the whole
 * document would also report the widgets' own writes, and Chromium keeps removed subtrees
 * registered with such an observer, which kept each removed widget alive (test/pages/memory.spec.ts).
 * Shadow roots are not crossed: a widget inside another component follows its own `lang`
 * attribute or the document's.
 */
const catalogueListeners = new Set<() => void>();

/** Calls every watcher: a catalogue was added, so widgets in its language should draw again. */
export const announceLanguageChange = (): void => catalogueListeners.forEach((l) => l());

/** Watches `element`'s ancestors' `lang` and the catalogues; returns the function that stops watching. */
export function watchPageLanguage(element: Element, changed: (catalogueAdded: boolean) => void): () => void {
  const onCatalogue = () => changed(true);
  catalogueListeners.add(onCatalogue);
  const observer = typeof MutationObserver === 'function' ? new MutationObserver(() => changed(false)) : undefined;
  for (let node = element.parentElement; node && observer; node = node.parentElement) {
    observer.observe(node, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    catalogueListeners.delete(onCatalogue);
    observer?.disconnect();
  };
}
