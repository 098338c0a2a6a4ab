import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { CareCard, ContentModel, Drug, Frequency, SideEffect } from '../../model/types.js';
import { BANDS, CARE_LEVELS, UNCOUNTED_BAND, showsCrisisLine, type Band } from '../../model/vocabularies.js';
import * as t from '../../i18n/messages.js';
import { fill } from '../../model/fill.js';
import { DrugElement } from '../../shared/drug-element.js';
import { heading, subLevel, type OutlineLevel } from '../../shared/heading.js';
import { provenance } from '../../shared/content-templates.js';
import { sideEffectListStyles } from './side-effect-list.styles.js';
import { parseBandFilter, telHref } from './side-effect-list.types.js';

/**
 * The side effects of one drug, grouped by how common they are (most common first), each with a
 * plain description, what the reader can do, and how many people out of 100 get it, with the
 * scale that number comes from. Then when to get help, as care cards in three levels in the
 * style of NHS.UK, and the sources and review dates.
 *
 * @summary Side effects of interferon alfa or aldesleukin, grouped and counted, with when-to-get-help care cards.
 * @tag side-effect-list
 *
 * @attr {string} drug - Drug id or any of its names, case-insensitive: `interferon-alfa`, `aldesleukin`, `IFN`, `IL-2`, `Proleukin`…
 * @attr {string} lang - Language of the content; defaults to the nearest `lang` in the page, then `en-GB`.
 * @attr {number} heading-level - Level (1–6) of the list's title; group headings are one level lower, care-card and "What you can do" headings two (below h6, ARIA headings with `aria-level` 7 and 8). Default 2.
 * @attr {boolean} structured-data - Opt-in: also write schema.org JSON-LD (a MedicalWebPage about the Drug, with its side effects, sources and review dates) into the page, for search engines.
 * @attr {string} src - URL of your own content model (JSON); replaces the bundled content after validation.
 * @attr {string} messages - URL of your own message catalogue (JSON): the interface words in another language, translated from `dist/messages/en-GB.json`. Used by every widget in that language.
 * @attr {boolean} expanded - Opens every side effect (for print or a printed handout). Print opens them anyway.
 * @attr {string} filter - Only show some frequency groups, e.g. `very-common` or `very-common common`. Groups: `very-common`, `common`, `occasional`, `uncommon`, `not-known`. Serious side effects always show, first.
 * @attr {string} advice-line - Your advice line's name as it reads in a sentence, e.g. `the Acute Oncology Service`. Default: "your treatment team's 24-hour advice line".
 * @attr {string} advice-phone - Your advice line's phone number; shown as a tap-to-call link in the care cards.
 * @attr {string} crisis-line - Your local mental health crisis line, e.g. "the Greater Example crisis line, open 24 hours"; added to the urgent care card about thoughts of suicide or self-harm, beside NHS 111, Samaritans and Shout.
 * @attr {string} crisis-phone - That crisis line's phone number; shown as a tap-to-call link.
 * @attr {string} high-temperature - Your fever threshold, e.g. `38 °C`. Default `37.5 °C` (Cancer Research UK).
 * @attr {string} low-temperature - Your low-temperature threshold. Default `36 °C`.
 * @prop {ContentModel} model - A content model object; validated like `src` and used instead of it.
 *
 * @slot - Fallback shown before the element upgrades, while a `src` loads, and with any error.
 *
 * @csspart base - The widget box.
 * @csspart title - The title heading.
 * @csspart group-heading - Each frequency group's heading.
 * @csspart list - Each list of side effects.
 * @csspart item - Each side effect's list item.
 * @csspart effect - Each side effect's disclosure.
 * @csspart effect-summary - The name and number that open a side effect.
 * @csspart effect-name - The side effect's name, in its summary.
 * @csspart effect-frequency - How many people get it, in its summary (when it adds to the group's heading).
 * @csspart effect-content - Everything a side effect shows when open: description, how common, what you can do.
 * @csspart what-to-do-heading - The "What you can do" heading in each side effect.
 * @csspart care-cards - The when-to-get-help cards.
 * @csspart care-card - Each care card.
 * @csspart care-card-non-urgent - The non-urgent card.
 * @csspart care-card-urgent - The urgent card.
 * @csspart care-card-emergency - The emergency card.
 * @csspart care-heading - Each care card's heading (level label and what to do).
 * @csspart care-level - The level label at the start of each care card's heading ("Urgent advice"). NHS.UK hides it visually; it stays in the heading for screen readers.
 * @csspart care-body - Each care card's body, under its heading.
 * @csspart care-list - The list of signs in each care card's body.
 * @csspart phone-link - The tap-to-call link to your advice line.
 * @csspart details - Other disclosures (about the numbers, sources).
 * @csspart details-summary - Their summaries.
 * @csspart details-content - What each of them shows when open.
 * @csspart footer - The review dates and sources.
 * @csspart error - The message shown when the list cannot show its content.
 * @csspart language-note - The note that says the content is not in the page's language (and which language it is in).
 * @csspart review-due - The note shown once the content's next review date has passed.
 *
 * @cssprop [--cytokine-gap=1.5rem] - Space below the widget when something follows it (none after the last), so adjacent widgets do not touch.
 * @cssprop [--cytokine-care-non-urgent=#005eb8] - Accent of the non-urgent care card.
 * @cssprop [--cytokine-care-urgent=#d5281b] - Accent of the urgent care card.
 * @cssprop [--cytokine-care-emergency=#d5281b] - Accent of the emergency care card.
 * @cssprop [--cytokine-care-heading-text=#fff] - Text on care-card headings.
 * @cssprop [--cytokine-care-emergency-background=#212b32] - Body of the emergency card.
 * @cssprop [--cytokine-care-emergency-text=#fff] - Text in the emergency card.
 * @cssprop [--cytokine-text-color=inherit] - Text colour.
 * @cssprop [--cytokine-font-family=inherit] - Font.
 * @cssprop [--cytokine-heading-line-height=inherit] - Line height of headings. Leave it unset to let a reader's own line spacing reach them (WCAG 1.4.12).
 * @cssprop [--cytokine-divider-color=currentColor at 20%] - Lines between side effects.
 * @cssprop [--cytokine-link-color=inherit] - Link and disclosure colour.
 * @cssprop [--cytokine-focus-color=currentColor] - Focus outline colour.
 * @cssprop [--cytokine-space=1rem] - Base spacing.
 * @cssprop [--cytokine-font-size=inherit] - Text size of the whole widget; headings and other text scale from it.
 * @cssprop [--cytokine-line-height=1.5] - Line height of the text.
 * @cssprop [--cytokine-heading-font-family=inherit] - Font of headings.
 * @cssprop [--cytokine-border-width=1px] - Width of the widget's border.
 * @cssprop [--cytokine-focus-width=3px] - Width of the focus outline.
 * @cssprop [--cytokine-link-hover-color=the link colour] - Link and disclosure colour on hover.
 * @cssprop [--cytokine-paragraph-spacing=0.75em] - Space after paragraphs and lists. In em, so it grows with the text (WCAG 1.4.12).
 * @cssprop [--cytokine-background=transparent] - Background of the widget.
 * @cssprop [--cytokine-border-color=currentColor at 35%] - Widget border colour.
 * @cssprop [--cytokine-radius=0.5rem] - Corner radius.
 * @cssprop [--cytokine-max-width=48rem] - Largest width of the widget.
 * @cssprop [--cytokine-error-color=#d5281b] - Accent of the error message.
 * @cssprop [--cytokine-heading-color=inherit] - Heading colour.
 *
 * @fires cytokine-error - The list cannot show its content. `detail: { code, message, hint }` (`message` is what readers see; `hint` says what to fix, for developers); codes: `missing-drug`, `unknown-drug`, `src-unreachable`, `src-invalid`, `src-too-large`, `model-invalid`, `render-failed`.
 * @fires cytokine-ready - The content is ready and shown.
 * @fires cytokine-review-due - The content's next review date has passed (the widget also says so). `detail: { nextReview }` (YYYY-MM-DD).
 */
