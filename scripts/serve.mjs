#!/usr/bin/env node
// `npm run serve` / `npm start`: a zero-dependency static server for the demo pages.
//
//   node scripts/serve.mjs [--port N] [--host H] [--open] [--quiet]
//
// Serves the repository root, but only these paths:
//   /           → demo/index.html
//   /demo/*     → demo/
//   /dist/*     → dist/ (run `npm run build` first)
// Everything else is 404, and no path can reach outside those folders (`..`, encoded slashes,
// symlinks). Media answers HTTP Range requests (206), which video seeking needs.
// /demo/csp.html alone is sent with a strict Content-Security-Policy, to show the widgets
// need no inline script, inline style, eval, or third-party request; /demo/trusted-types.html
// with the same policy plus Trusted Types (require-trusted-types-for 'script').
//
// Tests import `startServer({ port: 0 })` and get `{ url, port, close }`.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** URL prefixes that are served, and the folder each maps to. */
const MOUNTS = [
  { prefix: '/demo/', dir: join(ROOT, 'demo') },
  { prefix: '/dist/', dir: join(ROOT, 'dist') },
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.woff2': 'font/woff2',
};

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

/** Pages sent with one of the policies above. */
const CSP_PATHS = new Map([
  ['/demo/csp.html', CSP],
  ['/demo/trusted-types.html', TRUSTED_TYPES_CSP],
]);

/**
 * The file a URL path names, or null. The path is decoded once; encoded slashes and backslashes,
 * NUL bytes and anything that resolves outside its mount are refused.
 */
function fileFor(pathname) {
  if (pathname === '/') pathname = '/demo/index.html';
  if (/%2f|%5c|%00/i.test(pathname)) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const mount = MOUNTS.find((m) => decoded.startsWith(m.prefix));
  if (!mount) return null;
  const file = resolve(mount.dir, '.' + decoded.slice(mount.prefix.length - 1));
  if (file !== mount.dir && !file.startsWith(mount.dir + sep)) return null;
  return { file, mount };
}

/** Resolves symlinks and directories (→ index.html); null unless it ends at a regular file inside the mount. */
async function resolveFile({ file, mount }) {
  try {
    const [real, realMount] = await Promise.all([realpath(file), realpath(mount.dir)]);
    if (real !== realMount && !real.startsWith(realMount + sep)) return null;
    let info = await stat(real);
    let path = real;
    if (info.isDirectory()) {
      path = join(real, 'index.html');
      info = await stat(path);
    }
    return info.isFile() ? { path, info } : null;
  } catch {
    return null;
  }
}

/**
 * Parses a single `bytes=` range against a file size. Returns { start, end } (inclusive),
 * 'unsatisfiable', or null to ignore the header (malformed or several ranges: a 200 is allowed).
 */
export function parseRange(header, size) {
  const m = /^bytes=(\d*)-(\d*)$/.exec(String(header).trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start;
  let end;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    if (m[2] !== '' && Number(m[2]) < start) return null;
  }
  if (start >= size || size === 0) return 'unsatisfiable';
  return { start, end };
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

async function handle(req, res) {
  const common = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
  for (const [k, v] of Object.entries(common)) res.setHeader(k, v);

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
  }
  let pathname;
  try {
    pathname = new URL(req.url, 'http://localhost').pathname;
  } catch {
    return send(res, 400, 'Bad request\n');
  }
  // Folder URLs without their slash would break relative links inside the page.
  if (pathname === '/demo' || pathname === '/dist') {
    return send(res, 301, 'Moved\n', { Location: pathname + '/' });
  }
  const target = fileFor(pathname);
  const found = target && (await resolveFile(target));
  if (!found) {
    const hint = pathname.startsWith('/dist/') ? ' (run `npm run build` first?)' : '';
    return send(res, 404, `Not found: ${pathname}${hint}\n`);
  }

  const { path, info } = found;
  sendFile(req, res, path, info, CSP_PATHS.has(pathname) ? { 'Content-Security-Policy': CSP_PATHS.get(pathname) } : {});
}

