import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { composeModel } from '../scripts/content.mjs';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const isProjectSource = (id: string) => {
  const file = id.split('?')[0];
  return /\.[jt]s$/.test(file) && ['src/', 'stories/'].some((dir) => file.startsWith(repoRoot + dir));
};

/**
 * Two fixes for the project's own source files, as Vite builds them for Storybook:
 *
 * 1. package.json's `sideEffects` lists only files in dist/, so the production build treats
 *    every file in src/ as side-effect free and drops `import '…/define.js'` (the import that
 *    registers the tag): the static Storybook then shows only the fallback content. Storybook
 *    needs its source modules' side effects, so they are marked as having them.
 * 2. Vite rewrites `new URL('<literal>', import.meta.url)` into a built asset URL. For a
 *    directory literal such as the content model's media root (`new URL('../', import.meta.url)`
 *    in src/content/index.ts) it resolves the directory to its index module and inlines that as
 *    a `data:` URL, which cannot be a base URL, so the module throws "Invalid URL" on load.
 *    Directory URLs are marked `@vite-ignore` and resolved at run time, as in the library build.
 */
const projectSources = (): Plugin => {
  const directoryUrl = /new\s+URL\(\s*(['"]\.{1,2}\/['"]\s*,\s*import\.meta\.url)/g;
  return {
    name: 'cytokine-storybook:project-sources',
    enforce: 'pre',
    transform(code, id) {
      if (!isProjectSource(id)) return null;
      return { code: code.replace(directoryUrl, 'new URL(/* @vite-ignore */ $1'), map: null, moduleSideEffects: true };
    },
  };
};

/**
 * A host's own content model at `host-model.json` (the bundled content, renamed so a story can
 * tell it apart), for the stories that load content through `src`: served by the dev server and
 * Vitest, and written into the static build.
 */
const hostModel = (): Plugin => {
  const json = () => {
    const model = composeModel();
    model.publisher = 'St Example Hospital';
    model.drugs[0].name = 'Interferon alfa (hospital copy)';
    return JSON.stringify(model);
  };
  return {
    name: 'cytokine-storybook:host-model',
    configureServer(server) {
      server.middlewares.use('/host-model.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(json());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'host-model.json', source: json() });
    },
  };
};

/**
 * Storybook for cytokine-widgets. Stories double as browser tests through
 * @storybook/addon-vitest (`npm run test:stories`, see vitest.config.ts).
 *
 * The static build (`npm run build-storybook`) works offline and from any sub-path (e.g.
 * https://example.org/some/path/storybook/): asset URLs are relative, and nothing is fetched
 * from elsewhere.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The bundled content finds its media relative to the content module; in the static build
  // that is the build's root, so the media files go to ./media there.
  staticDirs: [{ from: '../src/media', to: '/media' }],
  async viteFinal(viteConfig, { configType }) {
    // Relative asset URLs for the static build, so it can be served from a sub-path.
    // The dev server and Vitest keep the default absolute base.
    if (configType === 'PRODUCTION') viteConfig.base = './';
    viteConfig.plugins = [...(viteConfig.plugins ?? []), projectSources(), hostModel()];
    // Storybook's web-components renderer imports lit/directive-helpers.js; unless it is
    // pre-bundled with the rest of lit, the dev server and Vitest load a second copy of lit-html
    // ("Multiple versions of Lit loaded"). Listing every lit entry also avoids a re-optimise.
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directives/if-defined.js',
        'lit/directives/live.js',
        'lit/directive-helpers.js',
      ],
    };
    return viteConfig;
  },
};

export default config;
