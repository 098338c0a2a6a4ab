/**
 * Server rendering in Node with Lit SSR, for servers and static-site builds (an Express route,
 * an Eleventy or Astro build) and the `cytokine-widgets prerender` command. Widget tags become
 * Declarative Shadow DOM, so the page reads fully with JavaScript off; when the bundle loads,
 * it hydrates those roots in place.
 *
 *   import { prerenderPage } from 'cytokine-widgets/server';
 *   const { html } = await prerenderPage(pageHtml);
 *
 * No browser is needed. Only the bundled content is rendered: a widget with `src` (content the
 * browser fetches and validates) is left for the browser, with its fallback.
 */
// Lit SSR's DOM shim (customElements, HTMLElement) before any element module is evaluated.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import '../elements/cytokine-card/define.js';
import '../elements/side-effect-list/define.js';
import '../elements/injection-video/define.js';
import { DEFAULT_VIDEO } from '../elements/injection-video/injection-video.js';
import { TRANSCRIPT_ATTR, transcriptStyles, transcriptTemplate } from '../elements/injection-video/transcript.js';
import { DEFAULT_LOCALE, peekBundledContent, preloadBundledContent, setMediaBase } from '../content/index.js';
import { interfaceLocale, withLocale } from '../i18n/locale.js';
import { parseHeadingLevel, subLevel } from '../shared/heading.js';

export { VERSION } from '../shared/version.js';

