import { expect, fixture, html } from '@open-wc/testing';
import { settle, shadow } from './helpers.js';

// The built files, as a page would load them (run `npm run build` first; `npm test` does).
// What the files contain (no bare imports, lit left external) is checked in test/node/dist.test.mjs,
// because the test server rewrites imports as it serves them.
// A literal import, so the module has its source's types (test/tsconfig.json maps the URL to src).
const bundle = () => import('/dist/cytokine-widgets.js');

describe('built bundle', () => {
  it('defines the card and renders it in a plain page', async () => {
    const mod = await bundle();
    expect(customElements.get('cytokine-card')).to.exist;
    const el = await fixture<HTMLElement>(html`<cytokine-card drug="IL-2"></cytokine-card>`);
    await settle(el);
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.equal('Aldesleukin');
    expect(mod.VERSION).to.match(/^\d+\.\d+\.\d+$/);
  });

  it('keeps a gap between "Other names:" and the names once minified (the whitespace between the tags is gone)', async () => {
    await bundle();
    const el = await fixture<HTMLElement>(html`<cytokine-card drug="ifn"></cytokine-card>`);
    await settle(el);
    const dt = shadow(el).querySelector('.other-names dt')!.getBoundingClientRect();
    const dd = shadow(el).querySelector('.other-names dd')!.getClientRects()[0];
    expect(dd.left - dt.right).to.be.greaterThan(3);
  });

  it('finds media next to itself, so a CDN copy of dist/ works', async () => {
    const mod = await bundle();
    const video = (await mod.loadBundledModel('en-GB')).videos[0];
    const mediaUrl = new URL(video.media[0].src);
    expect(mediaUrl.pathname).to.equal('/dist/media/subcutaneous-injection.webm');
    const head = await fetch(video.captions[0].src, { method: 'HEAD' });
    expect(head.ok).to.equal(true);
  });

  // A second copy (the per-element module after the bundle): test/two-copies.test.ts.
});
