import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ContentRequest } from '../../content/index.js';
import type { ContentModel, Video } from '../../model/types.js';
import { CytokineError } from '../../model/errors.js';
import { resolveVideo } from '../../model/load.js';
import * as t from '../../i18n/messages.js';
import { CytokineElement } from '../../shared/cytokine-element.js';
import { heading, subLevel } from '../../shared/heading.js';
import { markUp, provenance } from '../../shared/content-templates.js';
import { isSafeHref } from '../../model/links.js';
import { injectionVideoStyles } from './injection-video.styles.js';
import { chapterAt, clock, cueAt, isoDuration } from './media-time.js';
import { removeTranscript, renderTranscript } from './transcript.js';

export const DEFAULT_VIDEO = 'subcutaneous-injection';

/**
 * A private, captioned video with a transcript first. Until the reader presses play it shows a
 * poster, the title, the duration and a real play button, and loads no video bytes and nothing
 * from any other site. On play it creates a native `<video>` with captions on. The transcript is
 * readable without playing, sits in the page's own DOM (so it is found by search and printed),
 * and while playing marks the current line and seeks when a line is chosen.
 *
 * @summary A privacy-first, captioned how-to video (giving an injection under the skin) with an interactive transcript.
 * @tag injection-video
 *
 * @attr {string} video - Id of the video in the content model. Default `subcutaneous-injection`.
 * @attr {string} lang - Language of the content; defaults to the nearest `lang` in the page, then `en-GB`.
 * @attr {number} heading-level - Level (1–6) of the video's title; the chapters heading is one lower. Default 2.
 * @attr {string} src - URL of your own content model (JSON), e.g. pointing at your own footage.
 * @attr {string} messages - URL of your own message catalogue (JSON): the interface words in another language, translated from `dist/messages/en-GB.json`. Used by every widget in that language.
 * @attr {boolean} transcript-open - Shows the transcript open at first.
 * @attr {string} captions - `on` (default) shows captions when the video starts; `off` leaves them for the reader to turn on.
 * @prop {ContentModel} model - A content model object; validated like `src` and used instead of it.
 *
 * @slot - Fallback shown before the element upgrades, while a `src` loads, and with any error (e.g. a link to a transcript page).
 * @slot transcript - Filled by the element itself with the transcript (in the page's DOM, so it can be found and printed).
 *
 * @csspart base - The widget box.
 * @csspart title - The video's title.
 * @csspart player - The 16:9 box that holds the poster or the video.
 * @csspart play-button - The play button over the poster.
 * @csspart play-label - The visible label and duration inside the play button.
 * @csspart poster - The poster image.
 * @csspart video - The native video element, once playing.
 * @csspart chapters - The chapter list.
 * @csspart section-heading - The chapters heading.
 * @csspart chapter - Each chapter button.
 * @csspart transcript - The transcript disclosure.
 * @csspart details - Disclosures (transcript, sources).
 * @csspart details-summary - Their summaries.
 * @csspart media-error - The message shown when the video cannot play.
 * @csspart footer - The review dates and sources.
 * @csspart error - The message shown when the video cannot be shown at all.
 * @csspart language-note - The note that says the content is not in the page's language (and which language it is in).
 * @csspart review-due - The note shown once the content's next review date has passed.
 *
 * @cssprop [--cytokine-video-background=#000] - Behind the poster and video.
 * @cssprop [--cytokine-play-background=#fff] - Play button background.
 * @cssprop [--cytokine-play-text=#212b32] - Play button text and border.
 * @cssprop [--cytokine-current-background=currentColor at 10%] - Behind the transcript line being spoken.
 * @cssprop [--cytokine-focus-color=currentColor] - Focus outline colour.
 * @cssprop [--cytokine-text-color=inherit] - Text colour.
 * @cssprop [--cytokine-font-family=inherit] - Font.
 * @cssprop [--cytokine-radius=0.5rem] - Corner radius.
 * @cssprop [--cytokine-space=1rem] - Base spacing.
 *
 * @fires cytokine-error - The video cannot be shown or played. `detail: { code, message, hint }` (`message` is what readers see; `hint` says what to fix, for developers); codes: `unknown-video`, `media-error`, `media-unsupported`, `src-unreachable`, `src-invalid`, `src-too-large`, `model-invalid`, `render-failed`.
 * @fires cytokine-ready - The content is ready and shown.
 * @fires cytokine-play - The reader pressed play; the video element now exists. `detail: { video }`.
 */
