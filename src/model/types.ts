/**
 * The content model: everything the widgets say, as data.
 *
 * The same shape is described by `schema.json`; `load.ts` validates any model (bundled or
 * host-supplied) against that schema before an element renders it. Every clinical statement
 * carries the ids of the sources it comes from, so a reviewer can trace each sentence.
 */

/** A public source a statement is taken from. */
export interface Source {
  /** Short id that statements point at, e.g. `S1`. */
  id: string;
  title: string;
  publisher: string;
  /** http(s) URL of the source page. Unsafe URLs are dropped by the loader. */
  url?: string;
}

/** One plain-English sentence (or a few) and the sources that support it. */
export interface Statement {
  text: string;
  /** Ids from {@link ContentModel.sources}; at least one. */
  sources: string[];
}

/** A paragraph, optionally introducing a bulleted list. */
export interface Block extends Statement {
  list?: Statement[];
}

/** A titled part of the card. Content in `more` is shown behind a native disclosure. */
export interface Section {
  heading: string;
  body: Block[];
  more?: {
    /** Text of the disclosure control, e.g. "Some of the ways it works". */
    summary: string;
    body: Block[];
  };
}

/** A link the reader can follow for more information. */
export interface Link {
  text: string;
  /** http, https or relative; anything else is dropped by the loader. */
  href: string;
  sources?: string[];
}

/** A code that identifies the drug in a clinical terminology. */
export interface DrugCode {
  system: 'ATC' | 'SNOMED CT' | 'NCI Thesaurus' | 'RxNorm';
  code: string;
  display: string;
  sources: string[];
}

/** How common a side effect is, in words and as a number of people out of 100. */
export interface Frequency {
  /**
   * The band on the scale named by `scale`. Scales name their bands differently: UK patient
   * pages say "common" for more than 10 in 100 and "occasional" for 1 to 10 in 100; medicine
   * licences say "very common" for 10 or more in 100 and "common" for 1 to 10 in 100.
   */
  band: 'very-common' | 'common' | 'occasional' | 'uncommon' | 'not-known';
  /** The frequency in words, e.g. "Very common: more than 10 in 100 people". */
  words: string;
  /** People affected out of 100; `null` when no cited source gives a number. */
  per100: { min: number; max: number } | null;
  /** Id of the {@link FrequencyScale} the band belongs to. */
  scale: string;
  sources: string[];
}

/** A frequency scale; sources define their bands differently, so readers see which one applies. */
export interface FrequencyScale {
  id: string;
  name: string;
  description: string;
  /** Group headings for the bands of this scale, e.g. `{ common: "Common: more than 10 in 100 people" }`. */
  bands?: Partial<Record<Frequency['band'], string>>;
  sources: string[];
}

export interface SideEffect {
  id: string;
  name: string;
  description: Statement;
  whatToDo: Statement[];
  frequency: Frequency;
  /** Serious enough to come first, whatever its frequency (e.g. capillary leak, suicidal thoughts). */
  serious?: boolean;
}

export type CareLevel = 'non-urgent' | 'urgent' | 'emergency';

/** A number to call from a care card, made into a tap-to-call link from its digits. */
export interface Phone {
  /** What the number is, e.g. "Samaritans (free, 24 hours)". */
  label: string;
  number: string;
  sources: string[];
}

/** When-to-get-help advice in the style of NHS.UK care cards. */
export interface CareCard {
  level: CareLevel;
  /** `mental-health` cards also show the host's own crisis line (the `crisis-line` attribute). */
  topic?: 'mental-health';
  heading: string;
  /** Signs that call for this level of help. */
  signs: Statement[];
  /** What to do. May contain `{adviceLine}`, replaced with the host's advice line. */
  action: Statement;
  /** Numbers to call, as tap-to-call links. */
  phones?: Phone[];
}

export interface Drug {
  /** Stable id used in the `drug` attribute, e.g. `interferon-alfa`. */
  id: string;
  /** Display name. */
  name: string;
  /** Other names shown to readers (brands, abbreviations). */
  otherNames: string[];
  /** Extra spellings accepted by the `drug` attribute (matched case-insensitively). */
  aliases: string[];
  /** One sentence under the name. */
  summary: Statement;
  whatItIs: Section;
  howItWorks: Section;
  howYouHaveIt: Section;
  usedFor: Section;
  /** Keeping safe: pregnancy and fertility, other medicines and vaccines, conditions to tell the team about. */
  safety: Section[];
  sideEffects: SideEffect[];
  careCards: CareCard[];
  codes: DrugCode[];
  links: Link[];
}

