/**
 * "Preview your model", for content designers: a file picker and a box to paste a content
 * model, a "Check and preview" button, what the check found (each finding's severity, JSON path,
 * message and fix) and, beside it, the three widgets showing the checked model. It runs the
 * check the widgets and `cytokine-widgets validate` run (`checkModel`), so its paths and fixes
 * are the ones docs/content-guide.md describes. Everything happens in the browser: nothing is
 * uploaded.
 *
 * Like the snippet builder, it is lit-html rendered into a plain element (`render()`, no
 * `innerHTML`, no `style` attributes: its layout is content-preview.css), so a story only mounts
 * it.
 */
import { syntaxError } from '../../src/model/json-syntax.js';
import { html, nothing, render, type TemplateResult } from 'lit';
import '../../src/elements/cytokine-card/define.js';
import '../../src/elements/side-effect-list/define.js';
import '../../src/elements/injection-video/define.js';
import { checkModel } from '../../src/model/check.js';
import './content-preview.css';

/** One thing the check found, as `checkModel` reports it. */
export type Finding = ReturnType<typeof checkModel>['findings'][number];

/** A model that passed the check, as the widgets take it. */
export type CheckedModel = Extract<ReturnType<typeof checkModel>, { ok: true }>['model'];

/** What checking some text found, and the model when it has no errors. */
export interface CheckedText {
  findings: Finding[];
  model?: CheckedModel;
}

const finding = (rule: string, message: string, fix: string): Finding => ({ severity: 'error', rule, path: '$', message, fix });

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function notJson(error: unknown, source: string): Finding {
  // Read from the text itself, so every engine gives the place (WebKit's message has none).
  const place = syntaxError(source);
  return finding(
    'json',
    `This is not valid JSON, so nothing else could be checked.${place ? ` The problem is at line ${place.line}, column ${place.column}.` : ''} (The browser says: ${messageOf(error)})`,
    'Look there, and just before it, for a missing or extra comma (there is no comma after the last item of a list), a missing quotation mark, or curly quotes (“ ”) where straight ones (") should be. JSON has no comments.',
  );
}

const errorsFirst = (a: Finding, b: Finding): number => Number(a.severity !== 'error') - Number(b.severity !== 'error');

/**
 * Checks the text of a content model. Never throws: text that is empty or not JSON, and a check
 * that fails unexpectedly, each come back as one finding.
 */
