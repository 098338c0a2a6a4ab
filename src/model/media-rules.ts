/**
 * Checks that a video's words agree everywhere a reader meets them: the transcript in the page,
 * the captions on the video, and (for videos made by scripts/media.sh) the narration the voice
 * speaks; and that its audio description fits the video. Pure and browser-safe: the caller reads
 * the files.
 */
import type { Video } from './types.js';
import { type Finding, clock, quote } from './findings.js';

export interface VttCue {
  start: number;
  end: number;
  text: string;
}

/** Cues as a reader sees them, and what could not be read (with line numbers). */
export interface VttFile {
  cues: VttCue[];
  problems: string[];
}

/** One chapter of scripts/media/narration.json: what the voice says, line by line. */
export interface NarrationChapter {
  id: string;
  title: string;
  sources?: string[];
  lines: string[];
}

/** How far apart (in seconds) a caption and its transcript line may start or end. */
export const TIMING_TOLERANCE = 0.05;
/** Mismatches reported one by one; after that, one finding counts the rest. */
const MAX_MISMATCHES = 3;

const TIMING = /^((?:\d+:)?\d{2}:\d{2}\.\d{3})[ \t]+-->[ \t]+((?:\d+:)?\d{2}:\d{2}\.\d{3})(?:[ \t].*)?$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: ' ', lrm: '\u200e', rlm: '\u200f' };

/** `01:02.500` or `1:01:02.500` → seconds. */
const seconds = (timestamp: string): number =>
  timestamp.split(':').reduce((total, part) => total * 60 + Number(part), 0);

/** Words as a reader compares them: whitespace runs count as one space. */
const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Reads a WebVTT file: cue timings and text (lines joined with a space, tags such as `<v Nurse>`
 * removed, entities decoded), skipping the header and NOTE, STYLE and REGION blocks.
 */
export function parseVtt(text: string): VttFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT([ \t].*)?$/.test(lines[0] ?? '')) return { cues: [], problems: ['line 1: a WebVTT file starts with the word WEBVTT'] };
  const cues: VttCue[] = [];
  const problems: string[] = [];
  let i = 1;
  while (i < lines.length && lines[i].trim() !== '') i++; // the header block
  while (i < lines.length) {
    if (lines[i].trim() === '') {
      i++;
      continue;
    }
    const first = i;
    const block: string[] = [];
    while (i < lines.length && lines[i].trim() !== '') block.push(lines[i++]);
    if (/^(NOTE|STYLE|REGION)([ \t]|$)/.test(block[0])) continue;
    const timingLine = block[0].includes('-->') ? 0 : 1; // an optional cue id comes first
    const timing = TIMING.exec(block[timingLine]?.trim() ?? '');
    if (!timing) {
      problems.push(`line ${first + timingLine + 1}: ${quote(block[timingLine] ?? block[0], 60)} is not a cue timing like 00:00:01.000 --> 00:00:04.000`);
      continue;
    }
    cues.push({ start: seconds(timing[1]), end: seconds(timing[2]), text: cueText(block.slice(timingLine + 1)) });
  }
  return { cues, problems };
}

function cueText(lines: readonly string[]): string {
  return normalise(
    lines
      .join(' ')
      .replace(/<[^>]*>/g, '')
      .replace(/&(amp|lt|gt|nbsp|lrm|rlm);/g, (_, name: string) => ENTITIES[name]),
  );
}

/** The captions say the transcript's words, cue for line, at the same times. */
export function checkCaptions(video: Video, vttText: string, videoPath: string, track = 0): Finding[] {
  const file = `${videoPath}.captions[${track}].src`;
  const error = (path: string, message: string, fix: string): Finding => ({ severity: 'error', rule: 'captions', path, message, fix });
  const { cues, problems } = parseVtt(vttText);
  if (problems.length) {
    return problems.slice(0, MAX_MISMATCHES).map((problem) =>
      error(file, `The caption file ${quote(video.captions[track]?.src ?? '')} cannot be read: ${problem}.`, 'Correct the caption file: each cue needs a timing line like 00:00:01.000 --> 00:00:04.000, then its text.'),
    );
  }
  const findings: Finding[] = [];
  const sameWords = 'Make the captions and the transcript match line for line: one caption for each transcript line, with the same words, in the same order.';
  if (cues.length !== video.transcript.length) {
    findings.push(error(file, `The caption file has ${cues.length} captions, but the transcript has ${video.transcript.length} lines.`, sameWords));
  }
  const mismatches: Finding[] = [];
  video.transcript.forEach((line, i) => {
    const cue = cues[i];
    if (!cue) return;
    const at = `${videoPath}.transcript[${i}]`;
    if (normalise(line.text) !== cue.text) {
      mismatches.push(error(`${at}.text`, `Caption ${i + 1} says ${quote(cue.text)}, but transcript line ${i + 1} says ${quote(normalise(line.text))}.`, sameWords));
    } else if (Math.abs(line.start - cue.start) > TIMING_TOLERANCE || Math.abs(line.end - cue.end) > TIMING_TOLERANCE) {
      mismatches.push(error(
        at,
        `Caption ${i + 1} shows from ${clock(cue.start)} to ${clock(cue.end)}, but transcript line ${i + 1} runs from ${clock(line.start)} to ${clock(line.end)}.`,
        `Give the caption and the transcript line the same start and end times (within ${TIMING_TOLERANCE} seconds).`,
      ));
    }
  });
  return [...findings, ...capped(mismatches, file, 'captions')];
}

