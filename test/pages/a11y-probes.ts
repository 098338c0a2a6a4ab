// What the accessibility page tests (a11y.spec.ts) measure inside the page. `installProbes` is
// handed to page.addInitScript, so it must be self-contained: it runs in the browser, not here.

/** One focus stop: what was focused, what drew its indicator, and its best contrast. */
export interface FocusStop {
  /** Widget tag, then the part (or, in the light DOM transcript, the tag), then the visible text. */
  name: string;
  focusVisible: boolean;
  /** Each colour the indicator is drawn in, with its contrast against the background next to it. */
  indicators: { colour: string; background: string; ratio: number; by: string }[];
  /** The best of those ratios (0 when nothing is drawn). */
  best: number;
}

/** A text box that runs out of a box that clips, or two text boxes on top of each other. */
export interface SpacingProblem {
  kind: 'clipped' | 'overlap';
  what: string;
}

export interface Probes {
  /** Records the outline and box-shadow of every element (shadow roots too) under `scope`. */
  snapshot(scope: string): void;
  /** The focused element (through shadow roots) and the focus indicator it shows. */
  focusStop(): FocusStop | null;
  /** Focuses each focusable thing under `scope` (shadow roots and the light-DOM transcript) in tree order, and measures it. */
  everyStop(scope: string): FocusStop[];
  /** Elements that clip text and text boxes that overlap, under `scope`. */
  spacingProblems(scope: string): SpacingProblem[];
  /** Adopts `css` into the document and every shadow root under it, as the strictest user tool does. */
  adoptEverywhere(css: string): void;
}

declare global {
  interface Window {
    __a11y: Probes;
  }
}

