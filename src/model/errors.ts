import { fill } from './fill.js';

/** Error codes every element may report in its `cytokine-error` event. */
export type ErrorCode =
  | 'missing-drug'
  | 'unknown-drug'
  | 'src-unreachable'
  | 'src-invalid'
  | 'src-too-large'
  | 'model-invalid'
  | 'unknown-video'
  | 'media-error'
  | 'media-unsupported'
  | 'render-failed';

/** Detail of the `cytokine-error` event. */
export interface CytokineErrorDetail {
  code: ErrorCode;
  /** The same plain-English sentence the element shows. */
  message: string;
}

/**
 * Messages are written for whoever sees the broken widget first: usually the editor previewing
 * a page, sometimes a patient. So they say what went wrong and what to do, without jargon.
 */
const MESSAGES: Record<ErrorCode, string> = {
  'missing-drug': 'This box needs a medicine name. Add a drug attribute, for example drug="interferon-alfa".',
  'unknown-drug': 'Sorry, we have no information about “{v}”. Check the spelling of the drug attribute.',
  'src-unreachable': 'Sorry, this information could not be loaded from {v}.',
  'src-invalid': 'Sorry, the information at {v} is not in the expected format.',
  'src-too-large': 'Sorry, the information at {v} is too large to load here.',
  'model-invalid': 'Sorry, the information given to this box is not in the expected format.',
  'unknown-video': 'Sorry, there is no video called “{v}”. Check the video attribute.',
  'media-error': 'Sorry, the video could not be loaded. You can still read the transcript below.',
  'media-unsupported': 'Sorry, this browser cannot play this video. You can still read the transcript below.',
  'render-failed': 'Sorry, this information could not be shown here.',
};

/** Anything that stops an element from rendering its content. Never thrown into the host page. */
export class CytokineError extends Error {
  readonly code: ErrorCode;
  /** Technical reasons for developers (schema paths, HTTP status); logged, not shown. */
  readonly reasons: readonly string[];
  constructor(code: ErrorCode, value = '', reasons: readonly string[] = []) {
    super(fill(MESSAGES[code], { v: value }));
    this.code = code;
    this.reasons = reasons;
  }
}
