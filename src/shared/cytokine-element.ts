import { LitElement, ReactiveElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ContentModel } from '../model/types.js';
import { CytokineError } from '../model/errors.js';
import { DEFAULT_LOCALE, loadBundledContent, peekBundledContent, type ContentRequest } from '../content/index.js';
import { directionOf, sameLanguage } from '../model/locale.js';
import { interfaceLocale, languageName, loadBundledCatalogue, withLocale } from '../i18n/locale.js';
import { errorMessage, notInLanguage } from '../i18n/messages.js';
import { watchPageLanguage } from './page-language.js';
import { parseHeadingLevel, type HeadingLevel } from './heading.js';
import { reviewIsDue } from './content-templates.js';
import type { CytokineEventDetail, CytokineEventName } from './events.js';
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

const warnedLocales = new Set<string>();

/**
 * Content in a language with no message catalogue shows its words around it in British English,
 * which a screen reader then reads with the content's pronunciation: tell the web team once.
 */
function warnNoCatalogue(locale: string): void {
  if (sameLanguage(interfaceLocale(locale), locale) || warnedLocales.has(locale)) return;
  warnedLocales.add(locale);
  console.warn(`[cytokine-widgets] the content is in ${locale}, but there is no ${locale} message catalogue: the words around it (headings, buttons) are in British English. Give a messages attribute with your reviewed translation of dist/messages/en-GB.json.`);
}

type Hydrate = typeof import('@lit-labs/ssr-client').hydrate;

/**
 * Lit's hydration (@lit-labs/ssr-client) loads only on pages that were rendered on a server,
 * so other pages do not download it. (Its lit-element-hydrate-support module would have to be
 * in the bundle, as it must run before LitElement is defined.)
 */
const loadHydrate = (): Promise<Hydrate> => import('@lit-labs/ssr-client').then((m) => m.hydrate);

/**
 * ReactiveElement's update: reflects attributes and marks the update done, without rendering.
 * LitElement's would render over a server's DOM, or throw again after a failed render.
 */
