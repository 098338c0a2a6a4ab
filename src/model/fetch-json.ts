/**
 * Fetching a host's JSON (a content model through `src`, a message catalogue through
 * `messages`): once per page per URL, within a time and size limit, refusing HTML pages.
 */
import { CytokineError } from './errors.js';
import { isSafeHref } from './links.js';

/**
 * How long a `src` may take, headers and body together. A server that never answers would
 * otherwise leave the reader looking at a loading box forever; by then the fallback is better.
 */
export const SRC_TIMEOUT_MS = 15_000;

/**
 * The largest model we accept, in bytes. The bundled model for both drugs and the video is
 * about 80 KB; a hospital's own is the same shape, so 2 MB is far more than any real one, and a
 * runaway or hostile response cannot exhaust a cheap phone's memory.
 */
export const MAX_MODEL_BYTES = 2 * 1024 * 1024;

const fetched = new Map<string, Promise<unknown>>();

/**
 * Fetches and checks a JSON file once per page: several widgets usually share one `src` or
 * `messages`. Failures are not cached, so a later attempt can succeed.
 */
export function fetchOnce<T>(kind: 'model' | 'messages', src: string, check: (json: unknown) => T): Promise<T> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.reject(new CytokineError('src-unreachable', src, ['not a URL']));
  }
  // A URL given as both a src and a messages file is fetched and checked once as each.
  const key = `${kind} ${url}`;
  let pending = fetched.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = (async () => {
      if (!isSafeHref(url)) throw new CytokineError('src-unreachable', src, ['only http(s) URLs are fetched']);
      return check(await fetchJson(url, src));
    })();
    pending.catch(() => fetched.delete(key));
    fetched.set(key, pending);
  }
  return pending;
}

/** The parsed JSON at `url`, within {@link SRC_TIMEOUT_MS} and {@link MAX_MODEL_BYTES}. */
async function fetchJson(url: string, src: string): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, SRC_TIMEOUT_MS);
  const unreachable = (e: unknown) =>
    new CytokineError('src-unreachable', src, [timedOut ? `no complete answer within ${SRC_TIMEOUT_MS / 1000} s` : String(e)]);
  try {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: controller.signal });
    } catch (e) {
      throw unreachable(e);
    }
    if (!response.ok) {
      controller.abort(); // nobody reads the error page
      throw new CytokineError('src-unreachable', src, [`HTTP ${response.status}`]);
    }
    // A login or error page sent with 200 (a session that expired, a proxy, a CMS's 404 page).
    const type = response.headers.get('content-type') ?? '';
    if (/^\s*text\/html\b/i.test(type)) {
      controller.abort();
      throw new CytokineError('src-invalid', src, [`the server sent an HTML page (${type}), not JSON: a login or error page?`]);
    }
    let text: string;
    try {
      text = await readText(response, controller, src);
    } catch (e) {
      if (e instanceof CytokineError) throw e;
      throw unreachable(e);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw new CytokineError('src-invalid', src, [`not JSON (${text.length} characters; cut short?): ${String(e)}`]);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, refused as soon as it passes the size limit (declared or counted). */
async function readText(response: Response, controller: AbortController, src: string): Promise<string> {
  const tooLarge = (bytes: string) => {
    controller.abort();
    return new CytokineError('src-too-large', src, [`${bytes} bytes; the limit is ${MAX_MODEL_BYTES}`]);
  };
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_MODEL_BYTES) throw tooLarge(String(declared));
  if (!response.body) {
    const text = await response.text();
    // (Only where a browser gives no stream: counted after the fact, in UTF-16 units.)
    if (text.length > MAX_MODEL_BYTES) throw tooLarge(`over ${text.length}`);
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > MAX_MODEL_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(`over ${received}`);
    }
    text += decoder.decode(value, { stream: true });
  }
}
