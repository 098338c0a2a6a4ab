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

/** A field that is one of the parts below, described as that field (a `$ref` may carry its own description). */
const Ref = <Name extends string>(name: Name, description: string) => Type.Ref(name, { description });

const definitions = Type.Module({
  Statement: Type.Object({
    text: Text('What the reader sees: one short paragraph, one idea, in plain English. Plain text: no HTML, no Markdown.'),
    sources: SourceIds,
  }, { ...Strict, description: 'A statement: one short paragraph and the ids of the sources it comes from.' }),
  Block: Type.Object({
    text: Text('A paragraph, in plain text.'),
    sources: SourceIds,
    list: Type.Optional(List(Type.Ref('Statement'), { minItems: 1, description: 'Bullet points after the paragraph, each a statement; at least one. Write items as the ends of the paragraph\'s sentence: small letter, no full stop.' })),
  }, { ...Strict, description: 'A paragraph in a section, which may introduce a bulleted list.' }),
  Section: Type.Object({
    heading: Text('The section\'s heading: short, in sentence case, e.g. "How you have it".'),
    body: List(Type.Ref('Block'), { minItems: 1, description: 'The paragraphs shown at once: what most readers need. At least one.' }),
    more: Type.Optional(Type.Object({
      summary: Text('The words on the "show more" control: say what is inside, e.g. "How often, and having it at home", not "Read more".'),
      body: List(Type.Ref('Block'), { minItems: 1, description: 'The paragraphs behind the control. At least one.' }),
    }, { ...Strict, description: 'Detail some readers need, behind a disclosure the reader opens.' })),
  }, { ...Strict, description: 'A titled part of a medicine\'s card, with optional detail behind a "show more" control.' }),
  Source: Type.Object({
    id: Text('A short id that statements cite, e.g. "S7": letters, digits, - and _, up to 40 characters, each only once.', { pattern: '^[A-Za-z0-9_-]+$', maxLength: 40, errorMessage: 'Source ids use letters, digits, hyphens and underscores only, for example "S12".' }),
    title: Text('Title of the page or document, e.g. "Symptoms of infection".'),
    publisher: Text('Who published it, e.g. "NHS" or "Cancer Research UK".'),
    url: Type.Optional(Text('Its web address (http or https). Leave it out for a printed leaflet.')),
  }, { ...Strict, description: 'A public source the content cites. The widgets list the sources under the content.' }),
  Link: Type.Object({
    text: Text('The link text. It must make sense on its own: say where it goes.'),
    href: Text('Where it goes: an http or https address, or a relative one such as "/leaflets/interferon".'),
    sources: Type.Optional(SourceIds),
  }, { ...Strict, description: 'A link to more information.' }),
  DrugCode: Type.Object({
    system: OneOf<CodeSystem>(CODE_SYSTEMS, 'The terminology the code comes from.'),
    code: Text('The code, e.g. "L03AB04".', { maxLength: 40 }),
    display: Text('What the code stands for, e.g. "interferon alfa-2a".'),
    sources: SourceIds,
  }, { ...Strict, description: 'A code for the medicine in a clinical terminology, for search engines and clinical systems. Ask your pharmacy or clinical informatics team to check it.' }),
  Frequency: Type.Object({
    band: OneOf<Band>(BANDS, 'The band on the scale named by `scale`: use a band that scale defines.'),
    words: Text('How common, in words, as readers see it: say the number of people, e.g. "Common: more than 10 in 100 people".'),
    per100: Type.Unsafe<{ min: number; max: number } | null>({
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['min', 'max'],
      properties: {
        min: { type: 'number', minimum: 0, maximum: 100, description: 'The fewest people out of 100 (0 to 100).' },
        max: { type: 'number', minimum: 0, maximum: 100, description: 'The most people out of 100 (0 to 100, not less than min). The same number as min for "about 19 in 100".' },
      },
      description: 'People affected out of 100, as a range, when a cited source gives a number; null when none does (and always with the not-known band): never guess one.',
    }),
    scale: Text('The id of the frequency scale the band belongs to: one of the model\'s frequencyScales.'),
    sources: SourceIds,
  }, { ...Strict, description: 'How common a side effect is: a band on a named scale, in words, and as people out of 100.' }),
  FrequencyScale: Type.Object({
    id: Text('The id frequencies use in `scale`, e.g. "licence". Each id only once.'),
    name: Text('Name of the scale, shown after each frequency in brackets, e.g. "Medicine licence".'),
    description: Text('What the bands of this scale mean, with the numbers for every band it uses; shown under "About these numbers".'),
    bands: Type.Optional(Type.Partial(Type.Object(Object.fromEntries(BANDS.map((b) => [b, Text(`The heading of the group of "${b}" side effects on this scale.`)])) as Record<Band, ReturnType<typeof Text>>, Strict), {
      description: 'Group headings for the bands this scale uses, e.g. { "common": "Common: more than 10 in 100 people" }.',
    })),
    sources: SourceIds,
  }, { ...Strict, description: 'A frequency scale. Sources give the same words ("common") different meanings, so each frequency names its scale.' }),
  SideEffect: Type.Object({
    id: Id('A short id for the side effect, e.g. "flu-like-symptoms", different from the medicine\'s other side effects.'),
    name: Text('What readers see in the list: the word a patient would use, with the medical term in brackets if it helps.'),
    description: Ref('Statement', 'What it is and what it feels like.'),
    whatToDo: List(Type.Ref('Statement'), { description: 'What the reader can do about it, each a statement. May be empty.' }),
    frequency: Ref('Frequency', 'How common it is.'),
    serious: Type.Optional(Type.Boolean({ description: 'true puts it first, under "Serious side effects: know the signs", whatever its frequency: for side effects that need help straight away.' })),
  }, { ...Strict, description: 'A side effect of the medicine.' }),
  Phone: Type.Object({
    label: Text('Who the number is for, and when it is open, e.g. "Samaritans (free, 24 hours)".'),
    number: Text('The number: digits, spaces and +, 3 to 20 characters.', { pattern: '^[0-9 +]{3,20}$', maxLength: 20, errorMessage: 'Write the number with digits and spaces only, for example "116 123".' }),
    sources: SourceIds,
  }, { ...Strict, description: 'A number to call, shown as a tap-to-call link. Check numbers at every review.' }),
  CareCard: Type.Object({
    level: OneOf<CareLevel>(CARE_LEVELS, 'How urgent, as NHS.UK care cards grade it; the widgets show the least urgent first.'),
    topic: Type.Optional(OneOf<CareTopic>(CARE_TOPICS, 'What the card is about: on the urgent mental-health card the widgets add the host\'s own crisis line.')),
    heading: Text('Who to call, and when, e.g. "Call {adviceLine} straight away, day or night, if:". May use {adviceLine}, {highTemperature} and {lowTemperature}.'),
    signs: List(Type.Ref('Statement'), { minItems: 1, description: 'Signs that call for this level of help, each written as the end of the heading\'s sentence. At least one.' }),
    action: Ref('Statement', 'What to do. May use the same placeholders as the heading.'),
    phones: Type.Optional(List(Type.Ref('Phone'), { description: 'Numbers to call, shown as tap-to-call links.' })),
  }, { ...Strict, description: 'When-to-get-help advice in the style of NHS.UK care cards.' }),
  Drug: Type.Object({
    id: Id('The id web pages use in drug="…", e.g. "interferon-alfa". Do not change it once pages use it.'),
    name: Text('The name readers see as the title, e.g. "Interferon alfa".'),
    otherNames: List(Text(), { description: 'Other names shown to readers under the title (brands, abbreviations): explain each, e.g. "Intron A (interferon alfa-2b)".' }),
    aliases: List(Text(), { description: 'Other spellings web pages may use in drug="…", not shown to readers. Matched without capitals, spaces, dots or hyphens; no alias may belong to two medicines.' }),
    summary: Ref('Statement', 'One or two sentences under the name.'),
    whatItIs: Ref('Section', 'What the medicine is.'),
    howItWorks: Ref('Section', 'How it works.'),
    howYouHaveIt: Ref('Section', 'How it is given, how often, at home or in hospital.'),
    usedFor: Ref('Section', 'What it is used for.'),
    safety: List(Type.Ref('Section'), { description: 'Keeping safe: pregnancy and fertility, other medicines and vaccines, conditions to tell the team about.' }),
    sideEffects: List(Type.Ref('SideEffect'), { description: 'The side effects.' }),
    careCards: List(Type.Ref('CareCard'), { description: 'When to get help: care cards, shown non-urgent, urgent, then emergency.' }),
    codes: List(Type.Ref('DrugCode'), { description: 'Codes for the medicine in clinical terminologies, for search engines and clinical systems.' }),
    links: List(Type.Ref('Link'), { description: 'Links to more information.' }),
  }, { ...Strict, description: 'A medicine: what it is, how it works, how you have it, what it is used for, keeping safe, side effects and when to get help.' }),
  CaptionTrack: Type.Object({
    src: Text('Address of the WebVTT file: relative to the web page, or a full https address.'),
    srclang: Text('Language of the text, e.g. "en".'),
    label: Text('Name of the track in the player\'s menu, e.g. "English".'),
  }, { ...Strict, description: 'A caption or audio description track (WebVTT).' }),
  VideoMedia: Type.Object({
    src: Text('Address of the video file: relative to the web page, or a full https address.'),
    type: Text('MIME type, e.g. "video/mp4".', { pattern: '^video/', errorMessage: 'Give a video MIME type such as "video/mp4" or "video/webm".' }),
    role: Type.Optional(OneOf(MEDIA_ROLES, 'What the file is: leave out for the video itself (list one file per format); "sign-language" for a signed version of the same video, same length, shown with it when a reader asks.')),
    label: Type.Optional(Text('For a sign-language file: the name of the sign language readers see, e.g. "British Sign Language (BSL)".', { maxLength: 80 })),
  }, { ...Strict, description: 'A file of the video: the video itself (one entry per format), or a signed version of it.' }),
  Chapter: Type.Object({
    id: Text('Chapter id, each only once.'),
    start: Seconds('Where the chapter starts, in seconds from the beginning: later than the chapter before, before the end of the video.'),
    title: Text('Chapter title.'),
  }, { ...Strict, description: 'A point in the video readers can jump to.' }),
  Cue: Type.Object({
    start: Seconds('When the line starts, in seconds: no earlier than the line before.'),
    end: Seconds('When the line ends, in seconds: after it starts, within the video\'s duration.'),
    text: Text('What is said.'),
  }, { ...Strict, description: 'One line of the transcript; the captions say the same at the same times.' }),
  Video: Type.Object({
    id: Id('The id web pages use in video="…", e.g. "subcutaneous-injection".'),
    title: Text('Title of the video.'),
    description: Ref('Statement', 'What the video shows.'),
    illustration: Type.Optional(Text('Tells readers the video is an illustration, not real footage. Use it whenever the video is not real footage.')),
    duration: Seconds('Length in seconds, as a number (119.2, not "1:59").'),
    poster: Type.Optional(Type.Object({ src: Text('Address of the still image.'), alt: Text('What the image shows, for people who cannot see it.') }, { ...Strict, description: 'The picture shown before the video plays.' })),
    media: List(Type.Ref('VideoMedia'), { minItems: 1, description: 'The video files, best first, and a sign-language version if you have one. At least one file of the video itself (without a role); include an MP4, which every browser plays.' }),
    captions: List(Type.Ref('CaptionTrack'), { description: 'Caption files (WebVTT). The captions must say what the transcript says.' }),
    descriptions: Type.Optional(List(Type.Ref('CaptionTrack'), { description: 'Audio description (WebVTT, kind "descriptions"): what is on screen that the narration does not say, spoken when a reader turns audio description on.' })),
    transcriptFile: Type.Optional(Type.Object({
      src: Text('Address of the transcript file on your own site (a .txt or .vtt), offered as "Download transcript".'),
      type: OneOf(TRANSCRIPT_TYPES, 'MIME type of the file.'),
    }, { ...Strict, description: 'The transcript as a file readers can download and print, with the same words as transcript.' })),
    chapters: List(Type.Ref('Chapter'), { description: 'Points readers can jump to, in order.' }),
    transcript: List(Type.Ref('Cue'), { maxItems: 2000, description: 'What is said, cue by cue; must match the captions.' }),
    sources: SourceIds,
  }, { ...Strict, description: 'A video, with its files, captions, chapters and transcript.' }),
  HelpSettings: Type.Object({
    adviceLine: Text('Replaces {adviceLine} in care cards, e.g. "your treatment team\'s 24-hour advice line".'),
    highTemperature: Text('Replaces {highTemperature}, e.g. "37.5 °C".'),
    lowTemperature: Text('Replaces {lowTemperature}, e.g. "36 °C".'),
    sources: SourceIds,
  }, { ...Strict, description: 'Your advice line and temperature thresholds, used in care cards; a page\'s own attributes win over them.' }),
  ClinicalReview: Type.Object({
    by: Text('Who signed it off: name, role and organisation.'),
    date: IsoDate('The date of the sign-off (YYYY-MM-DD).'),
  }, { ...Strict, description: 'A clinical sign-off. Leave it out unless a named clinician really reviewed this copy.' }),
  ContentModel: Type.Object({
    $schema: Type.Optional(Text('Where editors find this schema, from this file (e.g. "./node_modules/cytokine-widgets/dist/schema.json"). The widgets ignore it.')),
    version: Text('Content version (semver). Bump it whenever wording or facts change.', { pattern: '^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$', maxLength: 40, errorMessage: 'Write a version number like "1.2.0".' }),
    locale: Text('Language of the content (BCP 47), e.g. "en-GB" or "cy".', { pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$', maxLength: 35, errorMessage: 'Use a language tag such as "en-GB" or "cy".' }),
    lastUpdated: IsoDate('When the wording last changed (YYYY-MM-DD). Editorial: not a clinical review.'),
    nextReview: IsoDate('When the content is next due for review (YYYY-MM-DD).'),
    clinicalReview: Type.Optional(Ref('ClinicalReview', 'Who signed the content off, and when. Only for a review that happened.')),
    publisher: Text('Who publishes and reviews this copy; shown at the foot of each widget.'),
    help: Ref('HelpSettings', 'Your advice line and temperatures, used in care cards.'),
    sources: List(Type.Ref('Source'), { minItems: 1, description: 'Every source the content cites. At least one.' }),
    frequencyScales: List(Type.Ref('FrequencyScale'), { description: 'The scales that side-effect frequencies use.' }),
    // A model may hold only videos (a bundled video module, or a hospital's own video).
    drugs: List(Type.Ref('Drug'), { description: 'The medicines.' }),
    videos: List(Type.Ref('Video'), { description: 'The videos.' }),
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
