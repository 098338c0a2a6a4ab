import { html, type TemplateResult } from 'lit/html.js';
import type { Cue } from '../../model/types.js';

/**
 * Searching the transcript: what the reader typed, as a case-insensitive pattern (their words
 * taken literally), and the matches marked with `<mark>` in the transcript's text. Matches are
 * counted across the whole transcript in reading order; `current` is the one the reader moved
 * to, marked apart so it can be seen (and scrolled to) among the others.
 */
export interface TranscriptSearch {
  pattern: RegExp;
  current: number;
}

export function searchPattern(query: string): RegExp | undefined {
  const words = query.trim();
  return words ? new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu') : undefined;
}

export function countMatches(cues: readonly Cue[], pattern: RegExp | undefined): number {
  if (!pattern) return 0;
  return cues.reduce((sum, cue) => sum + (cue.text.match(pattern)?.length ?? 0), 0);
}

/** The cue's text with each match marked; `first` is the number of the cue's first match. */
export function markMatches(text: string, search: TranscriptSearch | undefined, first: number): { text: (string | TemplateResult)[]; count: number } {
  if (!search) return { text: [text], count: 0 };
  const out: (string | TemplateResult)[] = [];
  let at = 0;
  let n = first;
  for (const match of text.matchAll(search.pattern)) {
    out.push(text.slice(at, match.index));
    const current = n++ === search.current;
    out.push(html`<mark class=${current ? 'current' : ''} data-match=${n - 1}>${match[0]}</mark>`);
    at = match.index + match[0].length;
  }
  out.push(text.slice(at));
  return { text: out, count: n - first };
}
