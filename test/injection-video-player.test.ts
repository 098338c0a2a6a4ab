/**
 * The player beyond the native controls (issue 14): speed, caption style, audio description,
 * a sign-language video, and the transcript's search, download and print. Each in Chromium,
 * Firefox and WebKit.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../src/elements/injection-video/define.js';
import type { InjectionVideo } from '../src/elements/injection-video/injection-video.js';
import { CAPTION_STYLE_KEY } from '../src/elements/injection-video/caption-style.js';
import { estimateSeconds } from '../src/elements/injection-video/describer.js';
import { MAX_DRIFT } from '../src/elements/injection-video/sign-sync.js';
import { clock } from '../src/elements/injection-video/media-time.js';
import { PRINT_ATTR, printHiddenSelector } from '../src/elements/injection-video/print.js';
import { loadBundledModel } from '../src/content/index.js';
import type { ContentModel } from '../src/model/types.js';
import { parseVtt } from '../src/model/media-rules.js';
import { clickPlay, clippers, inside, outlineBox, settle, shadow } from './helpers.js';
import { make } from './contract.js';
import { emulateMedia } from '@web/test-runner-commands';

const bundled = await loadBundledModel('en-GB');
const videoData = bundled.videos[0];
const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el as HTMLElement).querySelector<T>(`[part~="${name}"]`);
const player = (el: HTMLElement) => part<HTMLVideoElement>(el, 'video');
const select = (el: HTMLElement, name: string) => shadow(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
const choose = async (el: InjectionVideo, name: string, value: string) => {
  const s = select(el, name);
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
};
const waitFor = async (what: string, ok: () => boolean, ms = 8000) => {
  const start = performance.now();
  while (!ok()) {
    if (performance.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

async function startPlaying(el: InjectionVideo): Promise<HTMLVideoElement> {
  const played = oneEvent(el, 'cytokine-play');
  part<HTMLButtonElement>(el, 'play-button')!.click();
  await played;
  const video = player(el)!;
  video.muted = true;
  return video;
}

/** Starts playback with a real click (WebKit plays only on a real gesture), muted, and waits until it plays. */
async function reallyPlaying(el: InjectionVideo): Promise<HTMLVideoElement> {
  const video = await clickPlay(el);
  await waitFor('the video to play', () => !video.paused && video.readyState >= 2);
  return video;
}

/** A stand-in for the Web Speech API: records what is said; the test decides when speech ends. */
class FakeSpeech {
  spoken: SpeechSynthesisUtterance[] = [];
  /** A voice on the device: the only kind the describer lets speak. */
  getVoices() {
    return [{ localService: true, lang: 'en-GB', name: 'Test voice', voiceURI: 'test', default: true }];
  }
  cancelled = 0;
  speaking = false;
  speak(u: SpeechSynthesisUtterance) {
    this.spoken.push(u);
    this.speaking = true;
  }
  cancel() {
    this.cancelled++;
    this.speaking = false;
  }
  finish() {
    this.speaking = false;
    const u = this.spoken.at(-1)!;
    u.onend?.call(u, new Event('end') as SpeechSynthesisEvent);
  }
}
let realSpeech: PropertyDescriptor | undefined;
function fakeSpeech(): FakeSpeech {
  const fake = new FakeSpeech();
  realSpeech ??= Object.getOwnPropertyDescriptor(window, 'speechSynthesis') ?? Object.getOwnPropertyDescriptor(Window.prototype, 'speechSynthesis');
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true, writable: true });
  return fake;
}
afterEach(() => {
  if (realSpeech) Object.defineProperty(window, 'speechSynthesis', { ...realSpeech, configurable: true });
  else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  localStorage.removeItem(CAPTION_STYLE_KEY);
});

const descriptionCues = async (): Promise<{ start: number; end: number; text: string }[]> =>
  parseVtt(await (await fetch(videoData.descriptions![0].src)).text()).cues;

