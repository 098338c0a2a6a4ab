import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/cytokine-card/define.js';
import { CytokineCard } from '../src/elements/cytokine-card/cytokine-card.js';
import { defineElement } from '../src/shared/define.js';
import { bundledModels } from '../src/content/index.js';
import type { ContentModel } from '../src/model/types.js';
import { expectErrorState, expectNoStyleAttributes, readerText, renderWithErrors, settle, shadow } from './helpers.js';

const card = async (drug: string, attrs: Record<string, string> = {}) => {
  const el = document.createElement('cytokine-card');
  el.setAttribute('drug', drug);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const parent = await fixture(html`<div></div>`);
  parent.append(el);
  await settle(el);
  return el;
};
const title = (el: HTMLElement) => shadow(el).querySelector('[part="title"]') as HTMLElement;

describe('<cytokine-card>', () => {
  it('explains interferon alfa with every fact from the seed page', async () => {
    const el = await card('interferon-alfa');
    expect(title(el).textContent).to.equal('Interferon alfa');
    const text = readerText(el);
    for (const fact of [
      'Interferon alpha, IFN', 'very small amounts', 'cytokines', 'immunotherapy or biological therapy',
      'growing and making more cells', 'killer T cells and other cells attack the cancer',
      'draw immune cells towards them', 'through a drip into your bloodstream (an infusion)',
      'fatty tissue', 'subcutaneous injection', '3 times a week', 'every day', 'depends on the type of cancer',
      'kidney cancer (renal cell cancer)', 'melanoma', 'multiple myeloma', 'some types of leukaemia',
    ]) expect(text, fact).to.contain(fact);
    expect(text).not.to.contain('low blood pressure');
  });

  it('explains aldesleukin, with its other names, routes and uses', async () => {
    const el = await card('aldesleukin');
    expect(title(el).textContent).to.equal('Aldesleukin');
    const text = readerText(el);
    for (const fact of [
      'Interleukin 2, IL2, Proleukin', 'very small amounts', 'cytokines', 'immunotherapy or biological therapy',
      'just under the skin', 'subcutaneous injection', 'into a vein instead, either as an injection or through a drip',
      'depends on the type of cancer', 'kidney cancer', 'clinical trials',
    ]) expect(text, fact).to.contain(fact);
  });

  const aliases: Array<[string, string]> = [
    ['interferon', 'Interferon alfa'], ['Interferon Alpha', 'Interferon alfa'], ['IFN', 'Interferon alfa'],
    ['interferon-alpha', 'Interferon alfa'], ['Intron A', 'Interferon alfa'], ['IL2', 'Aldesleukin'],
    ['IL-2', 'Aldesleukin'], ['interleukin 2', 'Aldesleukin'], [' Interleukin-2 ', 'Aldesleukin'],
    ['PROLEUKIN', 'Aldesleukin'], ['ALDESLEUKIN', 'Aldesleukin'],
  ];
  for (const [alias, name] of aliases) {
    it(`resolves drug="${alias}" to ${name}`, async () => {
      expect(title(await card(alias)).textContent).to.equal(name);
    });
  }

  it('updates when the drug attribute changes', async () => {
    const el = await card('interferon');
    el.setAttribute('drug', 'il-2');
    await settle(el);
    expect(title(el).textContent).to.equal('Aldesleukin');
  });

  describe('errors', () => {
    it('asks for a drug when the attribute is missing, and keeps the fallback', async () => {
      const { el, errors } = await renderWithErrors(html`<cytokine-card><a href="/interferon">Read about interferon</a></cytokine-card>`);
      expectErrorState(el, errors, 'missing-drug');
      expect(errors[0].message).to.contain('drug="interferon-alfa"');
      expect(shadow(el).querySelector('.base')).to.equal(null);
    });

    it('names an unknown drug, fires the event once and keeps the fallback', async () => {
      const { el, errors } = await renderWithErrors(html`<cytokine-card drug="paracetamol"><p>Fallback text</p></cytokine-card>`);
      expectErrorState(el, errors, 'unknown-drug');
      expect(errors[0].message).to.contain('“paracetamol”');
    });

    it('treats an empty or blank drug as missing', async () => {
      const { el, errors } = await renderWithErrors(html`<cytokine-card drug="   "></cytokine-card>`);
      expectErrorState(el, errors, 'missing-drug');
    });

    it('recovers when the drug is corrected', async () => {
      const { el, errors } = await renderWithErrors(html`<cytokine-card drug="nope"></cytokine-card>`);
      el.setAttribute('drug', 'ifn');
      await settle(el);
      expect(errors.length).to.equal(1);
      expect(title(el).textContent).to.equal('Interferon alfa');
    });

    it('warns once for each error', async () => {
      const warn = console.warn;
      const calls: unknown[][] = [];
      console.warn = (...args: unknown[]) => calls.push(args);
      try {
        await renderWithErrors(html`<cytokine-card drug="nope"></cytokine-card>`);
      } finally {
        console.warn = warn;
      }
      expect(calls.length).to.equal(1);
      expect(String(calls[0][0])).to.contain('unknown-drug');
    });
  });

  describe('heading-level', () => {
    const tags = (el: HTMLElement) => ({
      title: title(el).localName,
      section: (shadow(el).querySelector('[part="section-heading"]') as HTMLElement).localName,
    });
    it('defaults to h2 with h3 sections', async () => {
      expect(tags(await card('ifn'))).to.deep.equal({ title: 'h2', section: 'h3' });
    });
    it('honours heading-level="4"', async () => {
      expect(tags(await card('ifn', { 'heading-level': '4' }))).to.deep.equal({ title: 'h4', section: 'h5' });
    });
    it('never goes below h6', async () => {
      expect(tags(await card('ifn', { 'heading-level': '6' }))).to.deep.equal({ title: 'h6', section: 'h6' });
    });
    for (const bad of ['0', '7', 'two', '2.5']) {
      it(`falls back to 2 with a warning for heading-level="${bad}"`, async () => {
        const warn = console.warn;
        const calls: unknown[][] = [];
        console.warn = (...args: unknown[]) => calls.push(args);
        let el: HTMLElement;
        try {
          el = await card('ifn', { 'heading-level': bad });
        } finally {
          console.warn = warn;
        }
        expect(tags(el)).to.deep.equal({ title: 'h2', section: 'h3' });
        expect(calls.some((c) => String(c[0]).includes('heading-level'))).to.equal(true);
      });
    }
  });

  describe('lang', () => {
    it('marks the content with the language it is written in', async () => {
      const el = await card('ifn', { lang: 'en' });
      expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('en-GB');
    });
    it('falls back to en-GB content for a language it does not have, and says so in lang', async () => {
      const parent = await fixture(html`<div lang="cy"><cytokine-card drug="ifn"></cytokine-card></div>`);
      const el = parent.querySelector('cytokine-card')!;
      await settle(el);
      expect(title(el).textContent).to.equal('Interferon alfa');
      expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('en-GB');
    });
    it('uses a host model in another language, and its words', async () => {
      const model = structuredClone(bundledModels['en-GB']) as ContentModel;
      model.locale = 'cy';
      model.labels.otherNames = 'Enwau eraill';
      const el = await card('ifn');
      (el as CytokineCard).model = model;
      await settle(el);
      expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('cy');
      expect(readerText(el)).to.contain('Enwau eraill');
    });
    it('keeps the native lang property working', async () => {
      const el = await card('ifn');
      el.lang = 'en-US';
      expect(el.getAttribute('lang')).to.equal('en-US');
    });
  });

  describe('host content', () => {
    it('replaces the bundled model with a valid one from src', async () => {
      const el = await card('interferon-alfa', { src: '/fixtures/host-model' });
      expect(title(el).textContent).to.equal('Interferon alfa (hospital copy)');
      expect(readerText(el)).to.contain('St Example Hospital');
    });

    it('shows the fallback while the host model loads', async () => {
      const el = document.createElement('cytokine-card');
      el.setAttribute('drug', 'ifn');
      el.setAttribute('src', '/fixtures/host-model?slow');
      el.innerHTML = '<p>Loading fallback</p>';
      document.body.append(el);
      await (el as CytokineCard).updateComplete;
      const slot = shadow(el).querySelector('slot') as HTMLSlotElement;
      expect(slot.assignedElements().length).to.equal(1);
      await settle(el);
      expect(title(el).textContent).to.equal('Interferon alfa (hospital copy)');
      el.remove();
    });

    const broken: Array<[string, string]> = [
      ['/fixtures/server-error', 'src-unreachable'],
      ['http://127.0.0.1:9/unreachable.json', 'src-unreachable'],
      ['/fixtures/not-json', 'src-invalid'],
      ['/fixtures/wrong-shape', 'src-invalid'],
    ];
    for (const [src, code] of broken) {
      it(`refuses ${src} with ${code}`, async () => {
        const { el, errors } = await renderWithErrors(html`<cytokine-card drug="ifn" src=${src}><a href="/x">Fallback</a></cytokine-card>`);
        expectErrorState(el, errors, code);
      });
    }

    it('renders a hostile model as inert text: no script, no handler, no javascript: link', async () => {
      const win = window as Window & { __pwned?: boolean };
      const el = await card('interferon-alfa', { src: '/fixtures/hostile-model' });
      const root = shadow(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(win.__pwned).to.equal(undefined);
      expect(root.querySelectorAll('script, img, iframe, object').length).to.equal(0);
      for (const a of root.querySelectorAll('a')) expect(a.protocol).to.match(/^https?:$/);
      expect(readerText(el)).to.contain('<script>window.__pwned = true</script>');
    });

    it('accepts a model property and validates it', async () => {
      const model = structuredClone(bundledModels['en-GB']) as ContentModel;
      model.drugs[1].name = 'Aldesleukin (from a property)';
      const el = (await card('il-2')) as CytokineCard;
      el.model = model;
      await settle(el);
      expect(title(el).textContent).to.equal('Aldesleukin (from a property)');
    });

    it('refuses an invalid model property with model-invalid', async () => {
      const { el, errors } = await renderWithErrors<CytokineCard>(html`<cytokine-card drug="ifn" .model=${{ nonsense: true } as unknown as ContentModel}></cytokine-card>`);
      expectErrorState(el, errors, 'model-invalid');
    });
  });

  describe('accessibility', () => {
    for (const drug of ['interferon-alfa', 'aldesleukin']) {
      it(`${drug}: axe finds no violation, closed and open`, async () => {
        const el = await card(drug);
        await expect(el).to.be.accessible();
        readerText(el);
        await expect(el).to.be.accessible();
      });
    }
    it('error state: axe finds no violation', async () => {
      const { el } = await renderWithErrors(html`<cytokine-card drug="nope"><a href="/x">Read about it</a></cytokine-card>`);
      await expect(el).to.be.accessible();
    });

    it('opens a disclosure from the keyboard', async () => {
      const el = await card('ifn');
      const first = shadow(el).querySelector('details') as HTMLDetailsElement;
      expect(first.open).to.equal(false);
      await sendKeys({ press: 'Tab' });
      let guard = 0;
      while (shadow(el).activeElement !== first.querySelector('summary') && guard++ < 10) await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(first.querySelector('summary'));
      await sendKeys({ press: 'Enter' });
      expect(first.open).to.equal(true);
    });

    it('uses no style attributes (strict CSP) and adopted stylesheets', async () => {
      const el = await card('aldesleukin');
      expectNoStyleAttributes(el);
      expect(shadow(el).adoptedStyleSheets.length).to.be.greaterThan(0);
    });

    it('has a heading, a labelled article and real lists', async () => {
      const el = await card('ifn');
      const article = shadow(el).querySelector('article')!;
      expect(shadow(el).getElementById(article.getAttribute('aria-labelledby')!)).to.equal(title(el));
      expect(shadow(el).querySelectorAll('ul li').length).to.be.greaterThan(4);
    });
  });

  describe('registration', () => {
    it('can be registered twice without throwing, and warns about another version', () => {
      const warn = console.warn;
      const calls: unknown[][] = [];
      console.warn = (...args: unknown[]) => calls.push(args);
      try {
        defineElement('cytokine-card', CytokineCard);
        expect(calls.length).to.equal(0);
        defineElement('cytokine-card', class extends CytokineCard { static override version = '99.0.0'; });
      } finally {
        console.warn = warn;
      }
      expect(customElements.get('cytokine-card')).to.equal(CytokineCard);
      expect(String(calls[0][0])).to.contain('99.0.0');
    });
  });

  describe('provenance', () => {
    it('shows the review dates and every source the card cites', async () => {
      const el = await card('aldesleukin');
      const times = [...shadow(el).querySelectorAll('footer time')].map((t) => t.getAttribute('datetime'));
      expect(times).to.deep.equal([bundledModels['en-GB'].lastReviewed, bundledModels['en-GB'].nextReview]);
      const text = readerText(el);
      expect(text).to.match(/Last reviewed: \d{1,2} \w+ \d{4}/);
      const items = shadow(el).querySelectorAll('footer ol li');
      expect(items.length).to.be.greaterThan(3);
      expect(text).to.contain('Cancer Research UK');
    });
  });
});
