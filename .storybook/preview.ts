import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { isTheme, themeClass } from '../stories/support/themes.js';
import '../src/themes/charity.css';
import '../src/themes/hospital.css';
import '../src/themes/dark.css';

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

/**
 * Wraps every story in the chosen theme's class (`.cytokine-theme-<name>`), as a host page would
 * put it on <body> or a section. "none" leaves the story as it is: the widgets inherit the page.
 */
const withTheme: Decorator = (story, { globals }) => {
  const theme: unknown = globals.theme;
  if (!isTheme(theme)) return story();
  return html`<div class=${themeClass(theme)} data-theme=${theme}>${story()}</div>`;
};

/** Widths designers check: the smallest phone (WCAG 1.4.10 reflow), a phone, a tablet, a laptop. */
const viewports = {
  reflow320: { name: '320 px (small phone, reflow)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  phone375: { name: '375 px (phone)', styles: { width: '375px', height: '812px' }, type: 'mobile' },
  tablet768: { name: '768 px (tablet)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop1280: { name: '1280 px (laptop)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Example theme from src/themes/ around every story',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'none', title: 'No theme (inherits the page)', icon: 'circlehollow' },
          { value: 'charity', title: 'Charity (purple and teal, rounded)' },
          { value: 'hospital', title: 'Hospital (NHS-style)' },
          { value: 'dark', title: 'Dark page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    theme: 'none',
  },
  parameters: {
    // Accessibility violations found by axe fail the story's test (in Vitest and in the UI).
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
    // Storybook's built-in viewport toolbar, with the widths the widgets are checked at.
    viewport: { options: viewports },
  },
};

export default preview;
