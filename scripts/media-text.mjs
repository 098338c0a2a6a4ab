// Writes the demo video's text files, from the same words as the video itself:
//
//   node scripts/media-text.mjs           (or: npm run media:text) writes them
//   node scripts/media-text.mjs --check   writes nothing; exits 1 and lists each file that
//                                         differs from what it would write
//
// From scripts/media/narration.json (what the voice says, chapter by chapter), the video's
// content file (chapter and line times, as scripts/media.sh measured them) and model.json
// (sources, dates, publisher), it writes:
//
//   src/media/subcutaneous-injection.en.txt               a transcript a patient can download
//                                                         and print, with its sources and dates
//   src/media/subcutaneous-injection.en.descriptions.vtt  audio description: what is on screen
//                                                         that the narration does not say
//   src/content/en-GB/videos/subcutaneous-injection.json  gains `descriptions` and
//                                                         `transcriptFile`, pointing at the two
//
// scripts/media.sh runs it last, so remaking the video keeps these in step. It needs no
// ffmpeg, so a change to the sources or the review dates is one quick run.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const NAME = 'subcutaneous-injection';
const NARRATION = 'scripts/media/narration.json';
const VIDEO = `src/content/en-GB/videos/${NAME}.json`;
const MODEL = 'src/content/en-GB/model.json';
const TRANSCRIPT = `media/${NAME}.en.txt`;
const DESCRIPTIONS = `media/${NAME}.en.descriptions.vtt`;

/** Lines of the printable transcript stay this short where a word break allows it. */
const WIDTH = 80;
/**
 * How long each description cue lasts: media.sh leaves this much silence (its LEAD) before each
 * chapter's first line, so the cue ends before the voice starts. A player that speaks the
 * description pauses the video while it is longer than that.
 */
const DESCRIPTION_SECONDS = 0.2;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2026-12-01 → "1 December 2026". Not Intl: its output depends on the ICU data Node ships. */
export function longDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || !MONTHS[Number(match[2]) - 1]) throw new Error(`media-text: ${JSON.stringify(iso)} is not a date as YYYY-MM-DD`);
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** Seconds → m:ss, rounded down: the time a player shows when the line has begun. */
export function minutes(seconds) {
  const whole = Math.floor(seconds + 1e-6);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Seconds → a WebVTT timestamp, hh:mm:ss.ttt. */
const timestamp = (seconds) => {
  const ms = Math.round(seconds * 1000);
  const [h, m, s] = [Math.floor(ms / 3_600_000), Math.floor(ms / 60_000) % 60, Math.floor(ms / 1000) % 60];
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
};

/** Text as a WebVTT cue says it: &, < and > would otherwise start an entity or a tag. */
const cueText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Words wrapped to WIDTH; later lines start with `indent`. A word longer than a line (a URL) keeps its own line. */
function wrap(text, first = '', indent = '') {
  const lines = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = indent + word;
    } else line = empty ? line + word : `${line} ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

const underline = (text, mark) => [text, mark.repeat(text.length)];

/**
 * The chapters as the voice tells them, each with its start and its lines' starts from the video.
 * Fails unless the video says exactly what the narration says: then media.sh needs running.
 */
export function toldChapters(narration, video) {
  const fail = (why) => {
    throw new Error(`media-text: ${VIDEO} does not match ${NARRATION} (${why}); run bash scripts/media.sh`);
  };
  if (narration.length !== video.chapters.length) fail(`${video.chapters.length} chapters, ${narration.length} in the narration`);
  const spoken = narration.flatMap((chapter) => chapter.lines);
  if (spoken.length !== video.transcript.length) fail(`${video.transcript.length} transcript lines, ${spoken.length} in the narration`);
  let next = 0;
  return narration.map((told, c) => {
    const chapter = video.chapters[c];
    if (chapter.id !== told.id || chapter.title !== told.title) fail(`chapter ${c + 1} is ${JSON.stringify(chapter.title)}, not ${JSON.stringify(told.title)}`);
    const lines = told.lines.map((text) => {
      const cue = video.transcript[next++];
      if (cue.text !== text) fail(`transcript line ${next} is ${JSON.stringify(cue.text)}, not ${JSON.stringify(text)}`);
      return { start: cue.start, text };
    });
    return { id: told.id, title: told.title, start: chapter.start, sources: told.sources ?? [], lines };
  });
}

/** The printable transcript: title, illustration note, the words by chapter, sources, dates. */
export function transcriptText({ narration, video, model }) {
  const chapters = toldChapters(narration, video);
  const byId = new Map(model.sources.map((source) => [source.id, source]));
  // Times line up in a column, however long the video.
  const column = Math.max(...chapters.flatMap((c) => c.lines.map((l) => minutes(l.start).length))) + 2;
  const out = [...underline(video.title, '='), ''];
  if (video.illustration) out.push(...wrap(video.illustration), '');
  out.push(...underline('Transcript', '-'), '', ...wrap('Each line starts with its time in the video, in minutes and seconds.'), '');
  chapters.forEach((chapter, c) => {
    out.push(...underline(`Part ${c + 1} of ${chapters.length}: ${chapter.title} (from ${minutes(chapter.start)})`, '.'));
    for (const line of chapter.lines) out.push(...wrap(line.text, minutes(line.start).padEnd(column), ' '.repeat(column)));
    out.push('');
  });
  out.push(...underline('Sources', '-'), '');
  for (const id of video.sources) {
    const source = byId.get(id);
    if (!source) throw new Error(`media-text: the video cites ${id}, which ${MODEL} does not list`);
    out.push(...wrap(source.title, '- ', '  '));
    if (source.publisher) out.push(...wrap(source.publisher, '  ', '  '));
    if (source.url) out.push(`  ${source.url}`);
  }
  const review = model.clinicalReview;
  out.push(
    '',
    ...wrap(`Last updated: ${longDate(model.lastUpdated)} (wording; this is not a clinical review)`),
    ...wrap(review ? `Clinically reviewed by ${review.by} on ${longDate(review.date)}.` : 'Not yet reviewed by a clinician.'),
    ...wrap(`Next review due: ${longDate(model.nextReview)}`),
    ...wrap(`Publisher: ${model.publisher}`),
  );
  return `${out.join('\n')}\n`;
}

/**
 * The audio description. The voice reads every word the slides show except each slide's
 * heading (the chapter title) and its "Illustration" label (see the slides in media.sh, step
 * 5), so the first cue says how the slides look and each cue names its chapter.
 */
export function descriptionsVtt({ narration, video }) {
  const chapters = toldChapters(narration, video);
  const count = chapters.length;
  const note = [
    'NOTE',
    ...wrap(
      `Generated by scripts/media-text.mjs from ${NARRATION} and the chapter times in ${VIDEO}: ` +
        'do not edit by hand. The descriptions say what the slides show besides the spoken words: ' +
        'a heading with the chapter title, and an "Illustration" label in the top right corner.',
    ),
    ...wrap(`What they say comes from the narration's chapters, which cite these sources (ids in ${MODEL}):`),
    ...chapters.map((c, i) => `Part ${i + 1}, ${c.title}: ${c.sources.length ? c.sources.join(', ') : 'none (it is about the video itself)'}`),
  ];
  const cues = chapters.map((chapter, i) => {
    const part = `Part ${i + 1} of ${count}: ${chapter.title}.`;
    const text = i === 0 ? `Slides with a heading and the words being spoken. A label in the top right corner says Illustration. ${part}` : part;
    return [chapter.id, `${timestamp(chapter.start)} --> ${timestamp(chapter.start + DESCRIPTION_SECONDS)}`, cueText(text)].join('\n');
  });
  return `WEBVTT\n\n${note.join('\n')}\n\n${cues.join('\n\n')}\n`;
}

