import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, spyOn, userEvent, waitFor } from 'storybook/test';
import '../src/elements/injection-video/define.js';
import type { InjectionVideo } from '../src/elements/injection-video/injection-video.js';
import { loadBundledModel } from '../src/content/index.js';

const bundledModel = await loadBundledModel('en-GB');
import type { ContentModel } from '../src/model/types.js';
import { clock, isoDuration } from '../src/elements/injection-video/media-time.js';
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

/** The transcript lines: paragraphs in the page's own DOM, inside the element. */
const transcriptLines = (el: Element) => [...el.querySelectorAll<HTMLElement>('[data-cytokine-transcript] .cue')];

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
    expect(part(el, '[part="title"]').localName, 'heading level 2 by default').toBe('h2');
    // The demo video is slides, not a filmed injection, and says so.
    expect(text(part(el, '.illustration'))).toContain('illustration');
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
    expect(name, 'accessible name').toBe(`Play video ${clock(bundledVideo.duration)}, ${TITLE}`);
    expectVisible(button, 'play button');
    const poster = part<HTMLImageElement>(el, '[part="poster"]');
    expect(poster.getAttribute('alt'), 'the poster is decorative: the button says what it is').toBe('');
    expect(part(el, '[part="play-button"] time').getAttribute('datetime'), 'machine-readable duration').toBe(isoDuration(bundledVideo.duration));
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
    // The native player (controls, captions showing, focus on it, the facade gone) is specified
    // in every engine by test/injection-video.test.ts.
    expect(video.getAttribute('part')).toBe('video');
    expect(video.getAttribute('aria-label')).toBe(TITLE);
    expect(video.querySelector('track')?.srclang, 'English captions').toBe('en');
    expect(args.onCytokineError).not.toHaveBeenCalled();
    video.pause();
  },
};

/**
 * Captions off: the track is there for the reader to turn on, not shown at first (specified in
 * every engine by test/injection-video.test.ts).
 */
