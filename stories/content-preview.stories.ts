import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { loadBundledModel } from '../src/content/index.js';
import type { ContentModel } from '../src/model/types.js';
import { mountContentPreview } from './support/content-preview.js';
import { part, settled, text } from './support/widgets.js';

/**
 * "Preview your model": where a content designer checks their own copy of the content model
 * and sees it in the three widgets before publishing it (docs/content-guide.md, step 6). The
 * tool is stories/support/content-preview.ts; these stories mount it empty, with the bundled
 * model, and with a broken model. `loaders` give each story its model as the JSON text a
 * designer would paste.
 */
const meta = {
  title: 'Content guide/Preview your model',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Choose a content model file or paste its JSON, then press **Check and preview**: the findings (each with its severity, JSON path, message and fix) appear beside the three widgets showing your model. It runs the same check as the widgets and `npx cytokine-widgets validate`, in your browser; nothing is uploaded. See the **Content guide** for every field and rule.',
      },
    },
  },
  render: (_args, { loaded }) => {
    const root = document.createElement('div');
    mountContentPreview(root, (loaded as { json?: string }).json);
    return root;
  },
} satisfies Meta;

export default meta;

type Story = StoryObj;

/** The bundled model as a designer would have it in a file: the whole model as JSON text. */
async function bundledJson(change?: (model: ContentModel) => void): Promise<string> {
  const model = structuredClone(await loadBundledModel('en-GB'));
  change?.(model);
  return JSON.stringify(model, null, 2);
}

/* ------------------------------------------------------------------------------------------ */
/* What the stories read, as a user sees it                                                    */
/* ------------------------------------------------------------------------------------------ */

/** The findings listed, each as the words shown. */
const findingsOf = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll<HTMLElement>('.content-preview__finding')].map((li) => ({
    severity: text(li.querySelector('.content-preview__severity')),
    path: text(li.querySelector('.content-preview__path')),
    message: text(li.querySelector('.content-preview__message')),
    fix: text(li.querySelector('.content-preview__fix')),
  }));

/** What the live regions (the status and the alert) say. */
const summaryOf = (canvasElement: HTMLElement): string =>
  [...canvasElement.querySelectorAll('.content-preview__live')].map((p) => text(p)).join(' ').trim();

/** The number of findings the summary announces ("1 error and 2 warnings found." is 3). */
const announcedCount = (summary: string): number =>
  summary.startsWith('No problems found') ? 0 : [...summary.matchAll(/(\d+) (?:error|warning)s?\b/g)].reduce((n, m) => n + Number(m[1]), 0);

const ERRORS_FOUND = /^\d+ errors? (and \d+ warnings? )?found\. Fix the errors, then check again to see the preview\.$/;
const NO_ERRORS = /^(No problems found|\d+ warnings? found)\. The preview shows your model\./;

/** Checks that the announced count is the number listed, and that each finding says all it should. */
function expectFindingsShown(canvasElement: HTMLElement) {
  const findings = findingsOf(canvasElement);
  expect(announcedCount(summaryOf(canvasElement)), 'the count announced is the number listed').toBe(findings.length);
  for (const f of findings) {
    expect(f.severity).toMatch(/^(Error|Warning)$/);
    expect(f.path, 'each finding shows its JSON path').toMatch(/\S/);
    expect(f.message, 'each finding has a message').toMatch(/\S/);
    expect(f.fix, 'each finding says how to fix it').toMatch(/^How to fix it: \S/);
  }
  return findings;
}

const noWidgets = (canvasElement: HTMLElement) =>
  expect(canvasElement.querySelector('cytokine-card, side-effect-list, injection-video'), 'no widgets while the model has errors').toBeNull();

/* ------------------------------------------------------------------------------------------ */
/* Stories                                                                                     */
/* ------------------------------------------------------------------------------------------ */

/** The tool as a content designer first meets it. */
export const Empty: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const file = canvas.getByLabelText<HTMLInputElement>('Model file (.json)');
    const box = canvas.getByLabelText<HTMLTextAreaElement>('Or paste the model’s JSON');
    const button = canvas.getByRole('button', { name: 'Check and preview' });

    await step('the controls are labelled, and nothing is checked yet', async () => {
      expect(file.type).toBe('file');
      expect(file.accept).toBe('application/json,.json');
      expect(box.localName).toBe('textarea');
      expect(canvas.getByText('Nothing checked yet.')).toBeTruthy();
      expect(canvas.getByText('The widgets appear here once your model has no errors.')).toBeTruthy();
      noWidgets(canvasElement);
    });

    await step('checking an empty box says what to do, as an alert', async () => {
      await userEvent.click(button);
      await waitFor(() => expect(summaryOf(canvasElement)).toBe('1 error found. Fix the errors, then check again to see the preview.'));
      expect(text(canvas.getByRole('alert'))).toContain('1 error found.');
      const [finding] = expectFindingsShown(canvasElement);
      expect(finding.message).toBe('There is no model to check.');
    });

    await step('JSON with a comma after the last item: one clear finding, with where it is', async () => {
      await userEvent.click(box);
      await userEvent.paste('{\n  "version": "1.0.0",\n}');
      await userEvent.click(button);
      await waitFor(() => expect(findingsOf(canvasElement)[0]?.message).toContain('This is not valid JSON'));
      const [finding] = expectFindingsShown(canvasElement);
      expect(finding.message).toContain('line 3, column 1');
      expect(finding.fix).toContain('comma');
      noWidgets(canvasElement);
    });

    await step('choosing a file puts its text in the box and checks it', async () => {
      const json = JSON.stringify({ version: '2.0.0', locale: 'en-GB' });
      await userEvent.upload(file, new File([json], 'my-model.json', { type: 'application/json' }));
      await waitFor(() => expect(box.value).toBe(json));
      await waitFor(() => expect(summaryOf(canvasElement)).toMatch(ERRORS_FOUND));
      const findings = expectFindingsShown(canvasElement);
      expect(findings.length, 'what the model is missing').toBeGreaterThan(0);
      expect(
        findings.some((f) => `${f.path} ${f.message}`.includes('publisher')),
        'a finding names a missing field (publisher)',
      ).toBe(true);
      noWidgets(canvasElement);
    });
  },
};

