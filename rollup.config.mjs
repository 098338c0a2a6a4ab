import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve as resolvePath, sep } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import { transform } from 'esbuild';
import MagicString from 'magic-string';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const elements = readdirSync('src/elements', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const CONTENT = resolvePath('src/content/generated');
const posix = (path) => path.split(sep).join('/');

/** A module of bundled content (a locale's catalogue, its shared part, one drug or one video). */
const isContent = (id) => id.startsWith(CONTENT + sep) && /^[^\\/]+[\\/].+\.(json|ts)$/.test(id.slice(CONTENT.length + 1));

/** src/content/generated/en-GB/drugs/aldesleukin.json → content/en-GB/drugs/aldesleukin.js */
const contentPath = (id) => 'content/' + posix(relative(CONTENT, id)).replace(/\.(json|ts)$/, '.js');

/**
 * Content modules keep their place and name from src/content/ (dist/content/en-GB/drugs/
 * aldesleukin.js): one copy for every build, stable names a web team can read, and each found
 * relative to the code that imports it. Other on-demand code goes to lazy/ with a hash.
 */
const chunkFileNames = (chunk) =>
  chunk.facadeModuleId && isContent(chunk.facadeModuleId)
    ? contentPath(chunk.facadeModuleId)
    : 'lazy/[name]-[hash].js';

/**
 * The bundle build writes dist/content/; the autoloader's and the per-element builds import
 * those same files rather than each carrying a copy, by a path relative to each chunk (a
 * literal path, so a bundler that consumes dist/ still sees and copies the content modules).
 */
const SHARED = 'cytokine-content:';
const sharedContent = {
  name: 'shared-content',
  async resolveId(source, importer, options) {
    if (!importer || source.startsWith(SHARED)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && isContent(resolved.id) ? { id: SHARED + contentPath(resolved.id), external: true } : null;
  },
  renderChunk(code, chunk, { dir }) {
    if (!code.includes(SHARED)) return null;
    const up = posix(relative(resolvePath(dir, dirname(chunk.fileName)), resolvePath('dist'))) || '.';
    return { code: code.replaceAll(SHARED, `${up}/`), map: null };
  },
};

/**
 * Notes for translators (`desc` in src/i18n/messages.ts) are for the extracted catalogue, not
 * for readers' phones: @lit/localize's runtime ignores them, so the build drops them.
 */
const dropMessageNotes = {
  name: 'drop-message-notes',
  transform(code, id) {
    if (!id.endsWith('src/i18n/messages.ts')) return null;
    const next = new MagicString(code).replaceAll(/,\s*desc:\s*'(?:[^'\\]|\\.)*'/g, '');
    if (!next.hasChanged()) this.error('no translator notes found in src/i18n/messages.ts: has their form changed?');
    return { code: next.toString(), map: next.generateMap({ hires: true }) };
  },
};

/**
 * TypeScript to JavaScript, one file at a time, with esbuild: the same compiler web-test-runner
 * and Storybook run the sources through, so the tests run what ships. Type checking is `tsc`'s
 * job: `npm run typecheck` (part of `npm test`) checks every file, and the build's declarations
 * step checks the library's. A checking compiler here would check the whole program again in each
 * of the six builds below, about half the build's time.
 * tsconfig.json sets `isolatedModules`, which is what makes file-at-a-time compiling safe.
 */
const TS_OPTIONS = JSON.parse(readFileSync('tsconfig.json', 'utf8')).compilerOptions;
const typescript = {
  name: 'typescript-esbuild',
  async resolveId(source, importer, options) {
    // Sources import each other as './x.js' (what the emitted files will be called).
    if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const ts = resolvePath(dirname(importer), source.slice(0, -3) + '.ts');
    return existsSync(ts) ? ts : this.resolve(source, importer, { ...options, skipSelf: true });
  },
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const { useDefineForClassFields, experimentalDecorators, verbatimModuleSyntax, target } = TS_OPTIONS;
    const out = await transform(code, {
      loader: 'ts', format: 'esm', target: target.toLowerCase(), sourcemap: true, sourcefile: id,
      // The options that change what esbuild emits, as tsconfig.json has them.
      tsconfigRaw: { compilerOptions: { useDefineForClassFields, experimentalDecorators, verbatimModuleSyntax } },
    });
    return { code: out.code, map: out.map };
  },
};

