import { defineElement } from '../../shared/define.js';
import { SideEffectList } from './side-effect-list.js';

defineElement('side-effect-list', SideEffectList);

export { SideEffectList };
export type { Band, CareLevel } from '../../model/vocabularies.js';
export type { ContentModel, Drug, SideEffect, CareCard, Frequency } from '../../model/types.js';
export type { CytokineErrorDetail, ErrorCode } from '../../model/errors.js';
export type { CytokineEventMap, CytokineReviewDueDetail } from '../../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'side-effect-list': SideEffectList;
  }
}
