#!/usr/bin/env node
// `npm run serve` / `npm start`: the demo pages over HTTP.
//
//   node scripts/serve.mjs [--port N] [--host H] [--open] [--quiet]     (env PORT, HOST)
//
// sirv sends the files (MIME types, ETags, HTTP Range, which video seeking needs). This file
// only decides what sirv cannot know:
//   /           → demo/index.html
//   /demo/*     → demo/
//   /dist/*     → dist/ (run `npm run build` first)
//   /docs/*     → docs/ (the snippet builder links to docs/cms.md beside demo/builder.html)
// and nothing else in the repository is reachable; /demo/csp.html is sent with a strict
// Content-Security-Policy, to show the widgets need no inline script, inline style, eval or
// third-party request, and /demo/trusted-types.html with the same plus Trusted Types.
//
// Tests and scripts call `startServer({ port: 0 })` and get `{ url, port, server, close }`.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The strict policy plus Trusted Types: no string may reach a script sink (innerHTML, a script's
 * text) except through a named policy. The widgets need two: Lit's `lit-html` and our own
 * `cytokine-widgets` (for the JSON-LD data block). `allow-duplicates` lets a second copy of the
 * library on the page create them again without throwing.
 */
export const TRUSTED_TYPES_CSP = `${CSP}; require-trusted-types-for 'script'; trusted-types lit-html cytokine-widgets 'allow-duplicates'`;

/** Pages sent with one of the policies above, by their one URL. */
const CSP_PAGES = new Map([
  ['/demo/csp.html', CSP],
  ['/demo/trusted-types.html', TRUSTED_TYPES_CSP],
]);

/**
 * `dev`: dist/ is rebuilt while the server runs (and the prerender tests write pages into demo/),
 * so files are looked up on each request rather than listed once at start, and sent with
 * `Cache-Control: no-cache` plus an ETag, so a reload always gets the latest build. (Dev mode
 * also serves dotfiles, which scripts/bench.mjs needs for the pages it writes to demo/.bench/.)
 * `extensions: []`: no `/demo/csp` for csp.html, so a CSP page has no second URL without its policy.
 */
const SIRV = { dev: true, etag: true, extensions: [] };
const MOUNTS = new Map([
  ['/demo/', sirv(join(ROOT, 'demo'), SIRV)],
  ['/dist/', sirv(join(ROOT, 'dist'), SIRV)],
  ['/docs/', sirv(join(ROOT, 'docs'), SIRV)],
]);

function reply(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

function handle(req, res) {
  // Browsers then refuse a script or stylesheet sent with the wrong type, as strict hosts make them.
  res.setHeader('X-Content-Type-Options', 'nosniff');
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    return reply(res, 400, 'Bad request\n');
  }
  if (path === '/') path = '/demo/index.html';
  // A folder URL without its slash would break the page's relative links.
  if (MOUNTS.has(`${path}/`)) return reply(res, 301, 'Moved\n', { Location: `${path}/` });
  const [prefix, files] = [...MOUNTS].find(([p]) => path.startsWith(p)) ?? [];
  // One spelling per file: anything that decodes to `..`, `//`, a backslash, NUL, `?` or `#` is refused
  // here (sirv also stays inside its folder), so the CSP pages are only reached by their URL.
  if (!prefix || !files || /[\\\0?#]/.test(path) || posix.normalize(path) !== path) return reply(res, 404, `Not found: ${path}\n`);
  if (path.endsWith('/')) path += 'index.html';
  const policy = CSP_PAGES.get(path);
  if (policy) res.setHeader('Content-Security-Policy', policy);
  req.url = encodeURI(path.slice(prefix.length - 1));
  files(req, res, () => {
    reply(res, 404, `Not found: ${path}${prefix === '/dist/' ? ' (run `npm run build` first?)' : ''}\n`);
  });
}

/** Starts the server. `port: 0` picks a free port. Resolves to { url, port, server, close }. */
export function startServer({ port = 8000, host = '127.0.0.1', quiet = false } = {}) {
  const server = createServer((req, res) => {
    const started = Date.now();
    const { method, url } = req;
    if (!quiet) res.on('finish', () => console.log(`${method} ${url} ${res.statusCode} ${Date.now() - started} ms`));
    try {
      handle(req, res);
    } catch (e) {
      // sirv stats the file it found; a rebuild can delete it in between. Answer, do not crash.
      // (This catches the stat; a file deleted after sirv opened its stream is not caught: the
      // build overwrites files in place, so that does not happen in practice.)
      console.error(e);
      if (res.headersSent) res.destroy();
      else reply(res, 500, 'Internal error\n');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
      const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? 'localhost' : host;
      /** @returns {Promise<void>} */
      const close = () =>
        new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
      resolvePromise({ url: `http://${shownHost}:${actual}/`, port: actual, server, close });
    });
  });
}

/** Tries the desktop's opener; a headless box without one is fine. */
function openInBrowser(url) {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]]
    : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]]
    : ['xdg-open', [url]];
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log(`(could not run ${cmd}; open the URL yourself)`));
  child.unref();
}

const USAGE = 'usage: node scripts/serve.mjs [--port N] [--host H] [--open] [--quiet]   (env PORT, HOST)';

function options(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', short: 'p', default: process.env.PORT ?? '8000' },
      host: { type: 'string', default: process.env.HOST || '127.0.0.1' },
      open: { type: 'boolean', default: false },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be a whole number from 0 to 65535');
  return { ...values, port };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  let opts;
  try {
    opts = options(process.argv.slice(2));
  } catch (e) {
    console.error(`serve: ${e instanceof Error ? e.message : e}\n${USAGE}`);
    process.exit(2);
  }
  if (opts.help) {
    console.log(USAGE);
    process.exit(0);
  }
  try {
    const { url } = await startServer(opts);
    console.log(`Demo:     ${url}\nCSP demo: ${url}demo/csp.html\nTrusted Types demo: ${url}demo/trusted-types.html${opts.quiet ? '' : '\n(Ctrl+C to stop)'}`);
    if (opts.open) openInBrowser(url);
  } catch (e) {
    const { code, message } = /** @type {NodeJS.ErrnoException} */ (e);
    console.error(code === 'EADDRINUSE' ? `serve: port ${opts.port} is in use; try --port ${opts.port + 1} or --port 0` : `serve: ${message}`);
    process.exit(1);
  }
}