const compile = (...beforeCompiling) => [
  resolve({ exportConditions: ['production'] }),
  json({ preferConst: true, compact: true }),
  // Source transforms see the TypeScript as written.
  dropMessageNotes,
  ...beforeCompiling,
  typescript,
  // Lit's own minifier for html`` and css`` templates. Every build that renders (bundle,
  // per-element modules, server) uses it, so server-rendered HTML matches the client's templates.
  minifyHTML({ failOnError: true }),
  terser({ module: true, ecma: 2021, compress: { passes: 2 }, format: { comments: /@vite-ignore/ } }),
];

/**
 * src/content/index.ts finds media at '../' from itself, which is also right for the
 * per-element build (dist/elements/*.js). The self-contained bundle sits in dist/ itself.
 */
const bundleAssetRoot = {
  name: 'bundle-asset-root',
  transform(code, id) {
    if (!id.endsWith('src/content/index.ts')) return null;
    const next = new MagicString(code).replace(/new URL\((\/\*[^*]*\*\/\s*)?'\.\.\/', import\.meta\.url\)/, "new URL(/* @vite-ignore */ './', import.meta.url)");
    if (!next.hasChanged()) this.error('ASSET_ROOT literal not found in src/content/index.ts');
    return { code: next.toString(), map: next.generateMap({ hires: true }) };
  },
};

/**
 * Vite's dev server pre-bundles a dependency into node_modules/.vite/deps/, so the loader's
 * `new URL('../', import.meta.url)` points into Vite's cache there, not at dist/media/, and the
 * video does not load (vitejs/vite#8427: the optimiser does not move files that modules find from
 * their own URL). What Vite does follow, in dev and build, and webpack 5 too, is a literal
 * `new URL('<package>/media/<file>', import.meta.url)`: it resolves the package path through
 * package.json "exports" from wherever the module now is, and serves or copies the file. So in
 * each bundled video module, every relative `src` (poster, media, captions, descriptions,
 * transcript file; a missing file fails the build) becomes such a URL, written out per file, or
 * stays the relative path where nothing rewrote the URL (a CDN copy of dist/, Node, Rollup or
 * esbuild without an asset plugin: the URL is then that package path under the module's own
 * folder, which points nowhere), for the loader to find from its own URL or a server's base.
 * `?no-inline` keeps Vite from inlining the small caption and transcript files as data: URLs,
 * which the widgets refuse. The module is written from the JSON file, replacing the JSON
 * plugin's output; the loader reads only its default export.
 */
const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')).name;
const isVideoContent = (id) => isContent(id) && /[\\/]videos[\\/][^\\/]+\.json$/.test(id);
const isRelative = (src) => !/^([a-z][\w+.-]*:|\/)/i.test(src);
const mediaForBundlers = {
  name: 'media-for-bundlers',
  transform(_code, id) {
    if (!isVideoContent(id)) return null;
    const paths = [];
    // Each relative src becomes a marker, then the code that finds it.
    const json = JSON.stringify(JSON.parse(readFileSync(id, 'utf8')), (key, value) =>
      key === 'src' && typeof value === 'string' && isRelative(value) ? `\0${paths.push(value) - 1}` : value);
    const missing = paths.filter((path) => !existsSync(resolvePath('src', path)));
    if (missing.length) this.error(`${posix(relative('.', id))} names media that src/ does not have: ${missing.join(', ')}`);
    const q = JSON.stringify;
    const model = json.replace(/"\\u0000(\d+)"/g, (_, i) => {
      const spec = q(`${PACKAGE}/${paths[Number(i)]}?no-inline`);
      return `found(new URL(${spec}, import.meta.url).href, ${spec}, ${q(paths[Number(i)])})`;
    });
    const code = `const folder = import.meta.url.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
const found = (url, spec, path) => (url === folder + spec ? path : url);
export default ${model};
`;
    return { code, map: { mappings: '' } };
  },
};

