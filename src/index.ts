/** The self-contained bundle: importing it defines every element. */
export * from './elements/cytokine-card/define.js';
export * from './elements/side-effect-list/define.js';
export * from './elements/injection-video/define.js';
export { resolveDrug } from './model/load.js';
export type { CheckResult } from './model/check.js';

/** Validates a content model (loads the validator on demand): `{ ok, model, warnings }` or `{ ok: false, errors }`. */
export const checkModel = async (raw: unknown): Promise<import('./model/check.js').CheckResult> =>
  (await import('./model/check.js')).checkModel(raw);
export { loadBundledModel, bundledLocales } from './content/index.js';
export { VERSION } from './shared/version.js';
export type * from './model/types.js';
