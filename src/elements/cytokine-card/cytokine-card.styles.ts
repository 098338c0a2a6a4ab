import { css } from 'lit';

export const cardStyles = css`
  .summary-text { font-size: 1.1em; }
  .other-names { margin-block-end: var(--_s); }
  .other-names dt { font-weight: 700; display: inline; }
  /* A gap that does not depend on the whitespace between the tags, which minifiers remove. */
  .other-names dd { display: inline; margin: 0; margin-inline-start: 0.3em; }
  .section { border-block-start: 1px solid var(--_d); }
  .code { font-variant-numeric: tabular-nums; font-weight: 700; }
`;