/**
 * Sends one file: its type, ETag and caching headers, 304 for a matching ETag, and HTTP Range
 * (206, 416, If-Range), which video seeking needs. `info` is its fs.Stats. Also used by
 * web-test-runner.config.mjs for the media the element tests play.
 */
export function sendFile(req, res, path, info, extraHeaders = {}) {
  const size = info.size;
  const etag = `W/"${size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers = {
    'Content-Type': MIME[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-cache',
    ETag: etag,
    'Last-Modified': info.mtime.toUTCString(),
    ...extraHeaders,
  };

  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    return res.end();
  }

  let status = 200;
  let start = 0;
  let end = size - 1;
  const rangeHeader = req.headers.range;
  const ifRange = req.headers['if-range'];
  if (rangeHeader && (!ifRange || ifRange === etag || ifRange === headers['Last-Modified'])) {
    const range = parseRange(rangeHeader, size);
    if (range === 'unsatisfiable') {
      return send(res, 416, 'Range not satisfiable\n', { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Range': `bytes */${size}` });
    }
    if (range) {
      ({ start, end } = range);
      status = 206;
      headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
    }
  }
  headers['Content-Length'] = size === 0 ? 0 : end - start + 1;
  res.writeHead(status, headers);
  if (req.method === 'HEAD' || size === 0) return res.end();
  // A browser seeking a video drops connections mid-file all the time; that is not an error.
  pipeline(createReadStream(path, { start, end }), res, () => {});
}

/**
 * Starts the server. `port: 0` picks a free port. Resolves to { url, port, server, close }.
 */
export function startServer({ port = 8000, host = '127.0.0.1', quiet = false } = {}) {
  const server = createServer((req, res) => {
    const started = Date.now();
    if (!quiet) {
      res.on('finish', () => console.log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started} ms`));
    }
    handle(req, res).catch((e) => {
      console.error(e);
      if (!res.headersSent) send(res, 500, 'Internal error\n');
      else res.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actual = server.address().port;
      const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? 'localhost' : host;
      const url = `http://${shownHost}:${actual}/`;
      const close = () =>
        new Promise((done) => {
          server.close(() => done());
          server.closeAllConnections?.();
        });
      resolvePromise({ url, port: actual, server, close });
    });
  });
}

/** Tries the desktop's opener; a headless box without one is fine. */
function openInBrowser(url) {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]]
    : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]]
    : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => console.log(`(could not run ${cmd}; open the URL yourself)`));
    child.unref();
  } catch {
    console.log('(could not open a browser; open the URL yourself)');
  }
}

function parseArgs(argv) {
  const opts = { port: Number(process.env.PORT ?? 8000), host: process.env.HOST || '127.0.0.1', open: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[++i];
    if (flag === '--port' || flag === '-p') opts.port = Number(value());
    else if (flag === '--host') opts.host = value();
    else if (flag === '--open') opts.open = true;
    else if (flag === '--quiet' || flag === '-q') opts.quiet = true;
    else if (flag === '--help' || flag === '-h') opts.help = true;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error('--port must be a whole number from 0 to 65535');
  return opts;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`serve: ${e.message}\nusage: node scripts/serve.mjs [--port N] [--host H] [--open] [--quiet]`);
    process.exit(2);
  }
  if (opts.help) {
    console.log('usage: node scripts/serve.mjs [--port N] [--host H] [--open] [--quiet]   (env PORT, HOST)');
    process.exit(0);
  }
  try {
    const { url } = await startServer(opts);
    console.log(`Demo:     ${url}\nCSP demo: ${url}demo/csp.html\nTrusted Types demo: ${url}demo/trusted-types.html${opts.quiet ? '' : '\n(Ctrl+C to stop)'}`);
    if (opts.open) openInBrowser(url);
  } catch (e) {
    console.error(e.code === 'EADDRINUSE' ? `serve: port ${opts.port} is in use; try --port ${opts.port + 1} or --port 0` : `serve: ${e.message}`);
    process.exit(1);
  }
}