/** The bundled video with a sign-language file added, as a host would supply it. */
function withSigner(): ContentModel {
  const model = structuredClone(bundled);
  const video = model.videos[0];
  const webm = video.media.find((m) => m.type === 'video/webm')!;
  const mp4 = video.media.find((m) => m.type === 'video/mp4')!;
  // The demo video stands in for a signer: the same length, so the sync can be checked.
  video.media.push({ ...webm, role: 'sign-language', label: 'British Sign Language (BSL)' }, { ...mp4, role: 'sign-language', label: 'British Sign Language (BSL)' });
  return model;
}
async function signed(): Promise<InjectionVideo> {
  const el = document.createElement('injection-video') as InjectionVideo;
  el.model = withSigner();
  await fixture(html`<div></div>`).then((d) => d.append(el));
  await settle(el);
  return el;
}

describe('<injection-video> player settings', () => {
  // The menu itself (its label, its five speeds, Normal at first): the "Playback speed" story.
  it('speed: the chosen one is the video\'s when it starts and while it plays, and the menu follows the native controls', async () => {
    const el = (await make('injection-video')) as InjectionVideo;
    await choose(el, 'speed', '1.5');
    const video = await startPlaying(el);
    expect(video.playbackRate).to.equal(1.5);
    expect(video.defaultPlaybackRate, 'kept if the video is reloaded').to.equal(1.5);
    await choose(el, 'speed', '0.75');
    expect(video.playbackRate).to.equal(0.75);
    // The native controls' own speed menu: ours shows what it chose, even a speed we do not
    // offer, which is added to the menu so that it never shows a wrong speed.
    const changed = oneEvent(video, 'ratechange');
    video.playbackRate = 0.5;
    await changed;
    await el.updateComplete;
    const speed = select(el, 'speed');
    expect(speed.value).to.equal('0.5');
    expect([...speed.options].map((o) => o.textContent!.trim())).to.deep.equal(['0.5×', '0.75×', 'Normal', '1.25×', '1.5×', '2×']);
    video.pause();
  });

  // The panel, its menus and the sample's look for each choice: the "Caption style (panel open)" story.
  describe('caption style (EN 301 549 7.1.4)', () => {
    it('nothing is stored until the reader chooses; the choice is stored and used by every widget', async () => {
      localStorage.removeItem(CAPTION_STYLE_KEY);
      const a = (await make('injection-video')) as InjectionVideo;
      const b = (await make('injection-video')) as InjectionVideo;
      expect(localStorage.getItem(CAPTION_STYLE_KEY)).to.equal(null);

      await choose(a, 'caption-size', 'largest');
      await choose(a, 'caption-colours', 'yellow-on-black');
      expect(JSON.parse(localStorage.getItem(CAPTION_STYLE_KEY)!)).to.deep.equal({ size: 'largest', colours: 'yellow-on-black' });

      // The other widget on the page follows, and its video starts with the chosen style.
      await b.updateComplete;
      expect(select(b, 'caption-size').value).to.equal('largest');
      const video = await startPlaying(b);
      expect([...video.classList]).to.include.members(['cues-largest', 'cues-yellow-on-black']);
      video.pause();
      // So does a widget on the next page (here: made later).
      const c = (await make('injection-video')) as InjectionVideo;
      expect(select(c, 'caption-colours').value).to.equal('yellow-on-black');
    });

    it('a choice made in another tab of the site applies here too', async () => {
      const el = (await make('injection-video')) as InjectionVideo;
      localStorage.setItem(CAPTION_STYLE_KEY, JSON.stringify({ size: 'larger', colours: 'black-on-white' }));
      // The browser sends this to the other tabs; a test can only make it here.
      window.dispatchEvent(new StorageEvent('storage', { key: CAPTION_STYLE_KEY }));
      await el.updateComplete;
      expect(part(el, 'caption-sample')!.className).to.equal('sample cues-larger cues-black-on-white');
    });

    it('a choice applies to the video playing now', async () => {
      const el = (await make('injection-video')) as InjectionVideo;
      const video = await startPlaying(el);
      await choose(el, 'caption-colours', 'black-on-white');
      expect(video.classList.contains('cues-black-on-white')).to.equal(true);
      expect(player(el)).to.equal(video);
      video.pause();
    });

    it('this engine accepts the ::cue rules for every size and colour scheme', async () => {
      const el = (await make('injection-video')) as InjectionVideo;
      const rules = (el.shadowRoot!.adoptedStyleSheets.length ? el.shadowRoot!.adoptedStyleSheets : [...el.shadowRoot!.styleSheets])
        .flatMap((sheet) => [...sheet.cssRules])
        .map((r) => (r as CSSStyleRule).selectorText ?? '');
      for (const name of ['large', 'larger', 'largest', 'white-on-black', 'black-on-white', 'yellow-on-black']) {
        expect(rules.some((s) => s.includes(`cues-${name}`) && s.includes('::cue')), `video.cues-${name}::cue`).to.equal(true);
      }
    });

    it('storage that is full, blocked or holds nonsense never breaks the widget', async () => {
      localStorage.setItem(CAPTION_STYLE_KEY, '{"size":"huge","colours":42');
      const el = (await make('injection-video')) as InjectionVideo;
      expect(select(el, 'caption-size').value).to.equal('standard');
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        await choose(el, 'caption-size', 'large');
      } finally {
        Storage.prototype.setItem = setItem;
      }
      expect(part(el, 'caption-sample')!.classList.contains('cues-large')).to.equal(true);
    });
  });

  describe('captions on in every engine', () => {
    it('the captions track is showing and the description track off, until the reader asks for description', async () => {
      const el = (await make('injection-video')) as InjectionVideo;
      const video = await startPlaying(el);
      const tracks = [...video.textTracks];
      expect(tracks.map((t) => [t.kind, t.mode])).to.deep.equal([
        ['captions', 'showing'],
        ['descriptions', 'disabled'],
      ]);
      video.pause();
    });
  });

  // The checkbox (labelled, off at first) and its polite live region: the "Audio description" story.
  describe('audio description (WCAG 1.2.5)', () => {
    it('with it on, each description is spoken and written to the live region as the video reaches it', async function () {
      this.timeout(20000);
      const speech = fakeSpeech();
      const cues = await descriptionCues();
      expect(cues.length).to.equal(videoData.chapters.length);
      const el = (await make('injection-video')) as InjectionVideo;
      const box = part<HTMLInputElement>(el, 'audio-description')!;
      const live = part(el, 'description')!;
      box.click();
      await el.updateComplete;
      const video = await startPlaying(el);
      video.pause();
      const cue = cues[1];
      video.currentTime = cue.start + 0.05;
      await waitFor('the description', () => live.textContent!.trim() === cue.text);
      expect(live.getBoundingClientRect().height, 'the description is shown').to.be.greaterThan(0);
      expect(speech.spoken.at(-1)!.text).to.equal(cue.text);
      expect(speech.spoken.at(-1)!.lang).to.equal('en');
      expect(textTrack(video, 'descriptions').mode).to.equal('hidden');
      // Turned off: silence, the live region empties, the track is off.
      box.click();
      await el.updateComplete;
      expect(live.textContent!.trim()).to.equal('');
      expect(textTrack(video, 'descriptions').mode).to.equal('disabled');
    });

    it('holds the video while a description is still being said, and goes on when it is done', async function () {
      this.timeout(30000);
      const speech = fakeSpeech();
      const cue = (await descriptionCues())[2];
      const el = (await make('injection-video')) as InjectionVideo;
      // Turned on once playing: the first description, at 0:00, would hold the video at once.
      const video = await reallyPlaying(el);
      part<HTMLInputElement>(el, 'audio-description')!.click();
      await el.updateComplete;
      video.currentTime = cue.start - 0.3;
      await waitFor('the description to be said', () => speech.spoken.some((u) => u.text === cue.text), 10000);
      // The speech has not ended: once the cue's time is up, the video waits.
      await waitFor('the video to be held', () => video.paused, 5000);
      expect(video.currentTime).to.be.lessThan(cue.end + 1);
      speech.finish();
      await waitFor('the video to go on', () => !video.paused, 5000);
      video.pause();
    });

    it('without speech, a description is announced and timed by its length', () => {
      expect(estimateSeconds('Part 2 of 6: Prepare.')).to.be.within(2, 5);
      expect(estimateSeconds('word '.repeat(200))).to.equal(20);
    });
  });

  // The toggle (named after the sign language), nothing before play, the signer over the player
  // (muted, no controls, named) and turned off again: the "Sign language" story.
  describe('sign language', () => {
    it('the signer follows the video: play, pause, time and speed', async function () {
      this.timeout(20000);
      const el = await signed();
      part<HTMLInputElement>(el, 'sign-language')!.click();
      await el.updateComplete;
      const video = await reallyPlaying(el);
      await el.updateComplete;
      const sign = part<HTMLVideoElement>(el, 'sign-video')!;
      expect(sign, 'the signer').to.exist;
      await waitFor('the signer to play', () => !sign.paused);
      video.pause();
      await waitFor('the signer to stop', () => sign.paused);
      await new Promise((r) => video.readyState >= 1 ? r(undefined) : video.addEventListener('loadedmetadata', r, { once: true }));
      const seeked = oneEvent(video, 'seeked');
      video.currentTime = 42;
      await seeked;
      await waitFor('the signer to be in step', () => Math.abs(sign.currentTime - 42) <= MAX_DRIFT);
      video.playbackRate = 1.25;
      await waitFor('the signer at the same speed', () => sign.playbackRate === 1.25);
    });

    it('no toggle when the content has no sign-language file', async () => {
      const el = (await make('injection-video')) as InjectionVideo;
      expect(part(el, 'sign-language')).to.equal(null);
    });
  });
});

