/** The self-contained bundle: importing it defines every element. */
export * from './elements/cytokine-card/define.js';
export * from './elements/side-effect-list/define.js';
export * from './elements/injection-video/define.js';
export { checkModel, resolveDrug } from './model/load.js';
export { bundledModels } from './content/index.js';
export { VERSION } from './shared/version.js';
export type * from './model/types.js';