export class InjectionVideo extends CytokineElement<Video> {
  static override styles = [...CytokineElement.styles, injectionVideoStyles];
  static override properties: PropertyDeclarations = {
    video: {},
    transcriptOpen: { type: Boolean, reflect: true, attribute: 'transcript-open' },
    captions: { reflect: true },
    playing: { state: true, attribute: false },
    time: { state: true, attribute: false },
    mediaError: { state: true, attribute: false },
  };

  protected static override selectors: readonly string[] = ['video'];
  /** Id of the video in the content model; the injection video when absent. */
  video?: string;

  /** Shows the transcript open. Reflected, so a page's stylesheet can read it. */
  transcriptOpen = false;

  /** `off` starts the video with captions off; captions are on by default. */
  captions: 'on' | 'off' = 'on';

  /** True once the reader has pressed play (or chosen a line or chapter). */
  protected playing = false;
  protected time = 0;
  protected mediaError?: CytokineError;

  private get videoElement(): HTMLVideoElement | null {
    return this.renderRoot.querySelector('video');
  }
  private startAt = 0;
  private source?: string;
  private cors = false;
  private focusVideo = false;

  protected request(): ContentRequest {
    return { kind: 'video', id: this.video?.trim() || DEFAULT_VIDEO };
  }

  protected select(model: ContentModel): Video {
    const id = this.video?.trim() || DEFAULT_VIDEO;
    const video = resolveVideo(model, id);
    if (!video) throw new CytokineError('unknown-video', id);
    return video;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A page that moves the widget takes it out and puts it back in one task: keep playing then.
    queueMicrotask(() => {
      if (!this.isConnected) this.unloadVideo();
    });
  }

  /**
   * Stops and unloads the video of a widget taken out of the page, and shows its facade again if
   * it is put back. Chromium's document keeps every captions track it has shown (for `::cue`
   * styles) until the track leaves its video, and through the track the video, its listeners and
   * the whole widget: about 770 nodes and 40 listeners per played video, measured by
   * scripts/memory.mjs. Turning each track off and taking it out lets go of them (the growth
   * measured is then zero); emptying the source ends any loading.
   */
  private unloadVideo(): void {
    const video = this.videoElement;
    if (!video) return;
    video.pause();
    for (const track of video.querySelectorAll('track')) {
      track.track.mode = 'disabled';
      track.remove();
    }
    video.removeAttribute('src');
    video.load();
    this.playing = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A different video (or model) starts again from its facade.
    if (changed.has('view')) {
      this.playing = false;
      this.mediaError = undefined;
      this.time = 0;
    }
  }

  protected renderContent(video: Video, model: ContentModel): TemplateResult {
    const level = this.level;
    const chapter = this.playing && !this.mediaError ? chapterAt(video.chapters, this.time) : -1;
    return html`<figure class="figure" aria-labelledby="title">
      ${heading(level, video.title, 'title', 'title')}
      <p>${video.description.text}</p>
      ${video.illustration ? html`<p class="illustration"><span class="badge">${t.illustration()}</span>${video.illustration}</p>` : nothing}
      <div part="player" class="player">${this.renderPlayer(video)}</div>
      ${video.chapters.length
        ? html`<nav part="chapters" class="chapters" aria-labelledby="chapters-heading">
            ${heading(subLevel(level), t.chapters(), 'section-heading', 'chapters-heading')}
            <ol>${video.chapters.map((c, i) => html`<li><button part="chapter" type="button" aria-current=${i === chapter ? 'true' : nothing}
              @click=${() => this.seek(c.start)}><span class="time">${clock(c.start)}</span> ${c.title}</button></li>`)}</ol>
          </nav>`
        : nothing}
      <details part="transcript details" class="transcript" ?open=${this.transcriptOpen}>
        <summary part="details-summary">${t.transcript()}</summary>
        <slot name="transcript"></slot>
      </details>
      ${provenance(model, video)}
    </figure>`;
  }

