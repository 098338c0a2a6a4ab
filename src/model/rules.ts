/**
 * The content rules a JSON Schema cannot express: references between parts of the model, dates
 * that must exist and follow each other, names that must lead to one drug, timings that must
 * fit the video. They run after the schema has passed, in the CLI and in the browser, so they
 * are pure and import nothing that needs Node.
 */
import type { ContentModel, Drug } from './types.js';
import { type Finding, type PathSegment, type Severity, clock, jsonPath, quote } from './findings.js';
import { isSafeHref } from './links.js';
import { normaliseName } from './lookup.js';
import { UNCOUNTED_BAND } from './vocabularies.js';

export interface RuleOptions {
  /** Today's date (YYYY-MM-DD), for review dates; default: today in UTC. */
  today?: string;
  /**
   * Today comes from a reader's device (the browser's check), whose clock and time zone may be
   * off: a review dated "in the future" is then a warning, not a reason to refuse content that
   * `validate` passed on the day it was signed off.
   */
  readerClock?: boolean;
}

interface Report {
  error(path: readonly PathSegment[], message: string, fix: string): void;
  warning(path: readonly PathSegment[], message: string, fix: string): void;
}

/** A rule: a function from a model to findings, carrying the id its findings are tagged with. */
export interface Rule {
  (model: ContentModel, options?: RuleOptions): Finding[];
  readonly id: string;
}

function defineRule(id: string, body: (model: ContentModel, report: Report, today: string, options: RuleOptions) => void): Rule {
  const rule = (model: ContentModel, options: RuleOptions = {}): Finding[] => {
    const findings: Finding[] = [];
    const add = (severity: Severity) => (path: readonly PathSegment[], message: string, fix: string) =>
      void findings.push({ severity, rule: id, path: jsonPath(path), message, fix });
    body(model, { error: add('error'), warning: add('warning') }, options.today ?? new Date().toISOString().slice(0, 10), options);
    return findings;
  };
  return Object.assign(rule, { id });
}

/** Every `sources` list cites sources the model lists; each source is listed once and cited. */
export const sourceIds = defineRule('source-ids', (model, report) => {
  const listed = new Map<string, number>();
  model.sources.forEach((source, i) => {
    const first = listed.get(source.id);
    if (first === undefined) listed.set(source.id, i);
    else {
      report.error(
        ['sources', i, 'id'],
        `Source id ${quote(source.id)} is used twice (also at ${jsonPath(['sources', first])}).`,
        'Give each source its own id, and check which of the two the statements that cite it mean.',
      );
    }
  });
  const cited = new Set<string>();
  walk(model, [], (node, path) => {
    // The model's own `sources` is the list of sources; every other `sources` cites them.
    const sources: unknown = node.sources;
    if (path.length === 0 || !Array.isArray(sources)) return;
    (sources as readonly unknown[]).forEach((id, i) => {
      if (typeof id !== 'string') return;
      cited.add(id);
      if (!listed.has(id)) {
        report.error(
          [...path, 'sources', i],
          `Cites source ${quote(id)}, which is not in the list of sources.`,
          `Add a source with id ${quote(id)} to $.sources, or cite one that exists.`,
        );
      }
    });
  });
  model.sources.forEach((source, i) => {
    if (!cited.has(source.id) && listed.get(source.id) === i) {
      report.warning(
        ['sources', i],
        `Source ${quote(source.id)} (${quote(source.title, 60)}) is listed, but nothing cites it.`,
        'Cite it where it supports a statement, or remove it from the list of sources.',
      );
    }
  });
});

/** Links, media, posters and captions: only addresses a reader can safely follow. */
export const links = defineRule('links', (model, report) => {
  walk(model, [], (node, path) => {
    for (const key of ['href', 'url', 'src'] as const) {
      const value = node[key];
      if (typeof value === 'string' && !isSafeHref(value)) {
        report.error(
          [...path, key],
          `${quote(value)} is not a web address (http or https) or a relative address, so it is not safe to follow.`,
          'Use a web address that starts with https://, or a relative address such as media/video.mp4.',
        );
      }
    }
  });
});

