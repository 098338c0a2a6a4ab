import { expect, waitUntil } from '@open-wc/testing';
import '../src/elements/side-effect-list/define.js';
import { SideEffectList } from '../src/elements/side-effect-list/side-effect-list.js';
import { parseBandFilter, telHref } from '../src/elements/side-effect-list/side-effect-list.types.js';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import { emulateMediaOrSkip, readerText, settle, shadow } from './helpers.js';
import { loadBundledModel } from '../src/content/index.js';
import { careLevel } from '../src/i18n/messages.js';
import { CARE_LEVELS } from '../src/model/vocabularies.js';
import { describeWidgetContract, drugWidget, make } from './contract.js';

const list = (drug: string, attrs: Record<string, string> = {}) => make('side-effect-list', { drug, ...attrs });
const effectNames = (el: HTMLElement) => [...shadow(el).querySelectorAll('.effect .name')].map((n) => n.textContent);

describeWidgetContract(
  drugWidget('side-effect-list', SideEffectList, 'group-heading', 'Side effects of ', {
    'src-unreachable': 'Error: unreachable src',
    'src-invalid': 'Error: src is not a content model',
  }),
);

describe('<side-effect-list>', () => {
  const seed = ['Fatigue (tiredness and weakness)', 'Flu-like symptoms', 'Diarrhoea', 'Low levels of blood cells', 'Feeling sick', 'Loss of appetite'];

  it('lists every side effect the seed page names, for both drugs', async () => {
    for (const drug of ['interferon-alfa', 'aldesleukin']) {
      const names = effectNames(await list(drug));
      for (const name of seed) expect(names.some((n) => n!.startsWith(name)), `${drug}: ${name}`).to.equal(true);
    }
  });

  // That aldesleukin's list leads with it is specified by the "Aldesleukin" story.
  it('never shows low blood pressure or capillary leak for interferon', async () => {
    const ifn = await list('interferon-alfa');
    expect(readerText(ifn).toLowerCase()).not.to.contain('low blood pressure');
    expect(readerText(ifn).toLowerCase()).not.to.contain('capillary leak');
  });

  it('no group mixes two scales', async () => {
    for (const drug of ['interferon-alfa', 'aldesleukin']) {
      const el = await list(drug);
      const scales = new Set<string | null>();
      for (const ul of shadow(el).querySelectorAll('ul[part="list"]')) {
        if (ul.getAttribute('aria-labelledby') === 'group-serious') continue;
        const notes = new Set([...ul.querySelectorAll('.scale-note')].map((n) => n.textContent));
        expect(notes.size, `${drug} ${ul.getAttribute('aria-labelledby')}`).to.be.at.most(1);
        notes.forEach((n) => scales.add(n));
      }
      // The side effects do name their scale (else the check above finds nothing to compare).
      expect(scales.size, `${drug}: scales named`).to.be.greaterThan(0);
    }
  });

  it('gives how common as words and a number out of 100, with the scale it comes from', async () => {
    const el = await list('aldesleukin');
    const counts = shadow(el).querySelector('[data-id="anaemia"]') as HTMLDetailsElement;
    expect(counts.querySelector('.how-many')!.textContent).to.equal('19 in 100 people');
    counts.open = true;
    expect(counts.innerText).to.contain('Very common: about 19 in 100 people');
    expect(counts.innerText).to.contain('(Medicine licence)');
    // A band with no number is said by the group's heading, not again on each side effect.
    expect(shadow(el).querySelector('[data-id="infections"] .how-many')).to.equal(null);
    expect(shadow(el).querySelector('[data-id="infections"]')!.closest('ul')!.getAttribute('aria-labelledby')).to.equal('group-licence-common');
    // In the serious group, which gathers all frequencies, each says its own.
    expect(shadow(el).querySelector('[data-id="low-mood"] .how-many')!.textContent).to.equal('Very common: 10 or more in 100 people');
    const text = readerText(el);
    expect(text).to.contain('very common means 10 or more in 100 people; common means 1 to 10 in 100');
  });

  it('says "Not known" where no cited source gives a number, never inventing one', async () => {
    const el = await list('interferon-alfa');
    const bp = shadow(await list('aldesleukin')).querySelector('[data-id="low-blood-pressure"]')!;
    // The only figure is for high doses into a vein (US); for injections under the skin: not known.
    expect(bp.querySelector('.how-many')!.textContent).to.equal('Not known');
    expect(bp.textContent).to.contain('more than 2 in 3 people');
    const aldesleukin = await list('aldesleukin');
    const fatigue = shadow(aldesleukin).querySelector('[data-id="fatigue"]') as HTMLDetailsElement;
    fatigue.open = true;
    expect(fatigue.innerText).to.contain('How common: How often is not known');
    expect(readerText(aldesleukin)).to.contain('None of the sources we use puts this side effect in a group or gives a number');
    // Interferon's fatigue has a band (UK patient pages): it says so rather than "not known".
    const ifnFatigue = shadow(el).querySelector('[data-id="fatigue"]') as HTMLDetailsElement;
    ifnFatigue.open = true;
    expect(ifnFatigue.innerText).to.contain('How common: Common: more than 10 in 100 people');
  });

  it('each side effect has a description and what the reader can do', async () => {
    const el = await list('interferon-alfa');
    const effects = shadow(el).querySelectorAll<HTMLDetailsElement>('details.effect');
    expect(effects.length).to.equal(10);
    for (const d of effects) {
      d.open = true;
      expect(d.querySelectorAll('p').length, d.dataset.id).to.be.greaterThan(1);
      expect(d.innerText, d.dataset.id).to.contain('What you can do');
    }
  });

  // The levels, their order and labels, the crisis route, the host's crisis line and advice
  // line are specified by the "Care cards, with the host advice line", "Crisis route, with a
  // local crisis line" and "Aldesleukin" stories.
  describe('care cards', () => {
    it('warns aldesleukin readers about low blood pressure and fluid leaks', async () => {
      const urgent = shadow(await list('aldesleukin')).querySelector('.care-card.urgent')!;
      expect(urgent.textContent).to.match(/fast heartbeat|breathless/i);
    });
  });

  describe('parts', () => {
    it("names each side effect's name, frequency and content, and each care card's level, body and list", async () => {
      const el = await list('aldesleukin', { 'advice-phone': '0800 123 456' });
      const drug = (await loadBundledModel('en-GB')).drugs.find((d) => d.id === 'aldesleukin')!;
      const effects = shadow(el).querySelectorAll<HTMLDetailsElement>('[part="effect"]');
      expect(effects.length).to.equal(drug.sideEffects.length);
      for (const details of effects) {
        const effect = drug.sideEffects.find((e) => e.id === details.dataset.id)!;
        const summary = details.querySelector(':scope > summary')!;
        expect(summary.querySelector('[part="effect-name"]')!.textContent).to.equal(effect.name);
        const content = details.querySelector(':scope > [part="effect-content"]')!;
        // Everything the disclosure shows when open, and nothing of its summary.
        expect(details.children.length).to.equal(2);
        expect(details.children[0]).to.equal(summary);
        expect(details.children[1]).to.equal(content);
        expect(content.querySelector('p')!.textContent).to.equal(effect.description.text);
      }
      const anaemia = shadow(el).querySelector('[data-id="anaemia"] [part="effect-frequency"]')!;
      expect(anaemia.textContent).to.equal('19 in 100 people');
      const cards = shadow(el).querySelectorAll('[part~="care-card"]');
      const ordered = CARE_LEVELS.flatMap((l) => drug.careCards.filter((c) => c.level === l));
      expect(cards.length).to.equal(ordered.length);
      cards.forEach((card, i) => {
        const data = ordered[i];
        expect(card.matches(`[part~="care-card-${data.level}"]`), `card ${i}`).to.equal(true);
        expect(card.querySelector('[part~="care-heading"] > [part="care-level"]')!.textContent, `card ${i}`).to.equal(`${careLevel(data.level)}:`);
        const body = card.querySelector(':scope > [part="care-body"]')!;
        expect(body.querySelectorAll(':scope > [part="care-list"] > li').length, `card ${i}`).to.equal(data.signs.length);
        // The list of signs, not the list of phone numbers some cards add.
        expect(body.querySelector('[part="care-list"]')).to.equal(body.querySelector('ul'));
      });
    });

    it('wraps the content of the other disclosures (about the numbers, sources) in details-content', async () => {
      const el = await list('aldesleukin');
      const disclosures = shadow(el).querySelectorAll('[part="details"]');
      expect(disclosures.length).to.equal(2);
      for (const details of disclosures) {
        expect([...details.children].map((c) => c.getAttribute('part'))).to.deep.equal(['details-summary', 'details-content']);
        expect(details.querySelector('[part="details-content"]')!.textContent!.trim()).not.to.equal('');
      }
    });
  });

  describe('tokens', () => {
    it('--cytokine-paragraph-spacing sets the space after paragraphs and lists', async () => {
      const el = await list('aldesleukin');
      const p = shadow(el).querySelector('[part="effect-content"] p')!;
      const ul = shadow(el).querySelector('[part="care-list"]')!;
      expect(getComputedStyle(p).marginBlockEnd).to.equal(`${0.75 * parseFloat(getComputedStyle(p).fontSize)}px`);
      el.style.setProperty('--cytokine-paragraph-spacing', '2em');
      expect(getComputedStyle(p).marginBlockEnd).to.equal(`${2 * parseFloat(getComputedStyle(p).fontSize)}px`);
      expect(getComputedStyle(ul).marginBlockEnd).to.equal(`${2 * parseFloat(getComputedStyle(ul).fontSize)}px`);
    });

    it('--cytokine-link-hover-color colours a summary under the pointer, and only then', async () => {
      const el = await list('aldesleukin');
      el.style.setProperty('--cytokine-link-color', 'rgb(0, 0, 255)');
      el.style.setProperty('--cytokine-link-hover-color', 'rgb(124, 40, 85)');
      const summary = shadow(el).querySelector('[part="details-summary"]')!;
      expect(getComputedStyle(summary).color).to.equal('rgb(0, 0, 255)');
      const box = summary.getBoundingClientRect();
      try {
        await sendMouse({ type: 'move', position: [Math.round(box.x + 10), Math.round(box.y + box.height / 2)] });
        // WebDriver (Firefox, WebKit) moves the pointer a while before the page restyles.
        await waitUntil(() => getComputedStyle(summary).color !== 'rgb(0, 0, 255)', 'the summary changes colour under the pointer', { timeout: 3000 });
        expect(getComputedStyle(summary).color).to.equal('rgb(124, 40, 85)');
      } finally {
        await resetMouse();
      }
    });
  });

  describe('print', () => {
    const visible = (e: Element) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && (e as HTMLElement).checkVisibility();
    };

    // Paper has no disclosures to open: a printed handout must name every side effect.
    it("prints every side effect's name, frequency and text, and the care cards with NHS.UK's black borders, thicker by urgency", async function () {
      const el = await list('aldesleukin');
      const effects = [...shadow(el).querySelectorAll('[part="effect"]')];
      await emulateMediaOrSkip(this, { media: 'print' });
      try {
        for (const details of effects) {
          const name = details.querySelector('[part="effect-name"]')!;
          expect(visible(name), name.textContent!).to.equal(true);
          const frequency = details.querySelector('[part="effect-frequency"]');
          if (frequency) expect(visible(frequency), `${name.textContent}: frequency`).to.equal(true);
          expect(visible(details.querySelector('[part="effect-content"] p')!), `${name.textContent}: text`).to.equal(true);
          // A plain label: no disclosure marker.
          expect(getComputedStyle(details.querySelector('summary')!).display).to.equal('block');
        }
        expect(effects.filter((d) => d.querySelector('[part="effect-frequency"]')).length).to.be.greaterThan(0);
        const border = (level: string) => {
          const style = getComputedStyle(shadow(el).querySelector(`[part~="care-card-${level}"]`)!);
          expect(style.borderTopColor, level).to.equal('rgb(0, 0, 0)');
          expect(style.borderLeftStyle, level).to.equal('solid');
          return parseFloat(style.borderTopWidth);
        };
        expect(['non-urgent', 'urgent', 'emergency'].map(border)).to.deep.equal([4, 6, 8]);
        const emergency = getComputedStyle(shadow(el).querySelector('[part~="care-card-emergency"] [part="care-body"]')!);
        expect([emergency.backgroundColor, emergency.color]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('expanded and filter', () => {
    // Open with the attribute, and closed without it: the "Expanded (all open)" and "Aldesleukin"
    // stories. Here: taking it away closes them.
    it('closes every side effect when the expanded attribute is removed', async () => {
      const el = await list('aldesleukin', { expanded: '' });
      const effects = [...shadow(el).querySelectorAll<HTMLDetailsElement>('details.effect')];
      expect(effects.length > 0 && effects.every((d) => d.open), 'open to begin with').to.equal(true);
      el.removeAttribute('expanded');
      await settle(el);
      expect(effects.every((d) => !d.open)).to.equal(true);
    });

    it('reflects expanded, so a page stylesheet can read it', async () => {
      const el = (await list('aldesleukin')) as SideEffectList;
      el.expanded = true;
      await el.updateComplete;
      expect(el.hasAttribute('expanded')).to.equal(true);
      expect([...shadow(el).querySelectorAll<HTMLDetailsElement>('details.effect')].every((d) => d.open)).to.equal(true);
      el.expanded = false;
      await el.updateComplete;
      expect(el.hasAttribute('expanded')).to.equal(false);
    });

    // Groups named with spaces, unknown names, and groups with nothing in them: the "Filter: …" stories.
    it('accepts several groups separated by commas', async () => {
      expect(effectNames(await list('aldesleukin', { filter: 'common, very-common' })).length).to.equal(9);
    });

    it('axe-clean when expanded and filtered', async () => {
      await expect(await list('ifn', { expanded: '', filter: 'very-common' })).to.be.accessible();
    });
  });

  it("cites only the list's own sources: none that only interferon's content uses", async () => {
    const el = await list('aldesleukin');
    const footer = shadow(el).querySelector('footer') as HTMLElement;
    footer.querySelectorAll('details').forEach((d) => (d.open = true));
    expect(footer.innerText).to.contain('Proleukin: undesirable effects');
    expect(footer.innerText).not.to.contain('Intron A: undesirable effects');
    expect(footer.innerText).not.to.contain('depression during interferon-alpha treatment');
  });

  it('parses filters and phone numbers safely', () => {
    expect(parseBandFilter('Common Very-Common').bands).to.deep.equal(['very-common', 'common']);
    expect(parseBandFilter('very-common;common')).to.deep.equal({ bands: ['very-common', 'common', 'occasional', 'uncommon', 'not-known'], unknown: ['very-common;common'] });
    expect(parseBandFilter('').bands.length).to.equal(5);
    expect(telHref('+44 (0)161 000-0000')).to.equal('tel:+4401610000000');
    expect(telHref('javascript:alert(1)')).to.equal(undefined);
    expect(telHref('javascript:alert(123)')).to.equal(undefined);
    // A number with words around it would dial the wrong digits: it stays text.
    expect(telHref('0161 496 0999 ext 2')).to.equal(undefined);
    expect(telHref('116 123')).to.equal('tel:116123');
    expect(telHref('call us')).to.equal(undefined);
  });
});
