import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Block, ContentModel, Link, Source } from '../model/types.js';
import { isSafeHref } from '../model/links.js';
import { citedSources } from '../model/sources.js';
import * as t from '../i18n/messages.js';

/** Paragraphs, each optionally followed by its list. Text only: content never becomes markup. */
export const blocks = (items: readonly Block[]): TemplateResult => html`${items.map(
  (b) => html`<p>${b.text}</p>${b.list ? html`<ul>${b.list.map((li) => html`<li>${li.text}</li>`)}</ul>` : nothing}`,
)}`;

/**
 * A link if the URL is safe, else its text alone. The check already refused any model with an
 * unsafe link; this is the second lock, for content that reaches a template some other way.
 */
export const safeLink = (href: string | undefined, text: string, part = 'link'): TemplateResult =>
  isSafeHref(href) ? html`<a part=${part} href=${href}>${text}</a>` : html`${text}`;

export const linkList = (links: readonly Link[]): TemplateResult =>
  html`<ul part="links" class="links">${links.map((l) => html`<li>${safeLink(l.href, l.text)}</li>`)}</ul>`;

/** "25 November 2026" in the content's language; dates are calendar dates, so UTC. */
export function formatDate(iso: string, locale: string): string {
  try {
    return new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    return iso; // an invalid date or locale from a host model: show the date as written
  }
}

const sourceItem = (s: Source): TemplateResult => html`<li>${markUp(t.sourceLine(s.title, s.publisher), s.title, (title) => safeLink(s.url, title))}</li>`;

/** Names as a list in the content's language ("a, b, c"; Arabic uses its own comma). */
export function list(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(items);
  } catch {
    return items.join(', '); // an old browser, or a tag Intl cannot read
  }
}

/** Today as an ISO date (UTC), to compare with the model's calendar dates. */
const today = (): string => new Date().toISOString().slice(0, 10);

/** Whether a model's next review date has passed: its readers should be told. */
export const reviewIsDue = (model: ContentModel): boolean => model.nextReview < today();


/**
 * Whether a clinician has signed this copy off, in the reader's words. An editorial update is
 * not a review: the bundled content has none, and says so.
 */
function reviewStatus(model: ContentModel): TemplateResult {
  const { clinicalReview: review, locale } = model;
  if (!review) return html`<strong class="not-reviewed">${t.notReviewed()}</strong>`;
  return withDate(review.date, locale, (date) => t.reviewedBy(review.by, date));
}

/** A message with a value in it (a date, a length), marked up wherever the translation puts it. */
export function markUp(text: string, value: string, element: (value: string) => TemplateResult): TemplateResult {
  const at = text.lastIndexOf(value);
  return at < 0 ? html`${text}` : html`${text.slice(0, at)}${element(value)}${text.slice(at + value.length)}`;
}

/** A message with a date in it, the date in a <time> element. */
function withDate(iso: string, locale: string, message: (date: string) => string): TemplateResult {
  const date = formatDate(iso, locale);
  return markUp(message(date), date, (d) => html`<time datetime=${iso}>${d}</time>`);
}

/**
 * The provenance footer every widget carries: when the wording was last updated, whether a
 * clinician has reviewed it, when the next review is due (and a note once it has passed), and
 * the sources this content cites (behind a disclosure, so the widget stays short). `extra` goes
 * before the sources. The due-for-review note is always in the template and hidden until the
 * date: HTML rendered on a server before the date still hydrates after it.
 */
export function provenance(model: ContentModel, content: unknown, extra: unknown = nothing): TemplateResult {
  const sources = citedSources(model, content);
  const { locale } = model;
  return html`<footer part="footer" class="footer muted">
    <p class="review">
      ${withDate(model.lastUpdated, locale, t.lastUpdated)} ${reviewStatus(model)}
      ${withDate(model.nextReview, locale, t.nextReview)} ${model.publisher}
    </p>
    <p part="review-due" class="review-due" ?hidden=${!reviewIsDue(model)}>${t.reviewDue()}</p>
    ${extra}
    <details part="details" class="sources">
      <summary part="details-summary">${t.sources(sources.length)}</summary>
      <div part="details-content"><ol>${sources.map(sourceItem)}</ol></div>
    </details>
  </footer>`;
}