export function installProbes(): void {
  type Rgba = [number, number, number, number];
  const before = new WeakMap<Element, { outline: string; shadow: string }>();

  /** Every element under `root`, through open shadow roots, in tree order. */
  const deep = (root: ParentNode): Element[] => {
    const out: Element[] = [];
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) out.push(...deep(el.shadowRoot));
    }
    return out;
  };

  /** The parent in the flat tree: a slotted element's slot, a shadow root's host. */
  const flatParent = (el: Element): Element | null => {
    if (el.assignedSlot) return el.assignedSlot;
    if (el.parentElement) return el.parentElement;
    const root = el.parentNode;
    return root instanceof ShadowRoot ? root.host : null;
  };

  const parseColour = (value: string): Rgba | null => {
    const m = value.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = '1'] = m[1].split(/[\s,/]+/).filter(Boolean);
    return [Number(r), Number(g), Number(b), Number(a)];
  };

  const over = (top: Rgba, below: Rgba): Rgba => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + below[i] * (1 - a)).concat(1) as Rgba;
  };

  const luminance = ([r, g, b]: Rgba): number => {
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };

  const contrast = (a: Rgba, b: Rgba): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };

  /** The page's canvas colour (light or dark, as the page's colour scheme makes it). */
  const canvas = (): Rgba => {
    for (const el of [document.body, document.documentElement]) {
      const c = parseColour(getComputedStyle(el).backgroundColor);
      if (c && c[3] > 0) return c;
    }
    const probe = document.createElement('div');
    probe.style.color = 'Canvas';
    document.body.append(probe);
    const c = parseColour(getComputedStyle(probe).color)!;
    probe.remove();
    return c;
  };

  /**
   * The colour behind `from` (and its flat-tree ancestors), semi-transparent layers composed.
   * Background colours only: a picture under a ring (the video's poster) is not measured.
   */
  const backgroundAt = (from: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let el = from; el; el = flatParent(el)) {
      const c = parseColour(getComputedStyle(el).backgroundColor);
      if (c && c[3] > 0) layers.push(c);
      if (c && c[3] >= 1) break;
    }
    let colour = layers.length && layers[layers.length - 1][3] >= 1 ? layers.pop()! : canvas();
    while (layers.length) colour = over(layers.pop()!, colour);
    return colour;
  };

  const looks = (el: Element) => {
    const cs = getComputedStyle(el);
    return { outline: `${cs.outlineStyle}|${cs.outlineWidth}|${cs.outlineColor}|${cs.outlineOffset}`, shadow: cs.boxShadow };
  };

  /** Box shadows as colour + inset, leaving out ones that draw nothing. */
  const shadows = (value: string): { colour: Rgba; inset: boolean }[] => {
    if (value === 'none') return [];
    return value.split(/,(?![^(]*\))/).flatMap((s) => {
      const colour = parseColour(s);
      const lengths = (s.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) ?? []).map(parseFloat);
      return colour && colour[3] > 0 && lengths.some((l) => l !== 0) ? [{ colour, inset: /\binset\b/.test(s) }] : [];
    });
  };

  const hex = (c: Rgba) => `rgb(${c.slice(0, 3).join(', ')})${c[3] < 1 ? ` at ${c[3]}` : ''}`;

  const deepActive = (): Element | null => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };

  const describe = (el: Element): string => {
    const host = el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : el.closest('[data-cytokine-transcript]')?.parentElement;
    const where = el.getRootNode() instanceof ShadowRoot ? el.getAttribute('part') ?? `<${el.localName}> without a part` : `transcript <${el.localName}>`;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40) || el.getAttribute('aria-label') || '';
    return `${host?.localName ?? 'page'} ${where} "${text}"`;
  };

  /**
   * Text kept for screen readers only, clipped to a pixel on purpose: the widgets' class, or the
   * same recipe from a theme's ::part rule (the hospital theme hides the care-card level label
   * as NHS.UK does).
   */
  const visuallyHidden = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = flatParent(e)) {
      if (e.classList.contains('visually-hidden')) return true;
      if (getComputedStyle(e).clipPath === 'inset(50%)' && e.getBoundingClientRect().width <= 1) return true;
    }
    return false;
  };

  window.__a11y = {
    snapshot(scope) {
      for (const el of [document.querySelector(scope)!, ...deep(document.querySelector(scope)!)]) before.set(el, looks(el));
    },

    focusStop() {
      const active = deepActive();
      if (!active || active === document.body) return null;
      const indicators: FocusStop['indicators'] = [];
      // The indicator is what focus changed: on the element, or on an ancestor (:focus-within) up to its widget.
      for (let el: Element | null = active; el; el = flatParent(el)) {
        const now = looks(el);
        const was = before.get(el);
        const cs = getComputedStyle(el);
        const by = el === active ? 'itself' : `<${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}>`;
        if (was?.outline !== now.outline && cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) {
          const colour = parseColour(cs.outlineColor);
          if (colour && colour[3] > 0) {
            // An outline drawn inside the box (negative offset) sits on the box's own background.
            const background = backgroundAt(parseFloat(cs.outlineOffset) < 0 ? el : flatParent(el));
            const shown = over(colour, background);
            indicators.push({ colour: hex(colour), background: hex(background), ratio: contrast(shown, background), by: `${by} outline` });
          }
        }
        if (was?.shadow !== now.shadow) {
          for (const { colour, inset } of shadows(now.shadow)) {
            const background = backgroundAt(inset ? el : flatParent(el));
            indicators.push({ colour: hex(colour), background: hex(background), ratio: contrast(over(colour, background), background), by: `${by} box-shadow` });
          }
        }
        if (el.localName.includes('-') && el.shadowRoot) break;
      }
      return {
        name: describe(active),
        focusVisible: active.matches(':focus-visible'),
        indicators,
        best: Math.max(0, ...indicators.map((i) => Math.round(i.ratio * 100) / 100)),
      };
    },

    everyStop(scope) {
      const focusable = 'a[href], button:not(:disabled), summary, input:not(:disabled), select:not(:disabled), [tabindex]:not([tabindex="-1"]), video[controls]';
      const stops: FocusStop[] = [];
      for (const el of deep(document.querySelector(scope)!)) {
        if (!el.matches(focusable) || !el.getClientRects().length || visuallyHidden(el) || !(el instanceof HTMLElement)) continue;
        el.focus();
        if (deepActive() !== el) continue; // not focusable after all (e.g. inside a closed disclosure)
        stops.push(window.__a11y.focusStop()!);
      }
      return stops;
    },

    spacingProblems(scope) {
      const root = document.querySelector(scope)!;
      const problems: SpacingProblem[] = [];
      const all = [root, ...deep(root)];
      for (const el of all) {
        const cs = getComputedStyle(el);
        const clips = [cs.overflowX, cs.overflowY].some((o) => o === 'hidden' || o === 'clip');
        if (!clips || visuallyHidden(el) || el.getClientRects().length === 0) continue;
        // Replaced elements (the poster, a video) clip their own picture, not text.
        if (['img', 'video', 'input', 'select', 'textarea'].includes(el.localName)) continue;
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
          problems.push({ kind: 'clipped', what: `${describe(el)}: content ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}` });
        }
      }
      // Text boxes: each line of each text node that is shown.
      const boxes: { rect: DOMRect; node: Text; label: string }[] = [];
      const textsUnder = (r: Node, out: Text[]) => {
        const walker = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
      };
      const texts: Text[] = [];
      textsUnder(root, texts);
      for (const el of all) if (el.shadowRoot) textsUnder(el.shadowRoot, texts);
      const range = document.createRange();
      for (const node of texts) {
        const parent = node.parentElement;
        if (!parent || !node.data.trim() || visuallyHidden(parent) || parent.closest('select, option, style, script, template')) continue;
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          if (rect.width > 0.5 && rect.height > 0.5) boxes.push({ rect, node, label: `${describe(parent)} "${node.data.trim().slice(0, 30)}"` });
        }
      }
      boxes.sort((a, b) => a.rect.top - b.rect.top);
      // Glyph boxes of neighbouring lines may touch; more than 2 px both ways is text on text.
      for (let i = 0; i < boxes.length; i++) {
        const a = boxes[i];
        for (let j = i + 1; j < boxes.length && boxes[j].rect.top < a.rect.bottom - 2; j++) {
          const b = boxes[j];
          if (a.node === b.node && a.rect.top === b.rect.top) continue;
          const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
          const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
          if (x > 2 && y > 2) problems.push({ kind: 'overlap', what: `${a.label} and ${b.label}` });
        }
      }
      return problems;
    },

    adoptEverywhere(css) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      for (const el of deep(document)) {
        if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
      }
    },
  };
}