function textTrack(video: HTMLVideoElement, kind: TextTrackKind): TextTrack {
  return [...video.textTracks].find((t) => t.kind === kind)!;
}

describe('<injection-video> transcript tools', () => {
  const marks = (el: HTMLElement) => [...el.querySelectorAll(':scope > [data-cytokine-transcript] mark')];

  // Searching, moving between matches (keys and buttons), no match and clearing the box: the
  // "Transcript search" story.
  it('searches for what was typed, as text: a bracket or a dot is not a pattern', async () => {
    const el = (await make('injection-video', { 'transcript-open': '' })) as InjectionVideo;
    const input = part<HTMLInputElement>(el, 'search-input')!;
    const search = async (query: string) => {
      input.value = query;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      return part(el, 'search-status')!.textContent!.trim();
    };
    expect(await search('zebra (')).to.equal('No matches for “zebra (”.');
    // "s.in" as a pattern would match "skin"; as text it is not in the transcript.
    expect(await search('s.in')).to.equal('No matches for “s.in”.');
    expect(marks(el).length).to.equal(0);
    expect(await search('skin.')).to.match(/^Match 1 of \d+\.$/);
    expect(marks(el).every((m) => m.textContent!.toLowerCase() === 'skin.')).to.equal(true);
  });

  it('prints the widget alone: title, whole transcript, review status and sources, without the player', async function () {
    const el = (await make('injection-video')) as InjectionVideo;
    const other = document.createElement('p');
    other.textContent = 'The rest of the page';
    el.parentElement!.before(other);
    const print = window.print;
    const seen: { otherHidden: boolean; parentHidden: boolean; marked: boolean; sheets: number; otherShown?: string; titleShown?: string; lineShown?: boolean; playerShown?: string }[] = [];
    let emulated = true;
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      emulated = false; // only Chromium's protocol emulates print; elsewhere the marks are checked
    }
    window.print = () => {
      const firstLine = el.querySelector(':scope > [data-cytokine-transcript] .cue-text')!;
      seen.push({
        otherHidden: other.matches(printHiddenSelector()),
        parentHidden: el.parentElement!.matches(printHiddenSelector()),
        marked: el.hasAttribute(PRINT_ATTR),
        sheets: document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes(PRINT_ATTR))).length,
        otherShown: getComputedStyle(other).display,
        titleShown: getComputedStyle(part(el, 'title')!).display,
        lineShown: firstLine.getBoundingClientRect().height > 0,
        playerShown: getComputedStyle(part(el, 'player')!).display,
      });
    };
    try {
      part<HTMLButtonElement>(el, 'print-button')!.click();
      // Printing's code loads on demand: the print comes a moment after the click.
      await waitFor('the print', () => seen.length > 0);
    } finally {
      window.print = print;
      if (emulated) await emulateMedia({ media: 'screen' });
    }
    expect(seen.length).to.equal(1);
    // In every engine: the print selector parses, hides the page around, and keeps the widget and its ancestors.
    expect(seen[0].otherHidden).to.equal(true);
    expect(seen[0].parentHidden).to.equal(false);
    expect(seen[0].marked).to.equal(true);
    expect(seen[0].sheets).to.equal(1);
    if (emulated) {
      expect(seen[0].otherShown).to.equal('none');
      expect(seen[0].titleShown).to.not.equal('none');
      expect(seen[0].lineShown, 'the closed transcript prints whole').to.equal(true);
      expect(seen[0].playerShown).to.equal('none');
    }
    window.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute(PRINT_ATTR)).to.equal(false);
    expect(part<HTMLDetailsElement>(el, 'transcript')!.open, 'disclosures closed again').to.equal(false);
    expect(document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes(PRINT_ATTR)))).to.equal(false);
    other.remove();
    if (!emulated) this.test!.title += ' (print media not emulated here)';
  });
});

