/** The self-contained bundle: importing it defines every element. */
export * from './elements/cytokine-card/define.js';
export * from './elements/side-effect-list/define.js';
export * from './elements/injection-video/define.js';
export { resolveDrug } from './model/lookup.js';
export type { CheckResult } from './model/check.js';
export type { Finding } from './model/findings.js';
export type { Catalogue } from './i18n/catalogue.js';
export type { CytokineErrorDetail, ErrorCode } from './model/errors.js';
export type { CytokineEventMap, CytokineReviewDueDetail } from './shared/events.js';

/**
 * Checks a content model as `npx cytokine-widgets validate` does (loads the checker on demand):
 * `{ ok: true, model, findings }` with any warnings, or `{ ok: false, findings }`.
 */
export const checkModel = async (raw: unknown): Promise<import('./model/check.js').CheckResult> =>
  (await import('./model/check.js')).checkModel(raw);

/**
 * Adds your reviewed message catalogue (the interface words in another language, translated from
 * dist/messages/en-GB.json); every widget in that language uses it. Rejects with the problems
 * when the catalogue is not valid. The `messages` attribute does the same from a URL.
 */
export const registerMessages = async (catalogue: import('./i18n/catalogue.js').Catalogue): Promise<void> => {
  (await import('./i18n/host-messages.js')).registerMessages(catalogue);
};
export { loadBundledModel, bundledLocales } from './content/index.js';
export { VERSION } from './shared/version.js';
export type * from './model/types.js';
