/**
 * Two copies of the library on one page: the same bundle loaded twice (two URLs, as when a
 * theme and a plugin both include it), then another version (web-test-runner.config.mjs serves
 * dist/ with its version changed to 9.9.9). The first definition wins, each extra copy warns
 * once, naming both versions, and nothing throws. Built files: run `npm run build` first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { settle, shadow, warnings } from './helpers.js';
import pkg from '../package.json';

const BUNDLE = '/dist/cytokine-widgets.js';
const TAGS = ['cytokine-card', 'side-effect-list', 'injection-video'];

/** console.warn calls about a second copy, and errors that reached the page, while `run` runs. */
async function watch(run: () => Promise<unknown>): Promise<{ warnings: string[]; thrown: unknown[] }> {
  const thrown: unknown[] = [];
  const onError = (e: ErrorEvent) => thrown.push(e.error);
  window.addEventListener('error', onError);
  try {
    const calls = await warnings(() => run().catch((e: unknown) => thrown.push(e)));
    return { warnings: calls.filter((w) => w.includes('twice')), thrown };
  } finally {
    window.removeEventListener('error', onError);
  }
}

const defined = () => TAGS.map((t) => customElements.get(t));

describe('two copies of the library on one page', () => {
  let first: (CustomElementConstructor | undefined)[];

  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
    first = defined();
    expect(first.every(Boolean)).to.equal(true);
  });

  it('the same bundle loaded twice: the first wins, one warning naming the version twice, nothing throws', async () => {
    const { warnings, thrown } = await watch(() => import(/* @vite-ignore */ `${BUNDLE}?copy=2`));
    expect(thrown).to.deep.equal([]);
    expect(defined()).to.deep.equal(first);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`version ${pkg.version} is in use`).and.contain(`this copy (version ${pkg.version}) is not used`);
  });

  it('another version loaded second: the first wins, one warning naming both versions, nothing throws', async () => {
    const { warnings, thrown } = await watch(() => import(/* @vite-ignore */ '/fixtures/v9/cytokine-widgets.js'));
    expect(thrown).to.deep.equal([]);
    expect(defined()).to.deep.equal(first);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`version ${pkg.version} is in use`).and.contain('this copy (version 9.9.9) is not used');
  });

  it('the widgets still work, drawn by the first copy', async () => {
    const el = await fixture<HTMLElement>(html`<cytokine-card drug="aldesleukin"></cytokine-card>`);
    await settle(el);
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.equal('Aldesleukin');
    expect((el.constructor as unknown as { version: string }).version).to.equal(pkg.version);
  });

  it('the per-element module of the first version, loaded after: one more warning, still the first copy', async () => {
    const { warnings, thrown } = await watch(() => import(/* @vite-ignore */ '/dist/elements/cytokine-card.js'));
    expect(thrown).to.deep.equal([]);
    expect(defined()).to.deep.equal(first);
    expect(warnings).to.have.length(1);
  });
});