export function checkText(text: string): CheckedText {
  const source = text.replace(/^\uFEFF/, '');
  if (!source.trim()) {
    return {
      findings: [finding('empty', 'There is no model to check.', 'Choose your model file, or paste the whole model into the box, then press “Check and preview”.')],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    return { findings: [notJson(error, source)] };
  }
  try {
    const result = checkModel(raw);
    const findings = [...result.findings].sort(errorsFirst);
    return result.ok ? { findings, model: result.model } : { findings };
  } catch (error) {
    return {
      findings: [
        finding(
          'checker',
          `The check stopped unexpectedly: ${messageOf(error)}`,
          'This may be a fault in this tool rather than in your model. Run “npx cytokine-widgets validate” on the file, and tell your web team.',
        ),
      ],
    };
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "No problems found.", or the number of errors and warnings, e.g. "1 error and 2 warnings found." */
export function summaryOf(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (!findings.length) return 'No problems found.';
  return `${[errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(' and ')} found.`;
}

type Result = { status: 'idle' } | { status: 'checking' } | ({ status: 'done' } & CheckedText);

interface State {
  result: Result;
  /** Id of the medicine the card and the list show. */
  drug?: string;
}

interface Handlers {
  submit: (event: SubmitEvent) => void;
  file: (event: Event) => void;
  drug: (event: Event) => void;
}

/**
 * What the live regions say. Both exist from the start, so screen readers announce what is put
 * in them: a result with errors as an alert, anything else politely.
 */
function summary(result: Result): { polite: string; alert: string } {
  if (result.status === 'idle') return { polite: '', alert: '' };
  if (result.status === 'checking') return { polite: 'Checking…', alert: '' };
  const counts = summaryOf(result.findings);
  if (!result.model) return { polite: '', alert: `${counts} Fix the errors, then check again to see the preview.` };
  return {
    polite: result.findings.length ? `${counts} The preview shows your model. Read the warnings before you publish.` : `${counts} The preview shows your model.`,
    alert: '',
  };
}

const findingView = (f: Finding): TemplateResult => html`<li class="content-preview__finding" data-severity=${f.severity} data-rule=${f.rule}>
  <p><span class="content-preview__severity">${f.severity === 'error' ? 'Error' : 'Warning'}</span> at <code class="content-preview__path">${f.path}</code></p>
  <p class="content-preview__message">${f.message}</p>
  <p class="content-preview__fix"><span class="content-preview__fix-label">How to fix it:</span> ${f.fix}</p>
</li>`;

function widgetsView(model: CheckedModel, state: State, id: string, on: Handlers): TemplateResult {
  const { drugs, videos } = model;
  return html`${drugs.length
      ? html`<div class="content-preview__field">
            <label for=${`${id}-drug`}>Medicine to preview</label>
            <select id=${`${id}-drug`} @change=${on.drug}>
              ${drugs.map((d) => html`<option value=${d.id}>${d.name}</option>`)}
            </select>
          </div>
          <cytokine-card drug=${state.drug ?? drugs[0].id} heading-level="4" .model=${model}></cytokine-card>
          <side-effect-list drug=${state.drug ?? drugs[0].id} heading-level="4" .model=${model}></side-effect-list>`
      : html`<p>This model has no medicines, so there is no card or side-effect list to show.</p>`}
    ${videos.length
      ? videos.map((v) => html`<injection-video video=${v.id} heading-level="4" .model=${model}></injection-video>`)
      : html`<p>This model has no videos.</p>`}`;
}

function view(state: State, id: string, on: Handlers): TemplateResult {
  const { result } = state;
  const live = summary(result);
  return html`<div class="content-preview">
    <h2 id=${`${id}-title`}>Check and preview your content model</h2>
    <p class="content-preview__hint">
      Choose your model file, or paste its JSON, then press “Check and preview”. Nothing leaves your browser.
    </p>
    <form class="content-preview__form" aria-labelledby=${`${id}-title`} @submit=${on.submit}>
      <div class="content-preview__field">
        <label for=${`${id}-file`}>Model file (.json)</label>
        <input id=${`${id}-file`} type="file" accept="application/json,.json" @change=${on.file} />
      </div>
      <div class="content-preview__field">
        <label for=${`${id}-json`}>Or paste the model’s JSON</label>
        <span id=${`${id}-json-hint`} class="content-preview__hint">A file you choose appears here too, so you can correct it and check again.</span>
        <textarea id=${`${id}-json`} aria-describedby=${`${id}-json-hint`} rows="14" spellcheck="false" autocomplete="off"></textarea>
      </div>
      <button type="submit">Check and preview</button>
    </form>
    <div class="content-preview__results">
      <section class="content-preview__findings" aria-labelledby=${`${id}-findings`}>
        <h3 id=${`${id}-findings`}>What the check found</h3>
        <div class="content-preview__summary">
          <p class="content-preview__live" role="status">${live.polite}</p>
          <p class="content-preview__live" role="alert">${live.alert}</p>
        </div>
        ${result.status === 'idle' ? html`<p>Nothing checked yet.</p>` : nothing}
        ${result.status === 'done' && result.findings.length
          ? html`<ol class="content-preview__list">${result.findings.map(findingView)}</ol>`
          : nothing}
      </section>
      <section class="content-preview__preview" aria-labelledby=${`${id}-preview`}>
        <h3 id=${`${id}-preview`}>Preview</h3>
        ${result.status === 'done' && result.model
          ? widgetsView(result.model, state, id, on)
          : html`<p>The widgets appear here once your model has no errors.</p>`}
      </section>
    </div>
  </div>`;
}

/** Ids are unique per mount, so a docs page showing several stories has no duplicate ids. */
let mounts = 0;

/**
 * Renders the tool into `root`. With `initialText`, the box starts with it and it is checked
 * at once (the stories with a model already in place).
 */
export function mountContentPreview(root: HTMLElement, initialText = ''): void {
  const id = `content-preview-${++mounts}`;
  const state: State = { result: { status: 'idle' } };
  const textarea = () => root.querySelector('textarea') as HTMLTextAreaElement;

  const update = () => {
    render(view(state, id, handlers), root);
    // The chosen medicine, set after the options exist (a `.value` binding would come first).
    const select = root.querySelector<HTMLSelectElement>('select');
    if (select && state.drug) select.value = state.drug;
  };

  const check = async () => {
    const text = textarea().value;
    state.result = { status: 'checking' };
    update();
    // A moment of "Checking…" first, so the live region announces every result, even one that
    // is the same as the last.
    await new Promise((resolve) => setTimeout(resolve));
    const checked = checkText(text);
    const drugs = checked.model?.drugs ?? [];
    if (!drugs.some((d) => d.id === state.drug)) state.drug = drugs[0]?.id;
    state.result = { status: 'done', ...checked };
    update();
  };

  const handlers: Handlers = {
    submit: (event) => {
      event.preventDefault();
      void check();
    },
    file: async (event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      if (!file) return;
      try {
        // The text goes in the box (not a Lit binding, so what the reader types there stays).
        textarea().value = await file.text();
      } catch (error) {
        state.result = {
          status: 'done',
          findings: [finding('file', `The file “${file.name}” could not be read: ${messageOf(error)}`, 'Choose the file again, or open it in a text editor and paste its text into the box.')],
        };
        update();
        return;
      }
      await check();
    },
    drug: (event) => {
      state.drug = (event.target as HTMLSelectElement).value;
      update();
    },
  };

  update();
  if (initialText) {
    textarea().value = initialText;
    void check();
  }
}
