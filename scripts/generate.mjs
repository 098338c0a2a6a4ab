// Generates everything the sources derive (none of it committed): the schema and its compiled
// validator, the message catalogues, the content modules, and the custom elements manifest.
// Build, typecheck, tests and Storybook run this first.
import { execFileSync } from 'node:child_process';
import { generateSchema } from './gen-schema.mjs';
import { generateMessages } from './gen-messages.mjs';
import { generateContent } from './gen-content.mjs';

await generateSchema();
generateMessages();
generateContent();
// custom-elements.json (settings: custom-elements-manifest.config.mjs), with the editor data its
// plugins write to dist/. Here rather than after the bundles, because source reads it: the
// snippet builder (src/builder/) imports it, so it must exist before anything compiles.
execFileSync('node_modules/.bin/cem', ['analyze', '--quiet'], { stdio: 'inherit' });
