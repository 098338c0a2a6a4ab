import { html, nothing, type TemplateResult } from 'lit';
import type { ContentModel, Drug, Section } from '../../model/types.js';
import type { ContentRequest } from '../../content/index.js';
import { DrugElement } from '../../shared/drug-element.js';
import { heading, subLevel, type OutlineLevel } from '../../shared/heading.js';
import { blocks, linkList, list, markUp, provenance } from '../../shared/content-templates.js';
import { cardStyles } from './cytokine-card.styles.js';
import * as t from '../../i18n/messages.js';

/** The card's sections in reading order, with a class each: keeping safe follows how you have it. */
const sectionsOf = (drug: Drug): Array<[Section, string]> => [
  [drug.whatItIs, 'whatItIs'],
  [drug.howItWorks, 'howItWorks'],
  [drug.howYouHaveIt, 'howYouHaveIt'],
  ...drug.safety.map((section): [Section, string] => [section, 'safety']),
  [drug.usedFor, 'usedFor'],
];

/** What the card shows, so its footer lists only the sources it cites (not the side effects'). */
const shownContent = (drug: Drug) => [drug.summary, drug.codes, drug.links, ...sectionsOf(drug).map(([section]) => section)];

/**
 * An explainer card for one cytokine drug: its names, what it is, how it works, how you have it,
 * what it is used for, where to read more, and where the information comes from.
 *
 * @summary Explains one cytokine drug (interferon alfa or aldesleukin) in plain English, with sources and review dates.
 * @tag cytokine-card
 *
 * @attr {string} drug - Drug id or any of its names, case-insensitive: `interferon-alfa`, `aldesleukin`, `interferon`, `IFN`, `IL-2`, `interleukin 2`, `Proleukin`…
 * @attr {string} lang - Language of the content; defaults to the nearest `lang` in the page, then `en-GB`.
 * @attr {number} heading-level - Level (1–6) of the card's title; section headings are one level lower (below h6, ARIA headings with `aria-level` 7). Default 2.
 * @attr {boolean} structured-data - Opt-in: also write schema.org JSON-LD (a MedicalWebPage about the Drug, with its side effects, sources and review dates) into the page, for search engines.
 * @attr {string} src - URL of your own content model (JSON, same shape as the bundled one); replaces the bundled content after validation.
 * @attr {string} messages - URL of your own message catalogue (JSON): the interface words in another language, translated from `dist/messages/en-GB.json`. Used by every widget in that language.
 * @prop {ContentModel} model - A content model object; validated like `src` and used instead of it.
 *
 * @slot - Fallback shown before the element upgrades, while a `src` loads, and with any error (e.g. a link to your own page).
 *
 * @csspart base - The card box.
 * @csspart title - The drug name heading.
 * @csspart summary - The one-sentence summary under the name.
 * @csspart other-names - The list of other names.
 * @csspart section - Each section (what it is, how it works, how you have it, keeping safe, used for).
 * @csspart section-heading - Each section's heading.
 * @csspart details - Each disclosure (more detail, sources).
 * @csspart details-summary - The button-like summary of each disclosure.
 * @csspart details-content - What each disclosure shows when open.
 * @csspart links - The list of "more information" links.
 * @csspart link - Each link to more information.
 * @csspart footer - The review dates and sources.
 * @csspart error - The message shown when the card cannot show its content.
 * @csspart language-note - The note that says the content is not in the page's language (and which language it is in).
 * @csspart review-due - The note shown once the content's next review date has passed.
 *
 * @cssprop [--cytokine-font-family=inherit] - Font of the whole widget.
 * @cssprop [--cytokine-text-color=inherit] - Text colour.
 * @cssprop [--cytokine-background=transparent] - Background of the widget.
 * @cssprop [--cytokine-border-color=currentColor at 35%] - Widget border colour.
 * @cssprop [--cytokine-divider-color=currentColor at 20%] - Lines between sections.
 * @cssprop [--cytokine-heading-color=inherit] - Heading colour.
 * @cssprop [--cytokine-heading-line-height=inherit] - Line height of headings. Leave it unset to let a reader's own line spacing reach them (WCAG 1.4.12).
 * @cssprop [--cytokine-link-color=inherit] - Link and disclosure colour.
 * @cssprop [--cytokine-focus-color=currentColor] - Focus outline colour.
 * @cssprop [--cytokine-radius=0.5rem] - Corner radius.
 * @cssprop [--cytokine-space=1rem] - Base spacing.
 * @cssprop [--cytokine-gap=1.5rem] - Space below the widget when something follows it (none after the last), so adjacent widgets do not touch.
 * @cssprop [--cytokine-max-width=48rem] - Largest width of the widget.
 * @cssprop [--cytokine-error-color=#d5281b] - Accent of the error message.
 * @cssprop [--cytokine-font-size=inherit] - Text size of the whole widget; headings and other text scale from it.
 * @cssprop [--cytokine-line-height=1.5] - Line height of the text.
 * @cssprop [--cytokine-heading-font-family=inherit] - Font of headings.
 * @cssprop [--cytokine-border-width=1px] - Width of the widget's border.
 * @cssprop [--cytokine-focus-width=3px] - Width of the focus outline.
 * @cssprop [--cytokine-link-hover-color=the link colour] - Link and disclosure colour on hover.
 * @cssprop [--cytokine-paragraph-spacing=0.75em] - Space after paragraphs and lists. In em, so it grows with the text (WCAG 1.4.12).
 *
 * @fires cytokine-error - The card cannot show its content. `detail: { code, message, hint }` (`message` is what readers see; `hint` says what to fix, for developers); codes: `missing-drug`, `unknown-drug`, `src-unreachable`, `src-invalid`, `src-too-large`, `model-invalid`, `render-failed`.
 * @fires cytokine-ready - The content is ready and shown.
 * @fires cytokine-review-due - The content's next review date has passed (the widget also says so). `detail: { nextReview }` (YYYY-MM-DD).
 */
