import { defineElement } from '../../shared/define.js';
import { CytokineCard } from './cytokine-card.js';

defineElement('cytokine-card', CytokineCard);

export { CytokineCard };
export type { ContentModel, Drug } from '../../model/types.js';
export type { CytokineErrorDetail, ErrorCode } from '../../model/errors.js';
export type { CytokineEventMap, CytokineReviewDueDetail } from '../../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'cytokine-card': CytokineCard;
  }
}
