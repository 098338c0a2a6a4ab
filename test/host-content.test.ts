/**
 * Content servers that fail in the ways real ones do: no answer, an error, a login page sent
 * with 200, JSON cut short or far too large, and a `src` changed while a load is under way. Each
 * case checks what the reader sees (the message and the page's fallback) and the event's code.
 * The fixtures are served by web-test-runner.config.mjs.
 */
import { expect, html } from '@open-wc/testing';
import '../src/elements/cytokine-card/define.js';
import { MAX_MODEL_BYTES, SRC_TIMEOUT_MS } from '../src/model/fetch-json.js';
import type { CytokineErrorDetail } from '../src/model/errors.js';
import { expectErrorState, renderWithErrors, settle, shadow, warnings } from './helpers.js';
import { titleOf } from './contract.js';

const FALLBACK = 'Read about aldesleukin on our website';

/** A card with a fallback and a src; resolves once it shows its content or its error. */
async function cardFrom(src: string, timeout = 5000) {
  const result = await renderWithErrors<HTMLElement>(
    html`<cytokine-card drug="aldesleukin" src=${src}><p>${FALLBACK}</p></cytokine-card>`,
  );
  await settle(result.el, timeout);
  return result;
}

const fallbackVisible = (el: HTMLElement) => {
  const p = el.querySelector('p')!;
  return p.textContent === FALLBACK && p.getBoundingClientRect().height > 0;
};

/**
 * Puts a card in the page without waiting for it: `fixture()` and `updateComplete` wait for
 * the content, and these tests look at what happens while it loads.
 */
function mountCard(src: string): { el: HTMLElement; errors: CytokineErrorDetail[] } {
  const el = document.createElement('cytokine-card');
  el.setAttribute('drug', 'aldesleukin');
  el.setAttribute('src', src);
  el.append(Object.assign(document.createElement('p'), { textContent: FALLBACK }));
  const errors = errorsOf(el);
  document.body.append(el);
  mounted.push(el);
  return { el, errors };
}
const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

