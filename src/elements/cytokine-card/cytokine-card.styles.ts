import { css } from '../../shared/reactive-element.js';

export const cardStyles = css`
  .summary-text { font-size: 1.1em; }
  .other-names { margin-block-end: var(--cytokine-space, 1rem); }
  .other-names dt { font-weight: 700; display: inline; }
  .other-names dd { display: inline; margin: 0; }
  .section { border-block-start: 1px solid var(--cytokine-divider-color, color-mix(in srgb, currentColor 20%, transparent)); }
  .code { font-variant-numeric: tabular-nums; font-weight: 700; }
`;