/** Dates exist, the next review comes after the last update, and a review is not dated ahead. */
export const dates = defineRule('dates', (model, report, today, options) => {
  const real = (path: readonly PathSegment[], value: string): boolean => {
    if (isCalendarDate(value)) return true;
    report.error(path, `${quote(value)} is not a real date.`, 'Write a date that exists, as YYYY-MM-DD, for example 2026-02-28.');
    return false;
  };
  const updated = real(['lastUpdated'], model.lastUpdated);
  if (real(['nextReview'], model.nextReview) && updated && model.nextReview <= model.lastUpdated) {
    report.error(
      ['nextReview'],
      `The next review (${model.nextReview}) is not after the last update (${model.lastUpdated}).`,
      'Set nextReview to the date the content is next due for review, later than lastUpdated.',
    );
  }
  const review = model.clinicalReview;
  if (!review || !real(['clinicalReview', 'date'], review.date)) return;
  if (review.date > today) {
    (options.readerClock ? report.warning : report.error)(
      ['clinicalReview', 'date'],
      `The clinical review is dated ${review.date}, which is in the future (today is ${today}).`,
      'Record a clinical review only once it has happened, with the date it happened.',
    );
  } else if (updated && review.date < model.lastUpdated) {
    report.warning(
      ['clinicalReview', 'date'],
      `The clinical review (${review.date}) is older than the last update (${model.lastUpdated}): the wording changed after the review.`,
      'Ask your clinical reviewer to check the changes, then set clinicalReview.date to the new review date. If the changes were not clinical, you can leave it.',
    );
  }
});

/** The next review date has passed: the widgets say so to readers. */
export const reviewDue = defineRule('review-due', (model, report, today) => {
  if (isCalendarDate(model.nextReview) && model.nextReview < today) {
    report.warning(
      ['nextReview'],
      `The content was due for review on ${model.nextReview}; the widgets now tell readers it is due for review.`,
      'Review the content, then set lastUpdated and nextReview to new dates.',
    );
  }
});

/** Every name a reader may type leads to one drug, and ids are unique where they are looked up. */
export const aliases = defineRule('aliases', (model, report) => {
  duplicateIds(model.drugs, ['drugs'], 'drug', report);
  model.drugs.forEach((drug, d) => duplicateIds(drug.sideEffects, ['drugs', d, 'sideEffects'], 'side effect', report));
  duplicateIds(model.videos, ['videos'], 'video', report);
  model.videos.forEach((video, v) => duplicateIds(video.chapters, ['videos', v, 'chapters'], 'chapter', report));

  const owners = new Map<string, { drug: number; path: PathSegment[] }>();
  model.drugs.forEach((drug, d) => {
    for (const { name, path } of namesOf(drug, d)) {
      const key = normaliseName(name);
      const owner = owners.get(key);
      if (!owner) owners.set(key, { drug: d, path });
      else if (owner.drug !== d && !(path.at(-1) === 'id' && owner.path.at(-1) === 'id')) {
        const other = model.drugs[owner.drug];
        report.error(
          path,
          `${quote(name)} leads to two drugs: ${drug.name} (${drug.id}) and ${other.name} (${other.id}, at ${jsonPath(owner.path)}). Names are compared ignoring case, spaces, hyphens and dots.`,
          `Remove it from one of the two drugs, so the name leads to one drug only.`,
        );
      }
    }
  });
});

/** Transcript lines and chapters fit the video and run forwards. */
export const cues = defineRule('cues', (model, report) => {
  model.videos.forEach((video, v) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['videos', v, ...rest];
    const length = `the end of the video (${clock(video.duration)}, its duration)`;
    video.transcript.forEach((cue, i) => {
      if (cue.start >= cue.end) {
        report.error(at('transcript', i), `Line ${i + 1} ends at ${clock(cue.end)}, not after it starts (${clock(cue.start)}).`, 'Make its end time later than its start time.');
      }
      const before = video.transcript[i - 1];
      // The issue's "cue times increase": two lines at one time cannot both be the current one.
      if (before && cue.start <= before.start) {
        report.error(
          at('transcript', i, 'start'),
          `Line ${i + 1} starts at ${clock(cue.start)}, ${cue.start === before.start ? 'at the same time as' : 'before'} line ${i} (${clock(before.start)}).`,
          'Put the lines in the order they are spoken, with start times that never go back.',
        );
      }
      if (cue.end > video.duration) {
        report.error(at('transcript', i, 'end'), `Line ${i + 1} ends at ${clock(cue.end)}, after ${length}.`, 'Check the times against the video, or correct the duration.');
      }
    });
    video.chapters.forEach((chapter, i) => {
      if (chapter.start >= video.duration) {
        report.error(at('chapters', i, 'start'), `Chapter ${quote(chapter.title)} starts at ${clock(chapter.start)}, at or after ${length}.`, 'Check the chapter times against the video, or correct the duration.');
      }
      const before = video.chapters[i - 1];
      if (before && chapter.start <= before.start) {
        report.error(
          at('chapters', i, 'start'),
          `Chapter ${quote(chapter.title)} starts at ${clock(chapter.start)}, not after the chapter before it (${clock(before.start)}).`,
          'List the chapters in the order they come in the video, each starting later than the one before.',
        );
      }
    });
  });
});

