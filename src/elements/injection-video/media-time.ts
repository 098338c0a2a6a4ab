import type { Chapter, Cue } from '../../model/types.js';

/** "1:47" for 107 seconds; hours only when needed. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** ISO 8601 duration for `<time datetime>`, e.g. "PT1M47S". */
export function isoDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `PT${Math.floor(s / 60) ? `${Math.floor(s / 60)}M` : ''}${s % 60}S`;
}

/** The cue being spoken at `time`, or -1 in a pause between cues. */
export function cueAt(cues: readonly Cue[], time: number): number {
  return cues.findIndex((c) => time >= c.start && time < c.end);
}

/** The chapter that contains `time` (the last one that has started), or -1 before the first. */
export function chapterAt(chapters: readonly Chapter[], time: number): number {
  let found = -1;
  chapters.forEach((c, i) => {
    if (time >= c.start) found = i;
  });
  return found;
}
