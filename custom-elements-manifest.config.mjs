// `cem analyze` (npm run analyze, npm run build, Storybook) reads this file and writes:
//   custom-elements.json               the manifest (Storybook autodocs, the snippet builder, tools)
//   dist/vscode.html-custom-data.json  VS Code HTML custom data (README: "Editor support")
//   dist/web-types.json                JetBrains Web Types (package.json "web-types")
//   dist/types/jsx.d.ts                the tags' JSX props, for React 19 and Preact (dist/types/react.d.ts
//                                      and preact.d.ts, written by scripts/build.mjs, add them to JSX)
//   dist/types/vue.d.ts                the tags as Vue global components
// The package exports them as cytokine-widgets/react, /preact, /vue and /jsx (package.json "exports").
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

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

/**
 * The type generators give each attribute and property the type its class declares
 * (`InjectionVideo['captions']`, imported from dist/elements/), and each event prop
 * `(e: CustomEvent<T>) => void`, where T is the event's `type` in the manifest. They run on a copy
 * of the manifest, adapted for that, so the manifest and the editor data stay as they are:
 * - T is the event's detail as the element modules declare it in HTMLElementEventMap (the map
 *   `addEventListener` reads too), so `oncytokine-play`'s `e.detail.video` is the HTMLVideoElement,
 *   and the props cannot drift from what the widgets send. Our `@fires` lines say it in words.
 * - An attribute whose property is not public (`lang`, kept in the protected `langAttribute`) is
 *   left out: a type cannot name a protected member, and `lang` is among the generators' common props.
 * @param {{ name: string, packageLinkPhase(params: { customElementsManifest: unknown }): void }} plugin
 *   a generator's plugin (each declares its own manifest type)
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
const typedFor = (plugin) => ({
  name: `${plugin.name}-with-typed-events`,
  packageLinkPhase(context) {
    const manifest = structuredClone(context.customElementsManifest);
    for (const decl of manifest.modules.flatMap((mod) => mod.declarations ?? [])) {
      if (!('tagName' in decl && decl.tagName)) continue;
      const members = new Set((decl.members ?? []).map((m) => m.name));
      decl.attributes = decl.attributes?.filter((a) => !a.fieldName || members.has(a.fieldName));
      for (const event of decl.events ?? []) event.type = { text: `HTMLElementEventMap['${event.name}']['detail']` };
    }
    plugin.packageLinkPhase({ ...context, customElementsManifest: manifest });
  },
});

/** Where the generated types import each element's class from, relative to dist/types/. */
const frameworkTypes = { outdir: 'dist/types', hideLogs: true, componentTypePath: (_name, tag) => `../elements/${tag}.js` };

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
    typedFor(customElementJsxPlugin({ ...frameworkTypes, fileName: 'jsx.d.ts' })),
    typedFor(customElementVuejsPlugin({ ...frameworkTypes, fileName: 'vue.d.ts' })),
  ],
};