/** A caption or subtitle track. */
export interface CaptionTrack {
  src: string;
  srclang: string;
  label: string;
}

export interface VideoMedia {
  src: string;
  /** MIME type, e.g. `video/mp4`. */
  type: string;
}

export interface Chapter {
  id: string;
  start: number;
  title: string;
}

export interface Cue {
  start: number;
  end: number;
  text: string;
}

export interface Video {
  id: string;
  title: string;
  description: Statement;
  /** Tells readers when the video is an illustration rather than real footage. */
  illustration?: string;
  /** Length in seconds. */
  duration: number;
  /** Optional: dropped by the loader when its URL is unsafe. */
  poster?: { src: string; alt: string };
  media: VideoMedia[];
  captions: CaptionTrack[];
  chapters: Chapter[];
  transcript: Cue[];
  sources: string[];
}

/** Words the widgets use around the content (headings, labels), so a host model can translate them. */
export interface Labels {
  otherNames: string;
  moreInformation: string;
  sources: string;
  /** "Last updated" (an editorial date, not a clinical review). */
  lastUpdated: string;
  nextReview: string;
  /** Shown when the model has no clinical review. */
  notReviewed: string;
  /** e.g. "Clinically reviewed by {by} on {date}." */
  reviewedBy: string;
  /** Shown after the next review date has passed. */
  reviewDue: string;
  /** A host's own crisis line on mental-health care cards; `{crisisLine}` is replaced. */
  localCrisisLine: string;
  /** Heading of the group of serious side effects, shown first. */
  serious: string;
  codes: string;
  /** Title of the side-effect list; `{drug}` is replaced with the drug's name. */
  sideEffects: string;
  howCommon: string;
  whatYouCanDo: string;
  whenToGetHelp: string;
  aboutNumbers: string;
  /** e.g. "{min} to {max} in 100 people". */
  per100Range: string;
  /** e.g. "{n} in 100 people". */
  per100Exact: string;
  phone: string;
  noneInGroups: string;
  notKnown: string;
  careLevels: Record<CareLevel, string>;
  /** Frequency group headings, keyed by band. */
  bands: Record<Frequency['band'], string>;
  transcript: string;
  chapters: string;
  play: string;
  illustration: string;
}

/** Defaults for the words a host usually sets itself (its own advice line, its fever threshold). */
export interface HelpSettings {
  /** Replaces `{adviceLine}` in care cards, e.g. "your treatment team's 24-hour advice line". */
  adviceLine: string;
  /** Replaces `{highTemperature}`, e.g. "37.5 °C". Hospitals differ, so hosts may set their own. */
  highTemperature: string;
  /** Replaces `{lowTemperature}`, e.g. "36 °C". */
  lowTemperature: string;
  sources: string[];
}

export interface ClinicalReview {
  /** Who signed it off, e.g. "Dr A Example, consultant oncologist, St Example Hospital". */
  by: string;
  /** ISO date (YYYY-MM-DD) of the sign-off. */
  date: string;
}

export interface ContentModel {
  /** Content version (semver). Bump it whenever wording or facts change. */
  version: string;
  /** BCP 47 tag of the language the content is written in, e.g. `en-GB`. */
  locale: string;
  /** ISO date (YYYY-MM-DD) the wording was last updated (editorial; not a clinical review). */
  lastUpdated: string;
  /** ISO date (YYYY-MM-DD) the content is next due for review. */
  nextReview: string;
  /**
   * A clinical sign-off: who reviewed this copy and when. Absent means no clinician has reviewed
   * it, and the widgets say so. Never add one for a review that did not happen.
   */
  clinicalReview?: ClinicalReview;
  /** Who publishes and reviews this copy. */
  publisher: string;
  labels: Labels;
  help: HelpSettings;
  sources: Source[];
  frequencyScales: FrequencyScale[];
  drugs: Drug[];
  videos: Video[];
}