const reactiveUpdate = (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update;

const asCytokineError = (e: unknown, code: 'model-invalid' | 'render-failed') =>
  e instanceof CytokineError ? e : new CytokineError(code, '', [String(e)]);

/**
 * How long a message waits before it goes into the live region. Screen readers announce a change
 * to a region they already know; a region that arrives with its words, or is filled in the same
 * moment it arrives, may never be announced (WCAG 4.1.3).
 */
export const ANNOUNCE_DELAY_MS = 100;

/**
 * What every widget shares, on top of LitElement: `lang`, `heading-level`, `src` and `model`;
 * loading the bundled content for what it shows (one drug or video, on demand); validating a
 * host's content; the error state with its `cytokine-error` event and the page's fallback; and
 * hydrating a server-rendered shadow root once the content it shows is loaded.
 *
 * A subclass says which properties pick its content (`selectors`), what to ask the bundled
 * content for (`request`), how to pick it from a model (`select`) and how to draw it
 * (`renderContent`).
 */
export abstract class CytokineElement<T> extends LitElement {
  static version = VERSION;
  static override styles = [baseStyles, printStyles];
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    src: {},
    model: { attribute: false },
    messages: {},
    langAttribute: { attribute: 'lang' },
    pageLang: { state: true, attribute: false },
    view: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  // The JSDoc @type (which TypeScript ignores in a .ts file) gives the manifest, and so editors'
  // suggestions, the values that work; attributes arrive as strings, hence the wider TS type.
  /**
   * Heading level (1–6) of the widget's main heading, so it fits the host page's outline.
   * @type {1 | 2 | 3 | 4 | 5 | 6}
   */
  headingLevel: string | number = 2;

  /** URL of a host-supplied content model (JSON) that replaces the bundled one after validation. */
  src?: string;

  /** A content model object, for JavaScript users; validated like `src`. Takes precedence over `src`. */
  model?: ContentModel;

  /**
   * URL of a message catalogue (JSON) for the interface words in another language, e.g. your
   * reviewed Welsh translation of dist/messages/en-GB.json. Loaded once per page, then used by
   * every widget in that language.
   */
  messages?: string;

  /** The language the page gives this element (its nearest `lang`), kept current by a shared observer. */
  protected pageLang = '';

  /**
   * The `lang` attribute is observed without redefining `HTMLElement.lang`, so the native
   * property keeps working and writes the attribute we read here.
   */
  protected langAttribute?: string;

  protected view: ViewState<T> = { status: 'loading' };

  /** What the live region says: empty until `announce()` gives it words. */
  private announcement = '';
  private announceTimer?: ReturnType<typeof setTimeout>;

  /** Properties that choose the content; a change to any of them reloads it. */
  protected static selectors: readonly string[] = [];

  private loadToken = 0;
  private pendingLoad?: Promise<void>;
  /** The view the last render drew. */
  private renderedView?: ViewState<T>;
  private warnedHeadingLevel?: unknown;
  /** Whether the page (or a server) gave this element a declarative shadow root to hydrate. */
  private serverRendered?: boolean;
  /** Set once the content and Lit's hydrate() are loaded for a server-rendered root. */
  private hydrate?: Hydrate;

  /** What this element needs from the bundled content. */
  protected abstract request(): ContentRequest;

  /** Picks this element's content from a model; throws a CytokineError when it cannot. */
  protected abstract select(model: ContentModel): T;

  /** Draws the content once it is ready. */
  protected abstract renderContent(value: T, model: ContentModel): TemplateResult;

  /** The language asked for: own `lang`, else the nearest in the page, else en-GB. */
  private get effectiveLang(): string {
    return this.langAttribute || this.inheritedLang;
  }

  /** The page's language around the element: the nearest `lang` above it, else the document's, else en-GB. */
  private get inheritedLang(): string {
    if (isServer) return DEFAULT_LOCALE;
    return this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || DEFAULT_LOCALE;
  }

  /** The heading level in use; out-of-range values fall back to 2 with one warning. */
  protected get level(): HeadingLevel {
    const parsed = parseHeadingLevel(this.headingLevel);
    if (parsed) return parsed;
    if (this.warnedHeadingLevel !== this.headingLevel) {
      this.warnedHeadingLevel = this.headingLevel;
      console.warn(`[cytokine-widgets] <${this.localName}> heading-level="${this.headingLevel}" is not 1 to 6; using 2.`);
    }
    return 2;
  }

  override connectedCallback(): void {
    this.serverRendered ??= this.shadowRoot !== null;
    super.connectedCallback();
    this.pageLang = this.inheritedLang;
    this.stopWatching?.();
    this.stopWatching = watchPageLanguage(this, (catalogueAdded) => {
      // A new language reloads the content (a change of `pageLang`); a new catalogue only redraws the words.
      this.pageLang = this.inheritedLang;
      if (catalogueAdded) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
    this.stopWatching = undefined;
    // A widget taken out has nobody to tell: no update after it has gone.
    clearTimeout(this.announceTimer);
  }

  private stopWatching?: () => void;

  /** The language of the interface words: the content's, if a catalogue speaks it, else British English. */
  protected get interfaceLocale(): string {
    const view = this.view;
    return interfaceLocale(view.status === 'ready' ? view.model.locale : this.effectiveLang);
  }

  /** The reader's sentence for an error, in the interface language. */
  protected readerMessage(error: CytokineError): string {
    return withLocale(this.interfaceLocale, () => errorMessage(error.code, error.value));
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // LitElement renders before the root's first child, which in a server-rendered root is the
    // server's <style>; hydrate() keeps its part on the root itself. Render where it hydrated,
    // or the next update would start a second copy (as @lit-labs/ssr-client's support does).
    if (this.serverRendered) this.renderOptions.renderBefore = undefined;
    return root;
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    const inputs = ['src', 'model', 'messages', 'langAttribute', 'pageLang', ...(this.constructor as typeof CytokineElement).selectors];
    if (this.loadToken === 0 || inputs.some((key) => changed.has(key))) {
      const load = this.load();
      this.pendingLoad = load;
      void load.finally(() => this.pendingLoad === load && (this.pendingLoad = undefined));
    }
    // A server-rendered root already shows the content: leave it alone until the same content
    // is loaded here, then hydrate it in place (no flash, no layout shift, focus kept).
    return !(this.serverRendered && !this.hasUpdated && (!this.hydrate || this.view.status === 'loading'));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Lit SSR renders in one synchronous pass and never calls shouldUpdate: use the content a
    // server preloaded (see src/server/), or render the fallback when there is none.
    if (isServer) this.view = this.serverView();
    // An error put right: its message must not stay in the live region, to be found later.
    else if (changed.has('view')) this.announce('');
  }

  /**
   * Tells screen-reader users `text` without moving their focus, through a polite live region
   * that every render has drawn, empty, from the first one on; the words go in a moment later.
   * An empty `text` clears the region.
   */
  protected announce(text: string): void {
    clearTimeout(this.announceTimer);
    this.announcement = '';
    if (text) this.announceTimer = setTimeout(() => (this.announcement = text), ANNOUNCE_DELAY_MS);
  }

  private serverView(): ViewState<T> {
    try {
      // A host's content is fetched and validated in the browser; the server shows the fallback.
      const model = this.model || this.src ? undefined : peekBundledContent(this.effectiveLang, this.request());
      return model ? { status: 'ready', model, value: this.select(model) } : { status: 'loading' };
    } catch (e) {
      return { status: 'error', error: asCytokineError(e, 'model-invalid') };
    }
  }

  /** `updateComplete` also waits for the content: once it resolves, the widget shows it (or its error). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.pendingLoad) {
      await this.pendingLoad;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    if (isServer) return;
    let view: ViewState<T>;
    const lang = this.effectiveLang;
    // The catalogue loads beside the content, not before it; both are in place for the first draw.
    const messages = this.loadMessages(lang);
    try {
      let model: ContentModel;
      if (this.model != null) {
        model = await this.checkedModel(this.model);
      } else if (this.src) {
        this.view = { status: 'loading' };
        const src = this.src;
        model = await (await hostContent('src-unreachable', src)).fetchModelFor(src, lang);
      } else {
        model = await loadBundledContent(lang, this.request());
      }
      await loadBundledCatalogue(model.locale);
      view = { status: 'ready', model, value: this.select(model) };
    } catch (e) {
      view = { status: 'error', error: asCytokineError(e, 'model-invalid') };
    }
    await messages; // never rejects: a catalogue that fails leaves the words in British English
    if (view.status === 'ready') warnNoCatalogue(view.model.locale);
    if (this.serverRendered && !this.hasUpdated && !this.hydrate) {
      try {
        this.hydrate = await loadHydrate();
      } catch {
        // Without hydrate() the server's HTML is rendered afresh: still correct, only slower.
        this.renderAfresh();
        this.serverRendered = false;
      }
    }
    // A newer load (the attribute changed again) wins; a stale result never shows.
    if (token === this.loadToken) this.view = view;
  }

  /**
   * Makes the interface words of the language asked for available: a pseudo-locale's bundled
   * catalogue, or the page's own catalogue from `messages`. A catalogue that cannot be used is
   * not fatal: the widget still shows its content, in British English words, and says why once.
   */
  private async loadMessages(lang: string): Promise<void> {
    await loadBundledCatalogue(lang);
    const url = this.messages?.trim();
    if (!url) return;
    try {
      await (await import('../i18n/host-messages.js')).fetchCatalogue(url);
    } catch (e) {
      // Unreachable, not JSON, too large or not a valid catalogue: all one thing to the page.
      const reasons = e instanceof CytokineError ? (e.code === 'messages-invalid' ? e.reasons : [e.code, ...e.reasons]) : [String(e)];
      console.warn(`[cytokine-widgets] <${this.localName}> messages-invalid: ${new CytokineError('messages-invalid', url, reasons).hint}`);
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

  /**
   * A render that throws (a bug, or content no check foresaw) must not leave an empty box or
   * throw into the page: show the error view with the page's fallback instead.
   */
  protected override update(changed: PropertyValues): void {
    try {
      const hydrate = this.serverRendered && !this.hasUpdated ? this.hydrate : undefined;
      if (!hydrate) return super.update(changed);
      // As @lit-labs/ssr-client's LitElement support does: adopt the server's DOM in place.
      const value = this.render();
      reactiveUpdate.call(this, changed);
      try {
        hydrate(value, this.renderRoot, this.renderOptions);
      } catch (e) {
        // The server's HTML does not match these templates (another version rendered it).
        console.warn(`[cytokine-widgets] <${this.localName}> could not hydrate the server-rendered HTML; rendering it again.`, e);
        this.renderAfresh();
        super.update(changed);
      }
    } catch (e) {
      // Lit counts an update as done only when its render returns: count it here, so that the
      // error view below is rendered by the next update rather than never.
      reactiveUpdate.call(this, changed);
      if (this.view.status === 'error' && this.view.error.code === 'render-failed') {
        console.error('[cytokine-widgets] the error view could not be rendered', e);
        return;
      }
      this.view = { status: 'error', error: new CytokineError('render-failed', '', [String(e)]) };
    }
  }

  /** Empties a server-rendered root so that Lit renders into it as into a new one. */
  private renderAfresh(): void {
    this.renderRoot.replaceChildren();
    delete (this.renderRoot as { _$litPart$?: unknown })._$litPart$;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Events fire once the DOM they describe exists, so a listener can read the widget or
    // correct an attribute (and then get the content, as the change starts a new load).
    const view = this.view;
    // Not when the view changed again during this update (a render that failed): the next
    // update renders the new view, and reports it.
    if (!changed.has('view') || view !== this.renderedView) return;
    if (view.status === 'ready') {
      this.emit('cytokine-ready', null);
      // The host's content team should know before a patient relies on out-of-date wording.
      if (reviewIsDue(view.model)) this.emit('cytokine-review-due', { nextReview: view.model.nextReview });
    } else if (view.status === 'error') {
      this.reportError(view.error);
      this.announce(this.readerMessage(view.error));
    }
  }

  /** Tells the page about an error: one console warning and a bubbling, composed `cytokine-error`. */
  protected reportError(error: CytokineError): void {
    console.warn(`[cytokine-widgets] <${this.localName}> ${error.code}: ${error.message}`, ...error.reasons);
    this.emit('cytokine-error', { code: error.code, message: this.readerMessage(error), hint: error.hint });
  }

  /**
   * Every event the widgets fire bubbles out of the shadow root, so the page can listen anywhere.
   * Names and details are those declared in HTMLElementEventMap (events.ts), which pages see.
   */
  protected emit<K extends CytokineEventName>(name: K, detail: CytokineEventDetail<K>): void {
    // @ignore keeps the analyzer from listing an event called "name"; each element's @fires
    // documents the events it sends.
    /** @ignore */
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  protected override render(): TemplateResult {
    const view = (this.renderedView = this.view);
    const ui = this.interfaceLocale;
    // Interface words come from the catalogue of `ui`, in this render only: a widget beside it
    // may speak another language. The live region stays the same node whatever the view, so
    // a screen reader knows it before it has anything to say.
    return withLocale(
      ui,
      () => html`${this.renderView(view, ui)}<div class="visually-hidden" role="status" lang=${ui}>${this.announcement}</div>`,
    );
  }

  private renderView(view: ViewState<T>, ui: string): TemplateResult {
    if (view.status === 'ready') {
      // The content's own direction, not the page's: English on an Arabic page stays left to right.
      const { locale } = view.model;
      return html`<div part="base" class="base" lang=${locale} dir=${directionOf(locale)}>${this.renderLanguageNote(locale)}${this.renderContent(view.value, view.model)}</div>`;
    }
    if (view.status === 'error') {
      // Seen at once; heard through the live region (a live role here would arrive with its words).
      return html`<div part="error" class="error" lang=${ui} dir=${directionOf(ui)}>${errorMessage(view.error.code, view.error.value)}</div><slot></slot>`;
    }
    return html`<div aria-busy="true"><slot></slot></div>`;
  }

  /**
   * Says so when the content is not in the language the page asked for (there is no Welsh model,
   * so a Welsh page gets English): in the reader's language when a catalogue speaks it.
   */
  private renderLanguageNote(contentLocale: string): TemplateResult | typeof nothing {
    const wanted = this.effectiveLang;
    if (sameLanguage(wanted, contentLocale)) return nothing;
    const ui = interfaceLocale(wanted);
    const note = withLocale(ui, () => notInLanguage(languageName(wanted, ui), languageName(contentLocale, ui)));
    return html`<p part="language-note" class="language-note" lang=${ui} dir=${directionOf(ui)}>${note}</p>`;
  }
}
