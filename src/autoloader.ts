/**
 * The autoloader: one small script a site's template loads once. It defines only the widgets
 * present on the page, including ones added later (infinite scroll, tabs), loading each
 * element's code on demand. It also upgrades sanitiser-proof placeholders, for CMSs whose HTML
 * filter strips custom elements (WordPress's wp_kses_post keeps <div> with data-* attributes):
 *
 *   <div data-cytokine-widget="cytokine-card" data-drug="interferon-alfa">
 *     <a href="/interferon">Read about interferon</a>
 *   </div>
 *
 * Each data-* attribute becomes the widget attribute of the same name (data-heading-level →
 * heading-level); the div's content stays inside the widget as its fallback.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'cytokine-card': () => import('./elements/cytokine-card/define.js'),
  'side-effect-list': () => import('./elements/side-effect-list/define.js'),
  'injection-video': () => import('./elements/injection-video/define.js'),
};

/**
 * Only attributes the widgets declare may come from a placeholder: an editor who may not write
 * scripts must not be able to write data-onclick and get an event handler. A test keeps this
 * list equal to the attributes in custom-elements.json.
 */
export const PLACEHOLDER_ATTRIBUTES = [
  'drug', 'lang', 'heading-level', 'src', 'messages', 'expanded', 'filter', 'advice-line', 'advice-phone', 'crisis-line', 'crisis-phone',
  'high-temperature', 'low-temperature', 'video', 'transcript-open', 'captions', 'structured-data',
];

const PLACEHOLDER = 'data-cytokine-widget';
const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  loaders[tag]().catch((e: unknown) => {
    requested.delete(tag);
    console.warn(`[cytokine-widgets] could not load <${tag}>:`, e);
  });
}

/** Replaces a placeholder's content with the widget, moving that content inside as its fallback. */
function upgrade(placeholder: HTMLElement): void {
  const tag = placeholder.getAttribute(PLACEHOLDER) ?? '';
  placeholder.removeAttribute(PLACEHOLDER);
  if (!Object.hasOwn(loaders, tag)) {
    console.warn(`[cytokine-widgets] ${PLACEHOLDER}="${tag}" is not a widget; use ${Object.keys(loaders).join(', ')}.`);
    return;
  }
  const widget = document.createElement(tag);
  for (const name of PLACEHOLDER_ATTRIBUTES) {
    const value = placeholder.getAttribute(`data-${name}`);
    if (value !== null) widget.setAttribute(name, value);
  }
  widget.append(...placeholder.childNodes);
  placeholder.append(widget);
}

function scan(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>(`[${PLACEHOLDER}]`).forEach(upgrade);
  for (const tag in loaders) if (root.querySelector(tag)) load(tag);
}

function start(): void {
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (el.hasAttribute(PLACEHOLDER)) upgrade(el as HTMLElement);
        if (Object.hasOwn(loaders, el.localName)) load(el.localName);
        scan(el);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

// A module script runs after parsing, but a classic-script copy or an early import may not.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
