import { css } from 'lit';

/**
 * The builder's look: a light editors' tool that keeps its own colours whatever the host page
 * does (the preview beside it shows the widget on the page's colours). Contrast (WCAG 2.2 AA):
 * #1f2328 on #fff 15.8:1; #4d5661 hints on #fff 7.4:1; #0b5cad button, focus and white on
 * #0b5cad 6.6:1; #b3261e errors 6.5:1; #6e7781 control borders 4.6:1 (1.4.11 asks 3:1);
 * #1f2328 on #f6f8fa code 14.9:1.
 */
export const builderStyles = css`
  :host {
    --_text: var(--cytokine-builder-text-color, #1f2328);
    --_muted: var(--cytokine-builder-muted-color, #4d5661);
    --_accent: var(--cytokine-builder-accent-color, #0b5cad);
    --_border: var(--cytokine-builder-control-border-color, #6e7781);
    --_line: var(--cytokine-builder-line-color, #d0d7de);
    --_tint: var(--cytokine-builder-code-background, #f6f8fa);
    --_error: var(--cytokine-builder-error-color, #b3261e);

    display: block;
    /* The layout follows the builder's own width (a page column, a Storybook canvas), not the window's. */
    container-type: inline-size;
    color: var(--_text);
    background: var(--cytokine-builder-background, #fff);
    font-family: var(--cytokine-builder-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 2rem;
  }
  /* Side by side when there is room: the form, and beside it the code and the preview. */
  @container (min-width: 56rem) {
    .layout {
      grid-template-columns: minmax(0, 24rem) minmax(0, 1fr);
      gap: 2.5rem;
      align-items: start;
    }
    /* The column as tall as the form, so its code can stay in view all the way down the options. */
    .output {
      align-self: stretch;
    }
  }
  /* The code stays in view while the editor changes the options beside it (the preview slides
     under it). Only in a window tall enough for both boxes: a sticky block taller than the
     window would hide its own end. */
  @container (min-width: 56rem) {
    @media (min-height: 34rem) {
      .code-column {
        position: sticky;
        inset-block-start: 0;
        z-index: 1;
        padding-block: 0.75rem 1rem;
        background: var(--cytokine-builder-background, #fff);
        border-block-end: 1px solid var(--_line);
      }
    }
  }

  /* Form */
  .form {
    display: grid;
    gap: 1.25rem;
    margin: 0;
  }
  .section {
    margin: 0;
    padding: 1rem;
    border: 1px solid var(--_line);
    border-radius: 0.375rem;
    min-inline-size: 0;
  }
  .section-legend {
    padding-inline: 0.25rem;
    font-size: 1.125rem;
    font-weight: 700;
  }
  .section > * + * {
    margin-block-start: 1rem;
  }
  .section > legend + * {
    margin-block-start: 0.25rem;
  }
  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .legend {
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 700;
  }

  .choices {
    display: grid;
    gap: 0.5rem;
  }
  .choice {
    display: grid;
    grid-template-columns: 1.5rem minmax(0, 1fr);
    column-gap: 0.5rem;
    align-items: start;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_accent);
  }
  .choice label {
    cursor: pointer;
  }
  .choice .hint {
    grid-column: 2;
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }
  .label {
    font-weight: 700;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  .note {
    margin: 0;
    font-size: 0.9375rem;
  }
  .note:empty {
    display: none;
  }
  .guidance {
    margin-block: 0.75rem 0;
    padding: 0.75rem;
    background: var(--_tint);
    border-inline-start: 4px solid var(--_accent);
  }
  .docs {
    margin-block: 0.5rem 0;
  }
  .link {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .error {
    margin: 0;
    color: var(--_error);
    font-weight: 700;
    font-size: 0.9375rem;
  }
  code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.9em;
  }

  .input,
  .select {
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.4rem 0.5rem;
    font: inherit;
    color: var(--_text);
    background: #fff;
    border: 2px solid var(--_border);
    border-radius: 0.25rem;
  }
  .select {
    inline-size: auto;
    min-inline-size: 6rem;
    justify-self: start;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_error);
  }

  /* One visible focus style for everything a keyboard can reach. */
  :is(input, select, button, pre, a):focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  :is(.input, .select):focus-visible {
    outline-offset: 0;
  }

  /* Output. A flex column, not a grid: a sticky child of a grid stays inside its own row. */
  .output {
    display: flex;
    flex-direction: column;
    gap: 2rem;
    min-inline-size: 0;
  }
  .heading {
    font-size: 1.375rem;
    line-height: 1.25;
    margin: 0 0 0.75rem;
  }
  .box + .box {
    margin-block-start: 1.25rem;
  }
  .box-heading {
    font-size: 1.0625rem;
    line-height: 1.3;
    margin: 0;
  }
  .box .hint {
    margin-block-end: 0.5rem;
  }
  .code {
    margin: 0;
    padding: 1rem;
    background: var(--_tint);
    border: 1px solid var(--_line);
    border-radius: 0.375rem;
    color: var(--_text);
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.875rem;
    line-height: 1.5;
    /* Long lines wrap rather than scroll, so the whole snippet reads at 320 px. Copying keeps
       the real line breaks only. */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .code code {
    font: inherit;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-start: 0.5rem;
  }
  .button {
    min-block-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 700;
    color: #fff;
    background: var(--_accent);
    border: 2px solid var(--_accent);
    border-radius: 0.25rem;
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(0.85);
  }
  .button:active {
    transform: translateY(1px);
  }
  /* Always rendered, even empty: a live region must be in the accessibility tree before its
     text changes, or screen readers miss the announcement. */
  .status {
    margin: 0;
    font-weight: 700;
  }

  .preview-hint {
    margin-block-end: 0.75rem;
  }
  .preview {
    padding: 1rem;
    border: 2px dashed var(--_line);
    border-radius: 0.375rem;
    min-inline-size: 0;
  }
  ::slotted(*) {
    margin: 0;
  }
  @container (max-width: 40rem) {
    .preview {
      padding: 0.25rem;
    }
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .guidance {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .button:active {
      transform: none;
    }
  }
`;
