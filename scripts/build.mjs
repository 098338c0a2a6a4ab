// `npm run build`: bundles, per-element modules, type declarations, media, the composed content
// model, and the custom-elements manifest. Each step is a tool run from node_modules/.bin.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { composeModel } from './content.mjs';
import { stamp } from './stamp.mjs';

const bin = (name, args) => execFileSync(`node_modules/.bin/${name}`, args, { stdio: 'inherit' });
const started = Date.now();

/** A build of exactly these inputs is already in dist/ (CI builds, then `npm test` builds again): say so and stop, saving a minute. */
const INPUTS = ['src', 'scripts', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json', 'custom-elements-manifest.config.mjs', 'lit-localize.json', 'package.json', 'package-lock.json'];
const OUTPUTS = ['dist/cytokine-widgets.js', 'dist/autoloader.js', 'dist/builder.js', 'dist/server/index.js', 'dist/cli/validate.js', 'dist/schema.json', 'custom-elements.json', 'dist/web-types.json', 'dist/vscode.html-custom-data.json', 'dist/types/react.d.ts', 'dist/types/vue.d.ts'];
const built = stamp('build', INPUTS, OUTPUTS);
if (built.fresh) {
  console.log('build: dist/ was built from these very sources; nothing to do (npm run build -- --force rebuilds)');
  process.exit(0);
}

// Also writes the manifest and, through the plugins in custom-elements-manifest.config.mjs, the
// editor data: before rollup, since the snippet builder bundles the manifest. Forced: the stale
// files removed below are those older than this build, which would include skipped outputs.
execFileSync('node', ['scripts/generate.mjs', '--force'], { stdio: 'inherit' });
bin('rollup', ['-c', '--silent']);
bin('tsc', ['-p', 'tsconfig.build.json']);

for (const tag of readdirSync('src/elements')) {
  writeFileSync(`dist/elements/${tag}.d.ts`, `export * from '../types/elements/${tag}/define.js';\n`);
}
// React 19 and Preact read a tag's props from their JSX namespace: `import type {} from
// 'cytokine-widgets/react'` (or /preact) adds the widgets' props, generated into jsx.d.ts by cem.
for (const framework of ['react', 'preact']) {
  writeFileSync(`dist/types/${framework}.d.ts`, `// The widgets' tags in ${framework === 'react' ? 'React 19' : 'Preact'}'s JSX: import type {} from 'cytokine-widgets/${framework}';
import type { CustomElements } from './jsx.js';

declare module '${framework}' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`);
}
cpSync('src/media', 'dist/media', { recursive: true });
cpSync('src/themes', 'dist/themes', { recursive: true });
mkdirSync('dist/content', { recursive: true });
mkdirSync('dist/messages', { recursive: true });
// What a content team copies: the whole model, its schema (found by editors through the
// model's "$schema"), and the message catalogue a translator starts from.
writeFileSync('dist/content/en-GB.json', JSON.stringify({ $schema: '../schema.json', ...composeModel() }, null, 2) + '\n');
cpSync('src/model/generated/schema.json', 'dist/schema.json');
cpSync('src/i18n/generated/en-GB.json', 'dist/messages/en-GB.json');

// dist/ is rebuilt in place and stale files are removed afterwards, so tests or a dev server
// reading dist/ while a build runs never find it missing.
const removeStale = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) removeStale(path);
    else if (statSync(path).mtimeMs < started - 1000) rmSync(path);
  }
};
removeStale('dist');

execFileSync('node', ['scripts/size.mjs'], { stdio: 'inherit' });
built.done();
console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
