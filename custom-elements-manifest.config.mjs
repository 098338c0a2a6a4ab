// `cem analyze` (npm run analyze, npm run build, Storybook) reads this file and writes:
//   custom-elements.json               the manifest (Storybook autodocs, the snippet builder, tools)
//   dist/vscode.html-custom-data.json  VS Code HTML custom data (README: "Editor support")
//   dist/web-types.json                JetBrains Web Types (package.json "web-types")
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/**
 * The shared base classes (CytokineElement, DrugElement) are analysed so each widget lists the
 * attributes, properties and events it inherits (with `inheritedFrom`), but they have no tag: the
 * analyzer marks CytokineElement a custom element only because it extends LitElement. Unmark it,
 * so that whatever reads the manifest finds exactly the widgets.
 * @type {import('@custom-elements-manifest/analyzer').Plugin}
 */
const baseClassesAreNotElements = {
  name: 'cytokine-base-classes-are-not-elements',
  packageLinkPhase({ customElementsManifest }) {
    for (const decl of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
      if ('customElement' in decl && !('tagName' in decl && decl.tagName)) Reflect.deleteProperty(decl, 'customElement');
    }
  },
};

/**
 * The analyzer lists modules in the order its file search happens to finish, which changes from
 * run to run; the editor data lists tags in that order. Sort them, so a build is reproducible.
 * @type {import('@custom-elements-manifest/analyzer').Plugin}
 */
const modulesInPathOrder = {
  name: 'cytokine-modules-in-path-order',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

/**
 * Private and protected members are not the elements' API, but Storybook's docs tables and
 * controls list every field the manifest has: since the base classes are analysed, that would be
 * their internals (`view`, `loadToken`…) on every widget. Keep the public members. (The editor
 * plugins would also list protected methods, as empty lines under "Methods".)
 * @type {import('@custom-elements-manifest/analyzer').Plugin}
 */
const publicMembersOnly = {
  name: 'cytokine-public-members-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const decl of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
      if ('members' in decl && decl.members) decl.members = decl.members.filter((m) => !('privacy' in m) || !m.privacy || m.privacy === 'public');
    }
  },
};

// What the plugins leave out, next to what scripts/editor-data.mjs (replaced by them) gave:
// - Boolean attributes get no `valueSet: "v"`, so VS Code completes `expanded=""`, not `expanded`.
// - Web Types have no `source` (the plugin finds it only from `customElements.define` calls, and
//   ours go through defineElement) and no `js-types-syntax`.
// - Value suggestions come only from an attribute's type, not from its description: `drug` and
//   `heading-level` get theirs from a JSDoc @type in src/shared/.
const editorData = { outdir: 'dist', hideLogs: true };

export default {
  litelement: true,
  globs: ['src/elements/**/*.ts', 'src/shared/*-element.ts'],
  // Styles are only css`` blocks. src/builder/ (the snippet builder) is a tool, not a widget:
  // it is not matched at all, so editors never offer it as a tag.
  exclude: ['src/**/*.styles.ts'],
  plugins: [
    modulesInPathOrder,
    baseClassesAreNotElements,
    publicMembersOnly,
    // The CSS custom data file is left out: every custom property and part is already in each
    // tag's description, and the package ships exactly these two editor files.
    customElementVsCodePlugin({ ...editorData, cssFileName: null }),
    customElementJetBrainsPlugin(editorData),
  ],
};
