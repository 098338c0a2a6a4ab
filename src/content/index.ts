import type { ContentModel, Video } from '../model/types.js';
import { pickLocale } from '../model/locale.js';
import { normaliseName } from '../model/lookup.js';
import { CytokineError } from '../model/errors.js';
import type { JsonModule, LocaleCatalogue } from './catalogue.js';
import { locales } from './generated/locales.js';

export const DEFAULT_LOCALE = 'en-GB';

/**
 * What a widget asks the bundled content for: one drug (by any of its names) or one video.
 * `about` asks for a drug without its side effects and care cards, which is all a card shows.
 */
export type ContentRequest = { kind: 'drug'; query: string; about?: boolean } | { kind: 'video'; id: string };

/**
 * Media paths in the bundled content are relative to the package root, and found relative to
 * this module so that a CDN copy of dist/ works without configuration. The self-contained
 * bundle sits one level higher than this module does, so its build rewrites this literal.
 * Where a bundler has found a file itself (Vite, in dev too, and webpack follow the URLs the
 * package's video modules write out per file; see rollup.config.mjs), the module gives its
 * absolute URL instead, which is kept as it is.
 */
let mediaBase = new URL(/* @vite-ignore */ '../', import.meta.url).href;

/**
 * Where the media files are, as the page will find them: a server rendering a page sets the
 * path from that page to dist/ (e.g. `../dist/`), since its own files are not at that address.
 */
export function setMediaBase(base: string): void {
  mediaBase = base.endsWith('/') ? base : `${base}/`;
  mediaFound = new WeakMap();
}

const hasScheme = (url: string) => /^[a-z][\w+.-]*:/i.test(url);

const resolveMedia = (video: Video): Video => {
  const abs = (src: string) => (hasScheme(mediaBase) ? new URL(src, mediaBase).href : hasScheme(src) || src.startsWith('/') ? src : mediaBase + src);
  return {
    ...video,
    poster: video.poster && { ...video.poster, src: abs(video.poster.src) },
    media: video.media.map((m) => ({ ...m, src: abs(m.src) })),
    captions: video.captions.map((c) => ({ ...c, src: abs(c.src) })),
    descriptions: video.descriptions?.map((c) => ({ ...c, src: abs(c.src) })),
    transcriptFile: video.transcriptFile && { ...video.transcriptFile, src: abs(video.transcriptFile.src) },
  };
};

/**
 * Modules already loaded, by key, so a page with many widgets imports each one once, and so a
 * server that has preloaded them can render synchronously (Lit SSR renders in one pass).
 */
const loaded = new Map<string, unknown>();
const loading = new Map<string, Promise<unknown>>();