/** Collects the cytokine-error events an element fires from now on. */
function errorsOf(el: HTMLElement): CytokineErrorDetail[] {
  const errors: CytokineErrorDetail[] = [];
  el.addEventListener('cytokine-error', (e) => errors.push((e as CustomEvent<CytokineErrorDetail>).detail));
  return errors;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('host content from a failing server (src)', () => {
  it('gives up on a server that never answers within 15 s: src-unreachable, with the fallback shown all along', async function () {
    this.timeout(SRC_TIMEOUT_MS + 10000);
    expect(SRC_TIMEOUT_MS).to.be.at.most(15000);
    const started = performance.now();
    const { el, errors } = mountCard('/fixtures/never-answers');
    await sleep(1000);
    // While it waits, the reader sees the page's fallback, not an empty box.
    expect(shadow(el).querySelector('[aria-busy="true"]')).to.exist;
    expect(fallbackVisible(el)).to.equal(true);
    expect(errors).to.deep.equal([]);
    await settle(el, SRC_TIMEOUT_MS + 5000);
    const waited = performance.now() - started;
    expectErrorState(el, errors, 'src-unreachable');
    expect(errors[0].hint).to.contain('/fixtures/never-answers');
    expect(fallbackVisible(el)).to.equal(true);
    expect(waited).to.be.within(SRC_TIMEOUT_MS - 500, SRC_TIMEOUT_MS + 4000);
  });

  /**
   * [what, src, code, the reason logged for developers (which check caught it)]. The warning is
   * the message, then the reason: the message never contains these words, and the size reasons
   * are matched whole, after the message's full stop.
   */
  const cases: [string, string, string, RegExp][] = [
    ['an HTTP 500', '/fixtures/server-error', 'src-unreachable', /HTTP 500/],
    ['an HTML login page sent with 200', '/fixtures/login-page', 'src-invalid', /sent an HTML page/],
    ['JSON cut short', '/fixtures/truncated', 'src-invalid', /not JSON/],
    ['a connection that drops half way', '/fixtures/dropped', 'src-unreachable', /TypeError/],
    [`JSON over the ${MAX_MODEL_BYTES / 1024 / 1024} MB limit, with its length declared`, '/fixtures/enormous', 'src-too-large', /load\. 31\d{5} bytes; the limit is 2097152$/],
    ['JSON over the limit, sent in chunks with no length (counted as it arrives)', '/fixtures/enormous-stream', 'src-too-large', /load\. over \d+ bytes; the limit is 2097152$/],
  ];
  for (const [what, src, code, reason] of cases) {
    it(`refuses ${what} with ${code}, a visible message and the fallback`, async () => {
      let result!: Awaited<ReturnType<typeof cardFrom>>;
      const warned = await warnings(async () => (result = await cardFrom(src)));
      const { el, errors } = result;
      expectErrorState(el, errors, code);
      expect(errors[0].hint).to.contain(src);
      expect(fallbackVisible(el)).to.equal(true);
      expect(shadow(el).querySelector('[part="base"]')).to.equal(null);
      expect(warned).to.have.length(1);
      expect(warned[0]).to.match(reason);
    });
  }

  it('says the model is too large in words a reader understands', async () => {
    const { errors } = await cardFrom('/fixtures/enormous');
    expect(errors[0].message).to.equal('Sorry, this information is too large to show here.');
    expect(errors[0].hint).to.match(/^The content model at \/fixtures\/enormous is too large to load\. 31\d{5} bytes; the limit is 2097152$/);
  });

  // A patient never sees where the content lives: the address goes to the console and the event only.
  const addressed: [string, string][] = [
    ['/content/missing.json', 'src-unreachable'],
    ['/fixtures/wrong-shape?file=content.json', 'src-invalid'],
    ['/fixtures/not-json?file=content.json', 'src-invalid'],
    ['/fixtures/enormous?file=content.json', 'src-too-large'],
  ];
  for (const [src, code] of addressed) {
    it(`${code}: the reader's message names no file, the hint and the console name ${src}`, async () => {
      let result!: Awaited<ReturnType<typeof cardFrom>>;
      const warned = await warnings(async () => (result = await cardFrom(src)));
      const { el, errors } = result;
      expect(errors.map((e) => e.code)).to.deep.equal([code]);
      const visible = (shadow(el).querySelector('[part="error"]') as HTMLElement).innerText;
      for (const text of [visible, errors[0].message]) expect(text).not.to.match(/\/|\.json|content\b|\$\./);
      expect(errors[0].hint).to.contain(src);
      expect(warned.join('\n')).to.contain(src);
    });
  }

  describe('a src changed while a load is under way: the last one wins', () => {
    it('a slow failure that arrives after the new content never shows', async () => {
      const { el, errors } = mountCard('/fixtures/server-error?slow');
      await sleep(50);
      el.setAttribute('src', '/fixtures/host-model');
      await settle(el);
      expect(titleOf(el).textContent).to.contain('Aldesleukin');
      // The stale request fails 400 ms after it started: wait well past it.
      await sleep(800);
      await settle(el);
      expect(errors).to.deep.equal([]);
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      expect(titleOf(el).textContent).to.contain('Aldesleukin');
    });

    it('slow content that arrives after a newer failure does not replace the failure', async () => {
      const { el, errors } = mountCard('/fixtures/host-model?slow&stale');
      let ready = 0;
      el.addEventListener('cytokine-ready', () => ready++);
      await sleep(50);
      el.setAttribute('src', '/fixtures/login-page');
      await settle(el);
      await sleep(800);
      await settle(el);
      expectErrorState(el, errors, 'src-invalid');
      expect(ready).to.equal(0);
      expect(shadow(el).querySelector('[part="base"]')).to.equal(null);
    });

    it('three changes in a row show only the last', async () => {
      const { el, errors } = mountCard('/fixtures/truncated?slow');
      await sleep(50);
      el.setAttribute('src', '/fixtures/server-error?slow');
      // A task apart, so each src really starts its own load (Lit batches changes in one task).
      await sleep(50);
      el.setAttribute('src', '/fixtures/host-model?slow&last');
      await settle(el);
      await sleep(800);
      expect(errors).to.deep.equal([]);
      expect(titleOf(el).textContent).to.contain('Aldesleukin');
    });
  });
});
