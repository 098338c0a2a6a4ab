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

/** Opens every disclosure of every widget (sections, side effects, footers) and waits for the layout. */
export async function openEverything(all: Widget[]): Promise<void> {
  for (const el of all) for (const d of parts<HTMLDetailsElement>(el, 'details')) d.open = true;
  await Promise.all(all.map((el) => el.updateComplete));
  await nextFrame();
}
