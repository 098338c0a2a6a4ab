// The published package, as web teams get it (issue 7, "Embedding for web teams"):
//
//   npm run build && node --test test/integration/
//
// 1. `npm pack --dry-run` ships exactly what users need, and every shipped module, map and
//    declaration file is complete (nothing dangling, nothing stale).
// 2. package.json's entry points (exports, types, customElements, sideEffects) are all real.
// 3. A consumer project, made in a temp dir from the packed tarball plus vite@7.3.8, React 19 and
//    @types/react from the npm registry:
//    - a Vite app importing two per-element modules: both render, one copy of lit, nothing else;
//    - `vite` (the dev server, where Vite's optimiser moves the package into node_modules/.vite/)
//      and `vite build`: the video plays from the package's own media files, with no configuration;
//    - a React 19 app: attributes, the `oncytokine-error` event prop, and a `model` property;
//    - the JSX types the package ships (`import type {} from 'cytokine-widgets/react'`, /preact,
//      /vue): tsc checks the React example in docs/developers.md and typed props, events and
//      mistakes in React 19, Preact and Vue.
//
// Needs the npm registry (the consumer installs) and Chromium (CHROME_PATH or /usr/bin/chromium).
// KEEP_CONSUMER=1 keeps the temp project and prints where it is.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';
import { widgetDeclarations } from '../support/manifest.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (file) => readFileSync(join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
/** What the consumer project installs next to the tarball. Exact versions, so a run is repeatable. */
const CONSUMER_DEPS = ['vite@7.3.8', 'react@19.3.1', 'react-dom@19.3.1', '@types/react@19.3.0', 'preact@11.2.0', 'vue@3.5.45'];
const EDITOR_FILES = ['dist/vscode.html-custom-data.json', 'dist/web-types.json'];

if (['dist/cytokine-widgets.js', 'custom-elements.json', ...EDITOR_FILES].some((f) => !existsSync(join(ROOT, f)))) {
  throw new Error('dist/ or custom-elements.json is missing: run `npm run build` before test/integration/');
}

const TAGS = widgetDeclarations(JSON.parse(read('custom-elements.json'))).map((d) => d.tagName);

const npm = (args, cwd) => execFileSync('npm', args, {
  cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024,
  env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
});

/** The package's file list, as npm would publish it (asked once per run). */
let packed;
const packList = () => (packed ??= JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT))[0]);

