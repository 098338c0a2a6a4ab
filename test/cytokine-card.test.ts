import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/elements/cytokine-card/define.js';
import { CytokineCard } from '../src/elements/cytokine-card/cytokine-card.js';
import { emulateMediaOrSkip, renderWithErrors, settle, shadow } from './helpers.js';
import { loadBundledModel } from '../src/content/index.js';
import { describeWidgetContract, drugWidget, make, titleOf } from './contract.js';

const card = (drug: string, attrs: Record<string, string> = {}) => make('cytokine-card', { drug, ...attrs });

describeWidgetContract(
  drugWidget('cytokine-card', CytokineCard, 'section-heading', '', {
    'src-unreachable': 'Error: unreachable src',
    'host-src': 'Host content from src',
    'model-property': 'Host model (model property)',
    'clinical-review': 'Review status: clinically reviewed (host model)',
    'review-due': 'Review status: due for review',
  }),
);

describe('<cytokine-card>', () => {
  it('treats model = null (how frameworks clear a property) as no model', async () => {
    const rejections: unknown[] = [];
    const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const el = (await card('il-2')) as CytokineCard;
      el.model = null as unknown as CytokineCard['model'];
      await settle(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(titleOf(el).textContent).to.equal('Aldesleukin');
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(rejections).to.deep.equal([]);
  });

  it('reports a src that is not even a URL as unreachable', async () => {
    const { el, errors } = await renderWithErrors<HTMLElement>(html`<cytokine-card drug="ifn" src="http://["></cytokine-card>`);
    expect(errors.map((e) => e.code)).to.deep.equal(['src-unreachable']);
    expect(shadow(el).querySelector('[part="error"]')).to.exist;
  });

  it('updates when the drug attribute changes', async () => {
    const el = await card('interferon');
    el.setAttribute('drug', 'il-2');
    await settle(el);
    expect(titleOf(el).textContent).to.equal('Aldesleukin');
  });

  it('lists only the sources the card itself cites, and the medicine codes', async () => {
    const el = await card('interferon-alfa');
    const footer = shadow(el).querySelector('footer') as HTMLElement;
    footer.querySelectorAll('details').forEach((d) => (d.open = true));
    expect(footer.innerText).to.contain('Cancer Research UK');
    // S20 is cited only by the side effects, which the card does not show.
    expect(footer.innerText).not.to.contain('Intron A: undesirable effects');
    expect(footer.innerText).to.contain('ATC L03AB05: interferon alfa-2b');
    expect(footer.innerText).to.contain('SNOMED CT 45754009');
  });

  it('wraps what each disclosure shows when open in details-content', async () => {
    const el = await card('aldesleukin');
    const disclosures = shadow(el).querySelectorAll('details');
    // The "more" sections, the medicine codes and the sources.
    expect(disclosures.length).to.be.greaterThan(2);
    for (const details of disclosures) {
      expect([...details.children].map((c) => c.getAttribute('part'))).to.deep.equal(['details-summary', 'details-content']);
      expect(details.querySelector('[part="details-content"]')!.textContent!.trim()).not.to.equal('');
    }
  });

  it('prints every disclosure open, its summary a plain label without the marker', async function () {
    const el = await card('aldesleukin');
    const hidden = shadow(el).querySelector('details p') as HTMLElement;
    expect(hidden.checkVisibility()).to.equal(false);
    await emulateMediaOrSkip(this, { media: 'print' });
    try {
      expect(hidden.checkVisibility()).to.equal(true);
      expect(getComputedStyle(shadow(el).querySelector('summary')!).display).to.equal('block');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<cytokine-card structured-data>', () => {
  const jsonLd = (el: HTMLElement) => el.querySelector(':scope > script[type="application/ld+json"]') as HTMLScriptElement | null;
  const waitForLd = async (el: HTMLElement, present: boolean) => {
    for (let i = 0; i < 100 && Boolean(jsonLd(el)) !== present; i++) await new Promise((r) => setTimeout(r, 20));
  };

  it('JSON-LD carries a clinical review only when the model has one', async () => {
    const model = structuredClone(await loadBundledModel('en-GB'));
    model.clinicalReview = { by: 'Dr Priya Shah', date: '2026-11-30' };
    const el = Object.assign(document.createElement('cytokine-card'), { model });
    el.setAttribute('drug', 'ifn');
    el.setAttribute('structured-data', '');
    await renderWithErrors(html`${el}`);
    await waitForLd(el, true);
    const data = JSON.parse(jsonLd(el)!.textContent!);
    expect(data.lastReviewed).to.equal('2026-11-30');
    expect(data.reviewedBy).to.deep.equal({ '@type': 'Person', name: 'Dr Priya Shah' });
  });

  it('writes no JSON-LD unless asked', async () => {
    const el = await card('aldesleukin');
    await new Promise((r) => setTimeout(r, 100));
    expect(jsonLd(el)).to.equal(null);
  });

  it('writes a schema.org MedicalWebPage about the Drug, with side effects and dates, and claims no review that did not happen', async () => {
    const el = await card('aldesleukin', { 'structured-data': '' });
    await waitForLd(el, true);
    const data = JSON.parse(jsonLd(el)!.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('MedicalWebPage');
    expect(data.dateModified).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(data).not.to.have.property('lastReviewed');
    expect(data).not.to.have.property('reviewedBy');
    expect(data.about['@type']).to.equal('Drug');
    expect(data.about.name).to.equal('Aldesleukin');
    expect(data.about.alternateName).to.include('Proleukin');
    expect(data.about.code.map((c: { codeValue: string }) => c.codeValue)).to.include('L03AC01');
    const outcomes = data.about.adverseOutcome.map((o: { name: string }) => o.name);
    expect(outcomes).to.include('Low blood pressure and fluid leaking from blood vessels');
    expect(outcomes.length).to.equal(14);
    expect(data.citation.length).to.be.greaterThan(5);
    el.removeAttribute('structured-data');
    await waitForLd(el, false);
    expect(jsonLd(el)).to.equal(null);
  });

  it('escapes < so a hostile model cannot close the data block', async () => {
    const el = await card('interferon-alfa', { 'structured-data': '', src: '/fixtures/hostile-model' });
    await waitForLd(el, true);
    const text = jsonLd(el)!.textContent!;
    expect(text).not.to.contain('<');
    expect(JSON.parse(text).about.name).to.contain('<script>');
  });
});
