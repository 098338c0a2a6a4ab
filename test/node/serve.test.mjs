// The demo server (scripts/serve.mjs) over real HTTP: what it decides itself (the mounts, the
// pages sent with a CSP, the redirect, refusing everything else) and that sirv is wired in for
// the rest (a Range request answers 206). MIME types, ETags and Range arithmetic are sirv's.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CSP, TRUSTED_TYPES_CSP, startServer } from '../../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VIDEO = 'dist/media/subcutaneous-injection.webm';
let server;

before(async () => {
  if (!existsSync(`${ROOT}${VIDEO}`)) throw new Error('dist/ is missing: run `npm run build` first');
  server = await startServer({ port: 0, quiet: true });
});
after(() => server?.close());

/** A raw request: the path goes on the wire exactly as written (fetch would normalise `..`). */
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
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
    assert.ok(server.port > 0);
    assert.equal(server.url, `http://127.0.0.1:${server.port}/`);
  });

  test('/ is the demo page; /demo redirects to /demo/, which is the same page', async () => {
    const home = await get('/');
    assert.equal(home.status, 200);
    assert.match(home.headers['content-type'], /^text\/html/);
    assert.equal(home.body.toString(), readFileSync(`${ROOT}demo/index.html`, 'utf8'));
    const redirect = await get('/demo');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, '/demo/');
    assert.deepEqual((await get('/demo/')).body, home.body);
  });

  test('files under demo/ and dist/ are served, with the types a browser needs', async () => {
    const expected = {
      '/demo/demo.css': /^text\/css/,
      '/dist/cytokine-widgets.js': /^text\/javascript/,
      '/dist/content/en-GB.json': /^application\/json/,
      '/dist/media/subcutaneous-injection.en.vtt': /^text\/vtt/,
      [`/${VIDEO}`]: /^video\/webm/,
    };
    for (const [path, type] of Object.entries(expected)) {
      const res = await get(path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers['content-type'], type, path);
      assert.deepEqual(res.body, readFileSync(`${ROOT}${path.slice(1)}`), path);
    }
  });

  test('the strict CSP is sent with /demo/csp.html, with Trusted Types on /demo/trusted-types.html, and nowhere else', async () => {
    assert.match(CSP, /^default-src 'none'; script-src 'self'; style-src 'self';/);
    assert.equal(TRUSTED_TYPES_CSP, `${CSP}; require-trusted-types-for 'script'; trusted-types lit-html cytokine-widgets 'allow-duplicates'`);
    const csp = await get('/demo/csp.html');
    assert.equal(csp.status, 200);
    assert.equal(csp.headers['content-security-policy'], CSP);
    const tt = await get('/demo/trusted-types.html');
    assert.equal(tt.status, 200);
    assert.equal(tt.headers['content-security-policy'], TRUSTED_TYPES_CSP);
    // An encoded spelling of the same URL is the same page, with its policy.
    assert.equal((await get('/demo/%63sp.html')).headers['content-security-policy'], CSP);
    for (const path of ['/', '/demo/index.html', '/dist/cytokine-widgets.js']) {
      assert.equal((await get(path)).headers['content-security-policy'], undefined, path);
    }
  });

  test('a CSP page has no second URL that would send it without its policy', async () => {
    for (const path of ['/demo/csp', '/demo/csp.html/', '/demo//csp.html', '/demo/./csp.html', '/demo/x/../csp.html', '/demo/trusted-types']) {
      const res = await get(path);
      assert.ok(res.status === 404 || res.headers['content-security-policy'], `${path} answered ${res.status} without a CSP`);
    }
  });

  test('nothing outside demo/, dist/ and docs/ is served, however the path is spelled', async () => {
    const paths = [
      '/package.json',
      '/scripts/serve.mjs',
      '/src/index.ts',
      '/.git/config',
      '/node_modules/lit/package.json',
      '/demo/../package.json',
      '/dist/../package.json',
      '/demo/../../../etc/passwd',
      '/dist/%2e%2e/package.json',
      '/dist/..%2fpackage.json',
      '/dist/..%5cpackage.json',
      '/demo/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/dist/%00.js',
      '/dist/%E0%A4%A.js',
      '/demox/index.html',
      '/distinct',
    ];
    for (const path of paths) {
      const res = await get(path);
      assert.ok([400, 404].includes(res.status), `${path} answered ${res.status}`);
      assert.doesNotMatch(res.body.toString(), /"name": "cytokine-widgets"|root:x:0|\[core\]/, path);
    }
  });

  test('a missing build file is a 404 that says to build', async () => {
    const res = await get('/dist/nope.js');
    assert.equal(res.status, 404);
    assert.match(res.body.toString(), /npm run build/);
  });

  test('media answers a Range request with 206 and those bytes (video seeking needs it)', async () => {
    const whole = readFileSync(`${ROOT}${VIDEO}`);
    const res = await get(`/${VIDEO}`, { Range: 'bytes=1000-1099' });
    assert.equal(res.status, 206);
    assert.equal(res.headers['content-range'], `bytes 1000-1099/${whole.length}`);
    assert.deepEqual(res.body, whole.subarray(1000, 1100));
  });
});
