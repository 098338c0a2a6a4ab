import { css } from 'lit';

export const injectionVideoStyles = css`
  .figure { margin: 0; }
  .illustration { font-size: 0.95em; }
  .badge {
    display: inline-block; font-weight: 700; font-size: 0.85em; padding: 0 0.4em; margin-inline-end: 0.4em;
    border: 1px solid currentColor; border-radius: 0.25em;
  }
  /*
   * The player takes the height of what it holds: the facade, the video or the message, each
   * 16:9 at least. The facade and the message grow past 16:9 when their words need it (text at
   * 200% in a narrow column, WCAG 1.4.4): a box with an aspect ratio that does not clip its
   * content is never shorter than that content.
   */
  .player {
    position: relative;
    inline-size: 100%;
    background: var(--cytokine-video-background, #000);
    border-radius: var(--cytokine-radius, 0.5rem);
    overflow: hidden;
    margin-block-end: var(--_s);
    container-type: inline-size;
  }
  .player video { display: block; inline-size: 100%; aspect-ratio: 16 / 9; object-fit: contain; }
  /* One grid cell: the poster fills it, the label sits in its bottom corner, and the cell grows to fit the label. */
  .facade {
    all: unset; box-sizing: border-box; display: grid; grid-template-columns: minmax(0, 1fr);
    inline-size: 100%; aspect-ratio: 16 / 9; cursor: pointer;
  }
  .facade > * { grid-area: 1 / 1; }
  .poster { display: block; inline-size: 100%; block-size: 100%; min-block-size: 0; object-fit: contain; }
  /*
   * The ring of the focused play button, video or message, drawn round the player: the player's
   * rounded clip would hide theirs, and inside it a ring would sit on the poster, whose colours
   * no theme controls (WCAG 2.4.7, 1.4.11). Outside, it is on the widget's own background.
   */
  /* Where :has() is missing (Firefox before 121), the button's own ring, inside the player. */
  .facade:focus-visible { outline: 4px solid var(--cytokine-focus-color, currentColor); outline-offset: -4px; }
  @supports selector(:has(*)) {
    .facade:focus-visible { outline: none; }
    .player:has(> :is(.facade, video, .media-error):focus-visible) {
      outline: var(--cytokine-focus-width, 3px) solid var(--cytokine-focus-color, currentColor);
      outline-offset: 2px;
    }
  }
  /* Bottom corner, not centre: the poster's own title sits in the middle. */
  .play {
    align-self: end; justify-self: start; margin: 2.5cqi;
    display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0 0.5em;
    /* In a narrow player with large text, thinner sides and, at the last, a broken word rather than clipped words. */
    padding: 0.5em min(1em, 6cqi); overflow-wrap: anywhere;
    border-radius: 2em; font-weight: 700; font-size: clamp(0.8rem, 3.5cqi, 1.15rem);
    background: var(--cytokine-play-background, #fff); color: var(--cytokine-play-text, #212b32);
    border: 2px solid var(--cytokine-play-text, #212b32);
  }
  .facade:is(:hover, :focus-visible) .play { text-decoration: underline; }
  .media-error {
    aspect-ratio: 16 / 9; display: grid; place-items: center; padding: var(--_s);
    margin: 0; background: var(--cytokine-background, Canvas); color: var(--cytokine-text-color, CanvasText); text-align: center;
  }
  /* The signer, over the top corner (the native controls are at the bottom), a third as wide. */
  .player video.sign {
    position: absolute; inset-block-start: 2cqi; inset-inline-end: 2cqi; inline-size: 34%; block-size: auto;
    aspect-ratio: 16 / 9; background: #000; border: 2px solid #fff; border-radius: 0.25rem;
  }
  /* Captions: size and colours (EN 301 549 7.1.4), the same classes on the video and the sample. */
  video.cues-large::cue, .sample.cues-large { font-size: 150%; }
  video.cues-larger::cue, .sample.cues-larger { font-size: 200%; }
  video.cues-largest::cue, .sample.cues-largest { font-size: 250%; }
  video.cues-white-on-black::cue, .sample.cues-white-on-black { color: #fff; background-color: #000; }
  video.cues-black-on-white::cue, .sample.cues-black-on-white { color: #000; background-color: #fff; }
  video.cues-yellow-on-black::cue, .sample.cues-yellow-on-black { color: #ff0; background-color: #000; }
  .settings { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin-block-end: var(--_s); }
  .setting { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; min-inline-size: 0; max-inline-size: 100%; }
  select, input[type='search'], .settings button, .transcript-tools button {
    font: inherit; color: inherit; min-block-size: 2.75rem; max-inline-size: 100%;
    border: 1px solid currentColor; border-radius: 0.3em; padding: 0.25em 0.5em; background: transparent;
  }
  .transcript-tools button:not(:disabled) { cursor: pointer; }
  .transcript-tools button:disabled { opacity: 0.6; }
  .check { min-block-size: 2.75rem; cursor: pointer; }
  .check input { inline-size: max(24px, 1.5rem); block-size: max(24px, 1.5rem); margin: 0; accent-color: currentColor; }
  :is(select, input, button, a):focus-visible { outline: 3px solid var(--cytokine-focus-color, currentColor); outline-offset: 2px; }
  .caption-style { flex: 1 1 100%; min-inline-size: 0; margin: 0; }
  .caption-settings { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
  .sample-box { background: #595959; padding: 0.75em; text-align: center; border-radius: var(--cytokine-radius, 0.5rem); overflow-wrap: anywhere; }
  .sample { padding: 0.1em 0.3em; line-height: 1.3; }
  .hint { font-size: 0.9em; }
  /* Live regions stay in the accessibility tree while empty, or their first words go unheard. */
  .description:empty { border: 0; padding: 0; }
  .description { flex: 1 1 100%; margin: 0; font-style: italic; border-inline-start: 0.25em solid currentColor; padding-inline-start: 0.5em; }
  .transcript-tools { margin-block-end: calc(var(--_s) * 0.5); }
  .search label { display: block; font-weight: 700; }
  .search-row { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .search-row input { flex: 1 1 12em; min-inline-size: 0; }
  .search-status { margin-block: 0.25em 0; min-block-size: 1lh; }
  /* Server-rendered, before the script runs: controls that need it are not offered yet. */
  :host(:not(:defined)) :is(.settings, .search, [part='print-button']) { display: none; }
  .transcript-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
  .transcript-actions a { min-block-size: max(24px, 1.5rem); display: inline-block; }
  .chapters ol { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
  .chapters li { margin: 0; max-inline-size: 100%; }
  .chapters button {
    font: inherit; color: inherit; background: transparent; cursor: pointer;
    border: 1px solid currentColor; border-radius: 0.3em; padding: 0.35em 0.7em; min-block-size: 2.75rem;
    max-inline-size: 100%; text-align: start; overflow-wrap: anywhere;
  }
  .chapters button[aria-current] { font-weight: 700; border-width: 3px; }
  .chapters .time { font-variant-numeric: tabular-nums; margin-inline-end: 0.4em; }
  @media (forced-colors: active) {
    .play { border-color: ButtonText; background: ButtonFace; color: ButtonText; }
    .player:has(> :is(.facade, video, .media-error):focus-visible) { outline-color: Highlight; }
    .chapters button[aria-current] { outline: 2px solid Highlight; }
  }
  @media print {
    .player, .chapters, .settings, .transcript-tools { display: none; }
  }
`;
