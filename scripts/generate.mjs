// Generates everything the sources derive (none of it committed): the schema and its compiled
// validator, the message catalogues, and the content modules. Build, typecheck, tests and
// Storybook run this first.
import { generateSchema } from './gen-schema.mjs';
import { generateMessages } from './gen-messages.mjs';
import { generateContent } from './gen-content.mjs';

await generateSchema();
generateMessages();
generateContent();