/** The tags this library renders. */
export const WIDGET_TAGS = ['cytokine-card', 'side-effect-list', 'injection-video'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

export interface RenderOptions {
  /**
   * The URL or path of dist/ as the page will see it, to find the video's poster and media, for
   * example `/assets/cytokine-widgets/` or `../dist/`. {@link prerenderPage} reads it from the
   * page's own script tag when it is not given.
   */
  distUrl?: string;
  /** Language when neither the tag nor the page says (default en-GB). */
  lang?: string;
}

export interface PrerenderResult {
  html: string;
  /** How many widgets were rendered. */
  rendered: number;
  /** Widgets left for the browser, and why. */
  skipped: Array<{ tag: string; reason: string }>;
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Renders one widget to what goes inside its tag: a `<template shadowrootmode="open">` (the
 * widget's shadow DOM and styles) and, for the video, its transcript in the light DOM. Put it
 * before the tag's own children (the fallback), which the browser keeps.
 */
export async function renderWidget(tag: WidgetTag, attributes: Record<string, string>, options: RenderOptions = {}): Promise<string> {
  if (!WIDGET_TAGS.includes(tag)) throw new Error(`cytokine-widgets: <${tag}> is not a widget (${WIDGET_TAGS.join(', ')})`);
  if (tag === 'injection-video' && options.distUrl === undefined) {
    throw new Error('cytokine-widgets: <injection-video> needs options.distUrl, where the page finds dist/ (for the poster)');
  }
  // Lit SSR renders in one synchronous pass: every content module must be loaded first.
  await preloadBundledContent();
  // From here on nothing awaits, so concurrent renders cannot see each other's media base.
  setMediaBase(options.distUrl ?? '');
  const attrs = Object.entries(attributes).filter(([name]) => ATTRIBUTE_NAME.test(name));
  if (!attrs.some(([n]) => n === 'lang') && options.lang) attrs.push(['lang', options.lang]);
  // A template whose only part is the element: attribute values are escaped above, and names
  // are checked, so nothing from the page becomes markup. Lit accepts only real template
  // string arrays (with `raw`), which this is.
  const open = `<${tag}${attrs.map(([n, v]) => ` ${n}="${escapeAttr(v)}"`).join('')}>`;
  const strings = Object.assign([`${open}</${tag}>`], { raw: [`${open}</${tag}>`] }) as unknown as TemplateStringsArray;
  const out = collectResultSync(render(html(strings)));
  const shadow = out.match(/<template shadowroot(?:mode)?="open"[\s\S]*<\/template>/)?.[0];
  if (!shadow) throw new Error(`cytokine-widgets: Lit SSR did not render <${tag}>`);
  return shadow + (tag === 'injection-video' ? transcriptHtml(attributes, options) : '');
}

/** The video's transcript, which lives in the light DOM so find-in-page, print and search see it. */
function transcriptHtml(attributes: Record<string, string>, options: RenderOptions): string {
  const lang = attributes.lang || options.lang || DEFAULT_LOCALE;
  let model;
  try {
    model = peekBundledContent(lang, { kind: 'video', id: attributes.video?.trim() || DEFAULT_VIDEO });
  } catch {
    return ''; // an unknown video: the shadow root shows the error and the page's fallback
  }
  const video = model?.videos[0];
  if (!model || !video) return '';
  // As the element will draw it: chapter headings one level below its title, the interface's words in its language.
  const level = subLevel(parseHeadingLevel(attributes['heading-level']) ?? 2);
  const lines = withLocale(interfaceLocale(model.locale), () => collectResultSync(render(transcriptTemplate({ video, level, current: -1 }))));
  // Its styles come along (in the browser they are a document-wide adopted stylesheet), so the
  // static page looks as the hydrated one will: nothing moves when the script arrives.
  return `<div ${TRANSCRIPT_ATTR} slot="transcript" lang="${escapeAttr(model.locale)}"><style>${transcriptStyles.cssText}</style>${lines}</div>`;
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  // Content inside <template> is inert; a widget there is not on the page yet.
  if ('childNodes' in node && !('tagName' in node && node.tagName === 'template')) for (const child of node.childNodes) yield* elements(child);
}

/** Where the page loads the widgets from: the folder of its cytokine-widgets or autoloader script. */
function distUrlOf(root: Node): string | undefined {
  for (const el of elements(root)) {
    const src = el.tagName === 'script' ? el.attrs.find((a) => a.name === 'src')?.value : undefined;
    if (src && /(^|\/)(cytokine-widgets|autoloader)\.js(\?|#|$)/.test(src)) return src.replace(/[^/]*$/, '');
  }
  return undefined;
}

/**
 * Renders every widget tag in an HTML page to Declarative Shadow DOM, keeping everything else
 * byte for byte. Widgets already rendered (with a declarative shadow root) are left as they are.
 */
export async function prerenderPage(page: string, options: RenderOptions = {}): Promise<PrerenderResult> {
  const root = parse(page, { sourceCodeLocationInfo: true });
  const distUrl = options.distUrl ?? distUrlOf(root);
  // The language the page asks for around each widget (its nearest `lang`), as the browser will
  // read it, not the content found for it: a Welsh page gets English content with the language
  // note, on the server as in the browser, so what the server sends hydrates without a second render.
  const langAround = (el: Element): string => {
    for (let node: Element | undefined = el.parentNode as Element | undefined; node && 'attrs' in node; node = node.parentNode as Element | undefined) {
      const lang = node.attrs.find((a) => a.name === 'lang')?.value;
      if (lang) return lang;
    }
    return options.lang ?? DEFAULT_LOCALE;
  };
  const inserts: Array<{ at: number; text: string }> = [];
  const skipped: PrerenderResult['skipped'] = [];
  for (const el of elements(root)) {
    if (!(WIDGET_TAGS as readonly string[]).includes(el.tagName)) continue;
    const attributes = Object.fromEntries(el.attrs.map((a) => [a.name, a.value]));
    const reason =
      attributes.src !== undefined ? 'has src: the browser fetches and checks that content'
      : el.childNodes.some((c) => 'tagName' in c && c.tagName === 'template' && c.attrs.some((a) => /^shadowroot(mode)?$/.test(a.name))) ? 'already rendered'
      : el.tagName === 'injection-video' && distUrl === undefined ? 'no distUrl: give one, or load the widgets with a script tag in the page'
      : undefined;
    if (reason) {
      skipped.push({ tag: el.tagName, reason });
      continue;
    }
    const text = await renderWidget(el.tagName as WidgetTag, attributes, { distUrl, lang: langAround(el) });
    inserts.push({ at: el.sourceCodeLocation!.startTag!.endOffset, text });
  }
  let html = page;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) html = html.slice(0, at) + text + html.slice(at);
  return { html, rendered: inserts.length, skipped };
}
