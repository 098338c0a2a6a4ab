/** Error codes every element may report in its `cytokine-error` event. */
export type ErrorCode =
  | 'missing-drug'
  | 'unknown-drug'
  | 'src-unreachable'
  | 'src-invalid'
  | 'src-too-large'
  | 'model-invalid'
  | 'messages-invalid'
  | 'unknown-video'
  | 'media-error'
  | 'media-unsupported'
  | 'render-failed';

/** Detail of the `cytokine-error` event. */
export interface CytokineErrorDetail {
  code: ErrorCode;
  /** The sentence the element shows, for readers, in the widget's language. */
  message: string;
  /** What went wrong and how to fix it, for the page's developers and editors (English). */
  hint: string;
}

/**
 * The technical half of each error: for whoever builds or edits the page, so it names
 * attributes, addresses and the tool that finds the problem. Readers see the plain message in
 * i18n/messages.ts instead.
 */
const HINTS: Record<ErrorCode, (value: string) => string> = {
  'missing-drug': () => 'No drug attribute: add one, for example drug="interferon-alfa".',
  'unknown-drug': (v) => `No drug called "${v}" in the content: check the spelling of the drug attribute (for example interferon-alfa, aldesleukin, IL-2).`,
  'src-unreachable': (v) => `The content model at ${v} could not be loaded.`,
  'src-invalid': (v) => `The content model at ${v} is not valid: check it with npx cytokine-widgets validate.`,
  'src-too-large': (v) => `The content model at ${v} is too large to load.`,
  'model-invalid': () => 'The model property is not a valid content model: check it with npx cytokine-widgets validate.',
  'messages-invalid': (v) => `The message catalogue ${v} is not valid; the widget speaks British English instead.`,
  'unknown-video': (v) => `No video called "${v}" in the content: check the video attribute.`,
  'media-error': () => 'The video file could not be loaded: check that the media files are served (with Range support).',
  'media-unsupported': () => 'This browser can play none of the video\'s formats: offer both WebM and MP4.',
  'render-failed': () => 'The widget failed while drawing its content; the reasons are in the console.',
};

/** Anything that stops an element from rendering its content. Never thrown into the host page. */
export class CytokineError extends Error {
  readonly code: ErrorCode;
  /** What the reader's message may name (the drug asked for). */
  readonly value: string;
  /** Technical reasons for developers (JSON paths, HTTP status); logged and sent, never shown. */
  readonly reasons: readonly string[];
  constructor(code: ErrorCode, value = '', reasons: readonly string[] = []) {
    super(HINTS[code](value));
    this.code = code;
    this.value = value;
    this.reasons = reasons;
  }

  /** The hint for developers, with the reasons. */
  get hint(): string {
    return [this.message, ...this.reasons].join(' ');
  }
}
