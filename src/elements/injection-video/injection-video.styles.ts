import { css } from 'lit';

export const injectionVideoStyles = css`
  .figure { margin: 0; }
  .illustration { font-size: 0.95em; }
  .badge {
    display: inline-block; font-weight: 700; font-size: 0.85em; padding: 0 0.4em; margin-inline-end: 0.4em;
    border: 1px solid currentColor; border-radius: 0.25em;
  }
  .player {
    position: relative;
    aspect-ratio: 16 / 9;
    inline-size: 100%;
    background: var(--cytokine-video-background, #000);
    border-radius: var(--cytokine-radius, 0.5rem);
    overflow: hidden;
    margin-block-end: var(--_s);
    container-type: inline-size;
  }
  .player video, .poster { display: block; inline-size: 100%; block-size: 100%; object-fit: contain; }
  .facade {
    all: unset; box-sizing: border-box; position: absolute; inset: 0; cursor: pointer; display: block;
  }
  .facade:focus-visible { outline: 4px solid var(--cytokine-focus-color, #ffeb3b); outline-offset: -4px; }
  /* Bottom corner, not centre: the poster's own title sits in the middle. */
  .play {
    position: absolute; inset-inline-start: 2.5cqi; inset-block-end: 2.5cqi;
    display: inline-flex; flex-wrap: wrap; align-items: center; gap: 0 0.5em; max-inline-size: calc(100% - 1.5rem);
    padding: 0.5em 1em; border-radius: 2em; font-weight: 700; font-size: clamp(0.8rem, 3.5cqi, 1.15rem);
    background: var(--cytokine-play-background, #fff); color: var(--cytokine-play-text, #212b32);
    border: 2px solid var(--cytokine-play-text, #212b32);
  }
  .facade:hover .play { text-decoration: underline; }
  .media-error {
    position: absolute; inset: 0; display: grid; place-items: center; padding: var(--_s);
    margin: 0; background: var(--cytokine-background, Canvas); color: var(--cytokine-text-color, CanvasText); text-align: center;
  }
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
    .chapters button[aria-current] { outline: 2px solid Highlight; }
  }
  @media print {
    .player, .chapters { display: none; }
  }
`;
