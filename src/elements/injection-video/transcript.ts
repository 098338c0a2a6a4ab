import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import { css } from 'lit';
import type { Cue } from '../../model/types.js';
import { clock } from './media-time.js';
import { markMatches, type TranscriptSearch } from './transcript-search.js';

/**
 * The transcript lives in the page's own (light) DOM, inside the element, so that search
 * engines, find-in-page, reader modes and print see it as part of the page. Shadow styles cannot
 * reach it, so it brings one small stylesheet, adopted into the document once and scoped to
 * `[data-cytokine-transcript]`.
 */
export const TRANSCRIPT_ATTR = 'data-cytokine-transcript';
const ATTR = TRANSCRIPT_ATTR;

// The attribute is written out (not interpolated) so the build can minify this CSS; rules nest
// under it (CSS nesting: Chromium 120+, Safari 17.2+, Firefox 117+).
export const transcriptStyles = css`
  [data-cytokine-transcript] {
    ol { list-style: none; margin: 0; padding: 0; }
    li { margin: 0; }
    button {
      all: unset; box-sizing: border-box; display: flex; flex-wrap: wrap; gap: 0 0.75em; inline-size: 100%;
      padding: 0.4em 0.5em; border-inline-start: 0.25em solid transparent; cursor: pointer;
      font: inherit; color: inherit; line-height: 1.5; text-align: start;
    }
    button:hover { text-decoration: underline; }
    button:focus-visible { outline: 3px solid var(--cytokine-focus-color, currentColor); outline-offset: 1px; }
    button[aria-current] {
      font-weight: 700; border-inline-start-color: currentColor;
      background: var(--cytokine-current-background, color-mix(in srgb, currentColor 10%, transparent));
    }
    .cue-time { font-variant-numeric: tabular-nums; min-inline-size: 3.5em; opacity: 0.85; }
    .cue-text { flex: 1 1 12em; min-inline-size: 0; overflow-wrap: anywhere; }
    mark { background: var(--cytokine-match-background, #ffeb3b); color: var(--cytokine-match-text, #000); }
    mark.current { outline: 3px solid currentColor; outline-offset: 1px; background: var(--cytokine-current-match-background, #ff9800); }
    @media (forced-colors: active) {
      button[aria-current] { border-inline-start-color: Highlight; }
      mark { background: Mark; color: MarkText; forced-color-adjust: none; }
    }
    @media print { button { display: block; padding: 0.1em 0; border: 0; } }
  }
`;

const rendered = new WeakSet<HTMLElement>();

function adoptStyles(doc: Document): void {
  const sheet = transcriptStyles.styleSheet!;
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** Renders (or updates) the transcript into the host's light DOM, in the named slot. */
export function renderTranscript(
  host: HTMLElement,
  cues: readonly Cue[],
  current: number,
  lang: string,
  onSeek: (time: number) => void,
  search?: TranscriptSearch,
): HTMLElement {
  let container = host.querySelector<HTMLElement>(`:scope > [${ATTR}]`);
  if (container && !rendered.has(container)) {
    // Prerendered static HTML: take it over.
    container.replaceChildren();
    rendered.add(container);
    adoptStyles(host.ownerDocument);
  }
  if (!container) {
    adoptStyles(host.ownerDocument);
    container = host.ownerDocument.createElement('div');
    container.setAttribute(ATTR, '');
    container.slot = 'transcript';
    host.append(container);
    rendered.add(container);
  }
  container.lang = lang;
  render(transcriptTemplate(cues, current, onSeek, search), container);
  return container;
}

/** The transcript's lines; also rendered on a server, into the light DOM of a prerendered page. */
export function transcriptTemplate(cues: readonly Cue[], current: number, onSeek?: (time: number) => void, search?: TranscriptSearch): TemplateResult {
  let matches = 0;
  return html`<ol>${cues.map((cue, i) => {
    const marked = markMatches(cue.text, search, matches);
    matches += marked.count;
    return html`<li><button type="button" data-start=${cue.start} aria-current=${i === current ? 'true' : nothing}
      @click=${() => onSeek?.(cue.start)}><span class="cue-time">${clock(cue.start)}</span> <span class="cue-text">${marked.text}</span></button></li>`;
  })}</ol>`;
}

/** Takes the transcript out of the light DOM again (error state, or a different video). */
export function removeTranscript(host: HTMLElement): void {
  host.querySelector(`:scope > [${ATTR}]`)?.remove();
}
