/**
 * The message catalogue: every word the widgets put around the content (headings, labels,
 * buttons, error messages), in British English, each with a stable id and a note for
 * translators. Templates call these functions; they never hold interface text themselves.
 *
 * `msg()` (from @lit/localize) looks each id up in the catalogue of the locale being rendered
 * (see locale.ts). Placeholders are written `{name}` and filled after the lookup, so a
 * translation is a plain string that a hospital can supply as JSON, and a translator may move a
 * placeholder anywhere in the sentence. `npm run build` extracts this file with lit-localize
 * into dist/messages/en-GB.json, the catalogue a hospital copies and translates.
 */
import { msg } from '@lit/localize';
import type { Band, CareLevel } from '../model/vocabularies.js';
import type { ErrorCode } from '../model/errors.js';
import { fill } from '../model/fill.js';

// Cards and lists
export const otherNames = () => msg('Other names:', { id: 'otherNames', desc: 'Label before a drug\'s other names (brands, abbreviations), with its punctuation.' });
export const moreInformation = () => msg('More information', { id: 'moreInformation', desc: 'Heading of the list of links to read more.' });
export const codes = () => msg('Medicine codes', { id: 'codes', desc: 'Disclosure holding the drug\'s codes in clinical terminologies (ATC, SNOMED CT).' });
export const sideEffectsOf = (drug: string) =>
  fill(msg('Side effects of {drug}', { id: 'sideEffectsOf', desc: 'Title of the side-effect list. {drug}: the drug\'s name as the content writes it.' }), { drug });
export const serious = () => msg('Serious side effects: know the signs', { id: 'serious', desc: 'Heading of the group of serious side effects, shown first.' });
export const howCommon = () => msg('How common:', { id: 'howCommon', desc: 'Label before how common a side effect is, with its punctuation.' });
export const whatYouCanDo = () => msg('What you can do', { id: 'whatYouCanDo', desc: 'Label before advice on a side effect.' });
export const whenToGetHelp = () => msg('When to get help', { id: 'whenToGetHelp', desc: 'Heading of the care cards.' });
export const aboutNumbers = () => msg('About these numbers', { id: 'aboutNumbers', desc: 'Disclosure explaining the frequency scales.' });
export const per100Range = (min: number, max: number) =>
  fill(msg('{min} to {max} in 100 people', { id: 'per100Range', desc: 'How many people get a side effect, as a range.' }), { min, max });
export const per100Exact = (n: number) => fill(msg('{n} in 100 people', { id: 'per100Exact', desc: 'How many people get a side effect.' }), { n });
export const phone = () => msg('Phone:', { id: 'phone', desc: 'Label before a tap-to-call phone number, with its punctuation.' });
export const noneInGroups = () =>
  msg('None of the side effects we list are in the chosen groups.', { id: 'noneInGroups', desc: 'Shown when a filter leaves no side effects.' });
export const notKnown = () => msg('Not known', { id: 'notKnown', desc: 'How common a side effect is, when no source says.' });
export const localCrisisLine = (crisisLine: string) =>
  fill(msg('You can also call {crisisLine}.', { id: 'localCrisisLine', desc: 'The host\'s own crisis line on the mental-health care card. {crisisLine}: its name.' }), { crisisLine });

/** Care-card levels, as NHS.UK names them (the levels themselves: model/vocabularies.ts). */
export const careLevel = (level: CareLevel): string =>
  ({
    'non-urgent': () => msg('Non-urgent advice', { id: 'careLevel.nonUrgent', desc: 'Start of a non-urgent care card heading.' }),
    urgent: () => msg('Urgent advice', { id: 'careLevel.urgent', desc: 'Start of an urgent care card heading.' }),
    emergency: () => msg('Immediate action required', { id: 'careLevel.emergency', desc: 'Start of an emergency care card heading.' }),
  } satisfies Record<CareLevel, () => string>)[level]();

/** Frequency group headings, for scales that do not name their own (the bands: model/vocabularies.ts). */
export const band = (value: Band): string =>
  ({
    'very-common': () => msg('Very common', { id: 'band.veryCommon', desc: 'Group heading of very common side effects.' }),
    common: () => msg('Common', { id: 'band.common', desc: 'Group heading of common side effects.' }),
    occasional: () => msg('Occasional', { id: 'band.occasional', desc: 'Group heading of occasional side effects.' }),
    uncommon: () => msg('Uncommon', { id: 'band.uncommon', desc: 'Group heading of uncommon side effects.' }),
    'not-known': () => msg('How often is not known', { id: 'band.notKnown', desc: 'Group heading of side effects whose frequency no source gives.' }),
  } satisfies Record<Band, () => string>)[value]();

/** A number of items after a heading, e.g. "(4)". */
export const count = (n: number) => fill(msg('({count})', { id: 'count', desc: 'How many items a group heading has. {count}: the number.' }), { count: n });
/** Which frequency scale a side effect's band belongs to, after its words. */
export const scaleNote = (scale: string) => fill(msg('({scale})', { id: 'scaleNote', desc: 'After how common a side effect is. {scale}: the name of the frequency scale.' }), { scale });
/** A drug code: its terminology, the code, and what it stands for. */
export const codeLine = (system: string, code: string, display: string) =>
  fill(msg('{system} {code}: {display}', { id: 'codeLine', desc: 'One drug code. {system}: e.g. ATC; {code}: the code; {display}: what it stands for.' }), { system, code, display });