  private renderPlayer(video: Video): TemplateResult {
    if (this.mediaError) {
      return html`<p part="media-error" class="media-error" role="alert" tabindex="-1">${this.readerMessage(this.mediaError)}</p>`;
    }
    if (!this.playing) {
      const poster = video.poster && isSafeHref(video.poster.src) ? video.poster : undefined;
      const duration = clock(video.duration);
      const words = markUp(t.play(duration), duration, (d) => html`<time datetime=${isoDuration(video.duration)}>${d}</time>`);
      return html`<button part="play-button" class="facade" type="button" aria-label=${t.playVideo(duration, video.title)}
          @click=${() => this.play(0, true)}>
        ${poster ? html`<img part="poster" class="poster" src=${poster.src} alt="" decoding="async">` : nothing}
        <span part="play-label" class="play"><span aria-hidden="true">▶</span> ${words}</span>
      </button>`;
    }
    return html`<video part="video" controls playsinline preload="auto" aria-label=${video.title}
        crossorigin=${this.cors ? 'anonymous' : nothing} src=${this.source ?? ''} @timeupdate=${this.onTimeUpdate} @seeked=${this.onTimeUpdate} @error=${this.onMediaError}>
      ${video.captions.filter((t) => isSafeHref(t.src)).map(
        (t, i) => html`<track kind="captions" src=${t.src} srclang=${t.srclang} label=${t.label} ?default=${i === 0 && this.captions !== 'off'}>`,
      )}
    </video>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const view = this.view;
    if (view.status !== 'ready') {
      removeTranscript(this);
      return;
    }
    const cue = this.playing ? cueAt(view.value.transcript, this.time) : -1;
    renderTranscript(this, view.value.transcript, cue, view.model.locale, (t) => this.seek(t));
    const video = this.videoElement;
    if (changed.has('playing') && this.playing && video) this.startVideo(video);
    if (changed.has('mediaError') && this.mediaError) {
      this.reportError(this.mediaError);
      // The video (or its play button) had focus and was replaced by the error: keep focus there.
      if (document.activeElement === document.body) this.renderRoot.querySelector<HTMLElement>('[part="media-error"]')?.focus();
    }
  }

  private startVideo(video: HTMLVideoElement): void {
    // The `default` attribute alone turns captions on in Chromium and Firefox, but not in WebKit
    // (Safari): set the mode too. The other tracks stay off, so only one set shows.
    const tracks = video.textTracks;
    for (let i = 0; i < tracks.length; i++) tracks[i].mode = i === 0 && this.captions !== 'off' ? 'showing' : 'disabled';
    if (this.startAt) video.currentTime = this.startAt;
    if (this.focusVideo) video.focus();
    // Browsers may refuse play() (e.g. a data-saver setting); the native controls remain.
    video.play()?.catch(() => undefined);
    this.emit('cytokine-play', { video });
  }

  /** Starts the video, optionally at a time (seconds). Only ever called from a reader's action. */
  play(at = 0, moveFocus = false): void {
    const view = this.view;
    if (view.status !== 'ready' || this.mediaError) return;
    this.source = playableSource(view.value)?.src;
    // Captions from another origin (a CDN copy of dist/) load only in CORS mode.
    this.cors = view.value.captions.some((t) => new URL(t.src, location.href).origin !== location.origin);
    if (!this.source) {
      this.mediaError = new CytokineError('media-unsupported');
      return;
    }
    this.startAt = at;
    this.focusVideo = moveFocus;
    this.playing = true;
  }

  /** Moves playback to a time (seconds), starting the video if needed. */
  seek(time: number): void {
    const video = this.videoElement;
    if (!this.playing || !video) return this.play(time);
    video.currentTime = time;
    this.time = time;
    if (video.paused) video.play()?.catch(() => undefined);
  }

  private onTimeUpdate = (e: Event): void => {
    this.time = (e.target as HTMLVideoElement).currentTime;
  };

  private onMediaError = (e: Event): void => {
    const error = (e.target as HTMLVideoElement).error;
    // Chromium reports a missing file and an unplayable one alike (code 4); the format was
    // checked with canPlayType before, so treat both as a failed load.
    const code = error?.code === MediaError.MEDIA_ERR_DECODE ? 'media-unsupported' : 'media-error';
    this.mediaError = new CytokineError(code);
  };
}

/** The first media file this browser says it can play, with a safe URL. */
function playableSource(video: Video): Video['media'][number] | undefined {
  const probe = document.createElement('video');
  return video.media.find((m) => isSafeHref(m.src) && probe.canPlayType(m.type) !== '');
}
