import { css } from 'lit';

export const cardStyles = css`
  .summary-text { font-size: 1.1em; }
  .other-names { margin-block-end: var(--_s); }
  .other-names dt { font-weight: 700; display: inline; }
  .other-names dd { display: inline; margin: 0; }
  .section { border-block-start: 1px solid var(--_d); }
  .code { font-variant-numeric: tabular-nums; font-weight: 700; }
`;