export class CytokineCard extends DrugElement {
  static override styles = [...DrugElement.styles, cardStyles];
  protected static override selectors: readonly string[] = ['drug', 'structuredData'];

  /**
   * A card shows no side effects, so it loads the drug without them (a smaller module), unless
   * its JSON-LD, which lists them, is switched on.
   */
  protected override request(): Extract<ContentRequest, { kind: 'drug' }> {
    return { ...super.request(), about: !this.structuredData };
  }

  protected renderContent(drug: Drug, model: ContentModel): TemplateResult {
    const level = this.level;
    return html`<article class="card" aria-labelledby="title">
      ${heading(level, drug.name, 'title', 'title')}
      <p part="summary" class="summary-text">${drug.summary.text}</p>
      ${drug.otherNames.length
        ? html`<dl part="other-names" class="other-names"><dt>${t.otherNames()}</dt> <dd>${list(drug.otherNames, model.locale)}</dd></dl>`
        : nothing}
      ${sectionsOf(drug).map(([section, key]) => this.renderSection(section, key, level))}
      ${drug.links.length
        ? html`<div part="section" class="section">${heading(subLevel(level), t.moreInformation(), 'section-heading')}${linkList(drug.links)}</div>`
        : nothing}
      ${provenance(model, shownContent(drug), this.renderCodes(drug))}
    </article>`;
  }

  /** Codes help clinicians and search tools identify the drug; patients can ignore them. */
  private renderCodes(drug: Drug): TemplateResult | typeof nothing {
    if (!drug.codes.length) return nothing;
    return html`<details part="details" class="codes"><summary part="details-summary">${t.codes()}</summary>
      <div part="details-content"><ul>${drug.codes.map((c) => html`<li>${markUp(t.codeLine(c.system, c.code, c.display), c.code, (code) => html`<span class="code">${code}</span>`)}</li>`)}</ul></div></details>`;
  }

  private renderSection(section: Section, key: string, level: OutlineLevel): TemplateResult {
    return html`<div part="section" class="section ${key}">
      ${heading(subLevel(level), section.heading, 'section-heading')}
      ${blocks(section.body)}
      ${section.more
        ? html`<details part="details"><summary part="details-summary">${section.more.summary}</summary><div part="details-content">${blocks(section.more.body)}</div></details>`
        : nothing}
    </div>`;
  }
}
