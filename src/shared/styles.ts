import { css } from 'lit';

/**
 * Design tokens and the base look every element shares. Defaults inherit the host page's font
 * and text colour and draw lines in `currentColor`, so a widget reads well on light and dark
 * pages before anyone themes it.
 */
export const baseStyles = css`
  :host {
    /* Shorthands for the tokens used most, so each default is written once. */
    --_s: var(--cytokine-space, 1rem);
    --_d: var(--cytokine-divider-color, color-mix(in srgb, currentColor 20%, transparent));
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--cytokine-max-width, 48rem);
    font-family: var(--cytokine-font-family, inherit);
    font-size: var(--cytokine-font-size, inherit);
    line-height: var(--cytokine-line-height, 1.5);
    color: var(--cytokine-text-color, inherit);
    /* "anywhere", not "break-word": a long word or address also stops counting towards the
       widget's narrowest width, so a host's grid or flex layout can still make it 320 px wide. */
    overflow-wrap: anywhere;
    /* A host page's style rules cannot reach in, but inherited text styles can; reset the ones
       that would break layout. Letter and word spacing are left to inherit: they are how a
       reader's own spacing stylesheet reaches the text (WCAG 1.4.12). */
    text-align: start;
    text-transform: none;
  }
  /* Widgets placed one after another would touch: a card's border against a list's title. The
     last one adds nothing, so it does not push the page's own spacing. */
  :host(:not(:last-child)) {
    margin-block-end: var(--cytokine-gap, 1.5rem);
  }
  :host([hidden]) {
    display: none;
  }
  /* border-box set on every element, not inherited: a <summary> inherits through the
     browser's own slot inside <details>, which is content-box. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    background: var(--cytokine-background, transparent);
    border: var(--cytokine-border-width, 1px) solid var(--cytokine-border-color, color-mix(in srgb, currentColor 35%, transparent));
    border-radius: var(--cytokine-radius, 0.5rem);
    padding: var(--_s);
  }
  /* Headings past h6 are ARIA headings (shared/heading.ts), styled alike. Line height inherits,
     so a reader's line spacing reaches headings too, unless a theme sets the token. */
  :is(h1, h2, h3, h4, h5, h6, [role='heading']) {
    font-family: var(--cytokine-heading-font-family, inherit);
    color: var(--cytokine-heading-color, inherit);
    line-height: var(--cytokine-heading-line-height, inherit);
    margin-block: 0 calc(var(--_s) * 0.5);
    font-weight: 700;
  }
  .title { font-size: 1.5em; }
  .section-heading { font-size: 1.2em; margin-block-start: var(--_s); }
  /* In em, so paragraph spacing grows with the text (WCAG 1.4.12 asks for 2em to fit). */
  p, ul, ol, dl { margin-block: 0 var(--cytokine-paragraph-spacing, 0.75em); }
  ul, ol { padding-inline-start: 1.5em; }
  li + li { margin-block-start: 0.25em; }
  a,
  summary {
    color: var(--cytokine-link-color, inherit);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover,
  summary:hover {
    color: var(--cytokine-link-hover-color, var(--cytokine-link-color, inherit));
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: var(--cytokine-focus-width, 3px) solid var(--cytokine-focus-color, currentColor);
    outline-offset: 2px;
  }
  details {
    margin-block: 0 calc(var(--_s) * 0.75);
  }
  summary {
    cursor: pointer;
    /* Comfortable touch target (WCAG 2.5.8 asks for 24 px; phones want more). */
    min-block-size: 2.75rem;
    display: list-item;
    padding-block: 0.6rem;
  }
  .footer {
    margin-block-start: var(--_s);
    border-block-start: 1px solid var(--_d);
    padding-block-start: calc(var(--_s) * 0.5);
  }
  .footer p { margin-block-end: 0.25em; }
  .review-due { font-weight: 700; }
  .footer details { margin-block-end: 0; }
  details[open] > summary { margin-block-end: calc(var(--_s) * 0.5); }
  .muted { font-size: 0.9em; }
  .error {
    border-inline-start: 0.3rem solid var(--cytokine-error-color, #d5281b);
    padding: calc(var(--_s) * 0.5) var(--_s);
    margin-block-end: calc(var(--_s) * 0.5);
    font-weight: 600;
  }
  /* Marked like the error, in the widget's own colours: a reader should notice the language changed. */
  .language-note {
    border-inline-start: 0.3rem solid var(--_d);
    padding-inline-start: calc(var(--_s) * 0.75);
    margin-block: 0 var(--_s);
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px; block-size: 1px;
    overflow: hidden; clip-path: inset(50%); white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
  }
  @media (forced-colors: active) {
    .base, .error { border-color: CanvasText; }
    a, summary, a:hover, summary:hover { color: LinkText; }
    :focus-visible { outline-color: Highlight; }
  }
  @media print {
    .base { border: 1px solid #000; }
    /* Paper has no disclosures to open: each summary prints as a plain bold label, no marker. */
    summary { display: block; min-block-size: 0; padding: 0; color: inherit; text-decoration: none; font-weight: 700; }
    summary::-webkit-details-marker { display: none; }
    a[href^='http']::after { content: ' (' attr(href) ')'; font-size: 0.85em; word-break: break-all; }
  }
`;

/**
 * Print opens every disclosure: paper has no buttons. `::details-content` is in Chromium 131+,
 * Safari 18.4+ and Firefox 143+; older browsers print only the summaries (a beforeprint script
 * would cost bundle bytes for them alone).
 */
export const printStyles = css`
  @media print {
    details::details-content { content-visibility: visible; display: block; }
  }
`;