/** A source in the list of sources: its title (a link) and its publisher. */
export const sourceLine = (title: string, publisher: string) =>
  fill(msg('{title}, {publisher}', { id: 'sourceLine', desc: 'One source. {title}: its title, a link; {publisher}: who published it.' }), { title, publisher });

// Provenance footer
export const sources = (count: number) =>
  fill(msg('Where this information comes from ({count})', { id: 'sources', desc: 'Disclosure listing the sources. {count}: how many.' }), { count });
export const lastUpdated = (date: string) =>
  fill(msg('Last updated: {date}.', { id: 'lastUpdated', desc: 'When the wording last changed (editorial, not a clinical review). {date}: the date, written out.' }), { date });
export const nextReview = (date: string) =>
  fill(msg('Next review due: {date}.', { id: 'nextReview', desc: 'When the content is next due for review. {date}: the date, written out.' }), { date });
export const notReviewed = () =>
  msg('Not yet clinically reviewed: have your clinical team check it before you publish.', {
    id: 'notReviewed',
    desc: 'Shown when no clinician has signed the content off. Never remove or soften it.',
  });
export const reviewedBy = (by: string, date: string) =>
  fill(msg('Clinically reviewed by {by} on {date}.', { id: 'reviewedBy', desc: '{by}: the reviewer\'s name and role. {date}: the date, already written out.' }), { by, date });
export const reviewDue = () =>
  msg('This information is due for review, so it may be out of date. Check with your treatment team.', { id: 'reviewDue', desc: 'Shown once the next review date has passed.' });

// Video
export const transcript = () => msg('Transcript', { id: 'transcript', desc: 'Disclosure holding the video\'s transcript.' });
export const chapters = () => msg('Chapters', { id: 'chapters', desc: 'Heading of the list of the video\'s chapters.' });
export const play = (duration: string) => fill(msg('Play video {duration}', { id: 'play', desc: 'The play button\'s words. {duration}: the length, e.g. 1:59.' }), { duration });
/** The button's name for screen readers holds its visible words whole, as WCAG 2.5.3 asks, in any language. */
export const playVideo = (duration: string, title: string) =>
  fill(msg('{label}, {title}', { id: 'playVideo', desc: 'The play button\'s name for screen readers. {label}: its visible words (keep them first and whole); {title}: the video\'s title.' }), {
    label: play(duration),
    title,
  });
export const playFrom = (time: string) =>
  fill(msg('Play from {time}', { id: 'playFrom', desc: 'Button at the start of each chapter of the transcript: plays the video from there. {time}: where the chapter starts, e.g. 0:33.' }), { time });
/** Like playVideo: the visible words first and whole (WCAG 2.5.3), then where they lead. */
export const playFromChapter = (label: string, chapter: string) =>
  fill(msg('{label}: {chapter}', { id: 'playFromChapter', desc: 'The name screen readers hear for a chapter\'s "Play from" button. {label}: its visible words (keep them first and whole); {chapter}: the chapter\'s title.' }), { label, chapter });
export const playFromStart = () =>
  msg('Play from the start', { id: 'playFromStart', desc: 'Button above a transcript without chapters (or its lines before the first chapter): plays the video from the start.' });
export const illustration = () => msg('Illustration', { id: 'illustration', desc: 'Badge saying a video is an illustration, not real footage.' });

// Video settings and transcript tools
export const videoSettings = () => msg('Video settings', { id: 'videoSettings', desc: 'Name of the group of controls under the video (speed, audio description, captions).' });
export const speed = () => msg('Speed', { id: 'speed', desc: 'Label of the playback speed menu.' });
export const normalSpeed = () => msg('Normal', { id: 'normalSpeed', desc: 'The playback speed option for normal speed (1×).' });
export const speedOption = (rate: string) => fill(msg('{rate}×', { id: 'speedOption', desc: 'A playback speed option. {rate}: e.g. 1.5.' }), { rate });
export const audioDescription = () => msg('Audio description', { id: 'audioDescription', desc: 'Checkbox: speak a description of what is on screen that the narration does not say.' });
export const signLanguage = () => msg('Sign language', { id: 'signLanguage', desc: 'Checkbox: show a sign-language video with the main video (when the content does not name the sign language).' });
export const signVideo = (label: string) => fill(msg('{label} video', { id: 'signVideo', desc: 'Accessible name of the sign-language video. {label}: e.g. "British Sign Language (BSL)".' }), { label });
export const captionStyle = () => msg('Caption style', { id: 'captionStyle', desc: 'Disclosure with the caption size and colour menus.' });
export const captionSize = () => msg('Size', { id: 'captionSize', desc: 'Label of the caption text size menu.' });
export const captionColours = () => msg('Colours', { id: 'captionColours', desc: 'Label of the caption colours menu.' });
export const captionSizeName = (size: 'standard' | 'large' | 'larger' | 'largest') =>
  ({
    standard: () => msg('Standard', { id: 'captionSize.standard', desc: 'Caption size option.' }),
    large: () => msg('Large', { id: 'captionSize.large', desc: 'Caption size option.' }),
    larger: () => msg('Larger', { id: 'captionSize.larger', desc: 'Caption size option.' }),
    largest: () => msg('Largest', { id: 'captionSize.largest', desc: 'Caption size option.' }),
  })[size]();
