/**
 * Languages: a widget speaks the language its `lang` (or the page's) asks for, when there is
 * content and a catalogue in it; says so when there is not; follows a change of language after
 * load; and survives longer text and right-to-left layout (the pseudo-locales en-XA and ar-XB).
 *
 * Order matters in this file: message catalogues are registered for the whole page, so the
 * tests that need no Welsh catalogue come before the ones that register one.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/elements/cytokine-card/define.js';
import '../src/elements/side-effect-list/define.js';
import '../src/elements/injection-video/define.js';
import type { CytokineErrorDetail } from '../src/model/errors.js';
import { registerMessages } from '../src/index.js';
import { readerText, renderWithErrors, settle, shadow, warnings } from './helpers.js';

const TAGS = ['cytokine-card', 'side-effect-list', 'injection-video'] as const;

/** A widget with its usual attributes, in a wrapper of the given width and language. */
async function widget(tag: (typeof TAGS)[number], attrs: Record<string, string> = {}, wrapper: { lang?: string; width?: number } = {}) {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  if (wrapper.lang) box.lang = wrapper.lang;
  if (wrapper.width) box.style.width = `${wrapper.width}px`;
  const el = document.createElement(tag);
  const all = { ...(tag === 'injection-video' ? { 'transcript-open': '' } : { drug: 'aldesleukin' }), ...attrs };
  for (const [k, v] of Object.entries(all)) el.setAttribute(k, v);
  box.append(el);
  await settle(el);
  return el;
}

const base = (el: HTMLElement) => shadow(el).querySelector<HTMLElement>('[part="base"]')!;
const note = (el: HTMLElement) => shadow(el).querySelector<HTMLElement>('[part="language-note"]');
const title = (el: HTMLElement) => shadow(el).querySelector<HTMLElement>('[part="title"]')!.textContent!.trim();

/**
 * Elements whose content is wider than their box: text that does not fit a narrow screen. Text
 * that cannot wrap overflows by tens of pixels; Firefox counts the hanging spaces at the end of
 * right-to-left lines in scrollWidth (2 to 5 px), which no reader sees.
 */
const SLACK = 8;
function overflowing(el: HTMLElement): string[] {
  const root = shadow(el);
  const boxes = [
    base(el),
    ...root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, summary, button, p, li, dt, dd, a'),
    // The video's transcript (headings, buttons, lines) is in the page's DOM, inside the element.
    ...el.querySelectorAll<HTMLElement>(':scope > [data-cytokine-transcript] :is(.transcript-heading, button, p)'),
  ];
  return boxes.filter((b) => b.scrollWidth > b.clientWidth + SLACK && getComputedStyle(b).display !== 'inline').map((b) => `${b.localName}.${b.className} +${b.scrollWidth - b.clientWidth}px: ${b.textContent!.trim().slice(0, 40)}`);
}

/** Shown elements (in the shadow tree and the light-DOM transcript) that stick out of the widget sideways. */
function outside(el: HTMLElement): string[] {
  const edge = el.getBoundingClientRect();
  const nodes = [...shadow(el).querySelectorAll('*'), ...el.querySelectorAll(':scope > [data-cytokine-transcript] *')];
  return nodes
    .filter((n) => {
      const box = n.getBoundingClientRect();
      return box.width > 1 && (box.right > edge.right + SLACK || box.left < edge.left - SLACK);
    })
    .map((n) => `${n.localName}.${n.getAttribute('part') ?? n.className}`);
}

