import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ContentRequest } from '../../content/index.js';
import type { ContentModel, Video } from '../../model/types.js';
import { CytokineError } from '../../model/errors.js';
import { resolveVideo } from '../../model/lookup.js';
import * as t from '../../i18n/messages.js';
import { withLocale } from '../../i18n/locale.js';
import { CytokineElement } from '../../shared/cytokine-element.js';
import { heading, subLevel } from '../../shared/heading.js';
import { markUp, provenance } from '../../shared/content-templates.js';
import { isSafeHref } from '../../model/links.js';
import { injectionVideoStyles } from './injection-video.styles.js';
import { chapterAt, clock, cueAt, isoDuration } from './media-time.js';
import { removeTranscript, renderTranscript } from './transcript.js';
import { countMatches, searchPattern } from './transcript-search.js';
import { CAPTION_COLOURS, CAPTION_SIZES, onCaptionStyle, readCaptionStyle, saveCaptionStyle, DEFAULT_CAPTION_STYLE, type CaptionStyle } from './caption-style.js';
import type { Describer } from './describer.js';

type Extras = typeof import('./extras.js');
let extras: Promise<Extras> | undefined;
/** The describer, the signer's sync and printing, fetched the first time a reader needs one. */
const loadExtras = (): Promise<Extras> =>
  (extras ??= import('./extras.js').catch((e: unknown) => {
    extras = undefined; // a network failure: try again next time
    throw e;
  }));

const formats = new Map<string, Intl.NumberFormat>();
/** Speeds and match counts in the interface's language; one formatter per language, as the widget redraws as the video plays. */
function numberFormat(locale: string): Intl.NumberFormat {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })));
  return format;
}

/** Playback speeds offered (WCAG asks for none; hurried and slow readers both asked). */
export const SPEEDS = [0.75, 1, 1.25, 1.5, 2] as const;

export const DEFAULT_VIDEO = 'subcutaneous-injection';

/** Detail of `cytokine-play`. */
export interface CytokinePlayDetail {
  /** The native video element, just created and told to play. */
  video: HTMLVideoElement;
}

/** The event only this element fires; the ones every widget fires are in shared/events.ts. */
export interface InjectionVideoEventMap {
  /** The reader pressed play; the video element now exists. */
  'cytokine-play': CustomEvent<CytokinePlayDetail>;
}

declare global {
  interface HTMLElementEventMap extends InjectionVideoEventMap {}
  interface DocumentEventMap extends InjectionVideoEventMap {}
}