describe('<injection-video> a print that never ends', () => {
  const printSheets = () => document.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes(PRINT_ATTR))).length;
  async function printWithoutEnd(el: InjectionVideo): Promise<() => void> {
    const print = window.print;
    let called = false;
    window.print = () => {
      called = true; // a sandboxed frame: nothing happens, and no afterprint comes
    };
    part<HTMLButtonElement>(el, 'print-button')!.click();
    await waitFor('the print', () => called);
    expect(el.hasAttribute(PRINT_ATTR)).to.equal(true);
    return () => (window.print = print);
  }

  it('ends at the reader\'s next action on the page', async () => {
    const el = (await make('injection-video')) as InjectionVideo;
    const restore = await printWithoutEnd(el);
    try {
      await new Promise((r) => setTimeout(r, 10));
      window.dispatchEvent(new Event('pointerdown'));
      expect(el.hasAttribute(PRINT_ATTR)).to.equal(false);
      expect(printSheets()).to.equal(0);
    } finally {
      restore();
    }
  });

  it('ends when the widget leaves the page, so later prints are not blank', async () => {
    const el = (await make('injection-video')) as InjectionVideo;
    const restore = await printWithoutEnd(el);
    try {
      el.remove();
      expect(printSheets()).to.equal(0);
    } finally {
      restore();
    }
  });
});

