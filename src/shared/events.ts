/**
 * The events every widget fires, typed for the page. They bubble out of the shadow root
 * (`composed`), so pages listen on the element or on the document; the `declare global` below
 * adds them to both maps, and `el.addEventListener('cytokine-error', (e) => e.detail.code)` knows
 * its detail. An element's own events are declared beside the code that fires them
 * (`cytokine-play` in injection-video.ts). `emit()` in cytokine-element.ts takes its names and
 * details from HTMLElementEventMap, so what is declared here is what is sent.
 */
import type { CytokineErrorDetail } from '../model/errors.js';

/** Detail of `cytokine-review-due`. */
export interface CytokineReviewDueDetail {
  /** The review date that has passed (YYYY-MM-DD), from the content model. */
  nextReview: string;
}

/** The events of every widget, by name. */
export interface CytokineEventMap {
  /** The content is ready and shown. */
  'cytokine-ready': CustomEvent<null>;
  /** The widget cannot show its content; it shows the page's fallback instead. */
  'cytokine-error': CustomEvent<CytokineErrorDetail>;
  /** The content's next review date has passed (the widget says so to readers too). */
  'cytokine-review-due': CustomEvent<CytokineReviewDueDetail>;
}

/** The name of each `cytokine-*` event, from every element module in the program. */
export type CytokineEventName = Extract<keyof HTMLElementEventMap, `cytokine-${string}`>;

/** What a `cytokine-*` event carries in `detail`. */
export type CytokineEventDetail<K extends CytokineEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  interface HTMLElementEventMap extends CytokineEventMap {}
  interface DocumentEventMap extends CytokineEventMap {}
}
