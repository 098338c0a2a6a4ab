import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/cytokine-card/define.js';
import '../src/elements/side-effect-list/define.js';
import { settle } from './helpers.js';

/** A card and a list one after the other, as a page puts them, with nothing between. */
async function cardThenList(): Promise<[HTMLElement, HTMLElement]> {
  const parent = await fixture<HTMLElement>(html`<div>
    <cytokine-card drug="aldesleukin"></cytokine-card>
    <side-effect-list drug="aldesleukin"></side-effect-list>
  </div>`);
  const [card, list] = [...parent.children] as HTMLElement[];
  await Promise.all([settle(card), settle(list)]);
  return [card, list];
}

describe('widgets next to each other', () => {
  it('leave at least 16 px between a card and the list after it', async () => {
    const [card, list] = await cardThenList();
    const gap = list.getBoundingClientRect().top - card.getBoundingClientRect().bottom;
    expect(gap).to.be.at.least(16);
  });

  it('the last widget adds no space below itself', async () => {
    const [, list] = await cardThenList();
    expect(getComputedStyle(list).marginBlockEnd).to.equal('0px');
  });

  it('--cytokine-gap sets the space', async () => {
    const [card, list] = await cardThenList();
    card.parentElement!.style.setProperty('--cytokine-gap', '40px');
    expect(list.getBoundingClientRect().top - card.getBoundingClientRect().bottom).to.equal(40);
  });
});