/** The bundled model, pasted in: it passes, and the widgets show it. */
export const BundledModel: Story = {
  name: 'Bundled model',
  loaders: [async () => ({ json: await bundledJson() })],
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);

    await step('no errors, and the count announced is the number listed', async () => {
      await waitFor(() => expect(summaryOf(canvasElement)).toMatch(NO_ERRORS), { timeout: 5000 });
      const findings = expectFindingsShown(canvasElement);
      expect(findings.filter((f) => f.severity === 'Error')).toEqual([]);
      expect(canvas.getByLabelText<HTMLTextAreaElement>('Or paste the model’s JSON').value).toContain('"interferon-alfa"');
    });

    const picker = canvas.getByLabelText<HTMLSelectElement>('Medicine to preview');
    const card = await settled(canvasElement, 'cytokine-card');
    const list = await settled(canvasElement, 'side-effect-list');

    await step('the three widgets show the model', async () => {
      const chosen = picker.selectedOptions[0].text;
      expect(text(part(card, '[part="title"]'))).toBe(chosen);
      expect(text(part(list, '[part="title"]'))).toContain(chosen);
      const video = await settled(canvasElement, 'injection-video');
      expect(text(part(video, '[part="title"]'))).toBe('How to give an injection under the skin');
      expect(text(part(card, '[part="footer"]')), 'the honest review status').toContain('Not yet clinically reviewed');
    });

    await step('the medicine picker lists the model’s medicines and switches the card and the list', async () => {
      expect([...picker.options].map((o) => o.text).sort()).toEqual(['Aldesleukin', 'Interferon alfa']);
      const other = [...picker.options].find((o) => !o.selected) as HTMLOptionElement;
      await userEvent.selectOptions(picker, other.value);
      await waitFor(() => expect(text(part(card, '[part="title"]'))).toBe(other.text));
      await waitFor(() => expect(text(part(list, '[part="title"]'))).toContain(other.text));
    });
  },
};

/**
 * A model with two mistakes: the interferon summary cites a source the model does not list
 * ("S999"), and its first link is a `javascript:` URL. The findings show where each one is; the
 * widgets wait until the errors are fixed.
 */
export const BrokenModel: Story = {
  name: 'Broken model',
  loaders: [
    async () => ({
      json: await bundledJson((model) => {
        const [drug] = model.drugs;
        drug.summary.sources = [...drug.summary.sources, 'S999'];
        drug.links[0] = { ...drug.links[0], href: 'javascript:alert(1)' };
      }),
    }),
  ],
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);

    await step('the errors are announced, counted and listed', async () => {
      await waitFor(() => expect(summaryOf(canvasElement)).toMatch(ERRORS_FOUND), { timeout: 5000 });
      expect(text(canvas.getByRole('alert'))).toMatch(ERRORS_FOUND);
      expect(expectFindingsShown(canvasElement).length).toBeGreaterThanOrEqual(2);
      noWidgets(canvasElement);
    });

    await step('the unknown source: an error at the summary’s sources, naming the id', async () => {
      const finding = findingsOf(canvasElement).find((f) => /drugs\W+0\W+summary\W+sources/.test(f.path));
      expect(finding, 'a finding at $.drugs[0].summary.sources').toBeTruthy();
      expect(finding?.severity).toBe('Error');
      expect(`${finding?.message} ${finding?.fix}`).toContain('S999');
    });

    await step('the javascript: link: a finding at the first link', async () => {
      const finding = findingsOf(canvasElement).find((f) => /drugs\W+0\W+links\W+0/.test(f.path));
      expect(finding, 'a finding at $.drugs[0].links[0]').toBeTruthy();
    });

    await step('correcting the model in the box and checking again shows the widgets', async () => {
      const box = canvas.getByLabelText<HTMLTextAreaElement>('Or paste the model’s JSON');
      await userEvent.clear(box);
      await userEvent.paste(await bundledJson());
      await userEvent.click(canvas.getByRole('button', { name: 'Check and preview' }));
      await waitFor(() => expect(summaryOf(canvasElement)).toMatch(NO_ERRORS), { timeout: 5000 });
      const card = await settled(canvasElement, 'cytokine-card');
      const chosen = canvas.getByLabelText<HTMLSelectElement>('Medicine to preview').selectedOptions[0].text;
      expect(text(part(card, '[part="title"]'))).toBe(chosen);
      await settled(canvasElement, 'side-effect-list');
      await settled(canvasElement, 'injection-video');
    });
  },
};