export class SideEffectList extends DrugElement {
  static override styles = [...DrugElement.styles, sideEffectListStyles];
  static override properties: PropertyDeclarations = {
    expanded: { type: Boolean, reflect: true },
    filter: {},
    adviceLine: { attribute: 'advice-line' },
    advicePhone: { attribute: 'advice-phone' },
    crisisLine: { attribute: 'crisis-line' },
    crisisPhone: { attribute: 'crisis-phone' },
    highTemperature: { attribute: 'high-temperature' },
    lowTemperature: { attribute: 'low-temperature' },
  };

  /** Opens every side effect's details. Reflected, so a page's stylesheet can read it. */
  expanded = false;

  /** Frequency groups to show, space- or comma-separated. */
  filter?: string;

  /** Replaces "your treatment team's 24-hour advice line" in the care cards. */
  adviceLine?: string;

  /** The advice line's phone number, shown as a tap-to-call link. */
  advicePhone?: string;

  /** Your local mental health crisis line, added to the urgent mental-health care card. */
  crisisLine?: string;

  /** Its phone number, as a tap-to-call link. */
  crisisPhone?: string;

  /** Your fever threshold, e.g. "38 °C". */
  highTemperature?: string;

  /** Your low-temperature threshold, e.g. "36 °C". */
  lowTemperature?: string;