/**
 * Lit stays a peer import in the builds for bundlers and servers. @lit/localize does not: a
 * page's own app may configure it too, and it can be configured once per copy, so the widgets
 * carry their own.
 */
const isLit = (id) =>
  id === 'lit' || id.startsWith('lit/') || id.startsWith('lit-html') || id.startsWith('lit-element') || id.startsWith('@lit-labs/') || (id.startsWith('@lit/') && !id.startsWith('@lit/localize'));

/**
 * The snippet builder's imports of the widgets' entry (src/index.ts: the widgets its preview shows
 * and the bundled-content loader) become imports of the built bundle beside it, so an editors'
 * page runs one copy of the widgets, the very file the code it writes loads.
 */
const WIDGETS_ENTRY = resolvePath('src/index.ts');
const BUNDLE = 'cytokine-widgets:bundle';
const widgetsFromBundle = {
  name: 'widgets-from-bundle',
  async resolveId(source, importer, options) {
    if (!importer || !source.startsWith('.')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === WIDGETS_ENTRY ? { id: BUNDLE, external: true } : null;
  },
};

export default [
  {
    input: 'src/index.ts',
    // Let lazy chunks import shared code from the bundle itself, rather than splitting it out.
    preserveEntrySignatures: 'allow-extension',
    // Content and optional parts (the validator for host content) load on demand.
    output: { dir: 'dist', entryFileNames: 'cytokine-widgets.js', chunkFileNames, format: 'es', sourcemap: true },
    plugins: compile(bundleAssetRoot, mediaForBundlers),
  },
  {
    // The autoloader: a tiny entry that imports each element on demand. Its chunks bundle lit
    // (shared between them), so plain pages need no import map.
    input: { autoloader: 'src/autoloader.ts' },
    output: { dir: 'dist', entryFileNames: '[name].js', chunkFileNames: 'auto/[name]-[hash].js', format: 'es', sourcemap: true },
    plugins: [sharedContent, ...compile()],
  },
  {
    input: Object.fromEntries(elements.map((tag) => [tag, `src/elements/${tag}/define.ts`])),
    external: isLit,
    output: { dir: 'dist/elements', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js', sourcemap: true },
    plugins: [sharedContent, ...compile()],
  },
  {
    // The snippet builder for editors (<cytokine-snippet-builder>, demo/builder.html): a tool, not
    // a widget, so outside the bundle and its budget. It carries its own Lit, because the bundle
    // exports only the library's API; a second Lit on an editors' page costs 6 KB gzipped and
    // works (Lit's production build does not object). It also carries custom-elements.json, which
    // scripts/generate.mjs has written before rollup runs.
    input: { builder: 'src/builder/define.ts' },
    output: { dir: 'dist', entryFileNames: '[name].js', format: 'es', sourcemap: true, paths: { [BUNDLE]: './cytokine-widgets.js' } },
    plugins: [widgetsFromBundle, sharedContent, ...compile()],
  },
  {
    // Server rendering in Node (`cytokine-widgets prerender`, and `cytokine-widgets/server`):
    // the same templates as the browser builds, so what it renders hydrates; Lit, Lit SSR and
    // parse5 come from node_modules.
    input: { index: 'src/server/index.ts' },
    external: (id) => isLit(id) || id === 'parse5' || id.startsWith('node:'),
    output: { dir: 'dist/server', format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', sourcemap: true },
    plugins: [sharedContent, ...compile()],
  },
  {
    // `cytokine-widgets validate` in Node: the same compiled schema and rules as the browser's
    // check, so the two cannot disagree; needs nothing from node_modules at run time.
    input: { validate: 'src/cli/validate.ts' },
    external: (id) => id.startsWith('node:'),
    output: { dir: 'dist/cli', format: 'es', entryFileNames: '[name].js', sourcemap: true },
    plugins: compile(),
  },
];