describe('pseudo-locales: longer text and right to left', () => {
  // Text is laid out by each engine, so long text is checked in all three here. The Theming ›
  // "Long text (pseudo-locale en-XA)" story shows it (its language, no note, a long label).
  for (const tag of TAGS) {
    it(`<${tag} lang="en-XA">: the long pseudo text fits 320 px, nothing overflows or sticks out`, async () => {
      const el = await widget(tag, { lang: 'en-XA' }, { width: 320 });
      expect(readerText(el)).to.contain('[Ļåšţ ûþðåţéð');
      const over = overflowing(el);
      expect(over, over.join(' | ')).to.deep.equal([]);
      expect(outside(el)).to.deep.equal([]);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      // Translated names still hold the visible words (WCAG 2.5.3), and nothing else breaks.
      await expect(el).to.be.accessible();
    });
  }

  for (const tag of TAGS) {
    it(`<${tag} lang="en-XA">: no English word left anywhere a reader or a screen reader meets, text or name`, async () => {
      const el = await widget(tag, { lang: 'en-XA' });
      const root = shadow(el);
      root.querySelectorAll('details').forEach((d) => (d.open = true));
      // Kept as written on purpose: the titles of the (English) sources and the drug codes; and
      // dates, which Intl writes in the locale's own words (a pseudo-locale has none, so English).
      const kept = (node: Node) => !!node.parentElement?.closest('.sources li, .codes li, time');
      const texts: string[] = [];
      // The shadow tree, and the video's transcript in the page's DOM.
      for (const tree of [root, ...el.querySelectorAll(':scope > [data-cytokine-transcript]')]) {
        const walker = document.createTreeWalker(tree, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!kept(node)) texts.push(node.textContent!);
      }
      for (const named of [...root.querySelectorAll('[aria-label]'), ...el.querySelectorAll(':scope > [data-cytokine-transcript] [aria-label]')]) {
        texts.push(named.getAttribute('aria-label')!);
      }
      const PADDING = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
      const english = texts.flatMap((t) => t.match(/\b[A-Za-z]{3,}\b/g) ?? []).filter((w) => !PADDING.has(w));
      expect(english).to.deep.equal([]);
    });
  }

  it('the list uses the pseudo words for its own labels', async () => {
    const list = await widget('side-effect-list', { lang: 'en-XA' });
    expect(title(list)).to.match(/^\[Šîðé éƒƒéçţš öƒ \[Åļðéšļéûķîñ/);
    expect(readerText(list)).to.contain('[Ŵĥéñ ţö ĝéţ ĥéļþ');
  });

  for (const tag of TAGS) {
    // The mirrored layout (dir, lists, the play button) is the Theming › "Right to left:
    // mirrored layout (pseudo-locale ar-XB)" story; here, each engine's text layout.
    it(`<${tag} lang="ar-XB">: lays out right to left`, async () => {
      const el = await widget(tag, { lang: 'ar-XB' }, { width: 320 });
      expect(getComputedStyle(base(el)).direction).to.equal('rtl');
      expect(title(el)).to.contain('\u202e');
      const over = overflowing(el);
      expect(over, over.join(' | ')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('phone numbers keep their left-to-right order on a right-to-left page', async () => {
    const el = await widget('side-effect-list', { lang: 'ar-XB', 'advice-phone': '0161 000 0000' });
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="phone-link"]')];
    expect(links.length).to.be.greaterThan(1);
    for (const a of links) expect(getComputedStyle(a).direction, a.textContent!).to.equal('ltr');
  });

  // A pseudo-locale is chosen only by its exact tag (an Arabic page gets English, with a note):
  // the Theming › "Right to left: Arabic page, en-GB content" story.

  it('errors speak the widget\'s language too; the developer\'s hint stays English', async () => {
    const { el, errors } = await renderWithErrors<HTMLElement>(html`<cytokine-card lang="en-XA" drug="paracetamol"><p>Fallback</p></cytokine-card>`);
    await settle(el);
    const message = shadow(el).querySelector('[part="error"]')!;
    expect(message.textContent).to.contain('[Šöŕŕý');
    expect(message.getAttribute('lang')).to.equal('en-XA');
    expect(errors[0].message).to.equal(message.textContent!.trim());
    expect(errors[0].hint).to.contain('No drug called "paracetamol"');
  });
});

describe('a language with no content: English, and a note that says so', () => {
  // Each widget on a Welsh page, in English with a visible note in English: the Theming ›
  // "Language not available (Welsh page)" story.
  it('no note when the page asks for English of another region', async () => {
    const el = await widget('cytokine-card', {}, { lang: 'en-US' });
    expect(note(el)).to.equal(null);
  });
});

describe('following the page', () => {
  it('picks up a language change on an ancestor after load, and back', async () => {
    const el = await widget('cytokine-card', {}, { lang: 'en-GB' });
    expect(title(el)).to.equal('Aldesleukin');
    el.parentElement!.lang = 'en-XA';
    await nextFrame();
    await settle(el);
    expect(base(el).getAttribute('lang')).to.equal('en-XA');
    expect(title(el)).to.contain('[Åļðéšļéûķîñ');
    el.parentElement!.lang = 'en-GB';
    await nextFrame();
    await settle(el);
    expect(title(el)).to.equal('Aldesleukin');
  });

  it('its own lang attribute wins over the page\'s', async () => {
    const el = await widget('cytokine-card', { lang: 'en-GB' }, { lang: 'en-XA' });
    expect(title(el)).to.equal('Aldesleukin');
  });

  it('widgets in two languages share a page, each in its own words', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <cytokine-card drug="ifn" lang="en-GB"></cytokine-card>
      <cytokine-card drug="ifn" lang="en-XA"></cytokine-card>
    </div>`);
    const [english, pseudo] = [...box.querySelectorAll<HTMLElement>('cytokine-card')];
    await Promise.all([settle(english), settle(pseudo)]);
    expect(readerText(english)).to.contain('Other names');
    expect(readerText(pseudo)).not.to.contain('Other names');
    expect(readerText(pseudo)).to.contain('[Öţĥéŕ ñåɱéš');
  });
});

describe('a hospital\'s own language: a reviewed model (src) and catalogue (messages)', () => {
  it('refuses a catalogue whose translation drops a placeholder: the widget stays English and says why', async () => {
    let el!: HTMLElement;
    const warned = await warnings(async () => (el = await widget('side-effect-list', { messages: '/fixtures/messages-cy?broken' }, { lang: 'cy' })));
    expect(title(el)).to.equal('Side effects of Aldesleukin');
    expect(warned.join('\n')).to.match(/messages-invalid.*sideEffectsOf.*\{drug\}/s);
    // A catalogue alone does not download the content model's checker (Ajv's compiled schema).
    const loaded = performance.getEntriesByType('resource').map((r) => r.name);
    expect(loaded.some((url) => url.includes('/i18n/host-messages'))).to.equal(true);
    expect(loaded.filter((url) => /\/model\/(check|host-model|generated\/validate-model)/.test(url))).to.deep.equal([]);
  });

  it('a catalogue that cannot be loaded is reported as messages-invalid, with the reason', async () => {
    const warned = await warnings(() => widget('cytokine-card', { messages: '/fixtures/server-error' }, { lang: 'cy' }));
    expect(warned.join('\n')).to.match(/messages-invalid: The message catalogue \/fixtures\/server-error is not valid.*src-unreachable HTTP 500/s);
  });

  it('with a catalogue but no Welsh content: the note is in Welsh, the content English', async () => {
    let el!: HTMLElement;
    const warned = await warnings(async () => (el = await widget('cytokine-card', { messages: '/fixtures/messages-cy?partial' }, { lang: 'cy' })));
    // The catalogue leaves out one message: said once, when it arrives.
    expect(warned.filter((w) => w.includes('otherNames'))).to.have.length(1);
    expect(base(el).getAttribute('lang')).to.equal('en-GB');
    expect(note(el)!.textContent).to.match(/^⟨cy⟩ This information is not available in /);
    expect(note(el)!.getAttribute('lang')).to.equal('cy');
    // The content is English, so its words are too.
    expect(readerText(el)).to.contain('Other names');
  });

  it('with both: the widget speaks Welsh, with no note; a missing message stays English', async () => {
    let el!: HTMLElement;
    const warned = await warnings(async () => (el = await widget('cytokine-card', { drug: 'interferon-alfa', src: '/fixtures/host-model-cy', messages: '/fixtures/messages-cy?partial' }, { lang: 'cy' })));
    expect(base(el).getAttribute('lang')).to.equal('cy');
    expect(note(el)).to.equal(null);
    expect(title(el)).to.equal('⟨cy⟩ Interferon alfa');
    const text = readerText(el);
    expect(text).to.contain('⟨cy⟩ Last updated');
    expect(text).to.contain('⟨cy⟩ Not yet clinically reviewed');
    // ?partial left out "Other names": English, not blank.
    expect(text).to.contain('Other names');
    // Said once per page (the test before), not again for each widget that uses the catalogue.
    expect(warned.filter((w) => w.includes('otherNames'))).to.deep.equal([]);
  });

  it('registerMessages() adds a catalogue from code, and widgets already shown redraw in it', async () => {
    const el = await widget('side-effect-list', { src: '/fixtures/host-model-cy' }, { lang: 'cy' });
    const errors: CytokineErrorDetail[] = [];
    el.addEventListener('cytokine-error', (e) => errors.push((e as CustomEvent<CytokineErrorDetail>).detail));
    await registerMessages({ locale: 'cy', messages: { whenToGetHelp: '⟨cy⟩ Pryd i gael help' } });
    await settle(el);
    await nextFrame();
    expect(readerText(el)).to.contain('⟨cy⟩ Pryd i gael help');
    expect(errors).to.deep.equal([]);
  });

  it('registerMessages() refuses an unknown id with the reason', async () => {
    const refused = await registerMessages({ locale: 'cy', messages: { noSuchMessage: 'x' } }).catch((e: unknown) => e);
    expect(String((refused as { hint?: string }).hint)).to.contain('noSuchMessage');
  });
});

describe('a hospital\'s models, one per language: src="/content/{lang}.json"', () => {
  const SRC = '/fixtures/lang/{lang}';
  it('takes the file in the page\'s language', async () => {
    const el = await widget('cytokine-card', { src: SRC }, { lang: 'cy' });
    expect(title(el)).to.equal('⟨cy⟩ Aldesleukin');
    expect(note(el)).to.equal(null);
  });

  it('moves on from a missing file to the language alone, then en-GB, with no note for English', async () => {
    const el = await widget('cytokine-card', { src: SRC }, { lang: 'en-US' });
    expect(title(el)).to.equal('Our Aldesleukin');
    expect(note(el)).to.equal(null);
  });

  it('falls back to the hospital\'s en-GB file, with the note, for a language it has no file for', async () => {
    const el = await widget('cytokine-card', { src: SRC }, { lang: 'fr' });
    expect(title(el)).to.equal('Our Aldesleukin');
    expect(note(el)!.textContent).to.contain('not available in French');
  });

  it('follows a language switch on the page to the other file', async () => {
    const el = await widget('cytokine-card', { src: SRC }, { lang: 'cy' });
    expect(title(el)).to.equal('⟨cy⟩ Aldesleukin');
    el.parentElement!.lang = 'en-GB';
    await nextFrame();
    await settle(el);
    expect(title(el)).to.equal('Our Aldesleukin');
    expect(note(el)).to.equal(null);
  });

  it('a file that fails for another reason than 404 is an error, not a reason to try the next', async () => {
    const { el, errors } = await renderWithErrors<HTMLElement>(html`<cytokine-card drug="aldesleukin" src="/fixtures/server-error?{lang}"><p>Fallback</p></cytokine-card>`);
    await settle(el);
    expect(errors.map((e) => e.code)).to.deep.equal(['src-unreachable']);
    expect(errors[0].hint).to.contain('HTTP 500');
  });
});

describe('a hospital\'s own British English wording (runs last: it changes en-GB for the page)', () => {
  it('an en-GB catalogue overrides the built-in words it names, and only those', async () => {
    await registerMessages({ locale: 'en-GB', messages: { whenToGetHelp: 'When to get help from us' } });
    const el = await widget('side-effect-list', {}, { lang: 'en-GB' });
    const text = readerText(el);
    expect(text).to.contain('When to get help from us');
    expect(text).to.contain('About these numbers');
  });
});