export const CaptionsOff: VideoStory = {
  name: 'Captions off',
  args: { captions: 'off' },
  play: async ({ canvasElement, args }) => {
    const el = await settledVideo(canvasElement);
    const video = await pressPlay(el, args.onCytokinePlay);
    video.pause();
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Transcript and chapters                                                                     */
/* ------------------------------------------------------------------------------------------ */

/**
 * The transcript, open at first: text to read, each chapter's lines under its title, with one
 * "Play from" button per chapter. Clicking a line starts the video at that line; as the video
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

    // What a screen reader meets (names, levels, the Tab order) is specified in every engine by
    // test/injection-video.test.ts, and from Chromium's accessibility tree by
    // test/pages/accessible-names.spec.ts; here, what a reader sees.
    await step('Each chapter: its title, a "Play from" button, its lines', async () => {
      const headings = [...container.querySelectorAll('.transcript-heading')];
      expect(headings.map(text)).toEqual(CHAPTERS.map((c) => c.title));
      const buttons = [...container.querySelectorAll<HTMLButtonElement>('button')];
      expect(buttons.map(text), 'one button per chapter, and no other').toEqual(CHAPTERS.map((c) => `▶ Play from ${clock(c.start)}`));
      expect(buttons.map(accessibleName)).toEqual(CHAPTERS.map((c) => `Play from ${clock(c.start)}: ${c.title}`));
      buttons.forEach((b, i) => expectVisible(b, `"Play from" ${i + 1}`));
      expect(lines.every((l) => l.localName === 'p'), 'the lines are text').toBe(true);
    });

    const n = 8;
    const line = lines[n];
    // That the video starts at the line's time is specified in every engine by
    // test/injection-video.test.ts.
    await step(`Choosing a line ("${CUES[n].text}") starts the video`, async () => {
      expect(text(line)).toBe(`${clock(CUES[n].start)} ${CUES[n].text}`);
      line.click();
      await waitFor(() => expect(args.onCytokinePlay).toHaveBeenCalledTimes(1));
      expect(videoOf(el)).toBeTruthy();
    });

    await step('The line being spoken is marked current', async () => {
      const video = videoOf(el) as HTMLVideoElement;
      playheadAt(video, (CUES[n].start + CUES[n].end) / 2);
      await waitFor(() => expect(line.getAttribute('aria-current')).toBe('true'));
      expect(lines.filter((l) => l.hasAttribute('aria-current')), 'only one current line').toEqual([line]);
      // Not by colour alone: the current line is bold and has a bar the others do not.
      expect(getComputedStyle(line).fontWeight, 'the current line is bold').toBe('700');
      expect(getComputedStyle(line).borderInlineStartColor, 'a bar').not.toBe(getComputedStyle(lines[n + 1]).borderInlineStartColor);
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
    const current = el.querySelector('[data-cytokine-transcript] .cue[aria-current="true"]');
    if (cue >= 0) expect(text(current)).toContain(CUES[cue].text);
    else expect(current, 'between two lines: none current').toBeNull();
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Video settings                                                                              */
/* ------------------------------------------------------------------------------------------ */

/** The words of a form control's <label>, without the control's own text (a select's options). */
function labelText(control: HTMLInputElement | HTMLSelectElement): string {
  const label = control.labels?.[0];
  expect(label, `a <label> for ${control.localName}[part=${control.getAttribute('part')}]`).toBeTruthy();
  const copy = label?.cloneNode(true) as HTMLElement;
  for (const inner of copy.querySelectorAll('select, input')) inner.remove();
  return text(copy);
}

/** What a select shows: its chosen option's text. */
const shown = (select: HTMLSelectElement) => text(select.selectedOptions[0]);

/** The options a select offers, as a reader reads them. */
const optionTexts = (select: HTMLSelectElement) => [...select.options].map((o) => text(o));

/** Presses play, mutes the video (the story makes no sound) and waits until it really plays. */
async function playMuted(el: InjectionVideo, spy: EventSpy): Promise<HTMLVideoElement> {
  const video = await pressPlay(el, spy);
  video.muted = true;
  if (video.paused) await video.play();
  await waitFor(() => expect(video.paused, 'the video plays').toBe(false), { timeout: 5000 });
  return video;
}

export const PlaybackSpeed: VideoStory = {
  name: 'Playback speed',
  parameters: {
    docs: {
      description: {
        story: 'The "Speed" menu under the player, usable before play: the video starts at the chosen speed, and the menu follows the native controls’ own speed menu.',
      },
    },
  },
  play: async ({ canvasElement, args, step }) => {
    const el = await settledVideo(canvasElement);
    const settings = part(el, '[part="settings"]');
    expect(settings.getAttribute('role')).toBe('group');
    expect(accessibleName(settings)).toBe('Video settings');
    expectVisible(settings, 'video settings');
    const speed = part<HTMLSelectElement>(el, 'select[part="speed"]');
    expect(speed.name).toBe('speed');
    expect(labelText(speed)).toBe('Speed');
    expect(optionTexts(speed)).toEqual(['0.75×', 'Normal', '1.25×', '1.5×', '2×']);
    expect(shown(speed), 'normal speed at first').toBe('Normal');

    // The video's own speed (before play, while playing, and set with the native controls'
    // menu) is specified in every engine by test/injection-video-player.test.ts.
    await step('Choosing 1.5× before play: the menu says so, and nothing loads until play', async () => {
      await userEvent.selectOptions(speed, '1.5');
      expect(shown(speed)).toBe('1.5×');
      expect(videoOf(el), 'choosing a speed loads nothing').toBeNull();
      const video = await playMuted(el, args.onCytokinePlay);
      expect(shown(part<HTMLSelectElement>(el, 'select[part="speed"]')), 'the menu still says 1.5×').toBe('1.5×');
      video.pause();
    });
  },
};

/** Where the caption style is remembered (localStorage, this site only). */
const CAPTION_STYLE_KEY = 'cytokine-widgets:caption-style';

export const CaptionStyle: VideoStory = {
  name: 'Caption style (panel open)',
  parameters: {
    docs: {
      description: {
        story:
          'The "Caption style" panel, opened: caption size and colours, with a sample. The choice is saved in this site’s localStorage only once the reader makes one, and applies to the playing video’s captions.',
      },
    },
  },
  // The widget reads the saved choice when it first draws, before the play function runs.
  beforeEach: () => {
    localStorage.removeItem(CAPTION_STYLE_KEY);
    return () => localStorage.removeItem(CAPTION_STYLE_KEY);
  },
  play: async ({ canvasElement, step }) => {
    localStorage.removeItem(CAPTION_STYLE_KEY);
    try {
      const el = await settledVideo(canvasElement);
      const panel = part<HTMLDetailsElement>(el, 'details[part~="caption-style"]');
      expect(panel.getAttribute('part')).toBe('details caption-style');
      const summary = panel.querySelector('summary') as HTMLElement;
      expect(text(summary)).toBe('Caption style');
      const size = part<HTMLSelectElement>(el, 'select[part="caption-size"]');
      const colours = part<HTMLSelectElement>(el, 'select[part="caption-colours"]');
      const sample = part(el, '[part="caption-sample"]');

      await step('Opening the panel shows the menus and a sample in the default style', async () => {
        expect(panel.open, 'closed at first').toBe(false);
        await userEvent.click(summary);
        await waitFor(() => expect(panel.open).toBe(true));
        expect(size.name).toBe('caption-size');
        expect(colours.name).toBe('caption-colours');
        expect(labelText(size)).toBe('Size');
        expect(labelText(colours)).toBe('Colours');
        expect(optionTexts(size)).toEqual(['Standard', 'Large', 'Larger', 'Largest']);
        expect(optionTexts(colours)).toEqual(['White on black', 'Black on white', 'Yellow on black']);
        expect(shown(size)).toBe('Standard');
        expect(shown(colours)).toBe('White on black');
        expectVisible(size, 'caption size menu');
        expectVisible(sample, 'caption sample');
        expect(text(sample)).toBe('Captions will look like this.');
        expect(sample.className).toBe('sample cues-standard cues-white-on-black');
        expect(getComputedStyle(sample).color).toBe('rgb(255, 255, 255)');
        expect(getComputedStyle(sample).backgroundColor).toBe('rgb(0, 0, 0)');
      });

      // How the choice is stored, shared with the page's other videos and tabs, and given to the
      // playing video's captions is specified in every engine by test/injection-video-player.test.ts.
      await step('Yellow on black: the sample changes', async () => {
        await userEvent.selectOptions(colours, 'yellow-on-black');
        await waitFor(() => expect(sample.className).toBe('sample cues-standard cues-yellow-on-black'));
        expect(getComputedStyle(sample).color).toBe('rgb(255, 255, 0)');
        expect(getComputedStyle(sample).backgroundColor).toBe('rgb(0, 0, 0)');
      });

      await step('Largest: the sample is two and a half times the size of the text around it', async () => {
        await userEvent.selectOptions(size, 'largest');
        await waitFor(() => expect(sample.className).toBe('sample cues-largest cues-yellow-on-black'));
        const around = parseFloat(getComputedStyle(sample.parentElement as HTMLElement).fontSize);
        expect(parseFloat(getComputedStyle(sample).fontSize)).toBeCloseTo(around * 2.5, 1);
      });

      await step('Black on white: the sample changes again, and the panel stays open', async () => {
        await userEvent.selectOptions(colours, 'black-on-white');
        await waitFor(() => expect(sample.className).toBe('sample cues-largest cues-black-on-white'));
        expect(getComputedStyle(sample).color).toBe('rgb(0, 0, 0)');
        expect(getComputedStyle(sample).backgroundColor).toBe('rgb(255, 255, 255)');
        expect(panel.open).toBe(true);
      });
    } finally {
      localStorage.removeItem(CAPTION_STYLE_KEY);
    }
  },
};

/**
 * A stand-in for the Web Speech API (`window.speechSynthesis`) that says nothing aloud: each
 * utterance ends as soon as it starts, so a designer who plays the story hears nothing.
 */
const fakeSpeech = () => ({
  speak: (utterance: SpeechSynthesisUtterance) => utterance.dispatchEvent(new Event('end')),
  cancel: () => undefined,
  /** One voice on the device: the describer speaks only with a local voice (never a network one). */
  getVoices: () => [{ localService: true, lang: 'en-GB', name: 'Story voice', voiceURI: 'story', default: true }],
});

export const AudioDescription: VideoStory = {
  name: 'Audio description',
  parameters: {
    docs: {
      description: {
        story:
          'With "Audio description" on, each description in the video’s descriptions track is spoken (Web Speech API) as the video reaches it and written in a polite live region; a description longer than its gap holds the video until it is said. (Speech is replaced by a silent stand-in in this story.)',
      },
    },
  },
  beforeEach: () => {
    const original = Object.getOwnPropertyDescriptor(window, 'speechSynthesis');
    Object.defineProperty(window, 'speechSynthesis', { value: fakeSpeech(), configurable: true });
    return () => {
      if (original) Object.defineProperty(window, 'speechSynthesis', original);
      else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    };
  },
  play: async ({ canvasElement, step }) => {
    const el = await settledVideo(canvasElement);
    const toggle = part<HTMLInputElement>(el, 'input[part="audio-description"]');
    const region = part(el, '[part="description"]');

    // What happens once the video plays (each description written and spoken as the video
    // reaches it, the video held until it is said, silence when turned off) is specified in
    // every engine by test/injection-video-player.test.ts.
    await step('Off at first; turning it on loads nothing', async () => {
      expect(toggle.type).toBe('checkbox');
      expect(labelText(toggle)).toBe('Audio description');
      expect(toggle.checked).toBe(false);
      expect(region.getAttribute('aria-live')).toBe('polite');
      expect(text(region)).toBe('');
      // Rendered while empty: a live region must be in the accessibility tree before it speaks.
      expect(region.checkVisibility(), 'the empty region is rendered').toBe(true);
      await userEvent.click(toggle);
      expect(toggle.checked).toBe(true);
      expect(videoOf(el), 'no <video> before play').toBeNull();
    });
  },
};

/** A sign-language version of the video (the demo video itself, standing in for a signed one). */
const BSL = 'British Sign Language (BSL)';
const demoWebm = bundledVideo.media.find((m) => m.type === 'video/webm');
const signModel = modelWithMedia([
  ...bundledVideo.media,
  { src: demoWebm?.src ?? '', type: 'video/webm', role: 'sign-language', label: BSL },
]);

export const SignLanguage: VideoStory = {
  name: 'Sign language',
  render: (args) => player(args, { model: signModel, content: fallback }),
  parameters: {
    docs: {
      description: {
        story:
          'A model with a `media` entry whose `role` is `sign-language` offers a checkbox named after its `label`. When on, a muted sign-language video shows over the player and follows the main video: play, pause, time and speed. Nothing is loaded before play.',
      },
    },
  },
  play: async ({ canvasElement, args, step }) => {
    const el = await settledVideo(canvasElement);
    const toggle = part<HTMLInputElement>(el, 'input[part="sign-language"]');
    const signVideo = () => el.shadowRoot?.querySelector<HTMLVideoElement>('video[part="sign-video"]') ?? null;

    await step('Turning it on before play loads nothing', async () => {
      expect(demoWebm, 'the demo video in WebM').toBeTruthy();
      expect(toggle.type).toBe('checkbox');
      expect(labelText(toggle)).toBe(BSL);
      expect(toggle.checked).toBe(false);
      await userEvent.click(toggle);
      expect(toggle.checked).toBe(true);
      await el.updateComplete;
      expect(parts(el, 'video'), 'no <video> before play').toHaveLength(0);
    });

    // That the signer plays, pauses, seeks and changes speed with the video is specified in
    // every engine by test/injection-video-player.test.ts.
    await step('Playing shows the signer over the player, muted, without controls of its own', async () => {
      const video = await playMuted(el, args.onCytokinePlay);
      const sign = await waitFor(() => {
        const found = signVideo();
        expect(found, 'video[part="sign-video"]').toBeTruthy();
        return found as HTMLVideoElement;
      });
      expect(videoOf(el), 'the main video comes first').toBe(video);
      expect(sign.muted, 'the signer is muted').toBe(true);
      expect(sign.controls, 'the main video\'s controls drive it').toBe(false);
      expect(sign.getAttribute('aria-label')).toBe(`${BSL} video`);
      expect(sign.getAttribute('src')).toBe(demoWebm?.src);
      expectVisible(sign, 'sign-language video');
      const box = sign.getBoundingClientRect();
      const playerBox = part(el, '[part="player"]').getBoundingClientRect();
      expect(box.left >= playerBox.left && box.right <= playerBox.right && box.top >= playerBox.top && box.bottom <= playerBox.bottom, 'over the player').toBe(true);
      expect(box.width, 'smaller than the player').toBeLessThan(playerBox.width / 2);
    });

    await step('Turning it off removes the signer; the video stays', async () => {
      const video = videoOf(el) as HTMLVideoElement;
      await userEvent.click(part(el, 'input[part="sign-language"]'));
      await waitFor(() => expect(signVideo()).toBeNull());
      expect(videoOf(el)).toBe(video);
      video.pause();
    });
  },
};

/* ------------------------------------------------------------------------------------------ */
/* Transcript tools                                                                            */
/* ------------------------------------------------------------------------------------------ */

/** The search matches, marked in the light-DOM transcript. */
const marks = (el: Element) => [...el.querySelectorAll<HTMLElement>('[data-cytokine-transcript] mark')];

export const TranscriptSearch: VideoStory = {
  name: 'Transcript search',
  args: { 'transcript-open': true },
  parameters: {
    docs: {
      description: {
        story:
          'A search box at the top of the transcript marks every match in the transcript. Enter (or "Next") moves to the next match and Shift+Enter (or "Previous") to the one before, round the ends; the status says which match is shown.',
      },
    },
  },
  play: async ({ canvasElement, step }) => {
    const el = await settledVideo(canvasElement);
    const input = part<HTMLInputElement>(el, 'input[part="search-input"]');
    const [previous, next] = parts<HTMLButtonElement>(el, 'button[part="search-button"]');
    const status = part(el, '[part="search-status"]');
    const query = 'Needle';
    const count = CUES.reduce((n, c) => n + (c.text.match(/needle/gi)?.length ?? 0), 0);
    expect(count, 'matches in the transcript').toBeGreaterThan(2);
    const current = () => marks(el).findIndex((m) => m.classList.contains('current'));
    const expectMatch = async (index: number) => {
      await waitFor(() => expect(text(status)).toBe(`Match ${index + 1} of ${count}.`));
      expect(current(), 'the current mark').toBe(index);
      expect(marks(el).filter((m) => m.classList.contains('current')), 'one current mark').toHaveLength(1);
    };

    await step('Before searching: the box, and no matches', async () => {
      expect(part<HTMLDetailsElement>(el, 'details[part~="transcript"]').open).toBe(true);
      expect(input.type).toBe('search');
      expect(labelText(input)).toBe('Search the transcript');
      expectVisible(input, 'search box');
      expect([previous, next].map(accessibleName)).toEqual(['Previous match', 'Next match']);
      expect([previous, next].map(text), 'the visible words are the whole name').toEqual(['Previous match', 'Next match']);
      expect(previous.disabled && next.disabled, 'nothing to move to yet').toBe(true);
      expect(status.getAttribute('role')).toBe('status');
      expect(text(status)).toBe('');
      expect(marks(el)).toHaveLength(0);
    });

    await step(`Typing "${query}" marks every match, whatever its case`, async () => {
      await userEvent.type(input, query);
      await expectMatch(0);
      const found = marks(el);
      expect(found).toHaveLength(count);
      expect(found.map((m) => text(m).toLowerCase()), 'each mark is the word searched for').toEqual(Array(count).fill('needle'));
      expect(found.every((m) => m.closest('[data-cytokine-transcript] .cue')), 'marks inside the transcript lines').toBe(true);
      expectVisible(found[0], 'first match');
      expect(getComputedStyle(found[1]).backgroundColor, 'a match').toBe('rgb(255, 235, 59)');
      expect(getComputedStyle(found[0]).backgroundColor, 'the current match stands out').toBe('rgb(255, 152, 0)');
      expect(previous.disabled || next.disabled).toBe(false);
    });

    await step('Enter moves to the next match, Shift+Enter back, round the ends', async () => {
      expect(deepActiveElement()).toBe(input);
      await userEvent.keyboard('{Enter}');
      await expectMatch(1);
      await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
      await expectMatch(0);
      await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
      await expectMatch(count - 1);
      await waitFor(() => {
        const box = marks(el)[count - 1].getBoundingClientRect();
        // Sub-pixel layout may leave the bottom a fraction past the edge; a whole pixel is not in view.
        expect(box.top >= -1 && box.bottom <= innerHeight + 1, 'the last match is scrolled into view').toBe(true);
      });
      await userEvent.keyboard('{Enter}');
      await expectMatch(0);
    });

    await step('The Next and Previous buttons do the same', async () => {
      await userEvent.click(next);
      await expectMatch(1);
      await userEvent.click(previous);
      await expectMatch(0);
    });

    await step('A word that is not there: the status says so', async () => {
      // Typed over what is in the box (userEvent.clear cannot focus a box in a shadow root).
      const replacing = () => ({ initialSelectionStart: 0, initialSelectionEnd: input.value.length });
      await userEvent.type(input, 'xyzzy', replacing());
      expect(input.value).toBe('xyzzy');
      await waitFor(() => expect(text(status)).toBe('No matches for “xyzzy”.'));
      expect(marks(el)).toHaveLength(0);
      expect(previous.disabled && next.disabled).toBe(true);
      await userEvent.type(input, '{Backspace}', replacing());
      expect(input.value).toBe('');
      await waitFor(() => expect(text(status)).toBe(''));
      expect(marks(el)).toHaveLength(0);
      expect(transcriptLines(el)).toHaveLength(CUES.length);
    });
  },
};

export const DownloadAndPrint: VideoStory = {
  name: 'Download and print the transcript',
  args: { 'transcript-open': true },
  parameters: {
    docs: {
      description: {
        story:
          'Under the search box: a link to download the transcript as a text file, and a button that prints just this widget’s title, transcript and sources, not the page around it. (The print dialog is replaced by a stand-in in this story.)',
      },
    },
  },
  beforeEach: () => {
    const print = spyOn(window, 'print').mockImplementation(() => undefined);
    return () => print.mockRestore();
  },
  play: async ({ canvasElement, step }) => {
    const el = await settledVideo(canvasElement);

    await step('"Download transcript" links to the text file', async () => {
      const link = part<HTMLAnchorElement>(el, 'a[part="download"]');
      expect(text(link)).toBe('Download transcript');
      expect(link.hasAttribute('download'), 'a download link').toBe(true);
      expect(link.getAttribute('href')).toMatch(/(^|\/)media\/subcutaneous-injection\.en\.txt$/);
      expect(new URL(link.href).origin, 'from the same site as the widget, like the video').toBe(location.origin);
      expect(text(link.nextElementSibling)).toBe('(text file)');
      expectVisible(link, 'download link');
      // What the file says (every line, its sources and review status) is specified by
      // test/node/media-text.test.mjs; here, that the link reaches it.
      const response = await fetch(link.href);
      expect(response.ok, `${link.href} is served`).toBe(true);
      expect((await response.text()).startsWith(`${TITLE}\n`), 'the transcript file').toBe(true);
    });

    // What the click prints (this widget alone, the page around it hidden, the player left out)
    // is specified in every engine by test/injection-video-player.test.ts.
    await step('"Print transcript" is a button', async () => {
      const button = part<HTMLButtonElement>(el, 'button[part="print-button"]');
      expect(button.localName).toBe('button');
      expect(text(button)).toBe('Print transcript');
      expectVisible(button, 'print button');
    });
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
  const message = await waitFor(() => part(el, '[part="media-error"]'), { timeout: 5000 });
  // Focus was on the play button the error replaced: it moves to the message, which is read
  // there; a live role as well would have it read twice (WCAG 4.1.3).
  expect(message.getAttribute('role')).toBeNull();
  expect(el.shadowRoot!.activeElement, 'focus on the message').toBe(message);
  expect(text(message)).toBe(expected.message);
  expectReaderSentence(text(message));
  expectVisible(message, 'media error message');
  await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
  expect(errorEvents(spy)[0].detail).toEqual({ code, message: expected.message, hint: expect.stringContaining(expected.hint) });
  expect(videoOf(el), 'the broken <video> is gone').toBeNull();
  // The rest of the widget stays: title, chapters, and the transcript to read instead.
  expect(parts(el, '[part="error"]')).toHaveLength(0);
  expect(text(part(el, '[part="title"]'))).toBe(TITLE);
  expect(transcriptLines(el)).toHaveLength(CUES.length);
  expectVisible(part(el, '[part~="transcript"] > summary'), 'transcript summary');
}

/**
 * The media file is missing (HTTP 404): a message in the player; the transcript stays. How each
 * engine reports the failure differs, so what the reader gets is specified in every engine by
 * test/injection-video.test.ts; the story shows the state.
 */
export const MediaFailsToLoad: VideoStory = {
  name: 'Error: media file fails to load',
  render: (args) => player(args, { model: modelWithMedia([{ src: '/missing.webm', type: 'video/webm' }]), content: fallback }),
  play: async ({ canvasElement, args }) => {
    const el = await settledVideo(canvasElement);
    await pressPlay(el, args.onCytokinePlay);
    await waitFor(() => part(el, '[part="media-error"]'), { timeout: 5000 });
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
