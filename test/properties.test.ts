/**
 * Property-based tests (fast-check): instead of the cases we thought of, thousands of generated
 * ones. The link filter is judged by the browser's own link resolution (an `<a>` element's
 * protocol), so a string the filter passes can never become a javascript:, data: or other link
 * in any engine these tests run in.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/elements/cytokine-card/define.js';
import '../src/elements/side-effect-list/define.js';
import '../src/elements/injection-video/define.js';
import { loadBundledModel } from '../src/content/index.js';
import { checkModel } from '../src/model/check.js';
import { CytokineError } from '../src/model/errors.js';
import { fetchModel } from '../src/model/host-model.js';
import { fill } from '../src/model/fill.js';
import { isSafeHref } from '../src/model/links.js';
import { drugKeys, normaliseName, resolveDrug, resolveVideo } from '../src/model/lookup.js';
import type { ContentModel } from '../src/model/types.js';
import { settle, shadow } from './helpers.js';

const enGB = await loadBundledModel('en-GB');

/** How a browser would resolve `href` in a link on this page: its protocol, or '' if invalid. */
function linkProtocol(href: string): string {
  const a = document.createElement('a');
  a.setAttribute('href', href);
  return a.protocol === ':' ? '' : a.protocol;
}

const WEB = new Set(['http:', 'https:']);

/**
 * Strings shaped like the links an attacker would try: a dangerous scheme with its letters in
 * any case and tabs, newlines, spaces or control characters anywhere (browsers strip some of
 * them before reading a scheme), and entity-like or percent-encoded noise.
 */
const noise = fc.constantFrom('', ' ', '\t', '\n', '\r', '\u0000', '\u001f', '\u00a0', '%0a', '&#58;', '/', '\\', ':');
const hostileHref = fc
  .tuple(
    fc.constantFrom('javascript', 'JaVaScRiPt', 'data', 'vbscript', 'file', 'blob', 'about', 'ftp', 'mailto', 'tel', 'http', 'https'),
    fc.array(fc.tuple(fc.nat(12), noise), { maxLength: 4 }),
    fc.constantFrom(':', ':/', '://', '&colon;', '%3a'),
    fc.string({ maxLength: 20 }),
  )
  .map(([scheme, inserts, colon, rest]) => {
    let s = scheme;
    for (const [at, n] of inserts) s = s.slice(0, at) + n + s.slice(at);
    return `${s}${colon}${rest}`;
  });
const anyHref = fc.oneof(hostileHref, fc.string(), fc.webUrl(), fc.webPath());

/** Every value under a URL-bearing key in a model (href, src, url). */
function urlsIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => urlsIn(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'href' || k === 'src' || k === 'url') && typeof v === 'string') out.push(v);
      else urlsIn(v, out);
    }
  }
  return out;
}

/** A copy of the bundled model with every link replaced by a generated one. */
const modelWithLinks = fc.array(anyHref, { minLength: 1, maxLength: 80 }).map((hrefs) => {
  const model = structuredClone(enGB) as ContentModel;
  let i = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const k of Object.keys(record)) {
      if ((k === 'href' || k === 'src' || k === 'url') && typeof record[k] === 'string') record[k] = hrefs[i++ % hrefs.length];
      else visit(record[k]);
    }
  };
  visit(model);
  return model;
});

