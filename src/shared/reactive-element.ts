import { render, type TemplateResult } from 'lit/html.js';

/**
 * A small reactive base for our elements: declared properties and attributes, batched updates,
 * `willUpdate` / `render` / `updated`, adopted stylesheets and `updateComplete`, rendered with
 * Lit's templates (lit-html).
 *
 * Why not LitElement: the self-contained bundle (three elements, all en-GB content and Lit) has
 * a 20 KB gzipped budget. LitElement with ReactiveElement is 2.7 KB of it; this is about 0.6 KB
 * and does everything these elements use. The public API (attributes, properties, events,
 * `updateComplete`) is unchanged.
 */
export interface PropertyOptions {
  /** Attribute name; `false` for none. Default: the property name in lower case. */
  attribute?: string | false;
  /** `Boolean`: present means true, like HTML's boolean attributes. */
  type?: BooleanConstructor;
  /** Internal state: no attribute. */
  state?: boolean;
}
export type PropertyDeclarations = Record<string, PropertyOptions>;
export type PropertyValues = Map<PropertyKey, unknown>;

/** Stylesheets from plain CSS text, adopted by shadow roots (allowed by a strict CSP). */
export function css(strings: TemplateStringsArray): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(strings.join(''));
  return sheet;
}

type Values = Map<string, unknown>;

export abstract class ReactiveElement extends HTMLElement {
  static properties: PropertyDeclarations = {};
  static styles: CSSStyleSheet[] = [];
  private static declarations?: Map<string, PropertyOptions>;
  private static attributeToProperty?: Map<string, string>;

  /** Collects declarations up the class chain and defines an accessor for each. */
  protected static finalize(): void {
    if (Object.prototype.hasOwnProperty.call(this, 'declarations')) return;
    const parent = Object.getPrototypeOf(this) as typeof ReactiveElement;
    if (parent.finalize) parent.finalize();
    this.declarations = new Map(parent.declarations);
    this.attributeToProperty = new Map(parent.attributeToProperty);
    if (!Object.prototype.hasOwnProperty.call(this, 'properties')) return;
    for (const [name, options] of Object.entries(this.properties)) {
      this.declarations.set(name, options);
      if (!options.state && options.attribute !== false) this.attributeToProperty.set(options.attribute || name.toLowerCase(), name);
      Object.defineProperty(this.prototype, name, {
        get(this: ReactiveElement) {
          return this.values.get(name);
        },
        set(this: ReactiveElement, value: unknown) {
          const old = this.values.get(name);
          if (Object.is(old, value)) return;
          this.values.set(name, value);
          this.requestUpdate(name, old);
        },
        configurable: true,
        enumerable: true,
      });
    }
  }

  static get observedAttributes(): string[] {
    this.finalize();
    return [...this.attributeToProperty!.keys()];
  }

  /** The shadow root templates render into. */
  declare renderRoot: ShadowRoot;
  /** True after the first update. */
  hasUpdated = false;
  private values: Values = new Map();
  private changed: PropertyValues = new Map();
  private updating = false;
  private pending: Promise<void> | undefined;
  private connected!: () => void;
  private whenConnected = new Promise<void>((resolve) => (this.connected = resolve));
  /** Properties set on the element before it was upgraded; applied on the first update. */
  private early?: Values;

  constructor() {
    super();
    const ctor = this.constructor as typeof ReactiveElement;
    ctor.finalize();
    for (const name of ctor.declarations!.keys()) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        (this.early ??= new Map()).set(name, (this as unknown as Record<string, unknown>)[name]);
        delete (this as unknown as Record<string, unknown>)[name];
      }
    }
  }

  connectedCallback(): void {
    if (!this.renderRoot) {
      this.renderRoot = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      this.renderRoot.adoptedStyleSheets = (this.constructor as typeof ReactiveElement).styles;
    }
    this.connected();
    this.requestUpdate();
  }

  disconnectedCallback(): void {}

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const ctor = this.constructor as typeof ReactiveElement;
    const name = ctor.attributeToProperty!.get(attribute);
    if (!name) return;
    const record = this as unknown as Record<string, unknown>;
    record[name] = ctor.declarations!.get(name)!.type === Boolean ? value !== null : (value ?? undefined);
  }

  /** Schedules an update (batched in a microtask); changes made in `willUpdate` join the current one. */
  requestUpdate(name?: string, old?: unknown): void {
    if (name !== undefined && !this.changed.has(name)) this.changed.set(name, old);
    if (this.updating || this.pending) return;
    this.pending = this.whenConnected.then(() => this.performUpdate());
  }

  /** Resolves when no update is pending. */
  get updateComplete(): Promise<boolean> {
    return (this.pending ?? Promise.resolve()).then(() => (this.pending ? this.updateComplete : true));
  }

  private performUpdate(): void {
    const record = this as unknown as Record<string, unknown>;
    if (this.early) {
      for (const [name, value] of this.early) record[name] = value;
      this.early = undefined;
    }
    const changed = this.changed;
    this.updating = true;
    try {
      this.willUpdate(changed);
      // A prerendered (declarative) shadow root holds static HTML: replace it in the same task
      // as the first render, so nothing paints in between and nothing shifts.
      if (!this.hasUpdated) this.renderRoot.replaceChildren();
      render(this.render(), this.renderRoot, { host: this });
    } catch (e) {
      // Never throw into the host page's microtask queue; the element keeps its last render.
      console.error('[cytokine-widgets] render failed', e);
    } finally {
      this.changed = new Map();
      this.updating = false;
      this.pending = undefined;
    }
    this.hasUpdated = true;
    this.updated(changed);
  }

  protected willUpdate(_changed: PropertyValues): void {}
  protected abstract render(): TemplateResult;
  protected updated(_changed: PropertyValues): void {}
}
