import { html, nothing, render, type TemplateResult } from 'lit/html.js';
import { css } from 'lit';
import type { Chapter, Cue, Video } from '../../model/types.js';
import * as t from '../../i18n/messages.js';
import { heading } from '../../shared/heading.js';
import { chapterAt, clock } from './media-time.js';
import { markMatches, type TranscriptSearch } from './transcript-search.js';

/**
 * The transcript lives in the page's own (light) DOM, inside the element, so that search
 * engines, find-in-page, reader modes and print see it as part of the page. Shadow styles cannot
 * reach it, so it brings one small stylesheet, adopted into the document once and scoped to
 * `[data-cytokine-transcript]`.
 *
 * It is text to read: the lines are paragraphs, grouped under their chapters' titles as
 * headings, with one "Play from" button per chapter. A line per button would make a screen
 * reader's user tab through every sentence, each named by a time that does not say what
 * pressing it does. Clicking a line still plays from it, for readers with a pointer.
 */
export const TRANSCRIPT_ATTR = 'data-cytokine-transcript';
const ATTR = TRANSCRIPT_ATTR;

// The attribute is written out (not interpolated) so the build can minify this CSS; rules nest
// under it (CSS nesting: Chromium 120+, Safari 17.2+, Firefox 117+). The page's own styles reach
// these elements too, so each rule is scoped (and so more specific than a page's `button` rule).
export const transcriptStyles = css`
  [data-cytokine-transcript] {
    .chapter + .chapter { margin-block-start: 1em; }
    .chapter-head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em 1em; margin-block-end: 0.25em; }
    .transcript-heading {
      margin: 0; font-size: 1.1em; font-weight: 700;
      font-family: var(--cytokine-heading-font-family, inherit); color: var(--cytokine-heading-color, inherit);
    }
    [data-play-from] {
      display: inline-block; font: inherit; color: inherit; background: transparent; cursor: pointer; text-align: start;
      border: 1px solid currentColor; border-radius: 0.3em; padding: 0.25em 0.6em; margin: 0;
      min-block-size: 2.75rem; max-inline-size: 100%; overflow-wrap: anywhere;
    }
    [data-play-from]:hover { text-decoration: underline; }
    [data-play-from]:focus-visible { outline: 3px solid var(--cytokine-focus-color, currentColor); outline-offset: 2px; }
    /* The time hangs in a column of its own, and the words wrap under each other. Chromium's
       accessibility tree drops a collapsible space after an inline block ("0:00This video"):
       pre-wrap keeps the one space the line has between its time and its words. */
    .cue {
      margin: 0; padding-block: 0.2em; padding-inline: 4.25em 0.5em; text-indent: -3.75em; white-space: pre-wrap;
      border-inline-start: 0.25em solid transparent; cursor: pointer; overflow-wrap: anywhere;
    }
    .cue:hover .cue-text { text-decoration: underline; }
    .cue[aria-current] {
      font-weight: 700; border-inline-start-color: currentColor;
      background: var(--cytokine-current-background, color-mix(in srgb, currentColor 10%, transparent));
    }
    .cue-time { display: inline-block; min-inline-size: 3.5em; text-indent: 0; font-variant-numeric: tabular-nums; opacity: 0.85; }
    mark { background: var(--cytokine-match-background, #ffeb3b); color: var(--cytokine-match-text, #000); }
    mark.current { outline: 3px solid currentColor; outline-offset: 1px; background: var(--cytokine-current-match-background, #ff9800); }
    @media (forced-colors: active) {
      /* Forced colours draw a transparent border in the text colour: only the current line gets a bar. */
      .cue { border-inline-start-color: Canvas; }
      .cue[aria-current] { border-inline-start-color: Highlight; }
      mark { background: Mark; color: MarkText; forced-color-adjust: none; }
    }
    @media print {
      [data-play-from] { display: none; }
      .cue { padding-block: 0.1em; border: 0; }
    }
  }
  /* Served by a server, before the script runs (or without it): the buttons would do nothing
     yet. Their space stays, so nothing moves when they start to work. */
  :not(:defined) > [data-cytokine-transcript] [data-play-from] { visibility: hidden; }
`;

const rendered = new WeakSet<HTMLElement>();

