/**
 * `cytokine-widgets validate`: checks a content model file before it is published, with the
 * same schema and rules as the widgets, plus what only a build machine can check (that the
 * caption files and the narration say what the transcript says, and that the audio-description
 * files fit the video). Runs in Node.
 */
// tsconfig.json loads no global types, so browser code cannot lean on Node's; this file needs them.
/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ContentModel, Video } from '../model/types.js';
import { type Finding, errorCount, jsonPath, quote } from '../model/findings.js';
import { checkModel } from '../model/check.js';
import { isCalendarDate } from '../model/rules.js';
import { checkCaptions, checkDescriptions, checkNarration, isNarration, type NarrationChapter } from '../model/media-rules.js';
import { isSafeHref } from '../model/links.js';
import { MAX_MODEL_BYTES } from '../model/fetch-json.js';
import { syntaxError } from '../model/json-syntax.js';
import { sameLanguage } from '../model/locale.js';
import { checkCatalogue, type Catalogue } from '../i18n/catalogue.js';
import sourceCatalogue from '../i18n/generated/en-GB.json';

export interface ValidateOptions {
  /** Today's date (YYYY-MM-DD) for review dates; default: today in UTC. */
  today?: string;
  /** The folder relative media addresses start from; default: the model file's folder. */
  mediaBase?: string;
  /** A narration file in the form of scripts/media/narration.json, checked against the transcript. */
  narration?: string;
}

export interface ValidateResult {
  findings: Finding[];
  /** The parsed JSON, when the file could be read as JSON. */
  model?: unknown;
}

export async function validateFile(path: string, options: ValidateOptions = {}): Promise<ValidateResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return { findings: [fileProblem(path, e)] };
  }
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if ('problem' in parsed) return { findings: [parsed.problem] };
  const raw = parsed.value;
  const bytes = Buffer.byteLength(text);
  const tooLarge: Finding[] = bytes > MAX_MODEL_BYTES
    ? [{ severity: 'error', rule: 'file', path: '$', message: `The file is ${bytes} bytes; the widgets refuse anything over ${MAX_MODEL_BYTES} bytes (2 MB).`, fix: 'Split it: one file per language, or move videos to a file of their own.' }]
    : [];
  if (isCatalogueShaped(raw)) return { findings: [...tooLarge, ...catalogueFindings(raw)] };
  // The browser's check, word for word; then what only files on disk can show.
  const findings = [...tooLarge, ...checkModel(raw, { today: options.today }).findings];
  if (findings.some((f) => f.rule === 'schema')) return { findings, model: raw };
  const model = raw as ContentModel;
  const mediaBase = options.mediaBase ?? dirname(path);
  for (const [v, video] of model.videos.entries()) {
    findings.push(...(await captionFindings(model, video, v, mediaBase)), ...(await descriptionFindings(video, v, mediaBase)));
  }
  if (options.narration !== undefined) findings.push(...(await narrationFindings(model, options.narration)));
  return { findings, model: raw };
}

/** A message catalogue rather than a model: it has `messages`, and no drugs or videos. */
const isCatalogueShaped = (raw: unknown): boolean =>
  typeof raw === 'object' && raw !== null && 'messages' in raw && !('drugs' in raw) && !('videos' in raw);

/**
 * A hospital's translation of dist/messages/en-GB.json, checked as the widgets check it: the
 * same ids and {placeholders}. Ids it lacks are a warning (they show in British English).
 */
function catalogueFindings(raw: unknown): Finding[] {
  const { errors, missing } = checkCatalogue(raw, sourceCatalogue as Catalogue);
  const findings: Finding[] = errors.map((line) => {
    const at = line.indexOf(': ');
    return {
      severity: 'error',
      rule: 'catalogue',
      path: line.slice(0, at),
      message: `${line.slice(at + 2)}.`,
      fix: 'Compare it with dist/messages/en-GB.json: keep its ids and {placeholders} exactly, and translate only the words around them.',
    };
  });
  if (missing.length) {
    findings.push({
      severity: 'warning',
      rule: 'catalogue',
      path: '$.messages',
      message: `No text for ${missing.length} message${missing.length === 1 ? '' : 's'} (${missing.join(', ')}): ${missing.length === 1 ? 'it shows' : 'they show'} in British English.`,
      fix: 'Translate them from dist/messages/en-GB.json, which has a note on each for the translator.',
    });
  }
  return findings;
}

/** Compares each caption track in the model's own language with the transcript. */
async function captionFindings(model: ContentModel, video: Video, v: number, mediaBase: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const [t, track] of video.captions.entries()) {
    // A translation has other words.
    if (!sameLanguage(track.srclang, model.locale) || !isSafeHref(track.src)) continue;
    const path = jsonPath(['videos', v, 'captions', t, 'src']);
    const file = await readMediaFile(track.src, mediaBase);
    if ('text' in file) findings.push(...checkCaptions(video, file.text, jsonPath(['videos', v]), t));
    else {
      findings.push(unread(file, 'captions', path, {
        web: `The captions at ${quote(track.src)} are on the web, so they were not compared with the transcript: this command does not download files.`,
        webFix: 'Check them with a copy on disk: run the command with --media-base DIR and the caption file at a relative address.',
        missing: (at) => `The caption file ${quote(track.src)} is not at ${at}, so the captions were not compared with the transcript.`,
      }));
    }
  }
  return findings;
}

