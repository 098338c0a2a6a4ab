/**
 * How a reader likes captions to look (EN 301 549 7.1.4): a size and a colour scheme. The
 * choice is kept in this site's localStorage, and only once the reader makes one: a reader who
 * never opens the settings leaves nothing behind. No cookie is ever set, so nothing travels with
 * requests. Every widget on the page (and later pages of the site) uses the latest choice.
 */
export const CAPTION_SIZES = ['standard', 'large', 'larger', 'largest'] as const;
export type CaptionSize = (typeof CAPTION_SIZES)[number];

export const CAPTION_COLOURS = ['white-on-black', 'black-on-white', 'yellow-on-black'] as const;
export type CaptionColours = (typeof CAPTION_COLOURS)[number];

export interface CaptionStyle {
  size: CaptionSize;
  colours: CaptionColours;
}

export const DEFAULT_CAPTION_STYLE: CaptionStyle = { size: 'standard', colours: 'white-on-black' };

/** The localStorage key: one entry for the whole library, on the host's own origin. */
export const CAPTION_STYLE_KEY = 'cytokine-widgets:caption-style';

const listeners = new Set<(style: CaptionStyle) => void>();

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  (values as readonly unknown[]).includes(value) ? (value as T) : fallback;

/** The saved choice, or the default. Storage may be missing, blocked (a sandboxed frame) or hold anything. */
export function readCaptionStyle(): CaptionStyle {
  try {
    const saved: unknown = JSON.parse(globalThis.localStorage?.getItem(CAPTION_STYLE_KEY) ?? 'null');
    if (!saved || typeof saved !== 'object') return DEFAULT_CAPTION_STYLE;
    const { size, colours } = saved as Record<string, unknown>;
    return { size: oneOf(CAPTION_SIZES, size, DEFAULT_CAPTION_STYLE.size), colours: oneOf(CAPTION_COLOURS, colours, DEFAULT_CAPTION_STYLE.colours) };
  } catch {
    return DEFAULT_CAPTION_STYLE;
  }
}

/** Saves a reader's choice and tells the other widgets on the page. Saving may fail (storage full or blocked); the choice still applies now. */
export function saveCaptionStyle(style: CaptionStyle): void {
  try {
    globalThis.localStorage?.setItem(CAPTION_STYLE_KEY, JSON.stringify(style));
  } catch {
    // Private browsing or a blocked store: the choice lasts for this page only.
  }
  for (const listener of listeners) listener(style);
}

/** A choice made in another tab of the same site arrives as a `storage` event. */
const fromOtherTab = (e: StorageEvent): void => {
  if (e.key !== CAPTION_STYLE_KEY) return;
  const style = readCaptionStyle();
  for (const listener of listeners) listener(style);
};

/**
 * Calls `listener` with each new choice made in any widget of this page or another tab of the
 * site; returns the unsubscribe. One window listener serves them all, and goes with the last.
 */
export function onCaptionStyle(listener: (style: CaptionStyle) => void): () => void {
  if (!listeners.size) globalThis.addEventListener?.('storage', fromOtherTab);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) globalThis.removeEventListener?.('storage', fromOtherTab);
  };
}
