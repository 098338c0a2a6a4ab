import { existsSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import sirv from 'sirv';
import { testRunnerBrowsers } from './test/support/engines.mjs';
import { TRUSTED_TYPES_CSP } from './scripts/serve.mjs';
import { composeModel } from './scripts/content.mjs';
import { poison } from './test/support/poison.mjs';
import { CLI_ONLY_RULES, TODAY, fixtures as modelFixtures } from './test/fixtures/models/make.mjs';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const DIST = fileURLToPath(new URL('./dist', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
/** Files from the repository as they are on disk now (dev: no listing cached at start). */
const media = sirv(ROOT, { dev: true });

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
    // The validator's fixtures, for the test that the browser's check agrees with the CLI.
    if (context.path === '/fixtures/models') {
      return json({ today: TODAY, cliOnlyRules: CLI_ONLY_RULES, fixtures: Object.fromEntries(Object.entries(modelFixtures).map(([n, f]) => [n, { model: f.model, expect: f.expect }])) });
    }
    // A hospital's own language, for the locale tests: test words, marked ⟨cy⟩, not Welsh.
    if (context.path === '/fixtures/host-model-cy') {
      const model = composeModel();
      model.locale = 'cy';
      model.drugs[0].name = '⟨cy⟩ Interferon alfa';
      return json(model);
    }
    // One model per language, as a hospital serves them for src="/fixtures/lang/{lang}": only cy and en-GB exist.
    if (context.path === '/fixtures/lang/cy' || context.path === '/fixtures/lang/en-GB') {
      const model = composeModel();
      model.locale = context.path.slice('/fixtures/lang/'.length);
      model.drugs[1].name = `${model.locale === 'cy' ? '⟨cy⟩' : 'Our'} Aldesleukin`;
      return json(model);
    }
    if (context.path.startsWith('/fixtures/messages-cy')) {
      const source = JSON.parse(readFileSync('src/i18n/generated/en-GB.json', 'utf8')).messages;
      const messages = Object.fromEntries(Object.entries(source).map(([id, text]) => [id, `⟨cy⟩ ${text}`]));
      // ?partial leaves one message out (it stays English); ?broken drops a placeholder.
      if (context.query.partial !== undefined) delete messages.otherNames;
      if (context.query.broken !== undefined) messages.sideEffectsOf = '⟨cy⟩ Sgil-effeithiau';
      return json({ locale: 'cy', messages });
    }
    if (context.path === '/fixtures/wrong-shape') return json({ version: '1.0.0', drugs: 'none' });
    if (context.path === '/fixtures/not-json') return { body: '<html>oops', type: 'application/json' };
    // Another version of the library: dist/ as built, with its version number changed, as a
    // second build would be.
    if (context.path.startsWith('/fixtures/v9/')) {
      const file = resolve(DIST, context.path.slice('/fixtures/v9/'.length));
      if (!file.startsWith(DIST + sep) || !existsSync(file)) return undefined;
      const body = readFileSync(file, 'utf8');
      return { body: file.endsWith('.js') ? body.replaceAll(`"${pkg.version}"`, '"9.9.9"') : body, type: file.endsWith('.js') ? 'js' : undefined };
    }
    // A session that expired: the server answers 200 with its login page.
    if (context.path === '/fixtures/login-page') {
      return { body: '<!doctype html><title>Sign in</title><form method="post"><input name="user"><button>Sign in</button></form>', type: 'text/html' };
    }
    // JSON cut short, sent complete as far as HTTP knows (a file half written, or a proxy that
    // truncated it): the first half of a good model.
    if (context.path === '/fixtures/truncated') {
      const body = JSON.stringify(composeModel());
      return { body: body.slice(0, body.length >> 1), type: 'application/json' };
    }
    // Valid JSON, but 3 MB: over the 2 MB limit, with its length declared.
    if (context.path === '/fixtures/enormous') return json({ ...composeModel(), padding: 'x'.repeat(3 * 1024 * 1024) });
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
    // Video with HTTP Range support, sent by sirv as the demo server sends it. Without it, Firefox
    // clamps a seek to the part of the video already loaded (a line at 1:14 plays from 0:42), and
    // the test server's static files have no Range support.
    (ctx, next) => {
      if (!/^\/(src|dist)\/media\/[\w.-]+\.(webm|mp4)$/.test(ctx.path)) return next();
      ctx.respond = false;
      media(ctx.req, ctx.res, () => {
        ctx.res.statusCode = 404;
        ctx.res.end();
      });
    },
    // A model fetched as data (a widget's src) is sent as JSON. The esbuild plugin would turn
    // any .json into a JS module, which only `import` of JSON in a test wants.
    (ctx, next) => {
      const accept = ctx.get('accept');
      if (!/^\/dist\/content\/[\w-]+\.json$/.test(ctx.path) || !accept.includes('application/json')) return next();
      ctx.type = 'application/json';
      ctx.body = readFileSync(resolve(DIST, ctx.path.slice('/dist/'.length)), 'utf8');
    },
    // The Trusted Types demo page with its policy, as scripts/serve.mjs sends it, except that a
    // test may frame it (frame-ancestors 'self' rather than 'none'), and ?names= replaces the
    // list of allowed policy names (to test a page that leaves ours out).
    async (ctx, next) => {
      await next();
      if (ctx.path !== '/demo/trusted-types.html') return;
      let policy = TRUSTED_TYPES_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'");
      if (typeof ctx.query.names === 'string') policy = policy.replace(/trusted-types [^;]*$/, `trusted-types ${ctx.query.names}`);
      ctx.set('Content-Security-Policy', policy);
    },
    // A server that never answers (for longer than the widgets wait), until the browser gives up.
    async (ctx, next) => {
      if (ctx.path !== '/fixtures/never-answers') return next();
      await /** @type {Promise<void>} */ (new Promise((resolve) => {
        const timer = setTimeout(resolve, 30000);
        ctx.res.once('close', () => (clearTimeout(timer), resolve()));
      }));
      ctx.status = 504;
      ctx.body = 'Gateway timeout';
    },
    // A connection that drops half way: the full length is declared, half is sent, then the
    // socket closes. The browser reports a network error.
    (ctx, next) => {
      if (ctx.path !== '/fixtures/dropped') return next();
      const body = Buffer.from(JSON.stringify(composeModel()));
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
      ctx.res.write(body.subarray(0, body.length >> 1), () => setTimeout(() => ctx.res.destroy(), 50));
    },
    // 3 MB with no length declared (chunked), so only counting the bytes can stop it.
    (ctx, next) => {
      if (ctx.path !== '/fixtures/enormous-stream') return next();
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      ctx.type = 'application/json';
      ctx.body = Readable.from((function* () {
        yield '{"padding":"';
        for (; sent < 3 * 1024 * 1024; sent += chunk.length) yield chunk;
        yield '"}';
      })());
    },
  ],
  plugins: [
    fixtures,
    esbuildPlugin({ ts: true, json: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  // Chromium, Firefox and WebKit (BROWSERS=chromium,firefox,webkit picks; see test/support/engines.mjs).
  browsers: await testRunnerBrowsers(),
  testFramework: { config: { timeout: 10000 } },
};
