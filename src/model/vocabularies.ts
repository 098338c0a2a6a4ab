/**
 * The content model's fixed vocabularies: every closed list of ids a model may use, defined here
 * once, in the order readers meet them. The schema (schema.ts) turns each into an `enum`, the
 * types come from them, and the widgets, the validator and the snippet builder import them from
 * here, never a copy.
 *
 * Bands (how common) and care levels (how urgent) are the two the widgets act on, so what each
 * id means to the code lives here too: the order groups and cards are shown in, which band never
 * has a number, which card carries the host's crisis line. What readers see is kept where its
 * tools need it: the words (`band` and `careLevel` in i18n/messages.ts) stay in the one file
 * lit-localize extracts message ids from, in tables typed `Record<Band | CareLevel, …>` so a new
 * id without words fails to compile; the colours are CSS classes named after the ids
 * (side-effect-list.styles.ts), as styles are never built from strings.
 */

/**
 * How-common bands, most common first: the order of the side-effect list's groups and of its
 * `filter` attribute. Each frequency scale names the ones it uses.
 */
export const BANDS = ['very-common', 'common', 'occasional', 'uncommon', 'not-known'] as const;
export type Band = (typeof BANDS)[number];

export const isBand = (value: string): value is Band => (BANDS as readonly string[]).includes(value);

/**
 * The band of side effects no cited source puts a number on: it never has a per-100 number (the
 * validator says so), and readers see "Not known" where other side effects show one.
 */
export const UNCOUNTED_BAND = 'not-known' satisfies Band;

/** Care-card levels in NHS.UK order: the least urgent first, building to the emergency. */
export const CARE_LEVELS = ['non-urgent', 'urgent', 'emergency'] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];

/** Care cards about mental health also show the host's own crisis line. */
export const CARE_TOPICS = ['mental-health'] as const;
export type CareTopic = (typeof CARE_TOPICS)[number];

/** The host's own crisis line goes on the urgent mental-health card, beside the national lines it names. */
export const showsCrisisLine = (card: { level: CareLevel; topic?: CareTopic }): boolean =>
  card.level === 'urgent' && card.topic === 'mental-health';

/** Clinical terminologies a drug code may come from. */
export const CODE_SYSTEMS = ['ATC', 'SNOMED CT', 'NCI Thesaurus', 'RxNorm'] as const;
export type CodeSystem = (typeof CODE_SYSTEMS)[number];

/** What a video's media file is, besides the video itself (which has no role). */
export const MEDIA_ROLES = ['sign-language'] as const;
export type MediaRole = (typeof MEDIA_ROLES)[number];

/** Formats a downloadable transcript may have. */
export const TRANSCRIPT_TYPES = ['text/plain', 'text/vtt'] as const;
export type TranscriptType = (typeof TRANSCRIPT_TYPES)[number];
