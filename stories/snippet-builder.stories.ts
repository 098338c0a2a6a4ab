import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/elements/cytokine-card/define.js';
import '../src/elements/side-effect-list/define.js';
import '../src/elements/injection-video/define.js';
// demo/builder.js is plain JavaScript, served as it is to demo/builder.html, so it has no type
// declarations; its one export used here is typed below.
// @ts-ignore
import { mountBuilder as mountBuilderUntyped } from '../demo/builder.js';
import '../demo/builder.css';
import { part, settled, text } from './support/widgets.js';

type Builder = { form: HTMLFormElement; code: HTMLElement; preview: HTMLElement; update: () => void };
const mountBuilder = mountBuilderUntyped as (root: HTMLElement) => Builder;

const BUNDLE = '<script type="module" src="https://your-cdn.example/cytokine-widgets/dist/cytokine-widgets.js"></script>';
const AUTOLOADER = '<script type="module" src="https://your-cdn.example/cytokine-widgets/dist/autoloader.js"></script>';

/**
 * The snippet builder from demo/builder.html: editors choose a widget and its options, see the
 * real widget, and copy the code for their page or CMS (custom element and bundle, or the
 * CMS-safe placeholder and the autoloader). The story mounts the same code the demo page runs
 * (`mountBuilder` from demo/builder.js) with the elements from src/.
 */
const meta = {
  title: 'Editors/Snippet builder',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'A form that writes the embed code for one widget, with a live preview. The same UI is on `demo/builder.html` (`npm start`, then open `/demo/builder.html`). See `docs/cms.md` for WordPress, Drupal and other CMSs.',
      },
    },
  },
  render: () => {
    const root = document.createElement('div');
    mountBuilder(root);
    return root;
  },
} satisfies Meta;

export default meta;

type Story = StoryObj;

export const SnippetBuilder: Story = {
  name: 'Snippet builder',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const code = () => canvasElement.querySelector('.sb-code__text')?.textContent ?? '';
    const preview = () => canvasElement.querySelector('.sb-preview__frame') as HTMLElement;

    await step('starts with a card and the bundle', async () => {
      expect(code()).toBe(`${BUNDLE}\n<cytokine-card drug="interferon-alfa" heading-level="2"></cytokine-card>`);
      const card = await settled(preview(), 'cytokine-card');
      expect(text(part(card, '[part~="title"]'))).toBe('Interferon alfa');
    });

    await step('choosing the list, its drug, a heading level and an option updates the code and the preview', async () => {
      await userEvent.click(canvas.getByRole('radio', { name: 'Side-effect list' }));
      await userEvent.click(canvas.getByRole('radio', { name: 'Aldesleukin (interleukin 2)' }));
      await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Heading level of the widget’s title' }), '3');
      await userEvent.click(canvas.getByRole('checkbox', { name: 'Open every side effect (for a printed handout)' }));
      expect(code()).toBe(`${BUNDLE}\n<side-effect-list drug="aldesleukin" heading-level="3" expanded></side-effect-list>`);
      const list = await settled(preview(), 'side-effect-list');
      const title = part(list, '[part~="title"]');
      expect(title.localName).toBe('h3');
      expect(text(title)).toBe('Side effects of Aldesleukin');
      expect(preview().querySelector('cytokine-card'), 'the card is gone from the preview').toBeNull();
    });

    await step('the video has no drug, and the placeholder form uses the autoloader', async () => {
      await userEvent.click(canvas.getByRole('radio', { name: 'Injection video' }));
      expect(canvas.queryByRole('radio', { name: 'Interferon alfa' }), 'the drug choice is hidden for the video').toBeNull();
      expect(code()).toBe(`${BUNDLE}\n<injection-video heading-level="3"></injection-video>`);
      await userEvent.click(canvas.getByRole('radio', { name: 'CMS-safe placeholder and the autoloader' }));
      await waitFor(() => expect(code()).toContain(AUTOLOADER));
      expect(code()).toContain('<div data-cytokine-widget="injection-video" data-heading-level="3"></div>');
      expect(code()).not.toContain('<injection-video');
      await settled(preview(), 'injection-video');
    });
  },
};
