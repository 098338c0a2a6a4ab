import { html, type TemplateResult } from 'lit/html.js';
import { ReactiveElement, type PropertyDeclarations, type PropertyValues } from './reactive-element.js';
import type { ContentModel } from '../model/types.js';
import { CytokineError, type CytokineErrorDetail } from '../model/errors.js';
import { bundledModelFor, DEFAULT_LOCALE } from '../content/index.js';
import { parseHeadingLevel, type HeadingLevel } from './heading.js';
import { baseStyles, printStyles } from './styles.js';
import { VERSION } from './version.js';

/** What an element is showing: explicit, so templates are pure functions of it. */
export type ViewState<T> =
  | { status: 'loading' }
  | { status: 'ready'; model: ContentModel; value: T }
  | { status: 'error'; error: CytokineError };

const checkedModels = new WeakMap<object, Promise<ContentModel>>();

/** The host-content module (fetch + schema + validator) loads only when a page supplies content. */
const hostContent = (code: 'src-unreachable' | 'model-invalid', label = '') =>
  import('../model/host-model.js').catch((e: unknown) => {
    throw new CytokineError(code, label, [`the content checker could not be loaded: ${String(e)}`]);
  });

/**
 * What every widget shares: `lang`, `heading-level`, `src` and `model`; loading and validating
 * content; the error state with its `cytokine-error` event; and the light-DOM fallback.
 *
 * A subclass says which properties pick its content (`selectors`), how to pick it (`select`)
 * and how to draw it (`renderContent`).
 */
export abstract class CytokineElement<T> extends ReactiveElement {
  static version = VERSION;
  static override styles = [baseStyles, printStyles];
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    src: {},
    model: { attribute: false },
    langAttribute: { attribute: 'lang' },
    view: { state: true, attribute: false },
  };

  /** Heading level (1–6) of the widget's main heading, so it fits the host page's outline. */
  headingLevel: string | number = 2;

  /** URL of a host-supplied content model (JSON) that replaces the bundled one after validation. */
  declare src?: string;

  /** A content model object, for JavaScript users; validated like `src`. Takes precedence over `src`. */
  declare model?: ContentModel;

  /**
   * The `lang` attribute is observed without redefining `HTMLElement.lang`, so the native
   * property keeps working and writes the attribute we read here.
   */
  protected declare langAttribute?: string;

  protected view: ViewState<T> = { status: 'loading' };

  /** Properties that choose the content; a change to any of them reloads it. */
  protected static selectors: readonly string[] = [];

  private loadToken = 0;
  private warnedHeadingLevel?: unknown;

  /** Picks this element's content from a model; throws a CytokineError when it cannot. */
  protected abstract select(model: ContentModel): T;

  /** Draws the content once it is ready. */
  protected abstract renderContent(value: T, model: ContentModel): TemplateResult;

  /** The language asked for: own `lang`, else the nearest in the page, else en-GB. */
  get effectiveLang(): string {
    return (
      this.langAttribute ||
      this.parentElement?.closest('[lang]')?.getAttribute('lang') ||
      document.documentElement.lang ||
      DEFAULT_LOCALE
    );
  }

  /** The heading level in use; out-of-range values fall back to 2 with one warning. */
  get level(): HeadingLevel {
    const parsed = parseHeadingLevel(this.headingLevel);
    if (parsed) return parsed;
    if (this.warnedHeadingLevel !== this.headingLevel) {
      this.warnedHeadingLevel = this.headingLevel;
      console.warn(`[cytokine-widgets] <${this.localName}> heading-level="${this.headingLevel}" is not 1 to 6; using 2.`);
    }
    return 2;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const inputs = ['src', 'model', 'langAttribute', ...(this.constructor as typeof CytokineElement).selectors];
    if (!this.hasUpdated || inputs.some((key) => changed.has(key))) void this.load();
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    try {
      let model: ContentModel;
      if (this.model != null) {
        model = await this.checkedModel(this.model);
      } else if (this.src) {
        this.view = { status: 'loading' };
        const src = this.src;
        model = await (await hostContent('src-unreachable', src)).fetchModel(src);
      } else {
        model = bundledModelFor(this.effectiveLang);
      }
      if (token !== this.loadToken) return;
      this.view = { status: 'ready', model, value: this.select(model) };
      this.emit('cytokine-ready');
    } catch (e) {
      if (token !== this.loadToken) return;
      this.showError(e instanceof CytokineError ? e : new CytokineError('model-invalid', '', [String(e)]));
    }
  }

  private checkedModel(raw: unknown): Promise<ContentModel> {
    if (typeof raw !== 'object') return Promise.reject(new CytokineError('model-invalid'));
    let model = checkedModels.get(raw!);
    if (!model) {
      model = hostContent('model-invalid').then((host) => host.requireModel(raw, 'model-invalid'));
      checkedModels.set(raw!, model);
    }
    return model;
  }

  /** Shows an error instead of the content, tells the page, and keeps the page's fallback visible. */
  protected showError(error: CytokineError): void {
    this.view = { status: 'error', error };
    this.reportError(error);
  }

  /** Tells the page about an error: one console warning and a bubbling, composed `cytokine-error`. */
  protected reportError(error: CytokineError): void {
    console.warn(`[cytokine-widgets] <${this.localName}> ${error.code}: ${error.message}`, ...error.reasons);
    this.emit<CytokineErrorDetail>('cytokine-error', { code: error.code, message: error.message });
  }

  /** Every event the widgets fire bubbles out of the shadow root, so the page can listen anywhere. */
  protected emit<D>(name: string, detail?: D): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  protected override render(): TemplateResult {
    const view = this.view;
    if (view.status === 'ready') {
      // The content's own direction, not the page's: English on an Arabic page stays left to right.
      const { locale } = view.model;
      return html`<div part="base" class="base" lang=${locale} dir=${/^(ar|fa|he|ur|ps|yi)\b/i.test(locale) ? 'rtl' : 'ltr'}>${this.renderContent(view.value, view.model)}</div>`;
    }
    if (view.status === 'error') {
      return html`<div part="error" class="error" role="status">${view.error.message}</div><slot></slot>`;
    }
    return html`<div aria-busy="true"><slot></slot></div>`;
  }
}