function load(key: string, importer: JsonModule): Promise<unknown> {
  let pending = loading.get(key);
  if (!pending) {
    pending = importer().then(
      (m) => {
        loaded.set(key, m.default);
        return m.default;
      },
      (e: unknown) => {
        // A failed import (offline, a missing file) may succeed later: do not remember it.
        loading.delete(key);
        throw e;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

let mediaFound = new WeakMap<ContentModel, ContentModel>();

/** A loaded model with its media URLs found from the media base: the same object each time. */
function found(model: ContentModel): ContentModel {
  if (!model.videos.length) return model;
  let result = mediaFound.get(model);
  if (!result) mediaFound.set(model, (result = { ...model, videos: model.videos.map(resolveMedia) }));
  return result;
}

const localeOf = (lang: string) => pickLocale(lang, Object.keys(locales), DEFAULT_LOCALE);

const catalogueOf = (locale: string) => load(locale, locales[locale]) as Promise<LocaleCatalogue>;

type Module = [key: string, importer: JsonModule];
type CatalogueDrug = LocaleCatalogue['drugs'][string];

/** Each module's cache key and importer, named in one place for loads, peeks and preloads. */
const drugModule = (locale: string, id: string, drug: CatalogueDrug, about = false): Module =>
  about ? [`${locale}/drugs/${id}.about`, drug.about] : [`${locale}/drugs/${id}`, drug.load];
const videoModule = (locale: string, id: string, video: JsonModule): Module => [`${locale}/videos/${id}`, video];

/** The key and importer of the module that holds what a request asks for; none for an unknown name. */
function moduleFor(catalogue: LocaleCatalogue, request: ContentRequest): Module | undefined {
  const { locale } = catalogue;
  if (request.kind === 'video') {
    const id = request.id.trim().toLowerCase();
    return Object.hasOwn(catalogue.videos, id) ? videoModule(locale, id, catalogue.videos[id]) : undefined;
  }
  const wanted = normaliseName(request.query);
  const match = Object.entries(catalogue.drugs).find(([, d]) => d.names.some((n) => normaliseName(n) === wanted));
  return match && drugModule(locale, match[0], match[1], request.about);
}

/** What no bundled module answers: a missing or unknown name (found in the catalogue alone). */
function notFound(request: ContentRequest): CytokineError {
  if (request.kind === 'video') return new CytokineError('unknown-video', request.id.trim());
  const query = request.query.trim();
  return query ? new CytokineError('unknown-drug', query) : new CytokineError('missing-drug');
}

/**
 * The bundled content a request needs, if it is loaded: a content model holding the one drug or
 * video asked for. Synchronous, for servers that preloaded everything with
 * {@link loadBundledModel}. Throws a {@link CytokineError} for a missing or unknown name.
 */
export function peekBundledContent(lang: string, request: ContentRequest): ContentModel | undefined {
  const catalogue = loaded.get(localeOf(lang)) as LocaleCatalogue | undefined;
  if (!catalogue) return undefined;
  const module = moduleFor(catalogue, request);
  if (!module) throw notFound(request);
  const model = loaded.get(module[0]) as ContentModel | undefined;
  return model && found(model);
}

/** Loads started in the same task as each other, until that task ends. */
let batch: Array<Promise<unknown>> | undefined;

/**
 * Widgets that upgrade together show their content together: each load resolves only when the
 * others started in the same task have settled, so the page below moves once, not once per
 * module as each arrives.
 */
function together<T>(load: Promise<T>): Promise<T> {
  if (!batch) {
    const current: Array<Promise<unknown>> = (batch = []);
    setTimeout(() => batch === current && (batch = undefined));
  }
  const all = batch;
  all.push(load.catch(() => undefined));
  const afterAll = () => Promise.all(all);
  return load.then(
    (value) => afterAll().then(() => value),
    (error: unknown) => afterAll().then(() => Promise.reject(error)),
  );
}

/**
 * Loads the module a request needs (the locale's catalogue, then one drug or video). Rejects
 * with a {@link CytokineError} for a missing or unknown name, having loaded no content for it.
 */
export function loadBundledContent(lang: string, request: ContentRequest): Promise<ContentModel> {
  return together(
    (async () => {
      const catalogue = await catalogueOf(localeOf(lang));
      const module = moduleFor(catalogue, request);
      if (!module) throw notFound(request);
      return found((await load(...module)) as ContentModel);
    })(),
  );
}

/**
 * The whole bundled model of a locale (every drug and video, and their sources), for tools and
 * servers: a server that awaits this can render any widget synchronously.
 */
export async function loadBundledModel(lang: string = DEFAULT_LOCALE): Promise<ContentModel> {
  const catalogue = await catalogueOf(localeOf(lang));
  const { locale } = catalogue;
  const parts = (await Promise.all([
    ...Object.entries(catalogue.drugs).map(([id, d]) => load(...drugModule(locale, id, d))),
    ...Object.entries(catalogue.videos).map(([id, v]) => load(...videoModule(locale, id, v))),
  ])).map((m) => found(m as ContentModel));
  const sources = new Map(parts.flatMap((p) => p.sources.map((s) => [s.id, s] as const)));
  const scales = new Map(parts.flatMap((p) => p.frequencyScales.map((s) => [s.id, s] as const)));
  return {
    ...parts[0],
    sources: [...sources.values()],
    frequencyScales: [...scales.values()],
    drugs: parts.flatMap((p) => p.drugs),
    videos: parts.flatMap((p) => p.videos),
  };
}

/**
 * Loads every bundled module of every locale (each drug whole and without its side effects,
 * each video), so that a server can render any widget synchronously.
 */
export async function preloadBundledContent(): Promise<void> {
  await Promise.all(
    Object.keys(locales).map(async (locale) => {
      const catalogue = await catalogueOf(locale);
      await Promise.all([
        ...Object.entries(catalogue.drugs).flatMap(([id, d]) => [load(...drugModule(locale, id, d)), load(...drugModule(locale, id, d, true))]),
        ...Object.entries(catalogue.videos).map(([id, v]) => load(...videoModule(locale, id, v))),
      ]);
    }),
  );
}

/** The locales that ship with the library. */
export const bundledLocales = (): string[] => Object.keys(locales);
