import { readdirSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const elements = readdirSync('src/elements', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

const compile = () => [
  resolve({ exportConditions: ['production'] }),
  json({ preferConst: true, compact: true }),
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: { declaration: false, outDir: undefined, rootDir: undefined, noEmit: false },
  }),
  terser({ module: true, ecma: 2021, format: { comments: false } }),
];

/**
 * src/content/index.ts finds media at '../' from itself, which is also right for the
 * per-element build (dist/elements/*.js). The self-contained bundle sits in dist/ itself.
 */
const bundleAssetRoot = {
  name: 'bundle-asset-root',
  transform(code, id) {
    if (!id.endsWith('src/content/index.ts')) return null;
    const next = code.replace("new URL('../', import.meta.url)", "new URL('./', import.meta.url)");
    if (next === code) this.error('ASSET_ROOT literal not found in src/content/index.ts');
    return { code: next, map: null };
  },
};

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/cytokine-widgets.js', format: 'es', sourcemap: true },
    plugins: [bundleAssetRoot, ...compile()],
  },
  {
    input: Object.fromEntries(elements.map((tag) => [tag, `src/elements/${tag}/define.ts`])),
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    output: { dir: 'dist/elements', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js', sourcemap: true },
    plugins: compile(),
  },
];
