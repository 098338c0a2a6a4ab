import { css } from 'lit';

/**
 * "Print transcript" prints one widget, not the page around it. For the length of the print the
 * widget is marked, and a stylesheet adopted by the document hides everything in the page that is
 * neither the widget, inside it, nor one of its ancestors. It is taken away again on
 * `afterprint`. The widget's own print styles (see injection-video.styles.ts) then show its
 * title, the whole transcript, the review dates and the sources, without the player.
 *
 * A widget inside another component's shadow root cannot be singled out from the document (its
 * selectors do not reach in): there the whole page prints, which still includes the transcript.
 */
export const PRINT_ATTR = 'data-cytokine-print';

const printOnlySheet = css`
  @media print {
    body *:not([data-cytokine-print], [data-cytokine-print] *, :has([data-cytokine-print])) { display: none !important; }
  }
`;

export function printOnly(host: HTMLElement): void {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  const sheet = printOnlySheet.styleSheet;
  if (!view || typeof view.print !== 'function') return;
  const alone = host.getRootNode() === doc && sheet;
  const done = (): void => {
    view.removeEventListener('afterprint', done);
    host.removeAttribute(PRINT_ATTR);
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  if (alone) {
    host.setAttribute(PRINT_ATTR, '');
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  view.addEventListener('afterprint', done);
  try {
    view.print();
  } catch {
    done();
  }
}
