import type { ContentModel, Video } from '../model/types.js';
import { pickLocale } from '../model/locale.js';
import meta from './en-GB/model.json';
import interferonAlfa from './en-GB/interferon-alfa.json';
import aldesleukin from './en-GB/aldesleukin.json';
import videos from './en-GB/videos.json';

/**
 * Media paths in the bundled content are relative to the package root, and found relative to
 * this module so that a CDN copy of dist/ works without configuration. The self-contained
 * bundle sits one level higher than this module does, so its build rewrites this literal.
 */
const ASSET_ROOT = new URL(/* @vite-ignore */ '../', import.meta.url);

const resolveMedia = (video: Video): Video => {
  const abs = (src: string) => new URL(src, ASSET_ROOT).href;
  return {
    ...video,
    poster: video.poster && { ...video.poster, src: abs(video.poster.src) },
    media: video.media.map((m) => ({ ...m, src: abs(m.src) })),
    captions: video.captions.map((c) => ({ ...c, src: abs(c.src) })),
  };
};

// JSON imports are typed loosely (string, not the literal unions); tests validate the files
// against schema.json, which is what makes this assertion safe.
const enGB = {
  ...meta,
  drugs: [interferonAlfa, aldesleukin],
  videos: videos.videos.map((v) => resolveMedia(v as Video)),
} as ContentModel;

/** The content models that ship with the library, by locale. */
export const bundledModels: Readonly<Record<string, ContentModel>> = { 'en-GB': enGB };

export const DEFAULT_LOCALE = 'en-GB';

/** The bundled model for a page language, falling back to en-GB. */
export function bundledModelFor(lang: string): ContentModel {
  return bundledModels[pickLocale(lang, Object.keys(bundledModels), DEFAULT_LOCALE)];
}