describe('properties: the link filter', () => {
  it('passes a string only if a browser link to it would be http or https', () => {
    fc.assert(
      fc.property(anyHref, (href) => {
        if (isSafeHref(href)) expect(WEB.has(linkProtocol(href)), `${JSON.stringify(href)} → ${linkProtocol(href)}`).to.equal(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (value) => typeof isSafeHref(value) === 'boolean'), { numRuns: 1000 });
  });

  it('passes every ordinary web address and every relative path a browser can follow', () => {
    fc.assert(fc.property(fc.oneof(fc.webUrl(), fc.webPath().filter((p) => p.trim() !== '' && linkProtocol(p) !== '')), (href) => isSafeHref(href)), { numRuns: 1000 });
  });
});

describe('properties: the content loader', () => {
  it('never throws on arbitrary JSON, and accepts none of it as a model', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = checkModel(value);
        expect(result.ok).to.equal(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on a real model with values swapped for arbitrary JSON', () => {
    const paths = fc.array(fc.constantFrom('drugs', 'videos', 'sources', 'labels', 'help', 'frequencyScales', 'locale', 'version'), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(paths, fc.jsonValue(), (keys, value) => {
        const model = structuredClone(enGB) as unknown as Record<string, unknown>;
        for (const k of keys) model[k] = value;
        const result = checkModel(model);
        expect(typeof result.ok).to.equal('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('lets no link through that a browser would open as anything but http or https', () => {
    fc.assert(
      fc.property(modelWithLinks, (model) => {
        const result = checkModel(model);
        if (!result.ok) return;
        for (const url of urlsIn(result.model)) expect(WEB.has(linkProtocol(url)), JSON.stringify(url)).to.equal(true);
      }),
      { numRuns: 200 },
    );
  });

  it('fetching a src never throws, whatever the server answers: a CytokineError with a src- code, or a checked model', async () => {
    const realFetch = window.fetch;
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), modelWithLinks.map((m) => JSON.stringify(m))),
          fc.constantFrom('application/json', 'text/html', 'text/plain', '', 'application/json; charset=utf-8', 'TEXT/HTML;charset=x'),
          fc.integer({ min: 200, max: 599 }),
          async (body, type, status) => {
            window.fetch = async () => new Response(status === 204 || status === 205 || status === 304 ? null : body, { status, headers: type ? { 'content-type': type } : {} });
            let outcome: unknown;
            try {
              outcome = await fetchModel(`/property-test/${n++}.json`);
            } catch (e) {
              outcome = e;
            }
            if (outcome instanceof CytokineError) expect(outcome.code).to.match(/^src-/);
            else for (const url of urlsIn(outcome)) expect(WEB.has(linkProtocol(url)), url).to.equal(true);
          },
        ),
        { numRuns: 300 },
      );
    } finally {
      window.fetch = realFetch;
    }
  });

  it('widgets given arbitrary JSON as their model show content or an error, never throw, and link only to http(s)', async function () {
    this.timeout(60000);
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => thrown.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('cytokine-card', 'side-effect-list', 'injection-video'),
          fc.oneof(fc.jsonValue(), modelWithLinks),
          async (tag, model) => {
            const el = document.createElement(tag) as HTMLElement & { model: unknown };
            if (tag !== 'injection-video') el.setAttribute('drug', 'aldesleukin');
            el.model = model;
            document.body.append(el);
            try {
              await settle(el);
              const root = shadow(el);
              expect(root.querySelector('[part="base"], [part="error"]'), 'content or error').to.exist;
              for (const a of root.querySelectorAll('a[href]')) {
                const href = a.getAttribute('href')!;
                // Tap-to-call links are built from a number's digits, never taken from content.
                if (/^tel:\+?\d+$/.test(href)) continue;
                expect(WEB.has(linkProtocol(href)), href).to.equal(true);
              }
              for (const img of root.querySelectorAll('img[src]')) expect(WEB.has(linkProtocol(img.getAttribute('src')!))).to.equal(true);
            } finally {
              el.remove();
            }
          },
        ),
        { numRuns: 60 },
      );
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(thrown).to.deep.equal([]);
  });
});

describe('properties: drug and video lookup', () => {
  /** A name as a person might type it: any case, with spaces, hyphens or dots around its parts. */
  const retyped = (name: string) =>
    fc
      .tuple(fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }), fc.array(fc.constantFrom('', '', ' ', '-', '.', '  '), { minLength: name.length + 1, maxLength: name.length + 1 }))
      .map(([upper, gaps]) => [...name].map((c, i) => gaps[i] + (upper[i] ? c.toUpperCase() : c.toLowerCase())).join('') + gaps[name.length]);

  const names = enGB.drugs.flatMap((d) => [d.id, d.name, ...d.otherNames, ...d.aliases].map((name) => ({ name, id: d.id })));

  it('finds each drug by any of its names and aliases, however they are typed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names).chain(({ name, id }) => retyped(name).map((typed) => ({ typed, id }))), ({ typed, id }) => {
        expect(resolveDrug(enGB, typed)?.id, JSON.stringify(typed)).to.equal(id);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds nothing, and never throws, for an arbitrary string unless it is a name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (query) => {
        const drug = resolveDrug(enGB, query);
        if (drug) expect(drugKeys(drug)).to.include(normaliseName(query));
        const video = resolveVideo(enGB, query);
        if (video) expect(video.id).to.equal(query.trim().toLowerCase());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('properties: placeholder filling', () => {
  const key = fc.oneof(fc.stringMatching(/^\w{1,10}$/), fc.constantFrom('constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'));
  const value = fc.oneof(fc.string(), fc.integer());

  it('puts each value in as plain text, once, without reading placeholders inside values', () => {
    fc.assert(
      fc.property(key, value, fc.string(), fc.string(), (k, v, before, after) => {
        fc.pre(!before.includes('{') && !after.includes('{'));
        expect(fill(`${before}{${k}}${after}`, { [k]: v })).to.equal(`${before}${String(v)}${after}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves unknown placeholders as written (including names every object has, like constructor)', () => {
    fc.assert(
      fc.property(key, fc.string(), (k, text) => {
        expect(fill(`{${k}}`, {})).to.equal(`{${k}}`);
        if (!text.includes('{')) expect(fill(text, { [k]: 'x' })).to.equal(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary text and values', () => {
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.string(), value), (text, values) => typeof fill(text, values) === 'string'),
      { numRuns: 2000 },
    );
  });
});
