/**
 * The code an editor pastes, as HTML source text, in two parts: what a developer adds once per
 * site (the bundle's or the autoloader's script tag, and a theme's stylesheet), and what goes in
 * the page (the widget as a custom element or, for CMSs whose HTML filter strips scripts and
 * unknown tags, the `<div data-cytokine-widget>` placeholder the autoloader upgrades,
 * src/autoloader.ts). Pure functions of the editor's choices; every value is escaped for where it goes.
 */
import { isSafeHref } from '../model/links.js';

/** Where the code says the files are, until the editor changes it. */
export const DEFAULT_BASE_URL = 'https://your-cdn.example/cytokine-widgets/dist/';

/** The two forms of the code. */
export const EMBEDS = ['element', 'placeholder'] as const;
export type Embed = (typeof EMBEDS)[number];

/** An attribute and its value; `true` is a boolean attribute, written with no value. */
export type Attribute = readonly [name: string, value: string | true];

/**
 * What readers see inside the widget before it is ready and if it cannot load: a link to the
 * host's own page, or a sentence. Never nothing: a widget whose script fails is otherwise an empty box.
 */
export type Fallback = { readonly href: string; readonly text: string } | { readonly href?: undefined; readonly text: string };

export interface SnippetOptions {
  tag: string;
  attributes: readonly Attribute[];
  fallback: Fallback;
  /** An example theme's name (src/themes/), or '' for none. */
  theme: string;
  embed: Embed;
  /** The address of the widgets' dist/ folder, as the editor typed it. */
  baseUrl: string;
}

/** The code, in the two places it goes. */
export interface Snippet {
  /** Once per site, in the page template's `<head>`: a developer's job. */
  site: string;
  /** In the page, where the widget goes: the editor's. */
  page: string;
}

/** The two parts as one block, in the order a blank page needs them. */
export const wholeCode = ({ site, page }: Snippet): string => `${site}\n${page}`;

/** The texts a fallback falls back to when the editor gives none. */
export interface FallbackDefaults {
  /** A link's text, naming what the linked page is about. */
  link: string;
  /** A sentence that helps a reader without a link. */
  sentence: string;
}

/** True when `url` is an address a browser follows safely (http, https or relative): the widgets' own allow-list. */
export const isLinkable = (url: string): boolean => isSafeHref(url.trim());

/**
 * The fallback for what the editor typed: a link when the address is one a browser follows
 * safely, else the sentence. Text the editor cleared (or never typed) becomes the default, so
 * the code always carries a fallback.
 */
export function fallbackFor(url: string, text: string | undefined, defaults: FallbackDefaults): Fallback {
  const href = url.trim();
  const own = text?.trim() ?? '';
  return isLinkable(href) ? { href, text: own || defaults.link } : { text: own || defaults.sentence };
}

/** True when the editor typed an address the code leaves out (see {@link fallbackFor}). */
export const isUnsafeUrl = (url: string): boolean => url.trim() !== '' && !isLinkable(url);

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

/** The fallback as HTML source: a sentence is a paragraph, so it reads as one in any CMS. */
const fallbackHtml = (fallback: Fallback): string =>
  fallback.href === undefined ? `<p>${escapeText(fallback.text)}</p>` : `<a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.text)}</a>`;

/** The code to paste, as HTML source text, one line per tag. */
export function snippet({ tag, attributes, fallback, theme, embed, baseUrl }: SnippetOptions): Snippet {
  const base = escapeAttribute(distUrl(baseUrl));
  const placeholder = embed === 'placeholder';

  const open = placeholder ? `<div data-cytokine-widget="${tag}"${attributeList(attributes, 'data-')}>` : `<${tag}${attributeList(attributes)}>`;
  const close = placeholder ? '</div>' : `</${tag}>`;
  const indent = theme ? '  ' : '';
  let widget = [open, `  ${fallbackHtml(fallback)}`, close].map((line) => indent + line);
  if (theme) widget = [`<div class="cytokine-theme-${theme}">`, ...widget, '</div>'];

  const site = [];
  if (theme) site.push(`<link rel="stylesheet" href="${base}themes/${theme}.css">`);
  site.push(`<script type="module" src="${base}${placeholder ? 'autoloader.js' : 'cytokine-widgets.js'}"></script>`);

  return { site: site.join('\n'), page: widget.join('\n') };
}