/** Checks each audio-description track, in any language: it must be WebVTT and fit the video. */
async function descriptionFindings(video: Video, v: number, mediaBase: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const [t, track] of (video.descriptions ?? []).entries()) {
    if (!isSafeHref(track.src)) continue;
    const path = jsonPath(['videos', v, 'descriptions', t, 'src']);
    const file = await readMediaFile(track.src, mediaBase);
    if ('text' in file) findings.push(...checkDescriptions(video, file.text, jsonPath(['videos', v]), t));
    else {
      findings.push(unread(file, 'descriptions', path, {
        web: `The audio description at ${quote(track.src)} is on the web, so it was not checked: this command does not download files.`,
        webFix: 'Check it with a copy on disk: run the command with --media-base DIR and the audio description file at a relative address.',
        missing: (at) => `The audio description file ${quote(track.src)} is not at ${at}, so it was not checked.`,
      }));
    }
  }
  return findings;
}

/** The warning for a media file this command could not read: on the web, or not where it looked. */
function unread(
  file: { web: true } | { missing: string },
  rule: string,
  path: string,
  words: { web: string; webFix: string; missing: (at: string) => string },
): Finding {
  return 'web' in file
    ? { severity: 'warning', rule, path, message: words.web, fix: words.webFix }
    : { severity: 'warning', rule, path, message: words.missing(file.missing), fix: MEDIA_BASE_FIX };
}

const MEDIA_BASE_FIX =
  'Check the address, or run the check again with --media-base DIR, where DIR is the folder that media addresses start from (for a copy of dist/content/en-GB.json, the dist folder).';

/** A media file named by a safe address: its text, or that it is on the web, or where it was looked for. */
async function readMediaFile(src: string, mediaBase: string): Promise<{ text: string } | { web: true } | { missing: string }> {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(src)) return { web: true };
  // A root-relative address ("/media/x.vtt") starts from the site's root: --media-base stands for it.
  const file = fileURLToPath(new URL(src.replace(/^\/+/, ''), pathToFileURL(`${mediaBase.replace(/[\\/]*$/, '')}/`)));
  try {
    return { text: await readFile(file, 'utf8') };
  } catch {
    return { missing: file };
  }
}

async function narrationFindings(model: ContentModel, path: string): Promise<Finding[]> {
  const problem = (message: string, fix: string): Finding[] => [{ severity: 'error', rule: 'narration', path: '$', message, fix }];
  let narration: unknown;
  try {
    narration = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    return problem(`The narration file ${path} cannot be read: ${e instanceof Error ? e.message : String(e)}.`, 'Check the file name given to --narration.');
  }
  if (!isNarration(narration)) {
    return problem(`The narration file ${path} is not a list of chapters with an id, a title and lines.`, 'Give --narration a file in the form of scripts/media/narration.json.');
  }
  const v = narratedVideo(model.videos, narration);
  if (v < 0) return problem('None of the videos has the chapters of the narration file.', 'Check that the narration belongs to a video in this model: its chapter ids should match the video\'s.');
  return checkNarration(model.videos[v], narration, jsonPath(['videos', v]));
}

/** The video the narration is for: the only one, or the one sharing most chapter ids with it. */
function narratedVideo(videos: readonly Video[], narration: readonly NarrationChapter[]): number {
  if (videos.length === 1) return 0;
  const shared = videos.map((video) => video.chapters.filter((c) => narration.some((n) => n.id === c.id)).length);
  const most = Math.max(0, ...shared);
  return most === 0 ? -1 : shared.indexOf(most);
}

function fileProblem(path: string, e: unknown): Finding {
  const code = (e as { code?: unknown } | null)?.code;
  const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code === 'EACCES' ? 'permission was refused' : e instanceof Error ? e.message : String(e);
  return { severity: 'error', rule: 'file', path: '$', message: `Cannot read ${path}: ${why}.`, fix: 'Check the file name and the folder you ran the command in.' };
}

function parseJson(text: string): { value: unknown } | { problem: Finding } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    const at = syntaxError(text);
    const where = at ? `at line ${at.line}, column ${at.column} ${at.found} where there should be ${at.expected}` : e instanceof Error ? e.message : String(e);
    return {
      problem: {
        severity: 'error',
        rule: 'json',
        path: '$',
        message: `The file is not valid JSON: ${where}.`,
        fix: 'Correct the JSON there: look for a missing comma or quote, a comma after the last item of a list, or a bracket that is not closed. An editor that checks JSON shows the spot.',
      },
    };
  }
}


