// Types for scripts/content.mjs, for the TypeScript that imports it (.storybook/main.ts).
/** The bundled en-GB content composed into one model object (the form a host serves via `src`). */
export declare function composeModel(): Record<string, unknown> & { publisher: string; drugs: Array<{ name: string }> };
/** The same model with a hostile payload in every string. */
export declare function poison<T>(node: T, key?: string): T;