  private warnedFilter?: string;

  /** The frequency groups to show, in order; unknown names are ignored with one warning. */
  private get bands(): Band[] {
    const { bands, unknown } = parseBandFilter(this.filter);
    if (unknown.length && this.warnedFilter !== this.filter) {
      this.warnedFilter = this.filter;
      console.warn(`[cytokine-widgets] <side-effect-list> filter: unknown group(s) ${unknown.join(', ')}; use ${BANDS.join(', ')}.`);
    }
    return bands;
  }

  protected renderContent(drug: Drug, model: ContentModel): TemplateResult {
    const level = this.level;
    const values = this.placeholders(drug, model);
    const groups = groupsOf(drug.sideEffects, model, this.bands);
    const effects = groups.flatMap((g) => g.effects);
    const scales = model.frequencyScales.filter((s) => effects.some((e) => e.frequency.scale === s.id));
    return html`<section class="side-effects" aria-labelledby="title">
      ${heading(level, t.sideEffectsOf(values.drug), 'title', 'title')}
      ${scales.length
        ? html`<details part="details" class="about-numbers"><summary part="details-summary">${t.aboutNumbers()}</summary>
            <div part="details-content"><dl>${scales.map((s) => html`<dt class="label">${s.name}</dt><dd>${s.description}</dd>`)}</dl></div></details>`
        : nothing}
      ${groups.map((g) => this.renderGroup(g, model, subLevel(level)))}
      ${groups.every((g) => g.id === SERIOUS) ? html`<p>${t.noneInGroups()}</p>` : nothing}
      ${drug.careCards.length ? this.renderCareCards(drug.careCards, values, subLevel(level)) : nothing}
      ${provenance(model, { effects, careCards: drug.careCards, help: model.help })}
    </section>`;
  }

  private renderGroup({ id, title, effects }: Group, model: ContentModel, level: OutlineLevel): TemplateResult {
    return html`${heading(level, html`${title} <span class="count">${t.count(effects.length)}</span>`, 'group-heading', id)}
      <ul part="list" class="effects" aria-labelledby=${id}>
        ${effects.map((e) => this.renderEffect(e, model, id === SERIOUS, subLevel(level)))}
      </ul>`;
  }

  /**
   * Each summary says how many people get it when that adds to the group's heading: a number,
   * or, in the serious group, which gathers all frequencies, the band in words.
   */
  private renderEffect(effect: SideEffect, model: ContentModel, serious: boolean, level: OutlineLevel): TemplateResult {
    const many = effect.frequency.per100 || serious ? howMany(effect.frequency) : undefined;
    const scale = model.frequencyScales.find((s) => s.id === effect.frequency.scale);
    return html`<li part="item">
      <details part="effect" class="effect" data-id=${effect.id} ?open=${this.expanded}>
        <summary part="effect-summary"><span part="effect-name" class="name">${effect.name}</span>${many ? html` <span part="effect-frequency" class="how-many">${many}</span>` : nothing}</summary>
        <div part="effect-content">
          <p>${effect.description.text}</p>
          <p class="how-common"><span class="label">${t.howCommon()}</span> ${effect.frequency.words}.
            ${scale ? html`<span class="scale-note">${t.scaleNote(scale.name)}</span>` : nothing}</p>
          ${effect.whatToDo.length
            ? html`${heading(level, t.whatYouCanDo(), 'what-to-do-heading')}<ul>${effect.whatToDo.map((s) => html`<li>${s.text}</li>`)}</ul>`
            : nothing}
        </div>
      </details>
    </li>`;
  }

