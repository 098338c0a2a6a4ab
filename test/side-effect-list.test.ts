import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/side-effect-list/define.js';
import { SideEffectList } from '../src/elements/side-effect-list/side-effect-list.js';
import { parseBandFilter, telHref } from '../src/elements/side-effect-list/side-effect-list.types.js';
import { readerText, settle, shadow } from './helpers.js';
import { describeWidgetContract, drugWidget, make, titleOf } from './contract.js';
import { warnings } from './helpers.js';

const list = (drug: string, attrs: Record<string, string> = {}) => make('side-effect-list', { drug, ...attrs });
const effectNames = (el: HTMLElement) => [...shadow(el).querySelectorAll('.effect .name')].map((n) => n.textContent);
/** The frequency groups' headings (not "When to get help", which shares their part). */
const groupHeadings = (el: HTMLElement) =>
  [...shadow(el).querySelectorAll('[part="group-heading"]:not(#care-heading)')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());

describeWidgetContract(drugWidget('side-effect-list', SideEffectList, 'group-heading', 'Side effects of '));

describe('<side-effect-list>', () => {
  const seed = ['Fatigue (tiredness and weakness)', 'Flu-like symptoms', 'Diarrhoea', 'Low levels of blood cells', 'Feeling sick', 'Loss of appetite'];

  it('lists every side effect the seed page names, for both drugs', async () => {
    for (const drug of ['interferon-alfa', 'aldesleukin']) {
      const names = effectNames(await list(drug));
      for (const name of seed) expect(names.some((n) => n!.startsWith(name)), `${drug}: ${name}`).to.equal(true);
    }
  });

  it('shows low blood pressure for aldesleukin only, never for interferon', async () => {
    expect(effectNames(await list('aldesleukin')).some((n) => /low blood pressure/i.test(n!))).to.equal(true);
    const ifn = await list('interferon-alfa');
    expect(readerText(ifn).toLowerCase()).not.to.contain('low blood pressure');
    expect(readerText(ifn).toLowerCase()).not.to.contain('capillary leak');
  });

  it('puts serious side effects first, then groups by how common on one named scale each, with counts, as real lists', async () => {
    const el = await list('aldesleukin');
    expect(groupHeadings(el)).to.deep.equal([
      'Serious side effects: know the signs (2)',
      'Very common: 10 or more in 100 people (4)',
      'Common: 1 to 10 in 100 people (3)',
      'How often is not known (5)',
    ]);
    const lists = shadow(el).querySelectorAll('ul[part="list"]');
    expect(lists.length).to.equal(4);
    // Capillary leak and low blood pressure lead, whatever their frequency.
    expect(effectNames(el)[0]).to.equal('Low blood pressure and fluid leaking from blood vessels');
    // Within a group the larger number comes first: 19 in 100 before 15 in 100.
    expect(effectNames(el).slice(2, 4)).to.deep.equal(['Low levels of blood cells: red blood cells (anaemia)', 'Low levels of blood cells: platelets']);
    // UK patient pages' "common" (more than 10 in 100) never shares a heading with the licence's.
    expect(groupHeadings(await list('interferon-alfa'))).to.deep.equal([
      'Serious side effects: know the signs (1)',
      'Common: more than 10 in 100 people (7)',
      'Occasional: between 1 and 10 in 100 people (2)',
    ]);
  });

  it('no group mixes two scales', async () => {
    for (const drug of ['interferon-alfa', 'aldesleukin']) {
      const el = await list(drug);
      for (const ul of shadow(el).querySelectorAll('ul[part="list"]')) {
        if (ul.getAttribute('aria-labelledby') === 'group-serious') continue;
        const notes = new Set([...ul.querySelectorAll('.scale-note')].map((n) => n.textContent));
        expect(notes.size, `${drug} ${ul.getAttribute('aria-labelledby')}`).to.be.at.most(1);
      }
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
    for (const d of shadow(el).querySelectorAll<HTMLDetailsElement>('details.effect')) {
      d.open = true;
      expect(d.querySelectorAll('p').length, d.dataset.id).to.be.greaterThan(1);
      expect(d.innerText, d.dataset.id).to.contain('What you can do');
    }
  });

  describe('care cards', () => {
    it('shows three levels in NHS order, with visible level labels', async () => {
      const el = await list('interferon-alfa');
      const cards = [...shadow(el).querySelectorAll('.care-card')];
      expect(cards.map((c) => c.classList[1])).to.deep.equal(['non-urgent', 'urgent', 'urgent', 'emergency', 'emergency']);
      expect([...new Set(cards.map((c) => c.querySelector('.care-level')!.textContent))]).to.deep.equal([
        'Non-urgent advice:', 'Urgent advice:', 'Immediate action required:',
      ]);
      expect(cards[3].textContent).to.contain('Call 999 or go to A&E');
    });

    for (const drug of ['interferon-alfa', 'aldesleukin']) {
      it(`${drug}: a crisis route for thoughts of suicide or self-harm, with tap-to-call numbers`, async () => {
        const el = await list(drug);
        const cards = [...shadow(el).querySelectorAll<HTMLElement>('.care-card')];
        const urgent = cards.find((c) => c.classList.contains('urgent') && /suicide|self-harm/i.test(c.textContent!))!;
        const emergency = cards.find((c) => c.classList.contains('emergency') && /overdose|keep yourself safe/i.test(c.textContent!))!;
        expect(urgent, 'urgent crisis card').to.exist;
        expect(emergency, 'emergency crisis card').to.exist;
        const words = urgent.innerText.replace(/\s+/g, ' ');
        expect(words).to.match(/NHS 111/);
        expect(words).to.match(/mental health option/);
        expect(words).not.to.match(/option 2/i);
        expect(words).to.contain('116 123');
        expect(words).to.match(/SHOUT to 85258/);
        const tels = (card: HTMLElement) => [...card.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
        expect(tels(urgent)).to.include.members(['tel:111', 'tel:116123']);
        expect(tels(emergency)).to.include('tel:999');
        expect(emergency.innerText).to.match(/999/);
        expect(emergency.innerText).to.match(/A&E/);
      });
    }

    it("adds the host's own crisis line to the urgent crisis card only", async () => {
      const el = await list('ifn', { 'crisis-line': 'the Greater Example crisis line, open 24 hours', 'crisis-phone': '0800 000 0000' });
      const withLine = [...shadow(el).querySelectorAll<HTMLElement>('.care-card')].filter((c) => c.textContent!.includes('Greater Example'));
      expect(withLine.length).to.equal(1);
      expect(withLine[0].classList.contains('urgent')).to.equal(true);
      expect(withLine[0].innerText).to.contain('You can also call the Greater Example crisis line, open 24 hours.');
      expect(withLine[0].querySelector('a[href="tel:08000000000"]')!.textContent).to.equal('0800 000 0000');
    });

    it('uses the generic advice line and the cited temperatures by default', async () => {
      const text = readerText(await list('ifn'));
      expect(text).to.contain("Call your treatment team's 24-hour advice line straight away");
      expect(text).to.contain('37.5 °C or above, or below 36 °C');
      expect(text).not.to.match(/\{\w+\}/);
    });

    it("uses the host's advice line, phone and thresholds", async () => {
      const el = await list('ifn', {
        'advice-line': 'the Acute Oncology Service', 'advice-phone': '0161 000 0000', 'high-temperature': '38 °C', 'low-temperature': '35.5 °C',
      });
      const text = readerText(el);
      expect(text).to.contain('Call the Acute Oncology Service straight away');
      expect(text).to.contain('38 °C or above, or below 35.5 °C');
      const tel = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
      expect(tel.length).to.be.greaterThan(0);
      expect(tel[0].getAttribute('href')).to.equal('tel:01610000000');
      expect(tel[0].textContent).to.equal('0161 000 0000');
    });

    it('warns aldesleukin readers about low blood pressure and fluid leaks', async () => {
      const urgent = shadow(await list('aldesleukin')).querySelector('.care-card.urgent')!;
      expect(urgent.textContent).to.match(/fast heartbeat|breathless/i);
    });
  });

  describe('expanded and filter', () => {
    it('opens every side effect with the expanded attribute, and closes them when removed', async () => {
      const el = await list('aldesleukin', { expanded: '' });
      const effects = [...shadow(el).querySelectorAll<HTMLDetailsElement>('details.effect')];
      expect(effects.length).to.equal(14);
      expect(effects.every((d) => d.open)).to.equal(true);
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

    it('shows only the chosen groups, after the serious side effects, which always show', async () => {
      const el = await list('aldesleukin', { filter: 'very-common' });
      expect(effectNames(el).length).to.equal(6);
      expect(groupHeadings(el)).to.deep.equal(['Serious side effects: know the signs (2)', 'Very common: 10 or more in 100 people (4)']);
    });

    it('accepts several groups, separated by spaces or commas', async () => {
      expect(effectNames(await list('aldesleukin', { filter: 'common, very-common' })).length).to.equal(9);
    });

    it('ignores unknown group names with a warning, showing everything', async () => {
      let el!: HTMLElement;
      const calls = await warnings(async () => (el = await list('aldesleukin', { filter: 'rare' })));
      expect(effectNames(el).length).to.equal(14);
      expect(calls.some((c) => c.includes('rare'))).to.equal(true);
    });

    it('says so when no side effect is in the chosen groups', async () => {
      const el = await list('interferon-alfa', { filter: 'uncommon' });
      expect(effectNames(el)).to.deep.equal(['Low mood, depression and anxiety']);
      expect(readerText(el)).to.contain('None of the side effects we list are in the chosen groups');
    });

    it('axe-clean when expanded and filtered', async () => {
      await expect(await list('ifn', { expanded: '', filter: 'very-common' })).to.be.accessible();
    });
  });

  it('opens a side effect from the keyboard', async () => {
    const el = await list('ifn');
    const summary = shadow(el).querySelector('details.effect > summary') as HTMLElement;
    let guard = 0;
    while (shadow(el).activeElement !== summary && guard++ < 15) await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(summary);
    // ' ' rather than 'Space': WebDriver BiDi (Firefox) knows keys by the character they type.
    await sendKeys({ press: ' ' });
    expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
  });

  it("cites only the list's own sources: none that only interferon's content uses", async () => {
    const el = await list('aldesleukin');
    const footer = shadow(el).querySelector('footer') as HTMLElement;
    footer.querySelectorAll('details').forEach((d) => (d.open = true));
    expect(footer.innerText).to.contain('Proleukin: undesirable effects');
    expect(footer.innerText).not.to.contain('Intron A: undesirable effects');
    expect(footer.innerText).not.to.contain('depression during interferon-alpha treatment');
  });

  it('titles the list with the drug name', async () => {
    expect(titleOf(await list('il2')).textContent).to.equal('Side effects of Aldesleukin');
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
