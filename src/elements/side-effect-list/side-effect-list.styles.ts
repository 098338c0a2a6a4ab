import { css } from 'lit';

export const sideEffectListStyles = css`
  .group-heading { font-size: 1.2em; margin-block-start: var(--_s); }
  .effects { list-style: none; padding: 0; margin-block-end: var(--_s); }
  .effects > li { border-block-end: 1px solid var(--_d); margin: 0; }
  .effects > li:first-child { border-block-start: 1px solid var(--_d); }
  .effect { margin: 0; padding-block-end: 0.25rem; }
  .effect > summary { text-decoration: none; }
  .name { font-weight: 700; margin-inline-end: 0.5em; text-decoration: underline; }
  /* The name carries the summary's underline, so it thickens on hover as every other link does. */
  summary:hover > .name { text-decoration-thickness: 0.15em; }
  .how-many { font-variant-numeric: tabular-nums; display: inline-block; }
  .label { font-weight: 700; }
  /* A heading to screen readers, a bold line over its list to the eye, as before. */
  .what-to-do-heading { font-size: 1em; margin-block: 0 0.25em; }
  dd { margin-inline-start: 0; margin-block-end: 0.5em; }
  .effect ul { list-style: disc; }
  .scale-note { font-size: 0.9em; }
  .care-cards { display: grid; gap: var(--_s); margin-block-end: var(--_s); }
  .care-card {
    --_accent: var(--cytokine-care-non-urgent, #005eb8);
    border: 1px solid var(--_accent);
    border-radius: var(--cytokine-radius, 0.5rem);
    overflow: hidden;
  }
  .care-card.urgent { --_accent: var(--cytokine-care-urgent, #d5281b); }
  .care-card.emergency { --_accent: var(--cytokine-care-emergency, #d5281b); }
  .care-heading {
    background: var(--_accent);
    color: var(--cytokine-care-heading-text, #fff);
    margin: 0;
    padding: 0.75rem var(--_s);
    font-size: 1.1em;
  }
  .care-level { display: block; font-size: 0.85em; font-weight: 600; }
  .care-body { padding: 0.75rem var(--_s); }
  .care-card.emergency .care-body {
    background: var(--cytokine-care-emergency-background, #212b32);
    color: var(--cytokine-care-emergency-text, #fff);
  }
  .care-card.emergency .care-body a { color: inherit; }
  /* A page's focus colour is chosen for its own background, not this dark one: the card's text
     colour, which has to contrast with it, does. */
  .care-card.emergency .care-body :focus-visible { outline-color: currentColor; }
  .care-body > :last-child { margin-block-end: 0; }
  .phone a { font-weight: 700; font-size: 1.1em; }
  @media (forced-colors: active) {
    .care-card { border: 2px solid CanvasText; }
    .care-heading { forced-color-adjust: none; background: CanvasText; color: Canvas; }
  }
  /* Each name prints as a bold line over its frequency and text. Care cards print as NHS.UK's
     do: black borders, thicker the more urgent (4, 6 and 8 px), each kept on one page. */
  @media print {
    .name { display: block; text-decoration: none; }
    .care-card { border: 4px solid #000; color: #000; break-inside: avoid; }
    .care-card.urgent { border-width: 6px; }
    .care-card.emergency { border-width: 8px; }
    .care-heading { background: none; color: inherit; border-block-end: 2px solid; }
    .care-card.emergency .care-body { background: #fff; color: inherit; }
  }
`;