export interface FormatOptions {
  color?: boolean;
  /** The parsed model, to say whether a clinical review is recorded. */
  model?: unknown;
}

/** The report a person reads: errors, then warnings, each with where, what and how to fix it. */
export function formatFindings(file: string, findings: readonly Finding[], { color = false, model }: FormatOptions = {}): string {
  const paint = (code: string) => (text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const [red, yellow, cyan, dim, bold] = ['31', '33', '36', '2', '1'].map(paint);
  const errors = errorCount(findings);
  const warnings = findings.length - errors;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const lines: string[] = [];
  if (findings.length) lines.push(`${bold(safe(file))}: ${[errors && count(errors, 'error'), warnings && count(warnings, 'warning')].filter(Boolean).join(', ')}`);
  const sorted = [...findings].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
  for (const f of sorted) {
    const severity = f.severity === 'error' ? red(f.severity.padEnd(8)) : yellow(f.severity.padEnd(8));
    lines.push(`  ${severity} ${cyan(safe(f.path))}   ${dim(safe(f.rule))}`, `           ${safe(f.message)}`, `           Fix: ${safe(f.fix)}`);
  }
  if (errors) lines.push(`${bold(safe(file))}: ${red('not valid')} (${count(errors, 'error')}).`);
  else {
    lines.push(`${bold(safe(file))}: valid${warnings ? `, with ${count(warnings, 'warning')}` : ''}.`);
    lines.push(`  ${reviewStatus(model)}`);
  }
  return `${lines.join('\n')}\n`;
}

function reviewStatus(model: unknown): string {
  const review = (model as Partial<ContentModel> | undefined)?.clinicalReview;
  return review
    ? `Clinical review recorded: ${safe(quote(review.by))} on ${safe(review.date)}.`
    : 'No clinical review is recorded, so the widgets say "Not yet clinically reviewed". Add clinicalReview only once a clinician has signed the content off.';
}

/** Control characters would let a model's text drive the terminal: show them as escapes. */
const safe = (text: string): string =>
  text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const USAGE = `Usage:
  cytokine-widgets validate FILE... [--today YYYY-MM-DD] [--media-base DIR] [--narration FILE] [--json]
      Checks content model files (JSON) against the schema and the content rules: sources that
      exist, safe links, real dates in order, names that lead to one drug, transcript timings,
      frequencies, placeholders, that the captions say what the transcript says, and that the
      audio-description files are WebVTT and fit within the video. A message
      catalogue (a translation of dist/messages/en-GB.json) is checked against the English one:
      the same ids and {placeholders}. Exit code 0 when valid
      (warnings allowed), 1 when a file has errors, 2 when the command is used wrongly.
      --today       the date to check review dates against (default: today)
      --media-base  the folder that relative caption and audio-description addresses start
                    from (default: the folder of each model file)
      --narration   a narration file like scripts/media/narration.json: the transcript must
                    say its lines, in order
      --json        print the findings as JSON
`;

interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env?: Readonly<Record<string, string | undefined>>;
}

/** `cytokine-widgets validate …`; resolves to the exit code. */
export async function main(args: readonly string[], io: Io = process): Promise<number> {
  const usage = (problem: string) => {
    io.stderr.write(`cytokine-widgets validate: ${problem}\n\n${USAGE}`);
    return 2;
  };
  const files: string[] = [];
  const options: ValidateOptions = {};
  let json = false;
  const valued = { '--today': 'today', '--media-base': 'mediaBase', '--narration': 'narration' } as const;
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') ? args[i].split(/=(.*)/s) : [args[i]];
    if (flag === '--help' || flag === '-h') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (flag === '--json') json = true;
    else if (Object.hasOwn(valued, flag)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return usage(`${flag} needs a value.`);
      options[valued[flag as keyof typeof valued]] = value;
    } else if (flag.startsWith('-')) return usage(`unknown option ${flag}.`);
    else files.push(args[i]);
  }
  if (!files.length) return usage('name at least one model file.');
  if (options.today !== undefined && !isCalendarDate(options.today)) return usage(`--today must be a real date as YYYY-MM-DD, not ${quote(options.today)}.`);

  const env = io.env ?? {};
  const color = env.FORCE_COLOR ? env.FORCE_COLOR !== '0' : Boolean(io.stdout.isTTY) && !env.NO_COLOR;
  const results = [];
  for (const file of files) results.push({ file, ...(await validateFile(file, options)) });
  if (json) {
    const report = results.map(({ file, findings, model }) => ({
      file,
      valid: errorCount(findings) === 0,
      clinicalReview: (model as Partial<ContentModel> | undefined)?.clinicalReview ?? null,
      findings,
    }));
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout.write(results.map(({ file, findings, model }) => formatFindings(file, findings, { color, model })).join('\n'));
  }
  return results.some(({ findings }) => errorCount(findings) > 0) ? 1 : 0;
}