function adoptStyles(doc: Document): void {
  const sheet = transcriptStyles.styleSheet!;
  if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

/** What the transcript shows, and how it stands as the video plays. */
export interface TranscriptView {
  video: Pick<Video, 'transcript' | 'chapters'>;
  /** Level of the chapter headings: one below the video's title, like the "Chapters" heading. */
  level: number;
  /** The line being spoken (an index into the cues), or -1. */
  current: number;
  search?: TranscriptSearch;
}

/** Renders (or updates) the transcript into the host's light DOM, in the named slot. */
export function renderTranscript(host: HTMLElement, view: TranscriptView, lang: string, onSeek: (time: number) => void): HTMLElement {
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
  render(transcriptTemplate(view, onSeek), container);
  return container;
}

/** The cues of one chapter (or, with no chapter, of the video before its first chapter). */
export interface TranscriptGroup {
  chapter?: Chapter;
  /** Where "Play from" starts: the chapter's start, or the video's. */
  start: number;
  cues: Array<{ cue: Cue; index: number }>;
}

/**
 * The cues by chapter: a cue belongs to the last chapter that starts at or before it. Cues
 * before the first chapter, or all of them in a video without chapters, form a group of their
 * own, with no title, that plays from the start.
 */
export function transcriptGroups(cues: readonly Cue[], chapters: readonly Chapter[]): TranscriptGroup[] {
  const groups: TranscriptGroup[] = chapters.map((chapter) => ({ chapter, start: chapter.start, cues: [] }));
  const before: TranscriptGroup = { start: 0, cues: [] };
  cues.forEach((cue, index) => (groups[chapterAt(chapters, cue.start)] ?? before).cues.push({ cue, index }));
  return before.cues.length || !groups.length ? [before, ...groups] : groups;
}

/** The transcript's chapters and lines; also rendered on a server, into the light DOM of a prerendered page. */
export function transcriptTemplate({ video, level, current, search }: TranscriptView, onSeek?: (time: number) => void): TemplateResult {
  let matches = 0;
  const groups = transcriptGroups(video.transcript, video.chapters).map(({ chapter, start, cues }) => {
    const lines = cues.map(({ cue, index }) => {
      const marked = markMatches(cue.text, search, matches);
      matches += marked.count;
      return html`<p class="cue" data-start=${cue.start} aria-current=${index === current ? 'true' : nothing}><span class="cue-time">${clock(cue.start)}</span> <span class="cue-text">${marked.text}</span></p>`;
    });
    const words = chapter ? t.playFrom(clock(start)) : t.playFromStart();
    // The visible words start the name (WCAG 2.5.3); the chapter's title, seen in the heading
    // beside it, is said too, so the button makes sense when met on its own.
    const button = html`<button type="button" data-play-from=${start} aria-label=${chapter ? t.playFromChapter(words, chapter.title) : nothing}><span aria-hidden="true">▶</span> ${words}</button>`;
    return html`<div class="chapter">
      <div class="chapter-head">${chapter ? heading(level, chapter.title, 'transcript-heading') : nothing}${button}</div>
      ${lines}
    </div>`;
  });
  return html`<div class="transcript-text" @click=${onSeek && seekOnClick(onSeek)}>${groups}</div>`;
}

const listeners = new WeakMap<(time: number) => void, (e: Event) => void>();
/**
 * One listener for every line and button: a line is clicked, or a "Play from" button pressed
 * (also from the keyboard). The same listener for the same `onSeek`, so Lit does not take it off
 * and put it back on each redraw (several a second while the video plays).
 */
function seekOnClick(onSeek: (time: number) => void): (e: Event) => void {
  let listener = listeners.get(onSeek);
  if (!listener) listeners.set(onSeek, (listener = clickToSeek(onSeek)));
  return listener;
}

const clickToSeek = (onSeek: (time: number) => void) => (e: Event) => {
  const target = (e.target as Element).closest<HTMLElement>('[data-play-from], [data-start]');
  if (!target) return;
  // A reader selecting words to copy them is not asking the video to play.
  if (!target.hasAttribute('data-play-from') && !(target.ownerDocument.getSelection()?.isCollapsed ?? true)) return;
  onSeek(Number(target.dataset.playFrom ?? target.dataset.start));
};

/** Takes the transcript out of the light DOM again (error state, or a different video). */
export function removeTranscript(host: HTMLElement): void {
  host.querySelector(`:scope > [${ATTR}]`)?.remove();
}
