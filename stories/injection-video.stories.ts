import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../src/elements/injection-video/define.js';
import type { InjectionVideo } from '../src/elements/injection-video/injection-video.js';
import { loadBundledModel } from '../src/content/index.js';

const bundledModel = await loadBundledModel('en-GB');
import type { ContentModel } from '../src/model/types.js';
import { clock } from '../src/elements/injection-video/media-time.js';
import { deepActiveElement } from './support/keyboard.js';
import { activeTheme } from './support/themes.js';
import {
  accessibleName,
  accessibleText,
  darkPage,
  darkPageOf,
  errorEvents,
  expectErrorPlay,
  expectVisible,
  expectReaderSentence,
  expectWidgetError,
  listening,
  part,
  parts,
  READER_MESSAGES,
  settled,
  text,
  type EventSpy,
  type ExpectedError,
  type WidgetArgs,
  type WidgetOptions,
} from './support/widgets.js';

/**
 * Args are the element's attributes (names as in custom-elements.json). `onCytokineError`,
 * `onCytokineReady` and `onCytokinePlay` are spies bound to a wrapper around the element, so
 * the Actions panel and the play functions see its events.
 */
type VideoArgs = WidgetArgs & {
  video?: string;
  'transcript-open'?: boolean;
  captions?: 'on' | 'off';
  onCytokinePlay: EventSpy;
};

type VideoStory = StoryObj<VideoArgs>;

const fallback = html`<p><a href="https://www.nhs.uk/">Read how to give an injection under the skin</a></p>`;
const FALLBACK_TEXT = 'Read how to give an injection under the skin';
const TITLE = 'How to give an injection under the skin';

/** The bundled video, so checks follow the content when it is re-recorded. */
const bundledVideo = bundledModel.videos[0];
const CUES = bundledVideo.transcript;
const CHAPTERS = bundledVideo.chapters;
/** The cue spoken at a time, as the element finds it (-1 between cues). */
const cueAt = (time: number) => CUES.findIndex((c) => time >= c.start && time < c.end);

const player = (args: VideoArgs, options: WidgetOptions = {}) =>
  listening(
    args,
    html`<injection-video
      video=${ifDefined(args.video || undefined)}
      lang=${ifDefined(args.lang || undefined)}
      heading-level=${ifDefined(args['heading-level'])}
      src=${ifDefined(args.src || undefined)}
      ?transcript-open=${args['transcript-open']}
      captions=${ifDefined(args.captions)}
      .model=${options.model}
    >${options.content ?? nothing}</injection-video>`,
  );

const meta = {
  title: 'Widgets/injection-video',
  component: 'injection-video',
  tags: ['autodocs'],
  args: {
    'transcript-open': false,
    onCytokineError: fn(),
    onCytokineReady: fn(),
    onCytokinePlay: fn(),
  },
  render: (args) => player(args, { content: fallback }),
  parameters: {
    docs: {
      description: {
        component:
          'Paste `<injection-video>` (optionally with a link to a transcript page inside, as a fallback). It loads no video bytes until the reader presses play.',
      },
    },
  },
} satisfies Meta<VideoArgs>;

export default meta;

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                     */
/* ------------------------------------------------------------------------------------------ */

const settledVideo = (canvasElement: HTMLElement) => settled<InjectionVideo>(canvasElement, 'injection-video');

/** The transcript lines: buttons in the page's own DOM, inside the element. */
const transcriptLines = (el: Element) => [...el.querySelectorAll<HTMLButtonElement>('[data-cytokine-transcript] button')];

const videoOf = (el: Element) => el.shadowRoot?.querySelector('video') ?? null;

/** Presses the play button and waits until the <video> exists and `cytokine-play` fired. */
async function pressPlay(el: InjectionVideo, spy: EventSpy): Promise<HTMLVideoElement> {
  await userEvent.click(part(el, '[part="play-button"]'));
  await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
  const video = videoOf(el);
  expect(video, '<video> in the shadow root').toBeTruthy();
  return video as HTMLVideoElement;
}

/**
 * Tells the element the video has reached a time, as playback would: real playback in a test
 * is timing-dependent, so the video is paused and a `timeupdate` dispatched by hand.
 */
function playheadAt(video: HTMLVideoElement, time: number): void {
  video.pause();
  video.currentTime = time;
  video.dispatchEvent(new Event('timeupdate'));
}

/** A copy of the bundled model whose video has other media files. */
const modelWithMedia = (media: ContentModel['videos'][number]['media']): ContentModel => {
  const model = structuredClone(bundledModel) as ContentModel;
  model.videos[0].media = media;
  return model;
};