/** The video's content with both files linked, just after its captions, in media.sh's format. */
export function videoJson({ video }) {
  const linked = {
    descriptions: [{ src: DESCRIPTIONS, srclang: 'en', label: 'English audio description' }],
    transcriptFile: { src: TRANSCRIPT, type: 'text/plain' },
  };
  const out = {};
  for (const [key, value] of Object.entries(video)) {
    if (key in linked) continue;
    out[key] = value;
    if (key === 'captions') Object.assign(out, linked);
  }
  if (!('captions' in out)) throw new Error(`media-text: ${VIDEO} has no captions`);
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Every file this script owns, path → the text it should have. */
export function expectedFiles(root = ROOT) {
  const read = (path) => JSON.parse(readFileSync(resolve(root, path), 'utf8'));
  const input = { narration: read(NARRATION), video: read(VIDEO), model: read(MODEL) };
  return {
    [`src/${TRANSCRIPT}`]: transcriptText(input),
    [`src/${DESCRIPTIONS}`]: descriptionsVtt(input),
    [VIDEO]: videoJson(input),
  };
}

function main(args) {
  const check = args.includes('--check');
  const unknown = args.filter((a) => a !== '--check');
  if (unknown.length) {
    console.error(`media-text: unknown argument ${unknown[0]}\nUsage: node scripts/media-text.mjs [--check]`);
    return 2;
  }
  const differ = [];
  for (const [path, text] of Object.entries(expectedFiles())) {
    let now = null;
    try {
      now = readFileSync(resolve(ROOT, path), 'utf8');
    } catch {
      // Missing: it differs.
    }
    if (now === text) continue;
    differ.push(path);
    if (!check) writeFileSync(resolve(ROOT, path), text);
  }
  if (check) {
    if (!differ.length) return 0;
    console.error(`media-text: these files differ from what scripts/media-text.mjs writes; run npm run media:text\n${differ.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  console.log(differ.length ? `media-text: wrote ${differ.join(', ')}` : 'media-text: all files up to date');
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