/**
 * Among a video's files is the video itself (an entry without a `role`). The schema's "at least
 * one file" is met by a sign-language version alone, which shows beside the video: without the
 * video there is nothing for it to show beside.
 */
export const videoMedia = defineRule('video-media', (model, report) => {
  model.videos.forEach((video, v) => {
    if (video.media.some((file) => file.role === undefined)) return;
    report.error(
      ['videos', v, 'media'],
      `The video ${quote(video.title, 60)} lists no file of the video itself: every file in media has a role (${[...new Set(video.media.map((file) => quote(file.role)))].join(', ')}), so there is nothing to play.`,
      'Add the video file itself to media, without a "role" (one entry for each format, such as MP4 and WebM). Keep the sign-language version as an extra entry with "role": "sign-language".',
    );
  });
});

/** A recorded clinical review names the person who did it. */
export const clinicalReview = defineRule('clinical-review', (model, report) => {
  const by = model.clinicalReview?.by;
  if (by !== undefined && isPlaceholderName(by)) {
    report.error(
      ['clinicalReview', 'by'],
      `${quote(by)} does not name the clinician who reviewed the content.`,
      'Write the reviewer\'s name and role, for example "Dr Jane Smith, consultant oncologist". If no clinician has reviewed it yet, remove clinicalReview.',
    );
  }
});

/** Frequencies use a scale the model defines, with a range that reads the right way round. */
export const frequency = defineRule('frequency', (model, report) => {
  duplicateIds(model.frequencyScales, ['frequencyScales'], 'frequency scale', report);
  const scales = model.frequencyScales.map((s) => s.id);
  model.drugs.forEach((drug, d) =>
    drug.sideEffects.forEach((effect, e) => {
      const { band, per100, scale } = effect.frequency;
      const at = (...rest: PathSegment[]): PathSegment[] => ['drugs', d, 'sideEffects', e, 'frequency', ...rest];
      if (!scales.includes(scale)) {
        report.error(at('scale'), `The frequency scale ${quote(scale)} is not in the list of scales.`, `Use the id of a scale in $.frequencyScales: ${scales.map((s) => quote(s)).join(', ')}.`);
      }
      if (per100 && per100.min > per100.max) {
        report.error(at('per100'), `The range runs backwards: min (${per100.min}) is more than max (${per100.max}).`, 'Swap the two numbers so min is the smaller one.');
      }
      const bands = model.frequencyScales.find((s) => s.id === scale)?.bands;
      if (bands && !Object.hasOwn(bands, band)) {
        const named = Object.keys(bands).map((b) => quote(b)).join(', ');
        report.error(at('band'), `The scale ${quote(scale)} has no band ${quote(band)}: its bands are ${named}, and the list would show it under no heading of that scale.`, `Use one of ${named}, or add ${quote(band)} to the scale's bands with its heading.`);
      }
      if (band === UNCOUNTED_BAND && per100 !== null) {
        report.error(at('per100'), `The band is ${quote(UNCOUNTED_BAND)}, but a number of people is given.`, 'Set per100 to null, or choose the band that the number belongs to.');
      }
    }),
  );
});

/** The locale is a language tag that browsers (and screen readers) understand. */
export const locale = defineRule('locale', (model, report) => {
  try {
    Intl.getCanonicalLocales(model.locale);
  } catch {
    report.error(['locale'], `${quote(model.locale)} is not a valid language tag.`, 'Use a language tag such as en-GB, cy or fr-FR.');
  }
});