/**
 * A private, captioned video with a transcript first. Until the reader presses play it shows a
 * poster, the title, the duration and a real play button, and loads no video bytes and nothing
 * from any other site. On play it creates a native `<video>` with captions on in every engine.
 * The transcript is readable without playing, sits in the page's own DOM (so it is found by
 * search and printed), is grouped by chapter with a "Play from" button for each, plays from a
 * line that is clicked, and while playing marks the current line;
 * it can be searched, downloaded and printed on its own. Under the player: playback speed,
 * caption size and colours (remembered on the site once chosen), audio description (spoken, and
 * written to a live region) and, when the content has one, a sign-language video kept in step.
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
 * @slot transcript - Filled by the element itself with the transcript (in the page's DOM, so it can be found and printed): each chapter's title as a heading one level below the title, its lines as text (a click on one plays from there), and one "Play from" button per chapter. It is not in a shadow root, so a page styles it with selectors such as `[data-cytokine-transcript] [data-play-from]` (the buttons), `.transcript-heading` and `.cue` (a line; `[aria-current]` while spoken).
 *
 * @csspart base - The widget box.
 * @csspart title - The video's title.
 * @csspart illustration - The "Illustration" badge before the note that the video is an illustration, not real footage.
 * @csspart player - The box that holds the poster or the video: 16:9, and taller when the play label's text needs it. Draws the focus ring of the video inside it.
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
 * @csspart details-content - What the sources disclosure shows when open.
 * @csspart settings - The group of settings under the player (speed, audio description, sign language, caption style).
 * @csspart speed - The playback speed menu.
 * @csspart audio-description - The audio description checkbox (only when the video has descriptions).
 * @csspart sign-language - The sign-language checkbox (only when the content has a sign-language file).
 * @csspart sign-video - The sign-language video, over the player's top corner, once playing.
 * @csspart caption-style - The caption style disclosure.
 * @csspart caption-size - The caption size menu.
 * @csspart caption-colours - The caption colours menu.
 * @csspart caption-sample - A sample caption in the chosen size and colours.
 * @csspart description - The polite live region that shows each audio description as it is said.
 * @csspart transcript-tools - Search, download and print, above the transcript.
 * @csspart search-input - The transcript search box.
 * @csspart search-button - The Previous and Next match buttons.
 * @csspart search-status - How many matches, and which one is shown (a status message).
 * @csspart download - The "Download transcript" link.
 * @csspart print-button - The "Print transcript" button.
 * @csspart media-error - The message shown when the video cannot play. It takes focus when the video (or its play button) had it; otherwise the widget's live region announces it.
 * @csspart footer - The review dates and sources.
 * @csspart error - The message shown when the video cannot be shown at all.
 * @csspart language-note - The note that says the content is not in the page's language (and which language it is in).
 * @csspart review-due - The note shown once the content's next review date has passed.
 *
 * @cssprop [--cytokine-gap=1.5rem] - Space below the widget when something follows it (none after the last), so adjacent widgets do not touch.
 * @cssprop [--cytokine-video-background=#000] - Behind the poster and video.
 * @cssprop [--cytokine-play-background=#fff] - Play button background.
 * @cssprop [--cytokine-play-text=#212b32] - Play button text and border.
 * @cssprop [--cytokine-current-background=currentColor at 10%] - Behind the transcript line being spoken.
 * @cssprop [--cytokine-match-background=#ffeb3b] - Behind each transcript search match.
 * @cssprop [--cytokine-match-text=#000] - Text of each transcript search match.
 * @cssprop [--cytokine-current-match-background=#ff9800] - Behind the match the reader moved to.
 * @cssprop [--cytokine-focus-color=currentColor] - Focus outline colour.
 * @cssprop [--cytokine-text-color=inherit] - Text colour.
 * @cssprop [--cytokine-font-family=inherit] - Font.
 * @cssprop [--cytokine-heading-line-height=inherit] - Line height of headings. Leave it unset to let a reader's own line spacing reach them (WCAG 1.4.12).
 * @cssprop [--cytokine-radius=0.5rem] - Corner radius.
 * @cssprop [--cytokine-space=1rem] - Base spacing.
 * @cssprop [--cytokine-font-size=inherit] - Text size of the whole widget; headings and other text scale from it.
 * @cssprop [--cytokine-line-height=1.5] - Line height of the text.
 * @cssprop [--cytokine-heading-font-family=inherit] - Font of headings.
 * @cssprop [--cytokine-border-width=1px] - Width of the widget's border.
 * @cssprop [--cytokine-focus-width=3px] - Width of the focus outline.
 * @cssprop [--cytokine-link-hover-color=the link colour] - Link and disclosure colour on hover.
 * @cssprop [--cytokine-paragraph-spacing=0.75em] - Space after paragraphs and lists. In em, so it grows with the text (WCAG 1.4.12).
 * @cssprop [--cytokine-background=transparent] - Background of the widget.
 * @cssprop [--cytokine-border-color=currentColor at 35%] - Widget border colour.
 * @cssprop [--cytokine-divider-color=currentColor at 20%] - Lines between sections.
 * @cssprop [--cytokine-error-color=#d5281b] - Accent of the error message.
 * @cssprop [--cytokine-heading-color=inherit] - Heading colour.
 * @cssprop [--cytokine-link-color=inherit] - Link and disclosure colour.
 * @cssprop [--cytokine-max-width=48rem] - Largest width of the widget.
 *
 * @fires cytokine-error - The video cannot be shown or played. `detail: { code, message, hint }` (`message` is what readers see; `hint` says what to fix, for developers); codes: `unknown-video`, `media-error`, `media-unsupported`, `src-unreachable`, `src-invalid`, `src-too-large`, `model-invalid`, `render-failed`.
 * @fires cytokine-ready - The content is ready and shown.
 * @fires cytokine-review-due - The content's next review date has passed (the widget also says so). `detail: { nextReview }` (YYYY-MM-DD).
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
    rate: { state: true, attribute: false },
    captionStyle: { state: true, attribute: false },
    describing: { state: true, attribute: false },
    description: { state: true, attribute: false },
    signing: { state: true, attribute: false },
    query: { state: true, attribute: false },
    match: { state: true, attribute: false },
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
  /** Playback speed, kept when the video starts and in step with the native controls' own menu. */
  protected rate = 1;
  protected captionStyle: CaptionStyle = DEFAULT_CAPTION_STYLE;
  /** Audio description on (the reader's choice; off at first). */
  protected describing = false;
  /** The description being said, also written to a polite live region. */
  protected description = '';
  /** Sign-language video shown (the reader's choice; off at first). */
  protected signing = false;
  /** Transcript search: what the reader typed, and which match they are on. */
  protected query = '';
  protected match = 0;
  private describer?: Describer;
  private stopSign?: () => void;
  private signVideo?: HTMLVideoElement;
  private stopCaptionStyle?: () => void;
  private scrollToMatch = false;
  /** The search as a pattern, and its number of matches: derived when the query or content changes, not on every redraw. */
  private search: { pattern?: RegExp; count: number } = { count: 0 };

  private get videoElement(): HTMLVideoElement | null {
    return this.renderRoot.querySelector('video');
  }
  private startAt = 0;
  private source?: string;
  private cors = false;
  private focusVideo = false;
  /** Whether focus was in the player (on the video or its play button) when the error replaced it. */
  private focusMessage = false;

  protected request(): ContentRequest {
    return { kind: 'video', id: this.video?.trim() || DEFAULT_VIDEO };
  }

  protected select(model: ContentModel): Video {
    const id = this.video?.trim() || DEFAULT_VIDEO;
    const video = resolveVideo(model, id);
    if (!video) throw new CytokineError('unknown-video', id);
    return video;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A choice made in another widget on the page applies here too, from the next video on.
    this.stopCaptionStyle = onCaptionStyle((style) => (this.captionStyle = style));
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Read after the first draw, not before: a server-rendered widget hydrates with the
    // defaults it was rendered with, then shows the reader's saved choice.
    this.captionStyle = readCaptionStyle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopCaptionStyle?.();
    // A print that never ended (no afterprint) must not leave the page printing nothing.
    this.endPrint?.();
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
    this.releaseVideo();
    this.playing = false;
  }

  /** Lets go of the video and what plays with it (also when an error or new content replaces it). */
  private releaseVideo(): void {
    // A server renders no video, and has no render root to look in.
    if (isServer) return;
    this.stopExtras(false);
    const video = this.videoElement;
    if (!video) return;
    video.pause();
    for (const track of video.querySelectorAll('track')) {
      track.track.mode = 'disabled';
      track.remove();
    }
    emptyVideo(video);
  }

  /** Stops the describer and the signer's sync (the video or the reader's choice went). */
  private stopExtras(resume = true): void {
    this.describer?.stop(resume);
    this.describer = undefined;
    this.description = '';
    this.stopSign?.();
    this.stopSign = undefined;
    if (this.signVideo) emptyVideo(this.signVideo);
    this.signVideo = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A different video (or model) starts again from its facade.
    if (changed.has('mediaError') && this.mediaError) {
      this.focusMessage = !!this.renderRoot.querySelector('.player:focus-within');
      this.releaseVideo();
    }
    if (changed.has('view')) {
      this.releaseVideo();
      this.query = '';
      this.match = 0;
      this.playing = false;
      this.mediaError = undefined;
      this.time = 0;
    }
    if (changed.has('query') || changed.has('view')) {
      const pattern = searchPattern(this.query);
      this.search = { pattern, count: this.view.status === 'ready' ? countMatches(this.view.value.transcript, pattern) : 0 };
    }
  }

  protected renderContent(video: Video, model: ContentModel): TemplateResult {
    const level = this.level;
    const chapter = this.playing && !this.mediaError ? chapterAt(video.chapters, this.time) : -1;
    const sign = signSource(video);
    // In each chapter button the space before the title is part of the title's text: Chromium
    // leaves a space that stands alone (between the time's span and Lit's marker comment) out of
    // the button's name, which then reads "0:00About this video".
    return html`<figure class="figure" aria-labelledby="title">
      ${heading(level, video.title, 'title', 'title')}
      <p>${video.description.text}</p>
      ${video.illustration ? html`<p class="illustration"><span part="illustration" class="badge">${t.illustration()}</span>${video.illustration}</p>` : nothing}
      <div part="player" class="player">${this.renderPlayer(video, sign)}</div>
      ${this.renderSettings(video, sign)}
      ${video.chapters.length
        ? html`<nav part="chapters" class="chapters" aria-labelledby="chapters-heading">
            ${heading(subLevel(level), t.chapters(), 'section-heading', 'chapters-heading')}
            <ol>${video.chapters.map((c, i) => html`<li><button part="chapter" type="button" aria-current=${i === chapter ? 'true' : nothing}
              @click=${() => this.seek(c.start)}><span class="time">${clock(c.start)}</span>${` ${c.title}`}</button></li>`)}</ol>
          </nav>`
        : nothing}
      <details part="transcript details" class="transcript" ?open=${this.transcriptOpen}>
        <summary part="details-summary">${t.transcript()}</summary>
        ${this.renderTranscriptTools(video)}
        <slot name="transcript"></slot>
      </details>
      ${provenance(model, video)}
    </figure>`;
  }

  private renderPlayer(video: Video, signer: Video['media'][number] | undefined): TemplateResult {
    if (this.mediaError) {
      return html`<p part="media-error" class="media-error" tabindex="-1">${this.readerMessage(this.mediaError)}</p>`;
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
    const { size, colours } = this.captionStyle;
    const sign = this.signing ? signer : undefined;
    return html`<video part="video" class=${`cues-${size} cues-${colours}`} controls playsinline preload="auto" aria-label=${video.title}
        crossorigin=${this.cors ? 'anonymous' : nothing} src=${this.source ?? ''}
        @timeupdate=${this.onTimeUpdate} @seeked=${this.onTimeUpdate} @ratechange=${this.onRateChange} @error=${this.onMediaError}>
      ${safeTracks(video.captions).map(
        (t, i) => html`<track kind="captions" src=${t.src} srclang=${t.srclang} label=${t.label} ?default=${i === 0 && this.captions !== 'off'} @error=${this.onTrackError}>`,
      )}
      ${safeTracks(video.descriptions).map((t) => html`<track kind="descriptions" src=${t.src} srclang=${t.srclang} label=${t.label} @error=${this.onTrackError}>`)}
    </video>
    ${sign ? html`<video part="sign-video" class="sign" muted playsinline preload="auto" src=${sign.src} aria-label=${t.signVideo(sign.label ?? t.signLanguage())}
        @error=${this.onSignError}></video>` : nothing}`;
  }

  /** Speed, audio description, sign language and caption style: usable before play, applied on play. */
  private renderSettings(video: Video, sign: Video['media'][number] | undefined): TemplateResult {
    const speeds = SPEEDS.includes(this.rate as (typeof SPEEDS)[number]) ? SPEEDS : [...SPEEDS, this.rate].sort((a, b) => a - b);
    const number = numberFormat(this.interfaceLocale);
    const { size, colours } = this.captionStyle;
    return html`<div part="settings" class="settings" role="group" aria-label=${t.videoSettings()}>
      <label class="setting"><span>${t.speed()}</span>
        <select part="speed" name="speed" @change=${this.onSpeed}>
          ${speeds.map((r) => html`<option value=${r} ?selected=${r === this.rate}>${r === 1 ? t.normalSpeed() : t.speedOption(number.format(r))}</option>`)}
        </select></label>
      ${video.descriptions?.length
        ? html`<label class="setting check"><input part="audio-description" type="checkbox" .checked=${this.describing} @change=${this.onDescribing}> ${t.audioDescription()}</label>`
        : nothing}
      ${sign
        ? html`<label class="setting check"><input part="sign-language" type="checkbox" .checked=${this.signing} @change=${this.onSigning}> ${sign.label ?? t.signLanguage()}</label>`
        : nothing}
      <details part="details caption-style" class="caption-style">
        <summary part="details-summary">${t.captionStyle()}</summary>
        <div class="caption-settings">
          <label class="setting"><span>${t.captionSize()}</span>
            <select part="caption-size" name="caption-size" @change=${this.onCaptionStyle}>
              ${CAPTION_SIZES.map((v) => html`<option value=${v} ?selected=${v === size}>${t.captionSizeName(v)}</option>`)}
            </select></label>
          <label class="setting"><span>${t.captionColours()}</span>
            <select part="caption-colours" name="caption-colours" @change=${this.onCaptionStyle}>
              ${CAPTION_COLOURS.map((v) => html`<option value=${v} ?selected=${v === colours}>${t.captionColoursName(v)}</option>`)}
            </select></label>
        </div>
        <p class="sample-box"><span part="caption-sample" class=${`sample cues-${size} cues-${colours}`}>${t.captionSample()}</span></p>
        <p class="hint">${t.captionStyleSaved()}</p>
      </details>
      ${video.descriptions?.length
        ? html`<p part="description" class="description" aria-live="polite">${this.describing ? this.description : ''}</p>`
        : nothing}
    </div>`;
  }

  private renderTranscriptTools(video: Video): TemplateResult {
    const { count } = this.search;
    const number = numberFormat(this.interfaceLocale);
    const status = !this.query.trim() ? '' : count ? t.matchOf(number.format(this.match + 1), number.format(count)) : t.noMatches(this.query.trim());
    const file = video.transcriptFile && isSafeHref(video.transcriptFile.src) ? video.transcriptFile : undefined;
    return html`<div part="transcript-tools" class="transcript-tools">
      <div role="search" class="search" aria-labelledby="search-label">
        <label id="search-label" for="search">${t.searchTranscript()}</label>
        <div class="search-row">
          <input id="search" part="search-input" type="search" autocomplete="off" enterkeyhint="search" .value=${this.query}
            @input=${this.onSearchInput} @keydown=${this.onSearchKey}>
          <button part="search-button" type="button" ?disabled=${!count} @click=${() => this.moveMatch(-1)}>${t.previousMatch()}</button>
          <button part="search-button" type="button" ?disabled=${!count} @click=${() => this.moveMatch(1)}>${t.nextMatch()}</button>
        </div>
        <p part="search-status" class="search-status" role="status">${status}</p>
      </div>
      <p class="transcript-actions">
        ${file ? html`<a part="download" href=${file.src} download>${t.downloadTranscript()}</a> <span class="file-type">(${t.fileType(file.type)})</span>` : nothing}
        <button part="print-button" type="button" @pointerdown=${this.preparePrint} @focus=${this.preparePrint} @click=${this.onPrint}>${t.printTranscript()}</button>
      </p>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const view = this.view;
    if (view.status !== 'ready') {
      removeTranscript(this);
      return;
    }
    const cue = this.playing ? cueAt(view.value.transcript, this.time) : -1;
    const { pattern } = this.search;
    // The "Play from" buttons' words are the interface's, in its language, like the shadow tree's.
    const transcript = withLocale(this.interfaceLocale, () =>
      renderTranscript(this, { video: view.value, level: subLevel(this.level), current: cue, search: pattern && { pattern, current: this.match } }, view.model.locale, this.seekTo),
    );
    if (this.scrollToMatch) {
      this.scrollToMatch = false;
      transcript.querySelector('mark.current')?.scrollIntoView({ block: 'nearest' });
    }
    // Options drawn after their select was given a value: make the select show the state.
    this.showValue('speed', String(this.rate));
    this.showValue('caption-size', this.captionStyle.size);
    this.showValue('caption-colours', this.captionStyle.colours);
    const video = this.videoElement;
    if (changed.has('playing') && this.playing && video) this.startVideo(video);
    if (video && this.playing) this.applyExtras(video, view.value, view.model.locale);
    if (changed.has('mediaError') && this.mediaError) {
      this.reportError(this.mediaError);
      // Said once, one way: where the reader's focus was lost with the video (or its play
      // button), focus goes to the message and is read there; otherwise it is announced.
      const message = this.renderRoot.querySelector<HTMLElement>('[part="media-error"]');
      if (this.focusMessage) message?.focus();
      else this.announce(this.readerMessage(this.mediaError));
    }
  }

  private showValue(name: string, value: string): void {
    const select = this.renderRoot.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    if (select && select.value !== value) select.value = value;
  }

  private startVideo(video: HTMLVideoElement): void {
    // The `default` attribute alone turns captions on in Chromium and Firefox, but not in WebKit
    // (Safari): set the mode too. The other tracks stay off, so only one set shows.
    textTracks(video, 'captions').forEach((track, i) => (track.mode = i === 0 && this.captions !== 'off' ? 'showing' : 'disabled'));
    video.defaultPlaybackRate = video.playbackRate = this.rate;
    if (this.startAt) seekWhenLoaded(video, this.startAt);
    if (this.focusVideo) video.focus();
    // Browsers may refuse play() (e.g. a data-saver setting); the native controls remain.
    video.play()?.catch(() => undefined);
    this.emit('cytokine-play', { video });
  }

  /**
   * Starts or stops audio description and the signer as the reader turns them on and off. Their
   * code arrives on demand: by then the reader may have changed their mind, or the video gone.
   */
  private applyExtras(video: HTMLVideoElement, value: Video, locale: string): void {
    const track = textTracks(video, 'descriptions')[0];
    if (this.describing && track && !this.describer) {
      // The track drawn first is the first one with a safe address: speak its language.
      const lang = safeTracks(value.descriptions)[0]?.srclang ?? locale;
      this.describer = { stop: () => undefined }; // a place held while the code loads
      const pending = this.describer;
      // Descriptions from here on, even if the code arrives after a short one has passed.
      const from = video.currentTime;
      this.withExtras(
        ({ describe }) => {
          if (this.describer !== pending) return;
          this.describer = this.describing && this.videoElement === video ? describe(video, track, lang, (text) => (this.description = text), from) : undefined;
        },
        () => {
          // Without its code, the box must not stay ticked as if it worked.
          if (this.describer === pending) this.describer = undefined;
          this.describing = false;
        },
      );
    } else if (!this.describing && this.describer) {
      this.describer.stop();
      this.describer = undefined;
    }
    const sign = this.renderRoot.querySelector<HTMLVideoElement>('video.sign') ?? undefined;
    if (sign !== this.signVideo) {
      this.stopSign?.();
      this.stopSign = undefined;
      if (this.signVideo) emptyVideo(this.signVideo);
      this.signVideo = sign;
      if (sign) {
        this.withExtras(({ syncSign }) => {
          if (this.signVideo === sign && this.videoElement === video) this.stopSign = syncSign(video, sign);
        });
      }
    }
  }

  /** Runs `use` with the extras' code; nothing it or the load throws reaches the page. */
  private withExtras(use: (extras: Extras) => void, failed?: () => void): void {
    loadExtras()
      .then(use)
      .catch((e: unknown) => {
        // A network failure: the video still plays, with captions and the transcript.
        console.warn(`[cytokine-widgets] <${this.localName}> the player's extras could not be used: ${String(e)}`);
        failed?.();
      });
  }

  private endPrint?: () => void;
  private onPrint = (): void => {
    this.withExtras(({ printOnly }) => {
      this.endPrint?.();
      this.endPrint = printOnly(this);
    });
  };
  /** Fetched as the reader reaches for the button, so the print is not kept waiting. */
  private preparePrint = (): void => {
    loadExtras().catch(() => undefined);
  };

  private onSpeed = (e: Event): void => {
    this.rate = Number((e.target as HTMLSelectElement).value) || 1;
    const video = this.videoElement;
    if (video) video.defaultPlaybackRate = video.playbackRate = this.rate;
  };

  private onRateChange = (e: Event): void => {
    this.rate = (e.target as HTMLVideoElement).playbackRate;
  };

  private onDescribing = (e: Event): void => {
    this.describing = (e.target as HTMLInputElement).checked;
    if (!this.describing) this.description = '';
  };

  /** A signer that cannot load leaves no black box: the toggle goes off, and the page hears why. */
  private onSignError = (): void => {
    this.signing = false;
    console.warn(`[cytokine-widgets] <${this.localName}> the sign-language video could not be loaded; check its src and type in the content.`);
  };

  /**
   * A captions or descriptions file that does not load: the video still plays and the transcript
   * stays, so the reader is not interrupted, but the page's developer is told which file.
   */
  private onTrackError = (e: Event): void => {
    const src = (e.target as HTMLTrackElement).src.replace(/[?#].*$/, '');
    console.warn(`[cytokine-widgets] <${this.localName}> the text track ${src} could not be loaded. If the file is missing, copy dist/media next to the bundle.`);
  };

  private onSigning = (e: Event): void => {
    this.signing = (e.target as HTMLInputElement).checked;
  };

  private onCaptionStyle = (): void => {
    const value = (name: string) => this.renderRoot.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value;
    saveCaptionStyle({ ...readCaptionStyle(), size: value('caption-size') as CaptionStyle['size'], colours: value('caption-colours') as CaptionStyle['colours'] });
  };

  private onSearchInput = (e: Event): void => {
    this.query = (e.target as HTMLInputElement).value;
    this.match = 0;
  };

  private onSearchKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    this.moveMatch(e.shiftKey ? -1 : 1);
  };

  /** Moves to the next (1) or previous (-1) match, round the end, and shows it. */
  private moveMatch(step: 1 | -1): void {
    const { count } = this.search;
    if (!count) return;
    this.match = (this.match + step + count) % count;
    this.scrollToMatch = true;
  }

  /** Starts the video, optionally at a time (seconds). Only ever called from a reader's action. */
  play(at = 0, moveFocus = false): void {
    const view = this.view;
    if (view.status !== 'ready' || this.mediaError) return;
    this.source = playableSource(view.value)?.src;
    // Captions from another origin (a CDN copy of dist/) load only in CORS mode.
    this.cors = [...view.value.captions, ...(view.value.descriptions ?? [])].some((t) => new URL(t.src, location.href).origin !== location.origin);
    if (!this.source) {
      this.mediaError = new CytokineError('media-unsupported');
      return;
    }
    this.startAt = at;
    this.focusVideo = moveFocus;
    this.playing = true;
  }

  /** `seek` as one function for the widget's life: the transcript's click listener stays the same one across redraws. */
  private seekTo = (time: number): void => this.seek(time);

  /** Moves playback to a time (seconds), starting the video if needed. */
  seek(time: number): void {
    const video = this.videoElement;
    if (!this.playing || !video) return this.play(time);
    seekWhenLoaded(video, time);
    this.time = time;
    if (video.paused) video.play()?.catch(() => undefined);
  }

  private onTimeUpdate = (e: Event): void => {
    this.time = (e.target as HTMLVideoElement).currentTime;
  };

  private onMediaError = (e: Event): void => {
    const video = e.target as HTMLVideoElement;
    const error = video.error;
    // Chromium reports a missing file and an unplayable one alike (code 4); the format was
    // checked with canPlayType before, so treat both as a failed load.
    const code = error?.code === MediaError.MEDIA_ERR_DECODE ? 'media-unsupported' : 'media-error';
    // The usual cause is a bundle copied without its media folder: the console warning and the
    // event's hint name the file (the reader's message never does).
    // Without its query and fragment: a signed address's token must not reach the event's listeners.
    const url = (video.currentSrc || video.querySelector('source')?.src || video.src).replace(/[?#].*$/, '');
    const advice = code === 'media-error' ? ['If the file is missing, copy dist/media next to the bundle.'] : [];
    this.mediaError = new CytokineError(code, '', [`File: ${url}.`, ...advice]);
  };
}

/** The first media file with `role` this browser says it can play, with a safe URL. */
let probe: HTMLVideoElement | undefined;
function playable(video: Video, role?: 'sign-language'): Video['media'][number] | undefined {
  // A server cannot tell what the reader's browser plays: the choice is made there.
  if (isServer) return undefined;
  probe ??= document.createElement('video');
  return video.media.find((m) => m.role === role && isSafeHref(m.src) && probe!.canPlayType(m.type) !== '');
}
const playableSource = (video: Video) => playable(video);
const signSource = (video: Video) => playable(video, 'sign-language');

const safeTracks = (tracks: Video['captions'] | undefined) => (tracks ?? []).filter((track) => isSafeHref(track.src));

/**
 * Moves a video that may not have loaded yet to a time. WebKit, told a time before the video's
 * metadata arrives, seeks there and says it plays, but the picture and the time stand still:
 * the time is given once the video knows its length.
 */
function seekWhenLoaded(video: HTMLVideoElement, time: number): void {
  if (video.readyState >= HTMLMediaElement.HAVE_METADATA) video.currentTime = time;
  else video.addEventListener('loadedmetadata', () => (video.currentTime = time), { once: true });
}

/** Ends any loading: emptying the source and loading nothing. */
function emptyVideo(video: HTMLVideoElement): void {
  video.removeAttribute('src');
  video.load();
}

function textTracks(video: HTMLVideoElement, kind: TextTrackKind): TextTrack[] {
  return Array.from(video.textTracks).filter((track) => track.kind === kind);
}
