import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { isTheme, themeClass } from '../stories/support/themes.js';
import { TOKENS } from '../stories/support/tokens.js';
import './preview.css';
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

/** The args Storybook makes from the manifest's cssProperties: keyed by the property's name. */
const isTokenArg = (name: string) => name.startsWith('--cytokine-');

/**
 * Controls for the `--cytokine-*` rows of each widget's docs table. The framework types them
 * `void`, which gets a JSON control, and Storybook drops a `void` arg from the URL (`&args=`) as
 * incompatible: as strings, with a colour picker (the default's and the themes' colours as
 * presets) where the token is a colour, they reach withTokenArgs below.
 */
const tokenControls: NonNullable<Preview['argTypesEnhancers']>[number] = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (!isTokenArg(name) || argType.table?.category !== 'css custom properties') return [name, argType];
      const colours = TOKENS.find((token) => token.name === name)?.colours.filter((c) => !c.startsWith('light-dark(')) ?? [];
      const control = colours.length ? { type: 'color', presetColors: colours } : { type: 'text' };
      return [name, { ...argType, type: { name: 'string', required: false }, control }];
    }),
  );

/**
 * Sets the story's `--cytokine-*` args (the docs table's token controls, or `&args=` in the URL)
 * on a wrapper round the story, through the CSSOM: the widgets inherit them. Inside the theme's
 * wrapper, so a control wins over the toolbar theme's value; a cleared control is removed.
 * Stories without token controls (no manifest cssProperties) are left unwrapped.
 */
const withTokenArgs: Decorator = (story, { args, argTypes }) => {
  if (!Object.keys(argTypes).some(isTokenArg)) return story();
  const set = new Map(
    Object.entries(args).filter((entry): entry is [string, string] => isTokenArg(entry[0]) && typeof entry[1] === 'string' && entry[1].trim() !== ''),
  );
  const apply = (el: Element | undefined) => {
    if (!(el instanceof HTMLElement)) return;
    for (const name of [...el.style].filter(isTokenArg)) if (!set.has(name)) el.style.removeProperty(name);
    for (const [name, value] of set) el.style.setProperty(name, value);
  };
  return html`<div class="cytokine-token-args" ${ref(apply)}>${story()}</div>`;
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
  // The first is innermost: token args sit inside the theme's wrapper.
  decorators: [withTokenArgs, withTheme],
  argTypesEnhancers: [tokenControls],
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
