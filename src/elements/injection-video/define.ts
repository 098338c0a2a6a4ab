import { defineElement } from '../../shared/define.js';
import { InjectionVideo } from './injection-video.js';

defineElement('injection-video', InjectionVideo);

export { InjectionVideo };
export type { ContentModel, Video, Cue, Chapter } from '../../model/types.js';
export type { CytokineErrorDetail, ErrorCode } from '../../model/errors.js';
export type { CytokineEventMap, CytokineReviewDueDetail } from '../../shared/events.js';
export type { CytokinePlayDetail, InjectionVideoEventMap } from './injection-video.js';

declare global {
  interface HTMLElementTagNameMap {
    'injection-video': InjectionVideo;
  }
}
