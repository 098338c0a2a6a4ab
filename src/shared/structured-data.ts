import type { ContentModel, Drug } from '../model/types.js';
import { citedSources } from '../model/sources.js';
import type { ViewState } from './cytokine-element.js';

const MARKER = 'data-cytokine-jsonld';

/**
 * schema.org MedicalWebPage about the drug, with its side effects, sources and dates. It claims
 * a review (`lastReviewed`, `reviewedBy`) only when the model carries a clinical sign-off.
 */
export function drugJsonLd(drug: Drug, model: ContentModel): Record<string, unknown> {
  const review = model.clinicalReview;
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    inLanguage: model.locale,
    dateModified: model.lastUpdated,
    ...(review ? { lastReviewed: review.date, reviewedBy: { '@type': 'Person', name: review.by } } : {}),
    // schema.org has no "next review" property; `expires` is the nearest: the date after which
    // this copy should not be relied on without a new review.
    expires: model.nextReview,
    about: {
      '@type': 'Drug',
      name: drug.name,
      alternateName: drug.otherNames,
      description: drug.summary.text,
      code: drug.codes.map((c) => ({ '@type': 'MedicalCode', codeValue: c.code, codingSystem: c.system })),
      adverseOutcome: drug.sideEffects.map((e) => ({ '@type': 'MedicalEntity', name: e.name, description: e.description.text })),
    },
    citation: citedSources(model, drug).map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      publisher: { '@type': 'Organization', name: s.publisher },
      ...(s.url ? { url: s.url } : {}),
    })),
  };
}

/**
 * Writes (or replaces) the JSON-LD as a data block in the host's light DOM, where search
 * engines look. A data block never runs, so a strict CSP allows it; `<` is escaped anyway so the
 * block stays closed if the page is later serialised as HTML.
 */
export function writeJsonLd(host: HTMLElement, view: ViewState<Drug> | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${MARKER}]`);
  if (view?.status !== 'ready') return void script?.remove();
  // Under Trusted Types a script's text must be a TrustedScript, even for a data block.
  const trusted = jsonPolicy();
  if (trusted === null) {
    // The page's `trusted-types` list leaves our name out. Writing a plain string instead would
    // only add a violation report to the page's CSP reports, so leave the data out.
    if (!warnedNoPolicy) console.warn("[cytokine-widgets] structured-data: this page's Trusted Types policy does not allow the name cytokine-widgets, so no JSON-LD is written.");
    warnedNoPolicy = true;
    return void script?.remove();
  }
  const json = JSON.stringify(drugJsonLd(view.value, view.model)).replace(/</g, '\\u003c');
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARKER, '');
    host.append(script);
  }
  (script as { textContent: unknown }).textContent = trusted ? trusted.createScript(json) : json;
}

interface ScriptPolicy {
  createScript(input: string): unknown;
}
type TrustedTypesFactory = { createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy };

let policy: ScriptPolicy | null | undefined;
let warnedNoPolicy = false;

/**
 * Our Trusted Types policy, `cytokine-widgets`, made on first use. It passes only text that
 * parses as JSON, so it can never be used to run code. Undefined where the browser has no
 * Trusted Types; null where the page's `trusted-types` directive does not allow the name.
 */
export function jsonPolicy(): ScriptPolicy | null | undefined {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory || policy !== undefined) return policy;
  try {
    policy = factory.createPolicy('cytokine-widgets', {
      createScript(input) {
        JSON.parse(input);
        return input;
      },
    });
  } catch {
    policy = null;
  }
  return policy;
}
