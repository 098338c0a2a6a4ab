/**
 * Type tests for the widgets' events: compiled by the typecheck, never run. A line marked
 * `@ts-expect-error` that stops being an error fails the typecheck too, so each check can fail
 * both ways: a listener losing its typed detail, or accepting a wrong one.
 */
import type { CytokineCard, CytokineErrorDetail, CytokinePlayDetail, CytokineReviewDueDetail, ErrorCode, InjectionVideo } from '../../src/index.js';
import type { CytokineEventName } from '../../src/shared/events.js';
import { SideEffectList } from '../../src/elements/side-effect-list/side-effect-list.js';

declare const card: CytokineCard;
declare const video: InjectionVideo;

// Every event the widgets fire is declared in the map pages see.
export const declared = ['cytokine-ready', 'cytokine-error', 'cytokine-review-due', 'cytokine-play'] as const satisfies readonly CytokineEventName[];

// A listener on an element gets the detail without a cast.
card.addEventListener('cytokine-error', (e) => {
  const code: ErrorCode = e.detail.code;
  const shown: string = e.detail.message;
  const hint: string = e.detail.hint;
  // @ts-expect-error the detail is { code, message, hint }
  void e.detail.reason;
  return [code, shown, hint];
});
card.addEventListener('cytokine-review-due', (e) => {
  const detail: CytokineReviewDueDetail = e.detail;
  // @ts-expect-error the review date is a YYYY-MM-DD string, not a Date
  const when: Date = e.detail.nextReview;
  return [detail, when];
});
card.addEventListener('cytokine-ready', (e) => {
  const nothing: null = e.detail;
  return nothing;
});
video.addEventListener('cytokine-play', (e) => {
  const detail: CytokinePlayDetail = e.detail;
  const element: HTMLVideoElement = e.detail.video;
  // @ts-expect-error detail.video is the <video> element, not its address
  const address: string = e.detail.video;
  return [detail, element, address];
});

// The events bubble out of the shadow root: one listener on the document is typed the same.
document.addEventListener('cytokine-error', (e) => {
  const detail: CytokineErrorDetail = e.detail;
  return detail;
});

// Inside the library, emit() sends only what the map declares.
export class EmitProbe extends SideEffectList {
  probe(): void {
    this.emit('cytokine-review-due', { nextReview: '2026-12-01' });
    this.emit('cytokine-ready', null);
    // @ts-expect-error an undeclared event
    this.emit('cytokine-opened', null);
    // @ts-expect-error a detail that is not the declared one
    this.emit('cytokine-error', { code: 'unknown-drug' });
    // @ts-expect-error a code that is not an ErrorCode
    this.emit('cytokine-error', { code: 'oops', message: '', hint: '' });
  }
}
