/**
 * The code an editor pastes, as HTML source text: the widget as a custom element after the
 * bundle's script tag, or, for CMSs whose HTML filter strips scripts and unknown tags, the
 * `<div data-cytokine-widget>` placeholder the autoloader upgrades (src/autoloader.ts).
 * Pure functions of the editor's choices; every value is escaped for where it goes.
 */
import { isSafeHref } from '../model/links.js';

/** Where the code says the files are, until the editor changes it. */
export const DEFAULT_BASE_URL = 'https://your-cdn.example/cytokine-widgets/dist/';

/** The two forms of the code. */
export const EMBEDS = ['element', 'placeholder'] as const;
export type Embed = (typeof EMBEDS)[number];

/** An attribute and its value; `true` is a boolean attribute, written with no value. */
export type Attribute = readonly [name: string, value: string | true];

export interface SnippetOptions {
  tag: string;
  attributes: readonly Attribute[];
  /** The fallback link inside the widget, if any (from {@link fallbackLink}). */
  link: FallbackLink | null;
  /** An example theme's name (src/themes/), or '' for none. */
  theme: string;
  embed: Embed;
  /** The address of the widgets' dist/ folder, as the editor typed it. */
  baseUrl: string;
}

export interface FallbackLink {
  href: string;
  text: string;
}

/**
 * The fallback link, if its address is one a browser follows safely (http, https or relative):
 * the same allow-list the widgets apply to links in content. `text` defaults to `defaultText`.
 */
export function fallbackLink(url: string, text: string, defaultText: string): FallbackLink | null {
  const href = url.trim();
  if (!href || !isSafeHref(href)) return null;
  return { href, text: text.trim() || defaultText };
}

/** True when the editor typed an address the code leaves out (see {@link fallbackLink}). */
export const isUnsafeUrl = (url: string): boolean => url.trim() !== '' && !isSafeHref(url.trim());

/** The folder the code loads the files from, always ending in a slash. */
export function distUrl(baseUrl: string): string {
  const base = baseUrl.trim() || DEFAULT_BASE_URL;
  return base.endsWith('/') ? base : `${base}/`;
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attributeList = (attributes: readonly Attribute[], prefix = ''): string =>
  attributes.map(([name, value]) => (value === true ? ` ${prefix}${name}` : ` ${prefix}${name}="${escapeAttribute(value)}"`)).join('');

/** The code to paste, as HTML source text, one line per tag. */
export function snippet({ tag, attributes, link, theme, embed, baseUrl }: SnippetOptions): string {
  const base = escapeAttribute(distUrl(baseUrl));
  const placeholder = embed === 'placeholder';

  const open = placeholder ? `<div data-cytokine-widget="${tag}"${attributeList(attributes, 'data-')}>` : `<${tag}${attributeList(attributes)}>`;
  const close = placeholder ? '</div>' : `</${tag}>`;
  const indent = theme ? '  ' : '';
  let widget = link
    ? [open, `  <a href="${escapeAttribute(link.href)}">${escapeText(link.text)}</a>`, close].map((line) => indent + line)
    : [indent + open + close];
  if (theme) widget = [`<div class="cytokine-theme-${theme}">`, ...widget, '</div>'];

  const head = [];
  if (theme) head.push(`<link rel="stylesheet" href="${base}themes/${theme}.css">`);
  head.push(`<script type="module" src="${base}${placeholder ? 'autoloader.js' : 'cytokine-widgets.js'}"></script>`);

  const lines = placeholder
    ? [
        '<!-- Once per site, in the page template (an editor’s HTML filter removes <script> and <link>): -->',
        ...head,
        '',
        '<!-- In the page, where the widget goes: -->',
        ...widget,
      ]
    : [...head, ...widget];
  return lines.join('\n');
}
