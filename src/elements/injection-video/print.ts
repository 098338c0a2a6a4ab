import { css } from 'lit';

/**
 * "Print transcript" prints one widget, not the page around it. For the length of the print the
 * widget is marked, and a stylesheet adopted by the document hides everything in the page that is
 * neither the widget, inside it, nor one of its ancestors. The widget's own print styles (see
 * injection-video.styles.ts) then show its title, the whole transcript, the review dates and the
 * sources, without the player. Its closed disclosures are opened for the print too: browsers
 * without `::details-content` would print only their summaries.
 *
 * A widget inside another component's shadow root cannot be singled out from the document (its
 * selectors do not reach in): there the whole page prints, which still includes the transcript.
 */
export const PRINT_ATTR = 'data-cytokine-print';

// The attribute is written out (not interpolated) so the build can minify this CSS.
const printOnlySheet = css`
  @media print {
    body *:not([data-cytokine-print], [data-cytokine-print] *, :has([data-cytokine-print])) { display: none !important; }
  }
`;

/**
 * What the print hides (every element of the page that is not the widget, in it, or around
 * it), as this browser parsed it; empty if it could not parse it (then the whole page prints).
 */
export function printHiddenSelector(): string {
  const media = printOnlySheet.styleSheet?.cssRules[0] as CSSMediaRule | undefined;
  return (media?.cssRules[0] as CSSStyleRule | undefined)?.selectorText ?? '';
}

/**
 * Prints the widget alone; returns what ends it early (the widget leaving the page). The end
 * comes with `afterprint`, the print media query ending, or the reader's next action on the
 * page, whichever is first: a print that silently does nothing (a sandboxed frame) must not leave
 * the page printing only this widget.
 */
export function printOnly(host: HTMLElement): () => void {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  const sheet = printOnlySheet.styleSheet;
  const opened = [...(host.shadowRoot?.querySelectorAll('details:not([open])') ?? [])] as HTMLDetailsElement[];
  const printing = view?.matchMedia?.('print');
  const after = ['afterprint', 'focus', 'pointerdown', 'keydown'] as const;
  let ended = false;
  const done = (): void => {
    if (ended) return;
    ended = true;
    for (const type of after) view?.removeEventListener(type, done);
    printing?.removeEventListener?.('change', printEnded);
    host.removeAttribute(PRINT_ATTR);
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    for (const details of opened) details.open = false;
  };
  const printEnded = (e: MediaQueryListEvent): void => {
    if (!e.matches) done();
  };
  if (!view || typeof view.print !== 'function') return done;
  try {
    if (host.getRootNode() === doc && sheet) {
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      host.setAttribute(PRINT_ATTR, '');
    }
    for (const details of opened) details.open = true;
    view.addEventListener('afterprint', done);
    printing?.addEventListener?.('change', printEnded);
    view.print();
    // Where print() returns before the dialog closes (Firefox), the reader's return ends it.
    setTimeout(() => {
      if (!ended) for (const type of after.slice(1)) view.addEventListener(type, done, { once: true });
    });
  } catch {
    done();
  }
  return done;
}
