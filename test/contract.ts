/**
 * The contract every drug widget keeps (DESIGN.md): errors with a visible message, an event and
 * the fallback; heading levels; language; host content via `src` and `model`; hostile content
 * stays inert; no style attributes; axe-clean; safe to register twice.
 */
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { defineElement } from '../src/shared/define.js';
import { loadBundledModel } from '../src/content/index.js';
import type { ContentModel } from '../src/model/types.js';
import type { CytokineElement } from '../src/shared/cytokine-element.js';
import type { CytokineErrorDetail } from '../src/model/errors.js';
import { expectErrorState, expectNoStyleAttributes, liveRegion, readerText, renderWithErrors, settle, shadow, warnings } from './helpers.js';

const bundledModel = await loadBundledModel('en-GB');

type ElementClass = typeof HTMLElement & { version: string };

/** Creates `<tag drug=...>` with attributes, connected in a fresh fixture, and waits for it. */
export async function make(tag: string, attrs: Record<string, string> = {}, fallback = ''): Promise<HTMLElement> {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (fallback) el.append(Object.assign(document.createElement('p'), { textContent: fallback }));
  const parent = await fixture(html`<div></div>`);
  parent.append(el);
  await settle(el);
  return el;
}

export const titleOf = (el: HTMLElement) => shadow(el).querySelector('[part="title"]') as HTMLElement;

/** Titles are compared without case: "Side effects of …" puts a renamed drug mid-sentence. */
const titleText = (el: HTMLElement) => titleOf(el).textContent!.toLowerCase();

/**
 * Options for the two drug widgets, which choose their content the same way. A missing drug and
 * an unknown one are specified by each widget's "Error: missing drug" and "Error: unknown drug"
 * stories; the contract keeps a drug attribute of spaces.
 */
export const drugWidget = (tag: string, ctor: ElementClass, subHeadingPart: string, titlePrefix = '', inStories: StoryCases = {}): ContractOptions => ({
  tag,
  ctor,
  subHeadingPart,
  attrs: { drug: 'interferon-alfa' },
  looseAttrs: { drug: 'ifn' },
  title: `${titlePrefix}Interferon alfa`,
  variants: [{ drug: 'aldesleukin' }],
  selectionErrors: [[{ drug: '   ' }, 'missing-drug', 'drug attribute']],
  badAttrs: [{ drug: 'paracetamol' }, 'unknown-drug'],
  rename: (model, name) => {
    model.drugs[0].name = name;
  },
  inStories,
});

/**
 * Cases of the contract that a widget's stories specify instead (one home per behaviour), each
 * with the name of the story that does, so a reader can find it. The contract leaves them out
 * for that widget. Cases the stories specify for every widget are not in the contract at all:
 * an invalid `model` property ("Error: invalid model property"), the default heading level and
 * a chosen one ("Heading levels"), and the English content on a page in a language with no
 * content (Theming › "Language not available (Welsh page)").
 */
export type StoryCases = Partial<Record<'src-unreachable' | 'src-invalid' | 'host-src' | 'model-property' | 'clinical-review' | 'review-due', string>>;

export interface ContractOptions {
  tag: string;
  ctor: ElementClass;
  /** Part name of a heading one level below the title. */
  subHeadingPart: string;
  /** Attributes that choose the content, by its id and by a looser name. */
  attrs: Record<string, string>;
  looseAttrs: Record<string, string>;
  /** What the title shows for that content. */
  title: string;
  /** Other attribute sets to check with axe. */
  variants: Array<Record<string, string>>;
  /** Errors from choosing content that no story shows: attributes, code, and words the developer's hint must contain. */
  selectionErrors: Array<[Record<string, string>, string, string]>;
  /** Attributes that choose content that does not exist, and the error's code. */
  badAttrs: [Record<string, string>, string];
  /** Changes a model so that the title shows `name`. */
  rename(model: ContentModel, name: string): void;
  /** Cases this widget's stories specify, which the contract leaves out. */
  inStories?: StoryCases;
}