/**
 * An audio-description track can be read as WebVTT, and every description falls within the
 * video: a player never reaches one that starts or ends after the video has ended.
 */
export function checkDescriptions(video: Video, vttText: string, videoPath: string, track = 0): Finding[] {
  const file = `${videoPath}.descriptions[${track}].src`;
  const src = quote(video.descriptions?.[track]?.src ?? '');
  const error = (message: string, fix: string): Finding => ({ severity: 'error', rule: 'descriptions', path: file, message, fix });
  const { cues, problems } = parseVtt(vttText);
  if (problems.length) {
    return problems.slice(0, MAX_MISMATCHES).map((problem) =>
      error(`The audio description file ${src} cannot be read: ${problem}.`, 'Correct the audio description file: it starts with WEBVTT, and each description needs a timing line like 00:00:01.000 --> 00:00:04.000, then its text.'),
    );
  }
  const fix = 'Check the description times against the video, or correct the duration: each description must start and end within the video.';
  const outside = cues.flatMap((cue, i) =>
    cue.start > video.duration || cue.end > video.duration
      ? [error(`Description ${i + 1} in ${src} (${quote(cue.text, 40)}) runs from ${clock(cue.start)} to ${clock(cue.end)}, after the end of the video (${clock(video.duration)}, its duration).`, fix)]
      : [],
  );
  return capped(outside, file, 'descriptions', (rest) => `${rest} more description${rest === 1 ? '' : 's'} in ${src} ${rest === 1 ? 'runs' : 'run'} past the end of the video in the same way.`);
}

/** Narration in the shape of scripts/media/narration.json. */
export function isNarration(value: unknown): value is NarrationChapter[] {
  const isText = (v: unknown): v is string => typeof v === 'string';
  return (
    Array.isArray(value) &&
    value.every((c: unknown) => {
      if (typeof c !== 'object' || c === null) return false;
      const { id, title, lines } = c as Record<string, unknown>;
      return isText(id) && isText(title) && Array.isArray(lines) && (lines as readonly unknown[]).every(isText);
    })
  );
}

/**
 * The transcript says what the voice says (the narration's lines, in order), and each chapter
 * has the narration's title and starts where its first line does.
 */
export function checkNarration(video: Video, narration: readonly NarrationChapter[], videoPath: string): Finding[] {
  const error = (path: string, message: string, fix: string): Finding => ({ severity: 'error', rule: 'narration', path, message, fix });
  const spoken = narration.flatMap((chapter) => chapter.lines.map(normalise));
  const sameWords = 'Make the transcript say exactly what the narration says, line for line (the narration is what the voice in the video says).';
  const findings: Finding[] = [];
  if (spoken.length !== video.transcript.length) {
    findings.push(error(`${videoPath}.transcript`, `The transcript has ${video.transcript.length} lines, but the narration has ${spoken.length}.`, sameWords));
  }
  const mismatches: Finding[] = [];
  video.transcript.forEach((line, i) => {
    if (i < spoken.length && normalise(line.text) !== spoken[i]) {
      mismatches.push(error(`${videoPath}.transcript[${i}].text`, `Transcript line ${i + 1} says ${quote(normalise(line.text))}, but the narration says ${quote(spoken[i])}.`, sameWords));
    }
  });
  findings.push(...capped(mismatches, `${videoPath}.transcript`, 'narration'));

  let firstLine = 0;
  for (const told of narration) {
    const c = video.chapters.findIndex((chapter) => chapter.id === told.id);
    const chapter = video.chapters[c];
    const first = video.transcript[firstLine];
    const previous = video.transcript[firstLine - 1];
    firstLine += told.lines.length;
    if (!chapter) continue;
    const at = `${videoPath}.chapters[${c}]`;
    if (normalise(chapter.title) !== normalise(told.title)) {
      findings.push(error(`${at}.title`, `Chapter ${quote(chapter.id)} is called ${quote(chapter.title)}, but the narration calls it ${quote(told.title)}.`, 'Use the same chapter title in the model and in the narration (the title is shown on the video).'));
    }
    if (first && spoken.length === video.transcript.length && (chapter.start > first.start || (previous && chapter.start < previous.start))) {
      findings.push(error(
        `${at}.start`,
        `Chapter ${quote(chapter.title)} starts at ${clock(chapter.start)}, but its first line (${quote(first.text, 40)}) starts at ${clock(first.start)}.`,
        'Start the chapter just before its first line, so choosing it plays that line.',
      ));
    }
  }
  return findings;
}

function capped(
  mismatches: readonly Finding[],
  path: string,
  rule: string,
  more = (rest: number) => `${rest} more line${rest === 1 ? '' : 's'} differ${rest === 1 ? 's' : ''} in the same way.`,
): Finding[] {
  if (mismatches.length <= MAX_MISMATCHES) return [...mismatches];
  const rest = mismatches.length - MAX_MISMATCHES;
  return [...mismatches.slice(0, MAX_MISMATCHES), { ...mismatches[0], rule, path, message: more(rest) }];
}
