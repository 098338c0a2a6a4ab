// `npm run build`: bundles, per-element modules, type declarations, media, the composed content
// model, and the custom-elements manifest. Each step is a tool run from node_modules/.bin.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { composeModel } from './content.mjs';

const bin = (name, args) => execFileSync(`node_modules/.bin/${name}`, args, { stdio: 'inherit' });
const started = Date.now();

/**
 * A build of exactly these inputs is already in dist/ (CI builds, then `npm test` builds again):
 * say so and stop, saving a minute. The stamp is a hash of every input file, kept outside dist/
 * so it never ships; `--force` builds anyway.
 */
const STAMP = 'node_modules/.cache/cytokine-widgets-build';
const INPUTS = ['src', 'scripts', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json', 'custom-elements-manifest.config.mjs', 'lit-localize.json', 'package.json', 'package-lock.json'];
const OUTPUTS = ['dist/cytokine-widgets.js', 'dist/autoloader.js', 'dist/builder.js', 'dist/server/index.js', 'dist/cli/validate.js', 'dist/schema.json', 'custom-elements.json', 'dist/web-types.json', 'dist/vscode.html-custom-data.json'];
const files = (path) =>
  statSync(path).isDirectory()
    ? readdirSync(path).sort().filter((name) => name !== 'generated').flatMap((name) => files(`${path}/${name}`))
    : [path];
const hash = createHash('sha256');
for (const file of INPUTS.flatMap(files)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
const inputs = hash.digest('hex');
if (!process.argv.includes('--force') && OUTPUTS.every((f) => existsSync(f)) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === inputs) {
  console.log('build: dist/ was built from these very sources; nothing to do (npm run build -- --force rebuilds)');
  process.exit(0);
}
rmSync(STAMP, { force: true });

// Also writes the manifest and, through the plugins in custom-elements-manifest.config.mjs, the
// editor data: before rollup, since the snippet builder bundles the manifest.
execFileSync('node', ['scripts/generate.mjs'], { stdio: 'inherit' });
bin('rollup', ['-c', '--silent']);
bin('tsc', ['-p', 'tsconfig.build.json']);

for (const tag of readdirSync('src/elements')) {
  writeFileSync(`dist/elements/${tag}.d.ts`, `export * from '../types/elements/${tag}/define.js';\n`);
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
mkdirSync('node_modules/.cache', { recursive: true });
writeFileSync(STAMP, inputs);
console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