  private renderCareCards(cards: CareCard[], values: Record<string, string>, level: OutlineLevel): TemplateResult {
    const ordered = CARE_LEVELS.flatMap((l) => cards.filter((c) => c.level === l));
    return html`${heading(level, t.whenToGetHelp(), 'group-heading', 'care-heading')}
      <div part="care-cards" class="care-cards">${ordered.map((card) => this.renderCareCard(card, values, subLevel(level)))}</div>`;
  }

  private renderCareCard(card: CareCard, values: Record<string, string>, level: OutlineLevel): TemplateResult {
    const usesAdviceLine = [card.heading, card.action.text].some((t) => t.includes('{adviceLine}'));
    const crisisLine = showsCrisisLine(card) ? this.crisisLine?.trim() : undefined;
    return html`<div part="care-card care-card-${card.level}" class="care-card ${card.level}">
      ${heading(level, html`<span part="care-level" class="care-level">${t.careLevel(card.level)}<span class="visually-hidden">:</span></span> ${fill(card.heading, values)}`, 'care-heading')}
      <div part="care-body" class="care-body">
        <ul part="care-list">${card.signs.map((s) => html`<li>${fill(s.text, values)}</li>`)}</ul>
        <p>${fill(card.action.text, values)}</p>
        ${usesAdviceLine ? phoneLink(this.advicePhone) : nothing}
        ${crisisLine ? html`<p class="crisis-line">${t.localCrisisLine(crisisLine)}</p>${phoneLink(this.crisisPhone)}` : nothing}
        ${card.phones?.length ? html`<ul class="phones">${card.phones.map((p) => html`<li>${p.label}: ${phoneAnchor(p.number)}</li>`)}</ul>` : nothing}
      </div>
    </div>`;
  }

  private placeholders(drug: Drug, model: ContentModel): Record<string, string> {
    const { help } = model;
    return {
      // As written in the content: case rules for names differ between languages.
      drug: drug.name,
      adviceLine: this.adviceLine?.trim() || help.adviceLine,
      highTemperature: this.highTemperature?.trim() || help.highTemperature,
      lowTemperature: this.lowTemperature?.trim() || help.lowTemperature,
    };
  }
}

/**
 * A tap-to-call link made from the number's digits, so nothing but `tel:` and digits reach the
 * href. Numbers read left to right in every language: without `dir`, a right-to-left page shows
 * "116 123" as "123 116".
 */
const phoneAnchor = (number: string): TemplateResult => {
  const tel = telHref(number);
  return tel ? html`<a part="phone-link" href=${tel} dir="ltr">${number}</a>` : html`<span dir="ltr">${number}</span>`;
};

const phoneLink = (number: string | undefined): TemplateResult | typeof nothing =>
  telHref(number) ? html`<p class="phone">${t.phone()} ${phoneAnchor(number!)}</p>` : nothing;

const SERIOUS = 'group-serious';

interface Group {
  id: string;
  title: string;
  effects: SideEffect[];
}

/**
 * The groups to show: serious side effects first, whatever their frequency, then one group per
 * band of each scale, most common first. Scales name their bands differently ("common" is more
 * than 10 in 100 on UK patient pages, 1 to 10 in 100 in a medicine licence), so two scales never
 * share a heading.
 */
function groupsOf(effects: readonly SideEffect[], model: ContentModel, bands: readonly Band[]): Group[] {
  const serious = effects.filter((e) => e.serious);
  const groups: Group[] = serious.length ? [{ id: SERIOUS, title: t.serious(), effects: serious }] : [];
  for (const band of bands) {
    for (const scale of model.frequencyScales) {
      const inGroup = byHowMany(effects.filter((e) => !e.serious && e.frequency.band === band && e.frequency.scale === scale.id));
      if (inGroup.length) groups.push({ id: `group-${scale.id}-${band}`, title: scale.bands?.[band] ?? t.band(band), effects: inGroup });
    }
  }
  return groups;
}

/** Most common first; side effects with no number keep the order the content gives. */
const byHowMany = (effects: SideEffect[]): SideEffect[] =>
  [...effects].sort((a, b) => (b.frequency.per100?.max ?? -1) - (a.frequency.per100?.max ?? -1) || (b.frequency.per100?.min ?? -1) - (a.frequency.per100?.min ?? -1));

function howMany(f: Frequency): string {
  // A band with no number says the band's own words (e.g. "Common: more than 10 in 100 people").
  if (!f.per100) return f.band === UNCOUNTED_BAND ? t.notKnown() : f.words;
  const { min, max } = f.per100;
  return min === max ? t.per100Exact(min) : t.per100Range(min, max);
}

