/**
 * The fixed vocabularies of the content model, in one place: the schema, the types, the
 * elements and the validator all read them from here.
 */

/** How-common bands, most common first. Each frequency scale names the ones it uses. */
export const BANDS = ['very-common', 'common', 'occasional', 'uncommon', 'not-known'] as const;
export type Band = (typeof BANDS)[number];

/** Care-card levels in NHS.UK order: the least urgent first, building to the emergency. */
export const CARE_LEVELS = ['non-urgent', 'urgent', 'emergency'] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];

/** Clinical terminologies a drug code may come from. */
export const CODE_SYSTEMS = ['ATC', 'SNOMED CT', 'NCI Thesaurus', 'RxNorm'] as const;
export type CodeSystem = (typeof CODE_SYSTEMS)[number];

/** Care cards about mental health also show the host's own crisis line. */
export const CARE_TOPICS = ['mental-health'] as const;
export type CareTopic = (typeof CARE_TOPICS)[number];

export const isBand = (value: string): value is Band => (BANDS as readonly string[]).includes(value);

/** What a video's media file is, besides the video itself (which has no role). */
export const MEDIA_ROLES = ['sign-language'] as const;
export type MediaRole = (typeof MEDIA_ROLES)[number];

/** Formats a downloadable transcript may have. */
export const TRANSCRIPT_TYPES = ['text/plain', 'text/vtt'] as const;
export type TranscriptType = (typeof TRANSCRIPT_TYPES)[number];
