// Reading custom-elements.json in tests: the widgets are the declarations with a tag.

/**
 * A custom element class with its tag. (The schema's own CustomElementDeclaration, in
 * custom-elements-manifest 1.0.0, leaves out the custom element fields.)
 * @typedef {import('custom-elements-manifest/schema').ClassDeclaration
 *   & import('custom-elements-manifest/schema').CustomElement & { tagName: string }} Widget
 */

/**
 * The custom element declarations in a manifest, sorted by tag name.
 * @param {import('custom-elements-manifest/schema').Package} manifest
 * @returns {Widget[]}
 */
export const widgetDeclarations = (manifest) =>
  /** @type {Widget[]} */ (manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((decl) => 'customElement' in decl && decl.customElement && decl.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