export const captionColoursName = (colours: 'white-on-black' | 'black-on-white' | 'yellow-on-black') =>
  ({
    'white-on-black': () => msg('White on black', { id: 'captionColours.whiteOnBlack', desc: 'Caption colours option.' }),
    'black-on-white': () => msg('Black on white', { id: 'captionColours.blackOnWhite', desc: 'Caption colours option.' }),
    'yellow-on-black': () => msg('Yellow on black', { id: 'captionColours.yellowOnBlack', desc: 'Caption colours option.' }),
  })[colours]();
export const captionSample = () => msg('Captions will look like this.', { id: 'captionSample', desc: 'A sample caption shown in the chosen size and colours.' });
export const captionStyleSaved = () =>
  msg('Once you choose, your choice is remembered on this website only, in this browser.', { id: 'captionStyleSaved', desc: 'Says where the caption style choice is kept (the browser\'s local storage; no cookie).' });
export const searchTranscript = () => msg('Search the transcript', { id: 'searchTranscript', desc: 'Label of the transcript search box.' });
export const previousMatch = () => msg('Previous match', { id: 'previousMatch', desc: 'Button: go to the previous match in the transcript.' });
export const nextMatch = () => msg('Next match', { id: 'nextMatch', desc: 'Button: go to the next match in the transcript.' });
export const noMatches = (query: string) => fill(msg('No matches for “{query}”.', { id: 'noMatches', desc: 'Transcript search found nothing. {query}: what the reader typed.' }), { query });
export const matchOf = (index: string, count: string) =>
  fill(msg('Match {index} of {count}.', { id: 'matchOf', desc: 'Which transcript search match is shown. {index}, {count}: numbers.' }), { index, count });
export const downloadTranscript = () => msg('Download transcript', { id: 'downloadTranscript', desc: 'Link to the transcript as a file.' });
export const fileType = (type: 'text/plain' | 'text/vtt') =>
  type === 'text/vtt'
    ? msg('WebVTT file', { id: 'fileType.vtt', desc: 'After the download link: the file is a WebVTT caption file.' })
    : msg('text file', { id: 'fileType.text', desc: 'After the download link: the file is plain text.' });
export const printTranscript = () => msg('Print transcript', { id: 'printTranscript', desc: 'Button that prints the video\'s title, transcript, sources and review status.' });

// Language
export const notInLanguage = (wanted: string, shown: string) =>
  fill(msg('This information is not available in {wanted}, so it is shown in {shown}.', {
    id: 'notInLanguage',
    desc: 'Shown when there is no content in the reader\'s language. {wanted} and {shown}: language names.',
  }), { wanted, shown });

/**
 * What a reader sees when a widget cannot show its content: for patients, so no file names or
 * attribute names. What a web team needs (the `hint` in the event and the console) is in
 * errors.ts, in English: it is for developers, not readers.
 */
export const errorMessage = (code: ErrorCode, value: string): string =>
  fill(
    ({
      'missing-drug': () => msg('Sorry, this information is not available here at the moment.', { id: 'error.missingDrug', desc: 'A widget was placed without saying which medicine.' }),
      'unknown-drug': () => msg('Sorry, we have no information about “{value}”.', { id: 'error.unknownDrug', desc: '{value}: the medicine name the page asked for.' }),
      'src-unreachable': () => msg('Sorry, this information could not be loaded. Please try again later.', { id: 'error.srcUnreachable', desc: 'The hospital\'s own content could not be fetched.' }),
      'src-invalid': notShown,
      'src-too-large': () => msg('Sorry, this information is too large to show here.', { id: 'error.srcTooLarge', desc: 'The hospital\'s own content is far too big.' }),
      'model-invalid': notShown,
      // Never shown (a catalogue that fails leaves the words in English), but every code has a sentence.
      'messages-invalid': notShown,
      'unknown-video': () => msg('Sorry, this video is not available.', { id: 'error.unknownVideo', desc: 'The page asked for a video that does not exist.' }),
      'media-error': () => msg('Sorry, the video could not be loaded. You can still read the transcript below.', { id: 'error.mediaError', desc: 'The video file failed to load.' }),
      'media-unsupported': () =>
        msg('Sorry, this browser cannot play this video. You can still read the transcript below.', { id: 'error.mediaUnsupported', desc: 'No video format this browser plays.' }),
      'render-failed': notShown,
    } satisfies Record<ErrorCode, () => string>)[code](),
    { value },
  );

/** The page's own content has mistakes, or drawing it failed: nothing a reader can do but look elsewhere. */
const notShown = () => msg('Sorry, this information could not be shown here.', { id: 'error.notShown', desc: 'The content has mistakes, or something unexpected went wrong.' });
