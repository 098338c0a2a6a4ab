/**
 * The content model, defined once. The TypeScript types (types.ts) and the published JSON
 * Schema (dist/schema.json, written by scripts/gen-schema.mjs) both come from this module, and
 * the validator that checks host content is compiled from that schema by Ajv.
 *
 * Only types from here reach the browser bundle (`import type`): the widgets never load TypeBox.
 * Rules a schema cannot express (cited sources exist, dates are real, cue times...) are in
 * rules.ts. `description` is what a content designer sees when their editor autocompletes a
 * field; `errorMessage` is the fix shown when a pattern does not match.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { BANDS, CARE_LEVELS, CARE_TOPICS, CODE_SYSTEMS, MEDIA_ROLES, TRANSCRIPT_TYPES, type Band, type CareLevel, type CareTopic, type CodeSystem } from './vocabularies.js';
import { VERSION } from '../shared/version.js';

/**
 * The schema's address, once the package is on npm (jsDelivr serves every published version).
 * It names the line of versions that share one model: the minor version while the package is
 * 0.x (where a minor version may change the model), the major version from 1.0. So it stays put
 * for every release a model written today keeps working with, and moves when the model changes.
 */
const [major, minor] = VERSION.split('.');
export const SCHEMA_ID = `https://cdn.jsdelivr.net/npm/cytokine-widgets@${major === '0' ? `0.${minor}` : major}/dist/schema.json`;

type Options = Record<string, unknown>;

const Text = (description?: string, extra: Options = {}) =>
  Type.String({ minLength: 1, maxLength: 2000, ...(description && { description }), ...extra });
const List = <T extends TSchema>(items: T, extra: Options = {}) => Type.Array(items, { maxItems: 200, ...extra });
const Strict = { additionalProperties: false };
/** A fixed vocabulary as a plain `enum`, which reads better in editors and errors than anyOf. */
const OneOf = <T extends string>(values: readonly T[], description: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], description });

const IsoDate = (description: string) =>
  Text(description, { pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10, errorMessage: 'Write the date as YYYY-MM-DD, for example 2026-12-01.' });
const Id = (description: string) =>
  Text(description, { pattern: '^[a-z0-9-]+$', maxLength: 60, errorMessage: 'Use lower-case letters, digits and hyphens only, for example "interferon-alfa".' });
const SourceId = Text('The id of an entry in the model\'s `sources`.', {
  pattern: '^[A-Za-z0-9_-]+$',
  maxLength: 40,
  errorMessage: 'Source ids use letters, digits, hyphens and underscores only, for example "S12".',
});
const SourceIds = List(SourceId, { minItems: 1, description: 'Ids of the sources this text comes from; at least one.' });
const Seconds = (description: string) => Type.Number({ minimum: 0, maximum: 86400, description });

