import { css } from 'lit';

export const cardStyles = css`
  .summary-text { font-size: 1.1em; }
  .other-names { margin-block-end: var(--cytokine-space, 1rem); }
  .other-names dt { font-weight: 700; display: inline; }
  .other-names dd { display: inline; margin: 0; }
  .section { border-block-start: 1px solid var(--cytokine-divider-color, color-mix(in srgb, currentColor 20%, transparent)); }
  .footer { margin-block-start: var(--cytokine-space, 1rem); border-block-start: 1px solid var(--cytokine-divider-color, color-mix(in srgb, currentColor 20%, transparent)); padding-block-start: calc(var(--cytokine-space, 1rem) * 0.5); }
  .footer p { margin-block-end: 0.25em; }
  .codes { font-variant-numeric: tabular-nums; }
`;
