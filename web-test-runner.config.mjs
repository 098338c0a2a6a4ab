import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { testRunnerBrowsers } from './scripts/engines.mjs';
import { composeModel, poison } from './scripts/content.mjs';

/** Serves a host model for the `src` tests, including broken and hostile ones. */
const fixtures = {
  name: 'fixtures',
  serve(context) {
    const json = (value) => ({ body: JSON.stringify(value), type: 'application/json' });
    if (context.path === '/fixtures/host-model') {
      const model = composeModel();
      model.publisher = 'St Example Hospital';
      model.drugs[0].name = 'Interferon alfa (hospital copy)';
      model.videos[0].title = 'How to give an injection (hospital copy)';
      return json(model);
    }
    if (context.path === '/fixtures/hostile-model') return json(poison(composeModel()));
    if (context.path === '/fixtures/wrong-shape') return json({ version: '1.0.0', drugs: 'none' });
    if (context.path === '/fixtures/not-json') return { body: '<html>oops', type: 'application/json' };
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 120000,
  middleware: [
    // ?slow: a server that takes a while, so a test can see what readers see meanwhile.
    async (ctx, next) => {
      if (ctx.query.slow !== undefined) await new Promise((r) => setTimeout(r, 400));
      return next();
    },
    (ctx, next) => {
      if (ctx.path !== '/fixtures/server-error') return next();
      ctx.status = 500;
      ctx.body = 'Internal error';
    },
  ],
  plugins: [
    fixtures,
    esbuildPlugin({ ts: true, json: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  // Chromium, Firefox and WebKit (BROWSERS=chromium,firefox,webkit picks; see scripts/engines.mjs).
  browsers: await testRunnerBrowsers(),
  testFramework: { config: { timeout: 10000 } },
};