/* ------------------------------------------------------------------------------------------ */
/* Before play                                                                                 */
/* ------------------------------------------------------------------------------------------ */

/**
 * The facade: a poster and a real play button. No <video> exists yet, so nothing but the poster
 * image is loaded until the reader asks for the video.
 */
export const BeforePlay: VideoStory = {
  name: 'Before play (facade)',
  play: async ({ canvasElement, args }) => {
    const el = await settledVideo(canvasElement);
    expect(text(part(el, '[part="title"]'))).toBe(TITLE);
    expect(videoOf(el), 'no <video> before play').toBeNull();
    expect(canvasElement.querySelector('video'), 'no <video> in the page either').toBeNull();
    const button = part<HTMLButtonElement>(el, '[part="play-button"]');
    expect(button.localName).toBe('button');
    expect(button.type).toBe('button');
    // Its name says what it plays and for how long, and starts with the words it shows (WCAG 2.5.3).
    const name = accessibleName(button);
    const visible = accessibleText(part(el, '[part="play-button"] .play'));
    const duration = text(part(el, '[part="play-button"] time'));
    expect(duration, 'duration shown').toMatch(/^\d+:\d\d$/);
    expect(visible, 'visible label').toBe(`Play video ${duration}`);
    expect(name.startsWith('Play video'), `accessible name "${name}" starts with the visible words`).toBe(true);
    expect(name, 'accessible name').toContain(TITLE);
    expect(name, 'accessible name').toContain(duration);
    expectVisible(button, 'play button');
    const poster = part<HTMLImageElement>(el, '[part="poster"]');
    expect(poster.getAttribute('alt'), 'the poster is decorative: the button says what it is').toBe('');
    expect(part(el, '[part="play-button"] time').getAttribute('datetime'), 'machine-readable duration').toMatch(/^PT(\d+M)?\d+S$/);
    // The transcript is there to read without playing, closed at first.
    const transcript = part<HTMLDetailsElement>(el, '[part~="transcript"]');
    expect(transcript.open).toBe(false);
    expect(transcriptLines(el).length, 'transcript lines in the light DOM').toBe(CUES.length);
    expect(args.onCytokinePlay).not.toHaveBeenCalled();
    expect(args.onCytokineError).not.toHaveBeenCalled();
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Playing                                                                                     */
/* ------------------------------------------------------------------------------------------ */

export const Playing: VideoStory = {
  name: 'Playing (after pressing play)',
  play: async ({ canvasElement, args }) => {
    const el = await settledVideo(canvasElement);
    const video = await pressPlay(el, args.onCytokinePlay);
    const [event] = args.onCytokinePlay.mock.calls[0] as [CustomEvent<{ video: HTMLVideoElement }>];
    expect(event.bubbles && event.composed, 'cytokine-play bubbles out of the shadow root').toBe(true);
    expect(event.detail.video).toBe(video);
    expect(video.controls, 'native controls').toBe(true);
    expect(video.getAttribute('part')).toBe('video');
    expect(video.getAttribute('aria-label')).toBe(TITLE);
    expect(video.currentSrc || video.src, 'a playable source').toMatch(/subcutaneous-injection\.(webm|mp4)$/);
    const track = video.querySelector('track');
    expect(track, 'captions track').toBeTruthy();
    expect(track?.kind).toBe('captions');
    expect(track?.default, 'captions on by default').toBe(true);
    expect(track?.srclang).toBe('en');
    expect(parts(el, '[part="play-button"]'), 'the facade is gone').toHaveLength(0);
    expect(deepActiveElement(), 'focus moves to the video').toBe(video);
    expect(args.onCytokineError).not.toHaveBeenCalled();
    video.pause();
  },
};

/** Captions off: the track is there for the reader to turn on, not shown at first. */
export const CaptionsOff: VideoStory = {
  name: 'Captions off',
  args: { captions: 'off' },
  play: async ({ canvasElement, args }) => {
    const el = await settledVideo(canvasElement);
    const video = await pressPlay(el, args.onCytokinePlay);
    const track = video.querySelector('track');
    expect(track, 'the captions track is still offered').toBeTruthy();
    expect(track?.default).toBe(false);
    expect(video.textTracks[0]?.mode, 'captions not showing').not.toBe('showing');
    video.pause();
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Transcript and chapters                                                                     */
/* ------------------------------------------------------------------------------------------ */

/**
 * The transcript, open at first. Choosing a line starts the video at that line; as the video
 * plays, the line being spoken is marked `aria-current="true"`.
 */
export const TranscriptOpen: VideoStory = {
  name: 'Transcript open (seek from a line)',
  args: { 'transcript-open': true },
  play: async ({ canvasElement, args, step }) => {
    const el = await settledVideo(canvasElement);
    const transcript = part<HTMLDetailsElement>(el, '[part~="transcript"]');
    expect(transcript.open).toBe(true);
    const lines = transcriptLines(el);
    expect(lines).toHaveLength(CUES.length);
    const container = el.querySelector('[data-cytokine-transcript]') as HTMLElement;
    expect(container.slot).toBe('transcript');
    expect(container.lang).toBe('en-GB');
    expectVisible(lines[0], 'first transcript line');
    expect(text(lines[0])).toBe(`${clock(CUES[0].start)} ${CUES[0].text}`);

    const n = 8;
    const line = lines[n];
    await step(`Choosing a line ("${CUES[n].text}") starts the video there`, async () => {
      expect(text(line)).toBe(`${clock(CUES[n].start)} ${CUES[n].text}`);
      line.click();
      await waitFor(() => expect(args.onCytokinePlay).toHaveBeenCalledTimes(1));
      const video = videoOf(el) as HTMLVideoElement;
      expect(video).toBeTruthy();
      await waitFor(() => expect(video.currentTime).toBeCloseTo(CUES[n].start, 0));
    });

    await step('The line being spoken is marked current', async () => {
      const video = videoOf(el) as HTMLVideoElement;
      playheadAt(video, (CUES[n].start + CUES[n].end) / 2);
      await waitFor(() => expect(line.getAttribute('aria-current')).toBe('true'));
      expect(lines.filter((l) => l.hasAttribute('aria-current')), 'only one current line').toEqual([line]);
      expect(getComputedStyle(line).fontWeight, 'the current line is bold').toBe('700');
    });

    const later = 16;
    await step('A later time moves the mark', async () => {
      const video = videoOf(el) as HTMLVideoElement;
      playheadAt(video, (CUES[later].start + CUES[later].end) / 2);
      await waitFor(() => expect(lines[later].getAttribute('aria-current')).toBe('true'));
      expect(line.hasAttribute('aria-current')).toBe(false);
    });

    await step('Between two lines no line is current', async () => {
      const gap = CUES.findIndex((c, i) => i >= later && CUES[i + 1] && CUES[i + 1].start - c.end > 0.2);
      expect(gap, 'a pause between two lines').toBeGreaterThanOrEqual(0);
      const video = videoOf(el) as HTMLVideoElement;
      playheadAt(video, (CUES[gap].end + CUES[gap + 1].start) / 2);
      await waitFor(() => expect(lines.filter((l) => l.hasAttribute('aria-current'))).toEqual([]));
    });
  },
};

export const Chapters: VideoStory = {
  name: 'Chapters',
  play: async ({ canvasElement, args }) => {
    const el = await settledVideo(canvasElement);
    const nav = part(el, '[part="chapters"]');
    expect(nav.localName).toBe('nav');
    expect(text(nav.querySelector('[part="section-heading"]'))).toBe('Chapters');
    expect(nav.querySelector('[part="section-heading"]')?.localName).toBe('h3');
    const chapters = parts<HTMLButtonElement>(el, '[part="chapter"]');
    expect(chapters.map(text), 'each chapter with its start time').toEqual(CHAPTERS.map((c) => `${clock(c.start)} ${c.title}`));
    expect(text(chapters[3])).toMatch(/^\d+:\d\d Inject$/);
    expect(chapters.filter((c) => c.hasAttribute('aria-current')), 'no current chapter before play').toEqual([]);

    await userEvent.click(chapters[3]);
    await waitFor(() => expect(args.onCytokinePlay).toHaveBeenCalledTimes(1));
    const video = videoOf(el) as HTMLVideoElement;
    await waitFor(() => expect(video.currentTime).toBeCloseTo(CHAPTERS[3].start, 0));
    const time = CHAPTERS[3].start + 1;
    playheadAt(video, time);
    await waitFor(() => expect(part(el, '[part="chapter"][aria-current="true"]')).toBe(chapters[3]));
    // The transcript follows too.
    const cue = cueAt(time);
    const current = el.querySelector('[data-cytokine-transcript] button[aria-current="true"]');
    if (cue >= 0) expect(text(current)).toContain(CUES[cue].text);
    else expect(current, 'between two lines: none current').toBeNull();
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Errors                                                                                      */
/* ------------------------------------------------------------------------------------------ */

export const ErrorUnknownVideo: VideoStory = {
  name: 'Error: unknown video',
  args: { video: 'intramuscular-injection' },
  play: async ({ canvasElement, args }) => {
    const el = await expectWidgetError(
      canvasElement,
      'injection-video',
      args.onCytokineError,
      'unknown-video',
      { message: READER_MESSAGES.unknownVideo, hint: 'No video called "intramuscular-injection"' },
      FALLBACK_TEXT,
    );
    expect(transcriptLines(el), 'no transcript without a video').toHaveLength(0);
  },
};

export const ErrorInvalidModel: VideoStory = {
  name: 'Error: invalid model property',
  render: (args) => player(args, { model: { videos: [] }, content: fallback }),
  play: expectErrorPlay('injection-video', 'model-invalid', { message: READER_MESSAGES.notShown, hint: 'not a valid content model' }, FALLBACK_TEXT),
};

/**
 * Checks the in-player message for a video that cannot play (the reader's sentence, with the
 * developer's hint in the event), and that the transcript stays.
 */
async function expectMediaMessage(el: InjectionVideo, spy: EventSpy, code: 'media-error' | 'media-unsupported', expected: ExpectedError) {
  const alert = await waitFor(() => part(el, '[part="media-error"]'), { timeout: 5000 });
  expect(alert.getAttribute('role')).toBe('alert');
  expect(text(alert)).toBe(expected.message);
  expectReaderSentence(text(alert));
  expectVisible(alert, 'media error message');
  await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
  expect(errorEvents(spy)[0].detail).toEqual({ code, message: expected.message, hint: expect.stringContaining(expected.hint) });
  expect(videoOf(el), 'the broken <video> is gone').toBeNull();
  // The rest of the widget stays: title, chapters, and the transcript to read instead.
  expect(parts(el, '[part="error"]')).toHaveLength(0);
  expect(text(part(el, '[part="title"]'))).toBe(TITLE);
  expect(transcriptLines(el)).toHaveLength(CUES.length);
  expectVisible(part(el, '[part~="transcript"] > summary'), 'transcript summary');
}

/** The media file is missing (HTTP 404): a message in the player; the transcript stays. */
export const MediaFailsToLoad: VideoStory = {
  name: 'Error: media file fails to load',
  render: (args) => player(args, { model: modelWithMedia([{ src: '/missing.webm', type: 'video/webm' }]), content: fallback }),
  play: async ({ canvasElement, args }) => {
    const el = await settledVideo(canvasElement);
    await pressPlay(el, args.onCytokinePlay);
    await expectMediaMessage(el, args.onCytokineError, 'media-error', {
      message: READER_MESSAGES.mediaError,
      hint: 'check that the media files are served (with Range support)',
    });
  },
};

/** No format the browser can play: it says so at once, without trying to load anything. */
export const MediaUnsupported: VideoStory = {
  name: 'Error: unsupported media format',
  render: (args) => player(args, { model: modelWithMedia([{ src: '/video.nope', type: 'video/x-nope' }]), content: fallback }),
  play: async ({ canvasElement, args }) => {
    const el = await settledVideo(canvasElement);
    await userEvent.click(part(el, '[part="play-button"]'));
    await expectMediaMessage(el, args.onCytokineError, 'media-unsupported', {
      message: READER_MESSAGES.mediaUnsupported,
      hint: 'offer both WebM and MP4',
    });
    expect(args.onCytokinePlay, 'no cytokine-play: nothing could start').not.toHaveBeenCalled();
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Heading level and dark page                                                                 */
/* ------------------------------------------------------------------------------------------ */

export const HeadingLevel4: VideoStory = {
  name: 'Heading level 4',
  args: { 'heading-level': 4 },
  play: async ({ canvasElement }) => {
    const el = await settledVideo(canvasElement);
    expect(part(el, '[part="title"]').localName).toBe('h4');
    expect(part(el, '[part="chapters"] [part="section-heading"]').localName).toBe('h5');
  },
};

export const DarkPage: VideoStory = {
  name: 'Dark page',
  args: { 'transcript-open': true },
  render: (args) => darkPage(player(args, { content: fallback })),
  play: async ({ canvasElement, globals }) => {
    const el = await settledVideo(canvasElement);
    if (activeTheme(globals)) return; // a toolbar theme sets its own colours
    const pageColour = getComputedStyle(darkPageOf(canvasElement)).color;
    expect(getComputedStyle(part(el, '[part="title"]')).color).toBe(pageColour);
    expect(getComputedStyle(transcriptLines(el)[0]).color, 'light-DOM transcript inherits too').toBe(pageColour);
  },
};
