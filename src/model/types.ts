/**
 * The content model's TypeScript types: everything the widgets say, as data.
 *
 * They come from the one definition in schema.ts (TypeBox), which also gives the published
 * JSON Schema, so the types and the schema cannot drift apart. Every clinical statement carries
 * the ids of the sources it comes from, so a reviewer can trace each sentence.
 */
import type { Model } from './schema.js';

export type { Band, CareLevel, CodeSystem } from './vocabularies.js';

/** One plain-English sentence (or a few) and the ids of the sources that support it. */
export type Statement = Model['Statement'];
/** A paragraph, optionally introducing a bulleted list. */
export type Block = Model['Block'];
/** A titled part of the card; content in `more` is shown behind a native disclosure. */
export type Section = Model['Section'];
/** A public source a statement is taken from. */
export type Source = Model['Source'];
/** A link the reader can follow for more information: http, https or relative. */
export type Link = Model['Link'];
/** A code that identifies the drug in a clinical terminology. */
export type DrugCode = Model['DrugCode'];
/** How common a side effect is, in words and as a number of people out of 100, on a named scale. */
export type Frequency = Model['Frequency'];
/** A frequency scale; sources define their bands differently, so readers see which one applies. */
export type FrequencyScale = Model['FrequencyScale'];
export type SideEffect = Model['SideEffect'];
/** A number to call from a care card, made into a tap-to-call link from its digits. */
export type Phone = Model['Phone'];
/** When-to-get-help advice in the style of NHS.UK care cards. */
export type CareCard = Model['CareCard'];
export type Drug = Model['Drug'];
/** A caption or subtitle track (WebVTT). */
export type CaptionTrack = Model['CaptionTrack'];
export type VideoMedia = Model['VideoMedia'];
export type Chapter = Model['Chapter'];
export type Cue = Model['Cue'];
export type Video = Model['Video'];
/** Defaults for the words a host usually sets itself (its own advice line, its fever threshold). */
export type HelpSettings = Model['HelpSettings'];
/** A clinical sign-off: who reviewed this copy and when. Never add one for a review that did not happen. */
export type ClinicalReview = Model['ClinicalReview'];
/** A whole content model: one language's words for the drugs and videos, with sources and review dates. */
export type ContentModel = Model['ContentModel'];
