import { nextFrame, parts, type Widget } from './widgets.js';

/** A short name for an element in a failure message, e.g. `h2[part=title].title`. */
const describe = (n: Element): string =>
  `${n.localName}${n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : ''}${n.className ? `.${String(n.className).split(' ')[0]}` : ''}`;

/** Elements of a widget (shadow tree and light-DOM transcript) that stick out of it sideways. */
export function overflowing(el: Element): string[] {
  const edge = el.getBoundingClientRect();
  const nodes = [...(el.shadowRoot?.querySelectorAll('*') ?? []), ...el.querySelectorAll('[data-cytokine-transcript] *')];
  return nodes
    .filter((n) => {
      if (!n.checkVisibility()) return false;
      const box = n.getBoundingClientRect();
      return box.width > 1 && (box.right > edge.right + 1 || box.left < edge.left - 1);
    })
    .map(describe);
}

/**
 * Where text is most likely to be clipped by a longer translation: the widget's base, every
 * heading, every disclosure summary and every button (in the shadow tree and in the light-DOM
 * transcript).
 */
const TEXT_BOXES = '[part="base"], h1, h2, h3, h4, h5, h6, summary, button';

/**
 * The boxes of a widget (TEXT_BOXES) whose content is wider than the box itself, i.e. that
 * scroll or clip sideways, with their widths: `h3[part=section-heading] 412 > 300`.
 */
export function horizontallyOverflowing(el: Element): string[] {
  const boxes = [...parts(el, TEXT_BOXES), ...el.querySelectorAll<HTMLElement>('[data-cytokine-transcript] button')];
  return boxes
    .filter((n) => n.checkVisibility() && n.scrollWidth > n.clientWidth + 1)
    .map((n) => `${describe(n)} ${n.scrollWidth} > ${n.clientWidth}`);
}

/** Opens every disclosure of every widget (sections, side effects, footers) and waits for the layout. */
export async function openEverything(all: Widget[]): Promise<void> {
  for (const el of all) for (const d of parts<HTMLDetailsElement>(el, 'details')) d.open = true;
  await Promise.all(all.map((el) => el.updateComplete));
  await nextFrame();
}
