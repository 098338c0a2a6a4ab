// Generates everything the sources derive (none of it committed): the schema and its compiled
// validator, the message catalogues, the content modules, and the custom elements manifest.
// Build, typecheck, tests and Storybook run this first.
import { execFileSync } from 'node:child_process';
import { generateSchema } from './gen-schema.mjs';
import { generateMessages } from './gen-messages.mjs';
import { generateContent } from './gen-content.mjs';
import { stamp } from './stamp.mjs';

// Nothing to do when the sources are as they were at the last run (typecheck, the browser tests
// and Storybook each run this in `npm test`); `--force` generates anyway.
const generated = stamp(
  'generate',
  ['src', 'scripts/generate.mjs', 'scripts/gen-schema.mjs', 'scripts/gen-messages.mjs', 'scripts/gen-content.mjs', 'scripts/content.mjs', 'scripts/pseudo.mjs', 'custom-elements-manifest.config.mjs', 'lit-localize.json', 'package.json'],
  ['custom-elements.json', 'dist/web-types.json', 'dist/vscode.html-custom-data.json', 'dist/types/jsx.d.ts', 'dist/types/vue.d.ts', 'src/model/generated/schema.json', 'src/i18n/generated/catalogues.ts', 'src/content/generated/locales.ts'],
);
if (generated.fresh) process.exit(0);

await generateSchema();
generateMessages();
generateContent();
// custom-elements.json (settings: custom-elements-manifest.config.mjs), with the editor data its
// plugins write to dist/. Here rather than after the bundles, because source reads it: the
// snippet builder (src/builder/) imports it, so it must exist before anything compiles.
execFileSync('node_modules/.bin/cem', ['analyze', '--quiet'], { stdio: 'inherit' });
generated.done();
