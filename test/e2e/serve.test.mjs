// The demo server (scripts/serve.mjs) over real HTTP: routes, MIME types, Range requests for
// media, the CSP header, and that nothing outside demo/ and dist/ can be read.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRange, startServer } from '../../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let server;

before(async () => {
  if (!existsSync(`${ROOT}dist/cytokine-widgets.js`)) throw new Error('dist/ is missing: run `npm run build` before the e2e tests');
  server = await startServer({ port: 0, quiet: true });
});
after(() => server?.close());

/** A raw request: the path goes on the wire exactly as written (fetch would normalise `..`). */
function get(path, headers = {}, method = 'GET') {
  const { port } = server;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve.mjs', () => {
  test('startServer({ port: 0 }) picks a free port and reports its URL', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.ok(server.port > 0);
  });

  test('/ is the demo page', async () => {
    const res = await get('/');
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(res.body.toString(), /<cytokine-card drug="interferon-alfa"/);
    assert.equal(res.headers['content-security-policy'], undefined, 'the CSP is for csp.html only');
  });

  test('MIME types', async () => {
    const expected = {
      '/demo/index.html': 'text/html; charset=utf-8',
      '/demo/demo.css': 'text/css; charset=utf-8',
      '/demo/favicon.svg': 'image/svg+xml',
      '/dist/cytokine-widgets.js': 'text/javascript; charset=utf-8',
      '/dist/cytokine-widgets.js.map': 'application/json; charset=utf-8',
      '/dist/content/en-GB.json': 'application/json; charset=utf-8',
      '/dist/media/subcutaneous-injection.mp4': 'video/mp4',
      '/dist/media/subcutaneous-injection.webm': 'video/webm',
      '/dist/media/subcutaneous-injection.en.vtt': 'text/vtt; charset=utf-8',
      '/dist/media/subcutaneous-injection-poster.jpg': 'image/jpeg',
    };
    for (const [path, type] of Object.entries(expected)) {
      const res = await get(path, {}, 'HEAD');
      assert.equal(res.status, 200, path);
      assert.equal(res.headers['content-type'], type, path);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
    }
  });

  test('the strict CSP is sent with /demo/csp.html, with Trusted Types on /demo/trusted-types.html, and nothing else', async () => {
    const res = await get('/demo/csp.html');
    assert.equal(res.status, 200);
    assert.equal(
      res.headers['content-security-policy'],
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    const tt = await get('/demo/trusted-types.html');
    assert.equal(tt.status, 200);
    assert.equal(
      tt.headers['content-security-policy'],
      `${res.headers['content-security-policy']}; require-trusted-types-for 'script'; trusted-types lit-html cytokine-widgets 'allow-duplicates'`,
    );
    for (const path of ['/demo/index.html', '/dist/cytokine-widgets.js']) {
      assert.equal((await get(path)).headers['content-security-policy'], undefined, path);
    }
  });

  test('Range requests on media answer 206 with the right bytes', async () => {
    const path = '/dist/media/subcutaneous-injection.mp4';
    const size = statSync(`${ROOT}dist/media/subcutaneous-injection.mp4`).size;
    const full = await get(path);
    assert.equal(full.status, 200);
    assert.equal(full.headers['accept-ranges'], 'bytes');
    assert.equal(full.body.length, size);

    const first = await get(path, { Range: 'bytes=0-99' });
    assert.equal(first.status, 206);
    assert.equal(first.headers['content-range'], `bytes 0-99/${size}`);
    assert.equal(first.headers['content-length'], '100');
    assert.deepEqual(first.body, full.body.subarray(0, 100));

    const middle = await get(path, { Range: 'bytes=1000-' });
    assert.equal(middle.status, 206);
    assert.equal(middle.headers['content-range'], `bytes 1000-${size - 1}/${size}`);
    assert.deepEqual(middle.body, full.body.subarray(1000));

    const suffix = await get(path, { Range: 'bytes=-16' });
    assert.equal(suffix.status, 206);
    assert.deepEqual(suffix.body, full.body.subarray(size - 16));

    const beyond = await get(path, { Range: `bytes=${size}-` });
    assert.equal(beyond.status, 416);
    assert.equal(beyond.headers['content-range'], `bytes */${size}`);

    // A stale If-Range gets the whole file, not a piece of a different one.
    const stale = await get(path, { Range: 'bytes=0-9', 'If-Range': 'W/"old"' });
    assert.equal(stale.status, 200);
    assert.equal(stale.body.length, size);
  });

  test('parseRange', () => {
    assert.deepEqual(parseRange('bytes=0-0', 10), { start: 0, end: 0 });
    assert.deepEqual(parseRange('bytes=5-100', 10), { start: 5, end: 9 });
    assert.deepEqual(parseRange('bytes=-3', 10), { start: 7, end: 9 });
    assert.deepEqual(parseRange('bytes=-30', 10), { start: 0, end: 9 });
    assert.equal(parseRange('bytes=10-', 10), 'unsatisfiable');
    assert.equal(parseRange('bytes=-0', 10), 'unsatisfiable');
    assert.equal(parseRange('bytes=0-1,4-5', 10), null);
    assert.equal(parseRange('items=0-1', 10), null);
    assert.equal(parseRange('bytes=5-2', 10), null);
  });

  test('nothing outside demo/ and dist/ is served', async () => {
    const paths = [
      '/package.json',
      '/scripts/serve.mjs',
      '/src/index.ts',
      '/.git/config',
      '/node_modules/lit/package.json',
      '/dist/../package.json',
      '/demo/../../../etc/passwd',
      '/dist/%2e%2e/package.json',
      '/dist/..%2fpackage.json',
      '/dist/..%5cpackage.json',
      '/demo/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/dist/%00.js',
      '/dist/%E0%A4%A.js',
      '/demox/index.html',
    ];
    for (const path of paths) {
      const res = await get(path);
      assert.ok([400, 404].includes(res.status), `${path} answered ${res.status}`);
      assert.doesNotMatch(res.body.toString(), /"name": "cytokine-widgets"|root:x:0|\[core\]/, path);
    }
  });

  test('other methods are refused; missing files are 404; /demo redirects to /demo/', async () => {
    assert.equal((await get('/', {}, 'POST')).status, 405);
    assert.equal((await get('/dist/nope.js')).status, 404);
    const redirect = await get('/demo');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, '/demo/');
    assert.equal((await get('/demo/')).status, 200);
  });

  test('conditional GET answers 304', async () => {
    const first = await get('/dist/cytokine-widgets.js');
    const again = await get('/dist/cytokine-widgets.js', { 'If-None-Match': first.headers.etag });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
  });
});