/** Relative module specifiers a built ES module imports: static, side-effect and dynamic. */
const relativeImports = (code) =>
  [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"'\s]+?\.js)["']/g)].map((m) => m[1]);

/** webpack/Rollup `sideEffects` glob semantics: no slash matches the base name anywhere. */
const globToRegExp = (glob) => {
  const g = glob.replace(/^\.\//, '');
  const body = g.split('**').map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')).join('.*');
  return new RegExp(g.includes('/') ? `^${body}$` : `(^|/)${body}$`);
};

describe('the package file list (npm pack --dry-run)', () => {
  let files;
  let paths;
  before(() => {
    files = packList().files;
    paths = new Set(files.map((f) => f.path));
  });

  test('ships exactly the runtime, types, content, media, manifest and editor data: nothing else', () => {
    // Source maps ship (every one with its sourcesContent, see below), so devtools show the
    // TypeScript source from a CDN copy or node_modules; they are not needed at run time.
    const allowed = [
      /^package\.json$/, /^README\.md$/, /^SECURITY\.md$/, /^custom-elements\.json$/, /^LICEN[CS]E(\.\w+)?$/i,
      /^bin\/cytokine-widgets\.mjs$/,
      // The bundle, the autoloader, and the snippet builder for editors (docs/cms.md).
      /^dist\/(cytokine-widgets|autoloader|builder)\.js(\.map)?$/,
      /^dist\/content\/[^/]+\/(index|drugs\/[^/]+|videos\/[^/]+)\.js(\.map)?$/,
      /^dist\/server\/[^/]+\.js(\.map)?$/,
      /^dist\/elements\/[^/]+\.(js|js\.map|d\.ts)$/,
      /^dist\/types\/.+\.d\.ts$/,
      /^dist\/content\/[^/]+\.json$/,
      /^dist\/schema\.json$/, /^dist\/messages\/[^/]+\.json$/,
      /^dist\/cli\/validate\.js(\.map)?$/,
      /^dist\/media\/[^/]+$/,
      /^dist\/(lazy|auto)\/[^/]+\.js(\.map)?$/,
      /^dist\/(vscode\.html-custom-data|web-types)\.json$/,
      /^dist\/themes\/[^/]+\.css$/,
    ];
    const unexpected = [...paths].filter((p) => !allowed.some((re) => re.test(p)));
    assert.deepEqual(unexpected, [], 'files a user does not need (src/, test/, stories/, demo/, scripts/, stray build output…)');
    for (const dir of ['src/', 'test/', 'stories/', 'demo/', 'scripts/', 'node_modules/', '.storybook/', 'storybook-static/']) {
      assert.equal([...paths].some((p) => p.startsWith(dir)), false, `${dir} is not published`);
    }

    const required = [
      'package.json', 'README.md', 'SECURITY.md', 'custom-elements.json',
      'dist/cytokine-widgets.js', 'dist/autoloader.js', 'dist/builder.js', 'dist/types/index.d.ts',
      'dist/content/en-GB.json', 'dist/schema.json', 'dist/messages/en-GB.json', 'dist/cli/validate.js', ...EDITOR_FILES,
      ...TAGS.flatMap((tag) => [`dist/elements/${tag}.js`, `dist/elements/${tag}.d.ts`]),
      // The example themes the README offers (copied from src/themes/ by the build).
      ...(existsSync(join(ROOT, 'src/themes')) ? readdirSync(join(ROOT, 'src/themes')).map((f) => `dist/themes/${f}`) : []),
    ];
    // Every media file the bundled content points at (paths relative to dist/, where the
    // per-element modules and the bundle look for them).
    const model = JSON.parse(read('dist/content/en-GB.json'));
    for (const video of model.videos) {
      const tracks = [...video.captions, ...(video.descriptions ?? [])];
      for (const src of [video.poster?.src, ...video.media.map((m) => m.src), ...tracks.map((c) => c.src), video.transcriptFile?.src].filter(Boolean)) {
        if (!/^[a-z]+:/i.test(src)) required.push(posix.join('dist', src));
      }
    }
    assert.deepEqual(required.filter((f) => !paths.has(f)), [], 'files a user needs');
  });

  test('every module the entry points import is shipped, and every shipped module is imported (no stale chunks)', () => {
    const entries = ['dist/cytokine-widgets.js', 'dist/autoloader.js', 'dist/builder.js', 'dist/server/index.js', 'dist/cli/validate.js', ...TAGS.map((t) => `dist/elements/${t}.js`)];
    const reached = new Set();
    const missing = [];
    const visit = (file) => {
      if (reached.has(file)) return;
      reached.add(file);
      if (!paths.has(file)) return missing.push(file);
      for (const spec of relativeImports(read(file))) visit(posix.join(posix.dirname(file), spec));
    };
    entries.forEach(visit);
    assert.deepEqual(missing, [], 'imported but not shipped');
    assert.ok([...reached].some((f) => f.startsWith('dist/lazy/')), 'the bundle loads optional parts from dist/lazy/');
    assert.ok([...reached].some((f) => f.startsWith('dist/auto/')), 'the autoloader loads elements from dist/auto/');
    assert.ok([...reached].some((f) => /^dist\/content\/en-GB\/drugs\//.test(f)), 'each drug\'s content is its own module');
    const shippedJs = [...paths].filter((p) => p.endsWith('.js'));
    assert.deepEqual(shippedJs.filter((p) => !reached.has(p)), [], 'shipped but imported by nothing (stale build output)');
  });

  test('source maps: one per module, self-contained (sourcesContent), no absolute paths', () => {
    for (const js of [...paths].filter((p) => p.endsWith('.js'))) {
      const ref = read(js).match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
      assert.ok(ref, `${js} names its map`);
      const map = posix.join(posix.dirname(js), ref);
      assert.ok(paths.has(map), `${js} → ${map} is shipped`);
    }
    for (const mapFile of [...paths].filter((p) => p.endsWith('.map'))) {
      assert.ok(paths.has(mapFile.slice(0, -4)), `${mapFile} belongs to a shipped module`);
      const map = JSON.parse(read(mapFile));
      assert.equal(map.sourcesContent?.length, map.sources.length, `${mapFile} embeds its sources (src/ is not published)`);
      assert.equal(map.sourcesContent.some((s) => typeof s !== 'string'), false, `${mapFile} has every source's content`);
      const absolute = map.sources.filter((s) => s.startsWith('/') || /^[a-z]:\\/i.test(s) || s.includes(ROOT));
      assert.deepEqual(absolute, [], `${mapFile} leaks build-machine paths`);
    }
  });

  test('declarations: every relative import in a shipped .d.ts resolves to a shipped .d.ts', () => {
    const dts = [...paths].filter((p) => p.endsWith('.d.ts'));
    const dangling = [];
    for (const file of dts) {
      for (const m of read(file).matchAll(/\b(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        const target = posix.join(posix.dirname(file), m[1]).replace(/\.js$/, '.d.ts');
        if (!paths.has(target) && !paths.has(`${target.replace(/\.d\.ts$/, '')}/index.d.ts`)) dangling.push(`${file} → ${m[1]}`);
      }
    }
    assert.deepEqual(dangling, []);
  });

  test('the editor data in the package matches the shipped manifest and package version', () => {
    const vscode = JSON.parse(read('dist/vscode.html-custom-data.json'));
    const webTypes = JSON.parse(read('dist/web-types.json'));
    assert.equal(vscode.version, 1.1);
    assert.deepEqual(vscode.tags.map((t) => t.name), TAGS);
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version, 'dist/web-types.json is from this version (rebuild if not)');
    assert.deepEqual(webTypes.contributions.html.elements.map((e) => e.name), TAGS);
  });
});

describe('package.json entry points', () => {
  let paths;
  before(() => {
    paths = new Set(packList().files.map((f) => f.path));
  });
  const shipped = (target) => {
    const rel = normalize(target).replace(/^\.\//, '');
    assert.ok(existsSync(join(ROOT, rel)), `${target} exists on disk`);
    assert.ok(paths.has(rel), `${target} is in the package`);
  };

  test('has exports, types, customElements, sideEffects and files', () => {
    for (const key of ['exports', 'types', 'customElements', 'sideEffects', 'files']) assert.ok(pkg[key], `package.json "${key}"`);
    assert.equal(pkg.type, 'module');
    assert.ok(Array.isArray(pkg.files) && Array.isArray(pkg.sideEffects));
  });

  test('every exports target (each condition, each * expansion) exists and is shipped', () => {
    const targets = [];
    const collect = (key, value) => {
      if (typeof value === 'string') targets.push([key, value]);
      else if (value && typeof value === 'object') for (const v of Object.values(value)) collect(key, v);
    };
    for (const [key, value] of Object.entries(pkg.exports)) collect(key, value);
    assert.ok(targets.length >= 4);
    for (const [key, target] of targets) {
      assert.ok(target.startsWith('./'), `${key}: ${target} is relative to the package`);
      if (!target.includes('*')) {
        shipped(target);
        continue;
      }
      // A subpath pattern: it must match shipped files, and for elements, every element.
      const re = new RegExp(`^${target.slice(2).replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '(.+)')}$`);
      const matches = [...paths].filter((p) => re.test(p));
      assert.ok(matches.length > 0, `${key} → ${target} matches shipped files`);
      if (key.startsWith('./elements/')) for (const tag of TAGS) shipped(target.replace('*', tag));
    }
    assert.equal(pkg.exports['.'].types, `./${pkg.types}`.replace(/^\.\/\.\//, './'), '"types" and exports["."].types agree');
  });

  test('main, module, types and customElements point at shipped files', () => {
    for (const key of ['main', 'module', 'types', 'customElements']) if (pkg[key]) shipped(`./${pkg[key].replace(/^\.\//, '')}`);
  });

  test('sideEffects keeps every module that defines elements (bundlers must not drop them)', () => {
    const patterns = pkg.sideEffects.map(globToRegExp);
    const mustKeep = [pkg.main, ...TAGS.map((t) => `dist/elements/${t}.js`)].map((p) => p.replace(/^\.\//, ''));
    for (const file of mustKeep) assert.ok(patterns.some((re) => re.test(file)), `${file} matches a sideEffects pattern`);
    // And it does not mark everything: types, content and chunks loaded on demand are side-effect free.
    assert.equal(patterns.some((re) => re.test('dist/content/en-GB.json')), false);
  });

  test('JetBrains IDEs find the Web Types through package.json "web-types"', () => {
    assert.equal(typeof pkg['web-types'], 'string', 'package.json "web-types" names the file');
    shipped(`./${pkg['web-types'].replace(/^\.\//, '')}`);
  });
});

describe('a consumer project built from the packed tarball', () => {
  let dir;
  let browser;
  const servers = [];
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  const keep = Boolean(process.env.KEEP_CONSUMER);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cytokine-widgets-consumer-'));
    const tarball = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], ROOT))[0];
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
    // --ignore-scripts: nothing here needs an install script (esbuild finds its platform package).
    npm(['install', `./${tarball.filename}`, ...CONSUMER_DEPS, '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], dir);
    browser = await launchChromium();
  }, { timeout: 120_000 });

  after(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    for (const child of children) child.kill();
    if (keep) console.log(`# consumer project kept in ${dir}`);
    else if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Writes an app's files into the consumer project and returns its folder. */
  function writeApp(name, files) {
    const app = join(dir, name);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(app, file)), { recursive: true });
      writeFileSync(join(app, file), text);
    }
    return app;
  }

  /** Writes an app's files, runs `npx vite build` on it, and returns its built dir and warnings. */
  function viteBuild(name, files) {
    const app = writeApp(name, files);
    const args = ['vite', 'build', name, '--outDir', 'dist', '--emptyOutDir', '--logLevel', 'warn'];
    if (files['vite.config.mjs']) args.push('--config', join(name, 'vite.config.mjs'));
    const run = spawnSync('npx', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(run.status, 0, `vite build ${name} failed:\n${run.stdout}\n${run.stderr}`);
    // The per-element modules find media at new URL('../', import.meta.url), kept marked
    // /* @vite-ignore */ through minification, so Vite has nothing to warn about.
    const warnings = `${run.stdout}\n${run.stderr}`.split('\n').map((l) => l.trim()).filter(Boolean);
    return { out: join(app, 'dist'), warnings };
  }

  /**
   * Starts `vite`, the dev server a developer runs with `npm run dev`, on an app's files, and
   * returns its URL once it listens. It is stopped after the suite.
   */
  async function viteDev(name, files) {
    const app = writeApp(name, files);
    const port = await new Promise((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = /** @type {import('node:net').AddressInfo} */ (probe.address());
        probe.close(() => resolve(free));
      });
    });
    const url = `http://127.0.0.1:${port}/`;
    const child = spawn(process.execPath, [join(dir, 'node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
      cwd: app, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`vite did not start in 30 s:\n${output}`)), 30_000);
      const read = (chunk) => {
        output += chunk;
        if (output.includes(url)) {
          clearTimeout(timer);
          resolve(undefined);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', (code) => reject(new Error(`vite exited (${code}):\n${output}`)));
    });
    return url;
  }

  /** Serves a built app with node:http and returns its URL. */
  async function serve(root) {
    const types = {
      '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml',
      '.webm': 'video/webm', '.mp4': 'video/mp4', '.vtt': 'text/vtt', '.txt': 'text/plain', '.jpg': 'image/jpeg',
    };
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await /** @type {Promise<void>} */ (new Promise((r) => server.listen(0, '127.0.0.1', r)));
    servers.push(server);
    // Listening on a TCP port, so its address is an AddressInfo.
    return `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`;
  }

  /** Opens a page and records what would tell us it went wrong. */
  async function open(url) {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console.error: ${m.text()}`); });
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`); });
    await page.goto(url);
    return { page, problems };
  }

  const builtJs = (out) => readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(out, 'assets', f), 'utf8'));

  test('server rendering from the installed package: the cytokine-widgets command and cytokine-widgets/server, with no browser', () => {
    writeFileSync(join(dir, 'page.html'), `<!doctype html><html lang="en-GB"><head>
      <script type="module" src="/vendor/cytokine-widgets/cytokine-widgets.js"></script></head>
      <body><cytokine-card drug="IL-2"><a href="/il2">IL-2</a></cytokine-card><injection-video></injection-video></body></html>`);
    const run = spawnSync('npx', ['cytokine-widgets', 'prerender', 'page.html', 'out/page.html'], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/nonexistent' },
    });
    assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /prerendered 2 widgets/);
    const html = readFileSync(join(dir, 'out/page.html'), 'utf8');
    assert.match(html, /<cytokine-card drug="IL-2"><template shadowroot(mode)?="open"/);
    assert.match(html, /src="\/vendor\/cytokine-widgets\/media\/subcutaneous-injection-poster\.jpg"/);
    const api = spawnSync(process.execPath, ['--input-type=module', '-e',
      "const { renderWidget } = await import('cytokine-widgets/server'); console.log((await renderWidget('cytokine-card', { drug: 'ifn' })).includes('Interferon alfa'));"],
    { cwd: dir, encoding: 'utf8' });
    assert.equal(api.stdout.trim(), 'true', api.stderr);
  });

  test('a content team\'s workflow from the installed package: copy the model, edit it, validate it', async () => {
    const installed = join(dir, 'node_modules/cytokine-widgets/dist');
    const model = JSON.parse(readFileSync(join(installed, 'content/en-GB.json'), 'utf8'));
    // As it comes, its $schema finds the schema beside it in the package (VS Code resolves it from the file).
    const schemaFrom = (file, ref) => JSON.parse(readFileSync(fileURLToPath(new URL(ref, pathToFileURL(file))), 'utf8')).$id;
    const { $id } = JSON.parse(readFileSync(join(installed, 'schema.json'), 'utf8'));
    assert.equal(schemaFrom(join(installed, 'content/en-GB.json'), model.$schema), $id);
    // Copied into the project, it points at the installed schema, as the content guide says, for a copy in content/.
    model.$schema = '../node_modules/cytokine-widgets/dist/schema.json';
    model.publisher = 'St Example Hospital';
    mkdirSync(join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'content/ours.json'), JSON.stringify(model, null, 2));
    assert.equal(schemaFrom(join(dir, 'content/ours.json'), model.$schema), $id, 'the path in the content guide finds the installed schema, offline');
    const validate = (file, ...args) => spawnSync('npx', ['cytokine-widgets', 'validate', file, '--today', model.lastUpdated, ...args], { cwd: dir, encoding: 'utf8' });
    const good = validate('content/ours.json', '--media-base', 'node_modules/cytokine-widgets/dist');
    assert.equal(good.status, 0, `${good.stdout}\n${good.stderr}`);
    assert.match(good.stdout, /valid/);
    model.drugs[0].summary.sources.push('S404');
    // The schema, all an editor checks, cannot see that S404 is not among the sources: the command does.
    const { createAjv } = await import('../../scripts/gen-schema.mjs');
    assert.equal(createAjv().compile(JSON.parse(readFileSync(join(installed, 'schema.json'), 'utf8')))(model), true, 'the schema alone accepts it');
    model.nextReview = '2026-02-30';
    writeFileSync(join(dir, 'content/ours.json'), JSON.stringify(model, null, 2));
    const broken = validate('content/ours.json', '--media-base', 'node_modules/cytokine-widgets/dist');
    assert.equal(broken.status, 1, broken.stdout);
    assert.match(broken.stdout, /\$\.drugs\[0\]\.summary\.sources\[\d+\]/);
    assert.match(broken.stdout, /\$\.nextReview/);
    assert.match(broken.stdout, /Fix: /);
    // The schema an editor loads is the one the command checks against, with its stable id.
    assert.equal(JSON.parse(readFileSync(join(installed, 'schema.json'), 'utf8')).$id, 'https://cdn.jsdelivr.net/npm/cytokine-widgets@0.1/dist/schema.json');
  });

  test('Vite: per-element imports render, share one lit, and bring in nothing else; a theme imports as CSS', async () => {
    const { out, warnings } = viteBuild('bundler', {
      'index.html': `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Bundler</title><link rel="icon" href="data:,"></head>
<body>
  <div class="cytokine-theme-hospital">
    <cytokine-card drug="interferon-alfa"><a href="/interferon">Read about interferon</a></cytokine-card>
  </div>
  <side-effect-list drug="aldesleukin"></side-effect-list>
  <script type="module" src="./main.js"></script>
</body></html>
`,
      // As docs/developers.md shows it ("Themes").
      'main.js': `import 'cytokine-widgets/themes/hospital.css';
import 'cytokine-widgets/elements/cytokine-card.js';
import 'cytokine-widgets/elements/side-effect-list.js';
`,
    });
    assert.deepEqual(warnings, [], 'vite build warnings');

    const js = builtJs(out).join('\n');
    // Each copy of lit-html registers its version once; a second copy would be a second push.
    assert.equal(js.match(/litHtmlVersions/g)?.length, 1, 'lit-html is bundled exactly once');
    assert.equal(/injection-video/.test(js), false, 'an element that was not imported is not bundled');

    const { page, problems } = await open(await serve(out));
    try {
      const titles = await page.waitForFunction(() => {
        const title = (sel) => document.querySelector(sel)?.shadowRoot?.querySelector('[part~="title"]')?.textContent.trim();
        const card = title('cytokine-card');
        const list = title('side-effect-list');
        return card && list && { card, list };
      }, null, { timeout: 15_000 }).then((h) => h.jsonValue());
      assert.deepEqual(titles, { card: 'Interferon alfa', list: 'Side effects of Aldesleukin' });
      const runtime = await page.evaluate(() => ({
        lit: globalThis.litHtmlVersions?.length,
        defined: ['cytokine-card', 'side-effect-list', 'injection-video'].map((t) => Boolean(customElements.get(t))),
      }));
      assert.deepEqual(runtime, { lit: 1, defined: [true, true, false] }, 'one lit at run time; only the imported elements are defined');
      // The theme's link colour reaches the card inside its wrapper, not the list outside it.
      const linkColour = await page.evaluate(() => ['cytokine-card', 'side-effect-list'].map((tag) =>
        getComputedStyle(/** @type {Element} */ (document.querySelector(tag))).getPropertyValue('--cytokine-link-color').trim()));
      assert.deepEqual(linkColour, ['#005eb8', ''], 'cytokine-widgets/themes/hospital.css is in the built page');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  /**
   * Presses play on the page's <injection-video> as a reader does, and says what happened: the
   * video's address and how it answers, whether it played, what the widget says, and every media
   * address the page asked for (the widget drops a video that fails, with its currentSrc).
   */
  async function playVideo(page) {
    const requested = [];
    page.on('request', (r) => { if (r.resourceType() === 'media') requested.push(r.url()); });
    const widget = page.locator('injection-video');
    await widget.getByRole('button', { name: /^Play video/ }).click();
    const state = await page.waitForFunction(() => {
      const root = document.querySelector('injection-video')?.shadowRoot;
      const video = root?.querySelector('video');
      const failed = Boolean(root?.querySelector('[part~="media-error"]'));
      // Playing (its time moves), or failed: either way the answer is in.
      return (failed || (video && (video.currentTime > 0 || video.error))) && {
        currentSrc: video?.currentSrc ?? null, currentTime: video?.currentTime ?? 0, readyState: video?.readyState ?? 0, error: video?.error?.code ?? null,
      };
    }, null, { timeout: 20_000 }).then((h) => h.jsonValue());
    const response = state.currentSrc ? await page.request.get(state.currentSrc) : undefined;
    const said = await widget.evaluate((el) => `${el.shadowRoot?.textContent ?? ''} ${el.textContent ?? ''}`.replace(/\s+/g, ' '));
    return { ...state, status: response?.status(), type: response?.headers()['content-type'], said, requested };
  }

  /** What a reader pressing play must get: the video, playing, and no error message. */
  function assertPlays(played) {
    assert.doesNotMatch(played.said, /could not be loaded/, `the widget says the video failed; it asked for ${played.requested.join(', ')}`);
    assert.equal(played.error, null, `the video failed (MediaError ${played.error}) from ${played.currentSrc}`);
    assert.equal(played.status, 200, `${played.currentSrc} answers 200`);
    assert.match(played.type ?? '', /^video\//, `${played.currentSrc} is a video, not an HTML page`);
    assert.ok(played.currentTime > 0 && played.readyState >= 2, `it plays (currentTime ${played.currentTime}, readyState ${played.readyState})`);
  }

  const VIDEO_APP = {
    'index.html': `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Video</title><link rel="icon" href="data:,"></head>
<body>
  <injection-video><a href="/injection-transcript">Read how to give an injection</a></injection-video>
  <script type="module" src="./main.js"></script>
</body></html>
`,
    'main.js': `import 'cytokine-widgets/elements/injection-video.js';\n`,
  };

  test('Vite dev server (`vite`): the video plays from the package\'s media files, with no configuration', async () => {
    // The dev server runs the package from node_modules/.vite/deps/ (its optimiser's cache),
    // where a URL found from the module's own address points at nothing.
    const { page, problems } = await open(await viteDev('dev', VIDEO_APP));
    try {
      assertPlays(await playVideo(page));
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test('Vite build: the video plays from media files Vite copied itself', async () => {
    const { out, warnings } = viteBuild('video', VIDEO_APP);
    assert.deepEqual(warnings, [], 'vite build warnings');
    // Each file the video names is an asset of the app (nothing inlined as a data: URL, which the widget refuses).
    const assets = readdirSync(join(out, 'assets'));
    for (const ext of ['webm', 'mp4', 'jpg', 'vtt', 'txt']) assert.ok(assets.some((f) => f.endsWith(`.${ext}`)), `a .${ext} in assets/`);
    const { page, problems } = await open(await serve(out));
    try {
      const played = await playVideo(page);
      assertPlays(played);
      assert.match(new URL(played.currentSrc).pathname, /^\/assets\/[^/]+\.(webm|mp4)$/, 'the copy Vite made');
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  test('React 19: attributes, the oncytokine-error event prop and the model property', async () => {
    const { out, warnings } = viteBuild('react', {
      // esbuild's own JSX transform; no @vitejs/plugin-react needed for a production build.
      'vite.config.mjs': `export default { esbuild: { jsx: 'automatic' } };\n`,
      'index.html': `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>React</title><link rel="icon" href="data:,"></head>
<body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>
`,
      'main.jsx': `// The element modules are imported before React renders, so React 19 sees the elements'
// properties (model) and sets them as properties rather than attributes.
import 'cytokine-widgets/elements/cytokine-card.js';
import bundled from 'cytokine-widgets/content/en-GB.json';
import { createRoot } from 'react-dom/client';

const ourCopy = structuredClone(bundled);
ourCopy.drugs.find((d) => d.id === 'aldesleukin').name = 'Aldesleukin (our reviewed copy)';

window.__events = [];
const record = (handler) => (event) => window.__events.push({ handler, type: event.type, code: event.detail.code, id: event.currentTarget.id });

function App() {
  return (
    <main>
      <cytokine-card id="plain" drug="il-2" heading-level={3} />
      <cytokine-card id="broken" drug="nope" oncytokine-error={record('oncytokine-error')}>
        <a href="/aldesleukin">Read about aldesleukin</a>
      </cytokine-card>
      {/* camelCase does not work: React 19 would listen for an event named "CytokineError". */}
      <cytokine-card id="camel" drug="nope-either" onCytokineError={record('onCytokineError')} />
      <cytokine-card id="own" drug="aldesleukin" model={ourCopy} />
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
`,
    });
    assert.deepEqual(warnings, [], 'vite build warnings');
    assert.ok(builtJs(out).some((code) => code.includes('react.transitional.element') || code.includes('react.element')), 'React is bundled');

    const { page, problems } = await open(await serve(out));
    try {
      await page.waitForFunction(() => ['plain', 'broken', 'camel', 'own'].every((id) =>
        document.getElementById(id)?.shadowRoot?.querySelector('[part~="title"], [part~="error"]')), null, { timeout: 15_000 });
      const state = await page.evaluate(() => {
        // Each is on the page with a shadow root: waitForFunction above saw them.
        const info = (id) => {
          const el = /** @type {HTMLElement} */ (document.getElementById(id));
          const root = /** @type {ShadowRoot} */ (el.shadowRoot);
          const title = root.querySelector('[part~="title"]');
          return {
            heading: title && `${title.localName} ${title.textContent?.trim()}`,
            error: Boolean(root.querySelector('[part~="error"]')),
            attributes: el.getAttributeNames().sort(),
          };
        };
        const own = /** @type {import('../../src/index.js').CytokineCard} */ (document.getElementById('own'));
        return {
          plain: info('plain'), broken: info('broken'), camel: info('camel'), own: info('own'),
          ownModelIsProperty: own.model?.drugs?.some((d) => d.name === 'Aldesleukin (our reviewed copy)'),
          // The app's own record of the events its handlers got (main.jsx above).
          events: /** @type {Window & { __events?: unknown[] }} */ (window).__events,
        };
      });
      // React 19 sets a prop as a property when the element has one (drug, model, id), else as an
      // attribute (heading-level); both reach the widget.
      assert.deepEqual(state.plain, { heading: 'h3 Aldesleukin', error: false, attributes: ['heading-level', 'id'] });
      assert.deepEqual(state.events, [{ handler: 'oncytokine-error', type: 'cytokine-error', code: 'unknown-drug', id: 'broken' }],
        'oncytokine-error is called once with unknown-drug; onCytokineError is never called');
      assert.deepEqual(state.broken, { heading: null, error: true, attributes: ['id'] }, 'the handler is a listener, not an attribute');
      assert.equal(state.camel.error, true);
      assert.deepEqual(state.own, { heading: 'h2 Aldesleukin (our reviewed copy)', error: false, attributes: ['id'] },
        'model was set as a property (no model="[object Object]" attribute) and used');
      assert.equal(state.ownModelIsProperty, true);
      // The widgets warn once per error by design; nothing else may go wrong.
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });

  /** Runs tsc (strict, library types checked too) on a folder of the consumer project with these options. */
  function typecheck(folder, files, compilerOptions = {}) {
    const app = writeApp(folder, files);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom', 'dom.iterable'],
        strict: true, noEmit: true, skipLibCheck: false, types: [], typeRoots: [join(dir, 'node_modules/@types')], ...compilerOptions,
      },
      include: ['**/*.ts', '**/*.tsx'],
    }, null, 2));
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(app, 'tsconfig.json')], { cwd: app, encoding: 'utf8' });
    assert.equal(tsc.status, 0, `tsc found errors in ${folder}/:\n${tsc.stdout}${tsc.stderr}`);
  }

  test('TypeScript in React 19: `import type {} from \'cytokine-widgets/react\'` types the tags, and the docs\' example compiles', () => {
    const docs = read('docs/developers.md');
    const example = docs.match(/<!-- checked by test\/integration\/package\.test\.mjs -->\s*```tsx\n([\s\S]*?)```/)?.[1];
    assert.ok(example, 'docs/developers.md has the marked React example');
    assert.match(example, /^import type \{\} from 'cytokine-widgets\/react';$/m, 'the example shows the one import line');
    typecheck('types-react', {
      // The docs' example, with the JSON copy it imports (a JSON import is typed from its contents).
      'DrugInfo.tsx': example,
      'content/our-copy.json': readFileSync(join(dir, 'node_modules/cytokine-widgets/dist/content/en-GB.json'), 'utf8'),
      'app.tsx': `import type {} from 'cytokine-widgets/react';
import 'cytokine-widgets/elements/cytokine-card.js';
import 'cytokine-widgets/elements/side-effect-list.js';
import 'cytokine-widgets/elements/injection-video.js';
import type { ContentModel, CytokineErrorDetail, CytokineCard } from 'cytokine-widgets/elements/cytokine-card.js';
import { useRef } from 'react';
import ourCopy from './content/our-copy.json';

export function Page({ model }: { model: ContentModel }) {
  const ref = useRef<CytokineCard>(null);
  // The element modules add their tags to HTMLElementTagNameMap.
  const found: CytokineCard | null = document.querySelector('cytokine-card');
  const video = document.querySelector('injection-video');
  video?.play(12);
  void found;
  // They add their events to HTMLElementEventMap and DocumentEventMap: details need no cast.
  video?.addEventListener('cytokine-play', (e) => e.detail.video.currentTime);
  document.addEventListener('cytokine-review-due', (e) => e.detail.nextReview.slice(0, 4));
  // @ts-expect-error cytokine-error's detail is { code, message, hint }
  found?.addEventListener('cytokine-error', (e) => e.detail.status);
  const onError = (e: CustomEvent<CytokineErrorDetail>) => console.log(e.detail.code satisfies CytokineErrorDetail['code']);
  return (
    <>
      <cytokine-card ref={ref} drug="il-2" heading-level={3} oncytokine-error={onError} />
      <cytokine-card drug="aldesleukin" model={model} structured-data />
      <side-effect-list drug="ifn" expanded filter="very-common common" advice-phone="0161 000 0000" oncytokine-ready={(e) => e.type} />
      <injection-video captions="off" transcript-open oncytokine-play={(e) => e.detail.video.currentTime.toFixed(1) satisfies string} />
      {/* @ts-expect-error a JSON import is wider than ContentModel (its "common" is any string): say what it is, as the docs show */}
      <cytokine-card drug="aldesleukin" model={ourCopy} />
      {/* @ts-expect-error drug is a string */}
      <cytokine-card drug={2} />
      {/* @ts-expect-error captions is 'on' or 'off' */}
      <injection-video captions="maybe" />
      {/* @ts-expect-error the handler gets a CustomEvent<CytokineErrorDetail> */}
      <cytokine-card oncytokine-error={(e: CustomEvent<number>) => e} />
      {/* @ts-expect-error cytokine-play's detail is { video: HTMLVideoElement } */}
      <injection-video oncytokine-play={(e) => e.detail.video.nope} />
    </>
  );
}
`,
    }, { jsx: 'react-jsx', resolveJsonModule: true });
  });

  test('TypeScript in Preact and Vue: cytokine-widgets/preact and cytokine-widgets/vue type the tags', () => {
    typecheck('types-preact', {
      'app.tsx': `import type {} from 'cytokine-widgets/preact';
import 'cytokine-widgets/elements/injection-video.js';

export const App = () => (
  <>
    <injection-video captions="off" oncytokine-play={(e) => e.detail.video.currentTime} />
    {/* @ts-expect-error captions is 'on' or 'off' */}
    <injection-video captions="maybe" />
  </>
);
`,
    }, { jsx: 'react-jsx', jsxImportSource: 'preact' });
    typecheck('types-vue', {
      'app.ts': `import type {} from 'cytokine-widgets/vue';
import type { GlobalComponents } from 'vue';

// What Vue's template checking (vue-tsc, Volar) reads for <injection-video>.
type VideoProps = InstanceType<GlobalComponents['injection-video']>['$props'];
export const ok: VideoProps = { captions: 'off', video: 'subcutaneous-injection', 'oncytokine-play': (e) => e.detail.video.currentTime };
// @ts-expect-error captions is 'on' or 'off'
export const bad: VideoProps = { captions: 'maybe' };
`,
    });
  });
});