export function describeWidgetContract(o: ContractOptions): void {
  const { tag, ctor, subHeadingPart } = o;
  /** True when no story of this widget specifies the case, so the contract must. */
  const ours = (name: keyof StoryCases) => !o.inStories?.[name];
  const errorCase = async (attrs: Record<string, string>, code: string) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.append(Object.assign(document.createElement('a'), { href: '/fallback', textContent: 'Read about this medicine' }));
    const { el: widget, errors } = await renderWithErrors<HTMLElement>(html`${el}`);
    expectErrorState(widget, errors, code);
    return { widget, errors };
  };

  describe(`<${tag}> contract`, () => {
    describe('lifecycle (LitElement)', () => {
      it('fires cytokine-ready after the content is in the DOM', async () => {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(o.attrs)) el.setAttribute(k, v);
        const seen: Array<string | null> = [];
        el.addEventListener('cytokine-ready', () => seen.push(el.shadowRoot!.querySelector('[part="title"]')?.textContent ?? null));
        const parent = await fixture(html`<div></div>`);
        parent.append(el);
        await (el as CytokineElement<unknown>).updateComplete;
        expect(seen).to.have.length(1);
        expect(seen[0]!.toLowerCase()).to.contain(o.title.toLowerCase());
      });

      it('updateComplete resolves once the content is shown', async () => {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries(o.attrs)) el.setAttribute(k, v);
        (await fixture(html`<div></div>`)).append(el);
        await (el as CytokineElement<unknown>).updateComplete;
        expect(titleText(el)).to.contain(o.title.toLowerCase());
      });

      it('a cytokine-error listener that corrects the attribute gets the content', async () => {
        const el = document.createElement(tag);
        const [badAttrs, code] = o.badAttrs;
        for (const [k, v] of Object.entries(badAttrs)) el.setAttribute(k, v);
        const codes: string[] = [];
        el.addEventListener('cytokine-error', (e) => {
          codes.push((e as CustomEvent<CytokineErrorDetail>).detail.code);
          // The message is already on screen when the event arrives.
          expect(shadow(el).querySelector('[part="error"]')).to.exist;
          for (const [k, v] of Object.entries(o.looseAttrs)) el.setAttribute(k, v);
        });
        await warnings(async () => {
          (await fixture(html`<div></div>`)).append(el);
          await (el as CytokineElement<unknown>).updateComplete;
          await settle(el);
        });
        expect(codes).to.deep.equal([code]);
        expect(titleText(el)).to.contain(o.title.toLowerCase());
        expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      });

      it('a render that throws shows the error view with the fallback and fires render-failed', async () => {
        // A subclass whose template throws stands in for a bug or content no check foresaw.
        const Broken = class extends (ctor as unknown as typeof HTMLElement) {
          protected renderContent(): never {
            throw new Error('boom');
          }
        };
        const brokenTag = `broken-${tag}`;
        if (!customElements.get(brokenTag)) customElements.define(brokenTag, Broken);
        const el = document.createElement(brokenTag);
        for (const [k, v] of Object.entries(o.attrs)) el.setAttribute(k, v);
        el.append(Object.assign(document.createElement('a'), { href: '/fallback', textContent: 'Read about this medicine' }));
        let result!: { el: HTMLElement; errors: CytokineErrorDetail[] };
        await warnings(async () => (result = await renderWithErrors<HTMLElement>(html`${el}`)));
        expectErrorState(result.el, result.errors, 'render-failed');
      });
    });

    describe('errors', () => {
      for (const [attrs, code, words] of o.selectionErrors) {
        it(`${JSON.stringify(attrs)}: ${code}, with the fallback kept`, async () => {
          const { widget, errors } = await errorCase(attrs, code);
          expect(errors[0].hint).to.contain(words);
          expect(shadow(widget).querySelector('[part="base"]')).to.equal(null);
        });
      }
      it('warns once for each error, and recovers when the drug is corrected', async () => {
        let el!: HTMLElement;
        const [badAttrs, code] = o.badAttrs;
        const calls = await warnings(async () => (el = await make(tag, badAttrs)));
        expect(calls.length).to.equal(1);
        expect(calls[0]).to.contain(code);
        for (const [k, v] of Object.entries(o.looseAttrs)) el.setAttribute(k, v);
        await settle(el);
        expect(titleText(el)).to.contain((o.title).toLowerCase());
      });
      it('announces an error through a live region that was there, empty, before it (WCAG 4.1.3)', async () => {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries({ ...o.looseAttrs, src: '/fixtures/wrong-shape?slow' })) el.setAttribute(k, v);
        const parent = await fixture(html`<div></div>`);
        let whenShown: string | null | undefined;
        el.addEventListener('cytokine-error', () => (whenShown = liveRegion(el)?.textContent));
        let region: HTMLElement | undefined;
        await warnings(async () => {
          parent.append(el);
          await nextFrame();
          // The first render, while the content loads: the region is in the tree, saying nothing.
          expect(shadow(el).querySelector('[aria-busy="true"]'), 'still loading').to.exist;
          region = liveRegion(el);
          expect(region, 'a live region from the first render').to.exist;
          expect(region!.textContent!.trim()).to.equal('');
          await settle(el);
        });
        const message = shadow(el).querySelector<HTMLElement>('[part="error"]')!;
        expect(message.getAttribute('role'), 'the visible message has no live role').to.equal(null);
        expect(liveRegion(el), 'the same region, not a new one').to.equal(region);
        // The words go in after the message is on screen, into a region the reader's software knows.
        expect(whenShown?.trim(), 'the region is still empty when the message appears').to.equal('');
        await waitUntil(() => region!.textContent!.trim() === message.textContent!.trim(), 'the region says the message', { timeout: 2000 });
        // Put right: the message does not stay in the region to be found later.
        el.removeAttribute('src');
        await settle(el);
        expect(titleText(el)).to.contain(o.title.toLowerCase());
        expect(liveRegion(el)).to.equal(region);
        expect(region!.textContent!.trim()).to.equal('');
      });
      const srcErrors: Array<[string, string, keyof StoryCases | undefined]> = [
        ['/fixtures/server-error', 'src-unreachable', undefined],
        ['http://127.0.0.1:9/unreachable.json', 'src-unreachable', 'src-unreachable'],
        ['/fixtures/not-json', 'src-invalid', undefined],
        ['/fixtures/wrong-shape', 'src-invalid', 'src-invalid'],
      ];
      for (const [src, code, story] of srcErrors) {
        if (story && !ours(story)) continue;
        it(`refuses src="${src}" with ${code}`, async () => {
          await errorCase({ ...o.looseAttrs, src }, code);
        });
      }
    });

    describe('heading-level', () => {
      // Levels 1 to 6, the outline below the title included, are specified by test/headings.test.ts.
      const levels = (el: HTMLElement) => [titleOf(el).localName, (shadow(el).querySelector(`[part="${subHeadingPart}"]`) as HTMLElement).localName];
      // Values the stories do not show (the "Heading levels" stories show 9 and "two").
      for (const bad of ['0', '2.5']) {
        it(`falls back to 2 with a warning for heading-level="${bad}"`, async () => {
          let el!: HTMLElement;
          const calls = await warnings(async () => (el = await make(tag, { ...o.looseAttrs, 'heading-level': bad })));
          expect(levels(el)).to.deep.equal(['h2', 'h3']);
          expect(calls.some((c) => c.includes('heading-level'))).to.equal(true);
        });
      }
    });

    describe('lang', () => {
      const langOf = (el: HTMLElement) => shadow(el).querySelector('[part="base"]')!.getAttribute('lang');
      it('marks the content with the language it is written in', async () => {
        expect(langOf(await make(tag, { ...o.looseAttrs, lang: 'en' }))).to.equal('en-GB');
      });
      it('uses a host model in another language', async () => {
        const model = structuredClone(bundledModel) as ContentModel;
        model.locale = 'cy';
        const el = (await make(tag, o.looseAttrs)) as CytokineElement<unknown>;
        const ready = oneEvent(el, 'cytokine-ready');
        el.model = model;
        await ready;
        await el.updateComplete;
        expect(langOf(el)).to.equal('cy');
      });
      it('keeps the native lang property working', async () => {
        const el = await make(tag, o.looseAttrs);
        el.lang = 'en-US';
        expect(el.getAttribute('lang')).to.equal('en-US');
      });
    });

    describe('host content', () => {
      if (ours('host-src')) {
        it('replaces the bundled model with a valid one from src', async () => {
          const el = await make(tag, { ...o.attrs, src: '/fixtures/host-model' });
          expect(titleOf(el).textContent).to.contain('(hospital copy)');
          expect(readerText(el)).to.contain('St Example Hospital');
        });
      }
      it('shows the fallback while the host model loads', async () => {
        const el = document.createElement(tag);
        for (const [k, v] of Object.entries({ ...o.looseAttrs, src: '/fixtures/host-model?slow' })) el.setAttribute(k, v);
        el.append(Object.assign(document.createElement('p'), { textContent: 'Loading fallback' }));
        const parent = await fixture(html`<div></div>`);
        parent.append(el);
        // updateComplete waits for the content; the first render (the fallback) comes before it.
        await nextFrame();
        expect((shadow(el).querySelector('slot') as HTMLSlotElement).assignedElements().length).to.equal(1);
        await settle(el);
        expect(titleOf(el).textContent).to.contain('(hospital copy)');
      });
      it('renders a hostile model as inert text: no script, no handler, no javascript: link', async () => {
        const win = window as Window & { __pwned?: boolean };
        const el = await make(tag, { ...o.attrs, src: '/fixtures/hostile-model' });
        await new Promise((r) => setTimeout(r, 50));
        expect(win.__pwned).to.equal(undefined);
        const root = shadow(el);
        // The only image is the video's poster, from a (hostile but http) address: no handler.
        expect(root.querySelectorAll('script, iframe, object, img:not([part="poster"])').length).to.equal(0);
        const handlers = [...root.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on')));
        expect(handlers).to.deep.equal([]);
        for (const a of root.querySelectorAll('a')) expect(a.protocol).to.match(/^(https?|tel):$/);
        expect(readerText(el)).to.contain('<script>window.__pwned = true</script>');
      });
      if (ours('model-property')) {
        it('accepts a model property', async () => {
          const model = structuredClone(bundledModel) as ContentModel;
          o.rename(model, 'Renamed from a property');
          const el = (await make(tag, o.looseAttrs)) as CytokineElement<unknown>;
          const ready = oneEvent(el, 'cytokine-ready');
          el.model = model;
          await ready;
          await el.updateComplete;
          expect(titleText(el)).to.contain(('Renamed from a property').toLowerCase());
        });
      }
    });

    describe('accessibility and security', () => {
      for (const attrs of [o.attrs, ...o.variants]) {
        it(`${JSON.stringify(attrs)}: axe finds no violation, closed and open`, async () => {
          const el = await make(tag, attrs);
          await expect(el).to.be.accessible();
          readerText(el);
          await expect(el).to.be.accessible();
        });
      }
      it('error state: axe finds no violation', async () => {
        const el = await make(tag, o.badAttrs[0], 'Read about this medicine');
        await expect(el).to.be.accessible();
      });
      it('uses adopted stylesheets and never a style attribute (strict CSP)', async () => {
        const el = await make(tag, o.attrs);
        readerText(el);
        expectNoStyleAttributes(el);
        expect(shadow(el).adoptedStyleSheets.length).to.be.greaterThan(0);
      });
      it('can be registered twice without throwing, and warns about another version', async () => {
        const calls = await warnings(() => {
          defineElement(tag, ctor);
          defineElement(tag, class extends (ctor as unknown as typeof HTMLElement) { static version = '99.0.0'; });
        });
        expect(customElements.get(tag)).to.equal(ctor);
        expect(calls.length).to.equal(1);
        expect(calls[0]).to.contain('99.0.0');
      });
      it('shows when it was last updated, that no clinician has reviewed it, the next review date and its sources', async () => {
        const el = await make(tag, o.attrs);
        const times = [...shadow(el).querySelectorAll('footer time')].map((t) => t.getAttribute('datetime'));
        expect(times).to.deep.equal([bundledModel.lastUpdated, bundledModel.nextReview]);
        const text = readerText(el);
        expect(text).to.match(/Last updated: \d{1,2} \w+ \d{4}\./);
        expect(text).to.contain('Not yet clinically reviewed: have your clinical team check it before you publish.');
        expect(text).not.to.match(/Last reviewed|Clinically reviewed by/);
        expect(shadow(el).querySelector<HTMLElement>('[part="review-due"]')!.hidden).to.equal(true);
        expect(shadow(el).querySelectorAll('footer ol li').length).to.be.greaterThan(2);
      });
      if (ours('clinical-review')) {
        it('a host model with a clinical sign-off says who reviewed it and when', async () => {
          const model = structuredClone(bundledModel) as ContentModel;
          model.clinicalReview = { by: 'Dr Priya Shah, consultant oncologist', date: '2026-11-30' };
          const el = document.createElement(tag) as HTMLElement & { model: ContentModel };
          for (const [k, v] of Object.entries(o.attrs)) el.setAttribute(k, v);
          el.model = model;
          const { el: widget } = await renderWithErrors<HTMLElement>(html`${el}`);
          const text = readerText(widget);
          expect(text).to.contain('Clinically reviewed by Dr Priya Shah, consultant oncologist on 30 November 2026.');
          expect(text).not.to.contain('Not yet clinically reviewed');
        });
      }
      if (ours('review-due')) {
        it('after the next review date, shows a polite note and tells the host with cytokine-review-due', async () => {
          const model = structuredClone(bundledModel) as ContentModel;
          model.lastUpdated = '2020-01-01';
          model.nextReview = '2021-01-01';
          const el = document.createElement(tag) as HTMLElement & { model: ContentModel };
          for (const [k, v] of Object.entries(o.attrs)) el.setAttribute(k, v);
          el.model = model;
          const due: unknown[] = [];
          el.addEventListener('cytokine-review-due', (e) => due.push((e as CustomEvent).detail));
          const { el: widget } = await renderWithErrors<HTMLElement>(html`${el}`);
          expect(due).to.deep.equal([{ nextReview: '2021-01-01' }]);
          const note = shadow(widget).querySelector<HTMLElement>('[part="review-due"]');
          expect(note?.innerText).to.contain('due for review');
        });
      }
    });
  });
}
