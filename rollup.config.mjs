import { readdirSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';

const elements = readdirSync('src/elements', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

/**
 * Terser leaves template literals alone, so the CSS in css`` would ship with its indentation
 * and comments. Our styles have no ${} expressions, which makes a plain minifier safe here.
 */
const minifyCss = {
  name: 'minify-css',
  transform(code, id) {
    if (!id.includes('/src/') || !id.endsWith('.ts')) return null;
    const next = code.replace(/\bcss\s*`([^`$]*)`/g, (_, text) => 'css`' + minifyCssText(text) + '`');
    return next === code ? null : { code: next, map: null };
  },
};
export const minifyCssText = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    // A colon followed by space is a declaration or a media feature, never a selector.
    .replace(/:\s+/g, ':')
    .replace(/(^|[^\d.])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}')
    .trim();

/**
 * After Terser, the only raw line breaks left are inside template literals, i.e. in Lit's html``
 * templates, where a line break and its indentation render exactly like one space.
 */
const collapseTemplateWhitespace = {
  name: 'collapse-template-whitespace',
  renderChunk(code) {
    const s = new MagicString(code);
    for (const m of code.matchAll(/\n[ \t]*/g)) {
      if (m.index + m[0].length < code.length) s.overwrite(m.index, m.index + m[0].length, ' ');
    }
    return { code: s.toString(), map: s.generateMap({ hires: true }) };
  },
};

const compile = (...afterTypeScript) => [
  resolve({ exportConditions: ['production'] }),
  json({ preferConst: true, compact: true }),
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: { declaration: false, outDir: undefined, rootDir: undefined, noEmit: false },
  }),
  // After TypeScript: it compiles from the files on disk, ignoring earlier transforms.
  ...afterTypeScript,
  minifyCss,
  terser({ module: true, ecma: 2021, compress: { passes: 3 }, format: { comments: /@vite-ignore/ } }),
  collapseTemplateWhitespace,
];

/**
 * src/content/index.ts finds media at '../' from itself, which is also right for the
 * per-element build (dist/elements/*.js). The self-contained bundle sits in dist/ itself.
 */
const bundleAssetRoot = {
  name: 'bundle-asset-root',
  transform(code, id) {
    if (!id.endsWith('src/content/index.ts')) return null;
    const next = code.replace(/new URL\((\/\*[^*]*\*\/\s*)?'\.\.\/', import\.meta\.url\)/, "new URL(/* @vite-ignore */ './', import.meta.url)");
    if (next === code) this.error('ASSET_ROOT literal not found in src/content/index.ts');
    return { code: next, map: null };
  },
};

export default [
  {
    input: 'src/index.ts',
    // Let lazy chunks import shared code from the bundle itself, rather than splitting it out.
    preserveEntrySignatures: 'allow-extension',
    // Optional parts (the validator for host content) load on demand from dist/lazy/.
    output: { dir: 'dist', entryFileNames: 'cytokine-widgets.js', chunkFileNames: 'lazy/[name]-[hash].js', format: 'es', sourcemap: true },
    plugins: compile(bundleAssetRoot),
  },
  {
    // The autoloader: a tiny entry that imports each element on demand. Its chunks bundle lit
    // (shared between them), so plain pages need no import map.
    input: { autoloader: 'src/autoloader.ts' },
    output: { dir: 'dist', entryFileNames: '[name].js', chunkFileNames: 'auto/[name]-[hash].js', format: 'es', sourcemap: true },
    plugins: compile(),
  },
  {
    input: Object.fromEntries(elements.map((tag) => [tag, `src/elements/${tag}/define.ts`])),
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('lit-html') || id.startsWith('@lit/'),
    output: { dir: 'dist/elements', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js', sourcemap: true },
    plugins: compile(),
  },
];