describe('<injection-video> new controls: keyboard, targets, axe, privacy', () => {
  it('every control is reached with Tab in reading order and is at least 24 by 24 px', async () => {
    const el = await signed();
    el.transcriptOpen = true;
    await el.updateComplete;
    part<HTMLDetailsElement>(el, 'caption-style')!.open = true;
    await el.updateComplete;
    const expected = [
      'play-button', 'speed', 'audio-description', 'sign-language', 'details-summary', 'caption-size', 'caption-colours',
      ...Array<string>(videoData.chapters.length).fill('chapter'), 'details-summary', 'search-input', 'download', 'print-button',
      // The transcript, in the page's DOM: one "Play from" button per chapter.
      ...Array<string>(videoData.chapters.length).fill('play-from'),
    ];
    const start = document.createElement('button');
    el.before(start);
    start.focus();
    const reached: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await sendKeys({ press: 'Tab' });
      const light = document.activeElement?.closest('[data-cytokine-transcript]') ? document.activeElement : null;
      reached.push(light ? (light.hasAttribute('data-play-from') ? 'play-from' : light.localName) : (shadow(el).activeElement?.getAttribute('part') ?? ''));
    }
    expect(reached).to.deep.equal(expected);
    start.remove();
    // Sources' links sit in sentences (exempt in WCAG 2.5.8); every other control is counted.
    const controls = [
      ...shadow(el).querySelectorAll<HTMLElement>('select, input, button, a[href]:not([part~="link"]), summary'),
      ...el.querySelectorAll<HTMLElement>(':scope > [data-cytokine-transcript] button'),
    ];
    const shown = [...controls].filter((c) => c.getBoundingClientRect().width > 0);
    // Every control reached with Tab above is shown, so each is measured.
    expect(shown.length).to.be.at.least(expected.length);
    for (const c of shown) {
      const box = c.getBoundingClientRect();
      expect(Math.min(box.width, box.height), c.getAttribute('part') ?? c.textContent!.trim()).to.be.at.least(24);
    }
  });

  it('is axe-clean with the settings open, a search made, and audio description and signer on while playing', async function () {
    this.timeout(20000);
    fakeSpeech();
    const el = await signed();
    el.transcriptOpen = true;
    part<HTMLDetailsElement>(el, 'caption-style')!.open = true;
    part<HTMLInputElement>(el, 'audio-description')!.click();
    part<HTMLInputElement>(el, 'sign-language')!.click();
    const input = part<HTMLInputElement>(el, 'search-input')!;
    input.value = 'skin';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const video = await startPlaying(el);
    video.pause();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('settings chosen before play load nothing: no media until the reader presses play', async () => {
    const since = performance.now();
    const el = await signed();
    part<HTMLInputElement>(el, 'audio-description')!.click();
    part<HTMLInputElement>(el, 'sign-language')!.click();
    await choose(el, 'speed', '1.25');
    await new Promise((r) => setTimeout(r, 300));
    const media = performance.getEntriesByType('resource').filter((e) => e.startTime >= since && /\.(mp4|webm|vtt)(\?|$)/.test(e.name));
    expect(media.map((e) => e.name)).to.deep.equal([]);
  });

  it('taken out of the page, stops speaking and lets go of the signer', async function () {
    this.timeout(20000);
    const speech = fakeSpeech();
    const el = await signed();
    part<HTMLInputElement>(el, 'audio-description')!.click();
    part<HTMLInputElement>(el, 'sign-language')!.click();
    await el.updateComplete;
    const video = await startPlaying(el);
    await el.updateComplete;
    const sign = part<HTMLVideoElement>(el, 'sign-video')!;
    video.pause();
    video.currentTime = videoData.chapters[1].start + 0.05;
    await waitFor('a description', () => speech.spoken.length > 0 && speech.speaking);
    const track = textTrack(video, 'descriptions');
    const cancelled = speech.cancelled;
    el.remove();
    await Promise.resolve();
    await el.updateComplete;
    expect(sign.hasAttribute('src')).to.equal(false);
    expect(speech.cancelled).to.equal(cancelled + 1);
    expect(track.mode).to.equal('disabled');
    expect(video.paused).to.equal(true);
  });
});

describe('<injection-video> the player seen at any text size and with a keyboard', () => {
  it('after a keyboard play, the focused video has a focus ring that nothing clips (WCAG 2.4.7)', async () => {
    const el = (await make('injection-video')) as InjectionVideo;
    // A theme's ring: its colour and width must be what is drawn.
    el.style.setProperty('--cytokine-focus-color', 'rgb(200, 0, 100)');
    el.style.setProperty('--cytokine-focus-width', '5px');
    part<HTMLButtonElement>(el, 'play-button')!.focus();
    // The video can start before sendKeys returns: listen first.
    const played = oneEvent(el, 'cytokine-play');
    await sendKeys({ press: 'Enter' });
    const video = (await played).detail.video;
    video.muted = true;
    video.pause();
    expect(shadow(el).activeElement, 'focus moved to the video').to.equal(video);
    // The ring a reader sees around the video: the video's own, or one drawn around it.
    const around: Element[] = [];
    for (let e: Element | null = video; e; e = e.parentElement) around.push(e);
    const rings = around
      .map((e) => ({ e, area: outlineBox(e) }))
      .filter((r): r is { e: Element; area: DOMRect } => r.area !== null && inside(video.getBoundingClientRect(), r.area));
    const seen = rings.filter((r) => clippers(r.e, r.area).length === 0);
    const described = rings.map((r) => `${r.e.localName}.${r.e.className} clipped by [${clippers(r.e, r.area).map((c) => c.getAttribute('part') ?? c.localName)}]`);
    expect(seen.length, `a ring around the video that nothing clips; rings: ${described.join('; ') || 'none'}`).to.be.greaterThan(0);
    const style = getComputedStyle(seen[0].e);
    expect(style.outlineColor).to.equal('rgb(200, 0, 100)');
    expect(style.outlineWidth).to.equal('5px');
  });

  it('at normal text size the facade is the 16:9 player', async () => {
    const el = (await make('injection-video')) as InjectionVideo;
    const box = part(el, 'player')!.getBoundingClientRect();
    expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
  });

  // On the demo pages at 320 to 375 px, with the page's gutters, the widget's box is 200 to 260 px
  // wide (the player 130 to 190 px); at 1024 px a video in a side column is as narrow.
  for (const width of [200, 260, 320, 375, 1024]) {
    it(`in a ${width} px wide box with text at 200%, the play label lies wholly inside the player, nothing cut off (WCAG 1.4.4)`, async () => {
      // A browser's text-size setting: every rem doubles.
      document.documentElement.style.fontSize = '200%';
      try {
        const el = (await make('injection-video')) as InjectionVideo;
        el.parentElement!.style.inlineSize = `${width}px`;
        await new Promise((r) => requestAnimationFrame(r));
        const playerPart = part(el, 'player')!;
        const box = playerPart.getBoundingClientRect();
        const label = part(el, 'play-label')!;
        const words = document.createRange();
        words.selectNodeContents(label);
        const at = (r: DOMRect) => `${Math.round(r.left)}–${Math.round(r.right)} × ${Math.round(r.top)}–${Math.round(r.bottom)}`;
        const where = (r: DOMRect) => `${at(r)} in a player at ${at(box)}`;
        expect(inside(label.getBoundingClientRect(), box), `label ${where(label.getBoundingClientRect())}`).to.equal(true);
        expect(inside(words.getBoundingClientRect(), box), `words ${where(words.getBoundingClientRect())}`).to.equal(true);
        // Nothing the player holds is cut off by it (or by anything else).
        for (const child of playerPart.querySelectorAll('*')) {
          const r = child.getBoundingClientRect();
          if (r.width && r.height) expect(clippers(child, r).map((c) => c.getAttribute('part') ?? c.localName), `${child.localName} clipped`).to.deep.equal([]);
        }
        expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`▶ Play video ${clock(videoData.duration)}`);
      } finally {
        document.documentElement.style.removeProperty('font-size');
      }
    });
  }
});
