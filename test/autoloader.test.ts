import { expect } from '@open-wc/testing';
import { settle, shadow } from './helpers.js';
import { warnings } from './helpers.js';

// Markup as WordPress's wp_kses_post leaves it for an author without the unfiltered_html right:
// <script> and custom elements are stripped, <div> with data-* attributes is kept.
const SANITISED = `
  <div data-cytokine-widget="cytokine-card" data-drug="interferon-alfa" data-heading-level="3" data-onclick="window.__pwned=true" data-style="color:red">
    <a href="/interferon">Read about interferon</a>
  </div>`;

const waitFor = async (check: () => unknown, timeout = 4000) => {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('autoloader (dist/autoloader.js)', () => {
  let host: HTMLElement;

  before(async () => {
    // Not a fixture: fixtures are removed after each test, and these tests share one page.
    host = document.createElement('div');
    host.innerHTML = `<cytokine-card drug="IL-2"></cytokine-card>${SANITISED}`;
    document.body.append(host);
    await import(/* @vite-ignore */ '/dist/autoloader.js');
  });

  it('defines only the widgets on the page', async () => {
    await waitFor(() => customElements.get('cytokine-card'));
    expect(customElements.get('injection-video')).to.equal(undefined);
    expect(customElements.get('side-effect-list')).to.equal(undefined);
    const card = host.querySelector('cytokine-card') as HTMLElement;
    await settle(card);
    expect(shadow(card).querySelector('[part="title"]')!.textContent).to.equal('Aldesleukin');
  });

  it('upgrades a sanitiser-proof placeholder: data-* become attributes, content becomes the fallback', async () => {
    const placeholder = host.querySelector('div[data-drug]') as HTMLElement;
    const widget = placeholder.querySelector('cytokine-card') as HTMLElement;
    expect(widget).to.exist;
    expect(widget.getAttribute('drug')).to.equal('interferon-alfa');
    expect(widget.getAttribute('heading-level')).to.equal('3');
    expect(widget.querySelector('a')!.getAttribute('href')).to.equal('/interferon');
    await settle(widget);
    expect(shadow(widget).querySelector('h3[part="title"]')!.textContent).to.equal('Interferon alfa');
  });

  it('copies only attributes the widgets declare (no event handlers, no styles)', () => {
    const widget = host.querySelector('div[data-drug] cytokine-card') as HTMLElement;
    expect(widget.hasAttribute('onclick')).to.equal(false);
    expect(widget.hasAttribute('style')).to.equal(false);
    expect((window as Window & { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('defines widgets added later, and upgrades placeholders added later', async () => {
    const later = document.createElement('section');
    later.innerHTML = '<side-effect-list drug="ifn" filter="very-common"></side-effect-list>';
    host.append(later);
    await waitFor(() => customElements.get('side-effect-list'));
    const list = later.querySelector('side-effect-list') as HTMLElement;
    await settle(list);
    expect(shadow(list).querySelector('[part="title"]')!.textContent).to.equal('Side effects of Interferon alfa');

    host.insertAdjacentHTML('beforeend', '<div data-cytokine-widget="injection-video" data-transcript-open=""><p>Transcript on our site</p></div>');
    await waitFor(() => customElements.get('injection-video'));
    const video = host.querySelector('injection-video') as HTMLElement;
    await settle(video);
    expect(video.hasAttribute('transcript-open')).to.equal(true);
    expect(shadow(video).querySelector('[part="play-button"]')).to.exist;
  });

  it('refuses a placeholder naming anything but a widget', async () => {
    const calls = await warnings(async () => {
      host.insertAdjacentHTML('beforeend', '<div data-cytokine-widget="script" data-src="/evil.js"><p>Kept</p></div>');
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(host.querySelector('script')).to.equal(null);
    expect(calls.some((c) => c.includes('"script" is not a widget'))).to.equal(true);
    expect(host.textContent).to.contain('Kept');
  });
});