const definitions = Type.Module({
  Statement: Type.Object({ text: Text('One or a few plain-English sentences.'), sources: SourceIds }, Strict),
  Block: Type.Object({
    text: Text('A paragraph.'),
    sources: SourceIds,
    list: Type.Optional(List(Type.Ref('Statement'), { minItems: 1, description: 'A bulleted list after the paragraph.' })),
  }, Strict),
  Section: Type.Object({
    heading: Text('The section heading.'),
    body: List(Type.Ref('Block'), { minItems: 1 }),
    more: Type.Optional(Type.Object({
      summary: Text('The words on the "show more" control, e.g. "Some of the ways it works".'),
      body: List(Type.Ref('Block'), { minItems: 1 }),
    }, { ...Strict, description: 'More detail, shown behind a disclosure the reader opens.' })),
  }, Strict),
  Source: Type.Object({
    id: Text('Short id that statements cite, e.g. "S1".', { pattern: '^[A-Za-z0-9_-]+$', maxLength: 40, errorMessage: 'Source ids use letters, digits, hyphens and underscores only, for example "S12".' }),
    title: Text('Title of the page or document.'),
    publisher: Text('Who published it, e.g. "NHS" or "Cancer Research UK".'),
    url: Type.Optional(Text('Its address (http or https).')),
  }, Strict),
  Link: Type.Object({
    text: Text('The link text: say where it goes.'),
    href: Text('http, https or a relative address.'),
    sources: Type.Optional(SourceIds),
  }, Strict),
  DrugCode: Type.Object({
    system: OneOf<CodeSystem>(CODE_SYSTEMS, 'The terminology the code comes from.'),
    code: Text('The code.', { maxLength: 40 }),
    display: Text('What the code stands for.'),
    sources: SourceIds,
  }, Strict),
  Frequency: Type.Object({
    band: OneOf<Band>(BANDS, 'The band on the scale named by `scale`.'),
    words: Text('How common, in words, e.g. "Very common: more than 10 in 100 people".'),
    per100: Type.Unsafe<{ min: number; max: number } | null>({
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['min', 'max'],
      properties: {
        min: { type: 'number', minimum: 0, maximum: 100 },
        max: { type: 'number', minimum: 0, maximum: 100 },
      },
      description: 'People affected out of 100, as a range; null when no cited source gives a number.',
    }),
    scale: Text('The id of the frequency scale the band belongs to.'),
    sources: SourceIds,
  }, Strict),
  FrequencyScale: Type.Object({
    id: Text('Id that frequencies use in `scale`.'),
    name: Text('Name of the scale.'),
    description: Text('What the bands of this scale mean.'),
    bands: Type.Optional(Type.Partial(Type.Object(Object.fromEntries(BANDS.map((b) => [b, Text()])) as Record<Band, ReturnType<typeof Text>>, Strict), {
      description: 'Group headings for the bands this scale uses, e.g. { "common": "Common: more than 10 in 100 people" }.',
    })),
    sources: SourceIds,
  }, Strict),
  SideEffect: Type.Object({
    id: Id('Stable id, unique within the drug.'),
    name: Text('Name of the side effect, in everyday words.'),
    description: Type.Ref('Statement'),
    whatToDo: List(Type.Ref('Statement')),
    frequency: Type.Ref('Frequency'),
    serious: Type.Optional(Type.Boolean({ description: 'Serious enough to come first, whatever its frequency.' })),
  }, Strict),
  Phone: Type.Object({
    label: Text('What the number is, e.g. "Samaritans (free, 24 hours)".'),
    number: Text('The number, digits and spaces.', { pattern: '^[0-9 +]{3,20}$', maxLength: 20, errorMessage: 'Write the number with digits and spaces only, for example "116 123".' }),
    sources: SourceIds,
  }, Strict),
  CareCard: Type.Object({
    level: OneOf<CareLevel>(CARE_LEVELS, 'How urgent, as NHS.UK care cards grade it; the widgets show the least urgent first.'),
    topic: Type.Optional(OneOf<CareTopic>(CARE_TOPICS, 'What the card is about: on the urgent mental-health card the widgets add the host\'s own crisis line.')),
    heading: Text('What the card is about. May use {highTemperature} and {lowTemperature}.'),
    signs: List(Type.Ref('Statement'), { minItems: 1, description: 'Signs that call for this level of help.' }),
    action: Type.Ref('Statement'),
    phones: Type.Optional(List(Type.Ref('Phone'))),
  }, Strict),
  Drug: Type.Object({
    id: Id('Stable id used in the drug attribute, e.g. "interferon-alfa".'),
    name: Text('Display name.'),
    otherNames: List(Text(), { description: 'Other names shown to readers (brands, abbreviations).' }),
    aliases: List(Text(), { description: 'Extra spellings the drug attribute accepts (any case).' }),
    summary: Type.Ref('Statement'),
    whatItIs: Type.Ref('Section'),
    howItWorks: Type.Ref('Section'),
    howYouHaveIt: Type.Ref('Section'),
    usedFor: Type.Ref('Section'),
    safety: List(Type.Ref('Section'), { description: 'Keeping safe: pregnancy and fertility, other medicines, conditions to tell the team about.' }),
    sideEffects: List(Type.Ref('SideEffect')),
    careCards: List(Type.Ref('CareCard')),
    codes: List(Type.Ref('DrugCode')),
    links: List(Type.Ref('Link')),
  }, Strict),
  CaptionTrack: Type.Object({
    src: Text('Address of the WebVTT file.'),
    srclang: Text('Language of the captions, e.g. "en".'),
    label: Text('Name of the track in the captions menu.'),
  }, Strict),
  VideoMedia: Type.Object({
    src: Text('Address of the video file.'),
    type: Text('MIME type, e.g. "video/mp4".', { pattern: '^video/', errorMessage: 'Give a video MIME type such as "video/mp4" or "video/webm".' }),
    role: Type.Optional(OneOf(MEDIA_ROLES, 'What the file is: leave out for the video itself (list one file per format); "sign-language" for a signed version of the same video, same length, shown with it when a reader asks.')),
    label: Type.Optional(Text('For a sign-language file: the name of the sign language readers see, e.g. "British Sign Language (BSL)".', { maxLength: 80 })),
  }, Strict),
  Chapter: Type.Object({ id: Text('Chapter id.'), start: Seconds('Where the chapter starts, in seconds.'), title: Text('Chapter title.') }, Strict),
  Cue: Type.Object({ start: Seconds('Start, in seconds.'), end: Seconds('End, in seconds.'), text: Text('What is said.') }, Strict),
  Video: Type.Object({
    id: Id('Id used in the video attribute.'),
    title: Text('Title of the video.'),
    description: Type.Ref('Statement'),
    illustration: Type.Optional(Text('Tells readers the video is an illustration, not real footage.')),
    duration: Seconds('Length in seconds.'),
    poster: Type.Optional(Type.Object({ src: Text('Address of the still image.'), alt: Text('What the image shows.') }, Strict)),
    media: List(Type.Ref('VideoMedia'), { minItems: 1 }),
    captions: List(Type.Ref('CaptionTrack')),
    descriptions: Type.Optional(List(Type.Ref('CaptionTrack'), { description: 'Audio description (WebVTT, kind "descriptions"): what is on screen that the narration does not say, spoken when a reader turns audio description on.' })),
    transcriptFile: Type.Optional(Type.Object({
      src: Text('Address of the transcript file on your own site (a .txt or .vtt), offered as "Download transcript".'),
      type: OneOf(TRANSCRIPT_TYPES, 'MIME type of the file.'),
    }, Strict)),
    chapters: List(Type.Ref('Chapter')),
    transcript: List(Type.Ref('Cue'), { maxItems: 2000, description: 'What is said, cue by cue; must match the captions.' }),
    sources: SourceIds,
  }, Strict),
  HelpSettings: Type.Object({
    adviceLine: Text('Replaces {adviceLine} in care cards, e.g. "your treatment team\'s 24-hour advice line".'),
    highTemperature: Text('Replaces {highTemperature}, e.g. "37.5 °C".'),
    lowTemperature: Text('Replaces {lowTemperature}, e.g. "36 °C".'),
    sources: SourceIds,
  }, Strict),
  ClinicalReview: Type.Object({
    by: Text('Who signed it off: name, role and organisation.'),
    date: IsoDate('The date of the sign-off (YYYY-MM-DD).'),
  }, { ...Strict, description: 'A clinical sign-off. Leave it out unless a named clinician really reviewed this copy.' }),
  ContentModel: Type.Object({
    $schema: Type.Optional(Text('Address of this schema, for editors.')),
    version: Text('Content version (semver). Bump it whenever wording or facts change.', { pattern: '^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$', maxLength: 40, errorMessage: 'Write a version number like "1.2.0".' }),
    locale: Text('Language of the content (BCP 47), e.g. "en-GB" or "cy".', { pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$', maxLength: 35, errorMessage: 'Use a language tag such as "en-GB" or "cy".' }),
    lastUpdated: IsoDate('When the wording last changed (YYYY-MM-DD). Editorial: not a clinical review.'),
    nextReview: IsoDate('When the content is next due for review (YYYY-MM-DD).'),
    clinicalReview: Type.Optional(Type.Ref('ClinicalReview')),
    publisher: Text('Who publishes and reviews this copy.'),
    help: Type.Ref('HelpSettings'),
    sources: List(Type.Ref('Source'), { minItems: 1 }),
    frequencyScales: List(Type.Ref('FrequencyScale')),
    // A model may hold only videos (a bundled video module, or a hospital's own video).
    drugs: List(Type.Ref('Drug')),
    videos: List(Type.Ref('Video')),
  }, Strict),
});

export const ContentModelSchema = definitions.Import('ContentModel');

/** The model's parts, by name, as TypeScript types: `Model['Drug']`, `Model['Statement']`... */
export type Model = { [K in keyof typeof parts]: Static<(typeof parts)[K]> };

/** Each part as its own schema, for tools that check a piece of a model. */
export const parts = {
  Statement: definitions.Import('Statement'),
  Block: definitions.Import('Block'),
  Section: definitions.Import('Section'),
  Source: definitions.Import('Source'),
  Link: definitions.Import('Link'),
  DrugCode: definitions.Import('DrugCode'),
  Frequency: definitions.Import('Frequency'),
  FrequencyScale: definitions.Import('FrequencyScale'),
  SideEffect: definitions.Import('SideEffect'),
  Phone: definitions.Import('Phone'),
  CareCard: definitions.Import('CareCard'),
  Drug: definitions.Import('Drug'),
  CaptionTrack: definitions.Import('CaptionTrack'),
  VideoMedia: definitions.Import('VideoMedia'),
  Chapter: definitions.Import('Chapter'),
  Cue: definitions.Import('Cue'),
  Video: definitions.Import('Video'),
  HelpSettings: definitions.Import('HelpSettings'),
  ClinicalReview: definitions.Import('ClinicalReview'),
  ContentModel: ContentModelSchema,
};