/**
 * Placeholders the widgets fill, where they fill them: a care card's heading, signs and action
 * (from the host's attributes, else `help`). A misspelt one shows literally, and a card whose
 * `{adviceLine}` is misspelt also loses its tap-to-call link; anywhere else a `{word}` is never
 * filled.
 */
export const PLACEHOLDERS = ['adviceLine', 'highTemperature', 'lowTemperature'] as const;

export const placeholders = defineRule('placeholders', (model, report) => {
  const check = (path: readonly PathSegment[], text: string, allowed: readonly string[]) => {
    for (const [, name] of text.matchAll(/\{(\w+)\}/g)) {
      if (allowed.includes(name)) continue;
      report.error(
        path,
        allowed.length
          ? `{${name}} is not a placeholder the widgets fill, so readers would see it as written.`
          : `{${name}} is never filled here, so readers would see it as written.`,
        allowed.length ? `Use one of ${allowed.map((p) => `{${p}}`).join(', ')}, or write the words themselves.` : 'Write the words themselves: placeholders work only in care cards.',
      );
    }
  };
  walk(model, [], (node, path) => {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$schema') continue;
      // Strings in lists too (otherNames, aliases), each at its own index.
      const items = Array.isArray(value) ? value.map((v, i) => [[...path, key, i], v] as const) : [[[...path, key], value] as const];
      for (const [at, text] of items) if (typeof text === 'string') check(at, text, isCareCardPath(at) ? PLACEHOLDERS : []);
    }
  });
});

/** drugs[d].careCards[c].(heading | action.text | signs[i].text): where placeholders are filled. */
const isCareCardPath = (path: readonly PathSegment[]): boolean =>
  path[0] === 'drugs' && path[2] === 'careCards' && (path[4] === 'heading' || path[4] === 'action' || path[4] === 'signs');

export const RULES: readonly Rule[] = [sourceIds, links, dates, reviewDue, aliases, cues, videoMedia, clinicalReview, frequency, locale, placeholders];

/** Runs every rule. Call it only on a model that passed the schema: rules trust its shape. */
export const checkRules = (model: ContentModel, options: RuleOptions = {}): Finding[] =>
  RULES.flatMap((rule) => rule(model, options));

/** A YYYY-MM-DD date that exists: 2026-02-30 does not. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Words people write where a name should go, until they know it; a review signed "TBC" or
 * copied from the README's "Dr A Example" would tell patients a clinician checked it.
 */
export function isPlaceholderName(by: string): boolean {
  const name = by.trim().toLowerCase();
  if (!/\p{L}/u.test(name)) return true;
  if (/[[<{].*[\]>}]|\bexample\b|lorem ipsum/.test(name)) return true;
  const bare = name.replace(/^(dr|prof|professor|mr|mrs|ms|miss|mx|nurse)\b\.?\s*/, '').replace(/[.,;:!?]+$/, '').trim();
  return /^(tbc|tbd|tba|todo|fixme|x+|n\/?a|none|nobody|unknown|name|reviewer|someone|test|a n other|anon(ymous)?)$/.test(bare);
}

function duplicateIds(items: readonly { id: string }[], path: readonly PathSegment[], what: string, report: Report): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, i);
    else {
      report.error(
        [...path, i, 'id'],
        `The ${what} id ${quote(item.id)} is used twice (also at ${jsonPath([...path, first])}).`,
        `Give each ${what} its own id.`,
      );
    }
  });
}

function namesOf(drug: Drug, d: number): { name: string; path: PathSegment[] }[] {
  return [
    { name: drug.id, path: ['drugs', d, 'id'] },
    { name: drug.name, path: ['drugs', d, 'name'] },
    ...drug.otherNames.map((name, i) => ({ name, path: ['drugs', d, 'otherNames', i] })),
    ...drug.aliases.map((name, i) => ({ name, path: ['drugs', d, 'aliases', i] })),
  ];
}

type Node = Record<string, unknown>;

/** Visits every object in the model with its path, depth first in document order. */
function walk(node: unknown, path: PathSegment[], visit: (node: Node, path: PathSegment[]) => void): void {
  if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i], visit));
  else if (node !== null && typeof node === 'object') {
    visit(node as Node, path);
    for (const [key, value] of Object.entries(node)) walk(value, [...path, key], visit);
  }
}
