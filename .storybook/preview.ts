import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';

/**
 * The custom elements manifest (custom-elements.json, written by `npm run analyze` / `npm run
 * build` from the elements' JSDoc) gives autodocs and controls every attribute, property, event,
 * slot, CSS part and custom property, with no hand-written argTypes.
 *
 * It is generated, not committed, so it is loaded through a glob: a fresh checkout that has not
 * run the analyzer yet still starts Storybook and runs the story tests, just without the
 * generated docs tables (and says so in the console).
 */
const manifests = import.meta.glob<object>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = manifests['../custom-elements.json'];
if (manifest) setCustomElementsManifest(manifest);
else console.warn('[storybook] custom-elements.json is missing: run `npm run analyze` to fill the docs tables.');

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Accessibility violations found by axe fail the story's test (in Vitest and in the UI).
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
  },
};

export default preview;
