/**
 * The widgets' headings form a tree under their title at every `heading-level` (WCAG 1.3.1):
 * past h6 they are ARIA headings (`role="heading"` with `aria-level`), so a section never
 * flattens onto its title's level. Read in the order a screen reader meets them, with the
 * light-DOM transcript where its slot puts it.
 */
import { expect } from '@open-wc/testing';
import '../src/elements/cytokine-card/define.js';
import '../src/elements/side-effect-list/define.js';
import '../src/elements/injection-video/define.js';
import { make } from './contract.js';
import { openAll, shadow } from './helpers.js';

interface Heading {
  level: number;
  text: string;
}

/** The heading's level, from its tag (h1–h6) or its aria-level; undefined for anything else. */
function levelOf(el: Element): number | undefined {
  const tag = /^h([1-6])$/.exec(el.localName);
  if (tag) return Number(tag[1]);
  return el.getAttribute('role') === 'heading' ? Number(el.getAttribute('aria-level')) : undefined;
}

/** Headings in flat-tree order: a slot stands for the light-DOM elements it shows. */
function headingsIn(parent: ParentNode, out: Heading[] = []): Heading[] {
  for (const el of parent.children) {
    const nodes = el instanceof HTMLSlotElement ? el.assignedElements() : [el];
    for (const node of nodes) {
      const level = levelOf(node);
      if (level !== undefined) out.push({ level, text: node.textContent!.replace(/\s+/g, ' ').trim() });
      headingsIn(node, out);
    }
  }
  return out;
}

/** Each widget, everything open, so every heading it can show is there. */
const widgets: Array<[string, Record<string, string>]> = [
  ['cytokine-card', { drug: 'interferon-alfa' }],
  ['side-effect-list', { drug: 'aldesleukin', expanded: '' }],
  ['injection-video', { 'transcript-open': '' }],
];

describe('heading outline', () => {
  for (const [tag, attrs] of widgets) {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`<${tag} heading-level="${level}">: a tree under the title, deeper than h6 with aria-level`, async () => {
        const el = await make(tag, { ...attrs, 'heading-level': String(level) });
        openAll(el);
        const [title, ...rest] = headingsIn(shadow(el));
        expect(title.level, `the title "${title.text}"`).to.equal(level);
        expect(rest.length, 'headings under the title').to.be.greaterThan(1);
        let parent = title;
        for (const h of rest) {
          const where = `"${h.text}" (level ${h.level}) after "${parent.text}" (level ${parent.level})`;
          expect(Number.isInteger(h.level), where).to.equal(true);
          expect(h.level, `${where}: below the title`).to.be.greaterThan(level);
          // No level is skipped, so each heading's section is the nearest one above it.
          expect(h.level, `${where}: at most one deeper`).to.be.at.most(parent.level + 1);
          parent = h;
        }
        // Past h6, and only there, a heading is an ARIA heading.
        for (const aria of shadow(el).querySelectorAll('[role="heading"]')) {
          expect(Number(aria.getAttribute('aria-level')), aria.textContent!).to.be.greaterThan(6);
        }
        expect(rest.some((h) => h.level === level + 1), 'sections one level down').to.equal(true);
        // The same shape at every level: nothing flattens where HTML's levels run out.
        const top = await make(tag, { ...attrs, 'heading-level': '1' });
        openAll(top);
        const shape = (hs: Heading[], from: number) => hs.map((h) => `${h.level - from} ${h.text}`);
        expect(shape(rest, level)).to.deep.equal(shape(headingsIn(shadow(top)).slice(1), 1));
      });
    }
  }

  it('"What you can do" is a heading one level below its side effect\'s group', async () => {
    const el = await make('side-effect-list', { drug: 'aldesleukin', expanded: '', 'heading-level': '3' });
    const effect = shadow(el).querySelector('[part="effect"]')!;
    const heading = effect.querySelector('[part="what-to-do-heading"]')!;
    expect(heading.textContent).to.equal('What you can do');
    expect(levelOf(heading)).to.equal(5);
    // Styled as the bold line it was, not as a section heading.
    expect(getComputedStyle(heading).fontSize).to.equal(getComputedStyle(effect.querySelector('p')!).fontSize);
    expect(Number(getComputedStyle(heading).fontWeight)).to.be.at.least(700);
  });
});
