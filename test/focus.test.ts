/**
 * Everything a reader can focus inside a widget's shadow root has a `part`, so a page's theme can
 * give it a focus style that shows on its own background (WCAG 1.4.11, 2.4.7): a theme cannot
 * reach what has no part. Each widget shows all it can: every disclosure open, every optional
 * control there, the video playing. (That each shipped theme's focus styles meet 3:1 is checked
 * in Chromium by test/pages/a11y.spec.ts; the light-DOM transcript is reached by selector.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/cytokine-card/define.js';
import '../src/elements/side-effect-list/define.js';
import '../src/elements/injection-video/define.js';
import type { InjectionVideo } from '../src/elements/injection-video/injection-video.js';
import { loadBundledModel } from '../src/content/index.js';
import { make } from './contract.js';
import { openAll, settle, shadow } from './helpers.js';

/** What a keyboard can reach, or a script can focus, inside a shadow root. */
const FOCUSABLE = 'a[href], button, summary, input, select, textarea, [tabindex], [contenteditable], video[controls], audio[controls]';

/** Each focusable element without a part, named by its tag and text. */
const withoutPart = (el: HTMLElement): string[] =>
  [...shadow(el).querySelectorAll(FOCUSABLE)]
    .filter((f) => !f.getAttribute('part')?.trim())
    .map((f) => `<${f.localName}> ${(f.textContent ?? '').trim().slice(0, 40)}`);

/** The bundled video with a sign-language file, so its toggle shows too. */
async function videoWithEverything(): Promise<InjectionVideo> {
  const model = structuredClone(await loadBundledModel('en-GB'));
  const video = model.videos[0];
  video.media.push(...video.media.map((m) => ({ ...m, role: 'sign-language' as const, label: 'British Sign Language (BSL)' })));
  const el = document.createElement('injection-video') as InjectionVideo;
  el.model = model;
  el.transcriptOpen = true;
  (await fixture(html`<div></div>`)).append(el);
  await settle(el);
  return el;
}

describe('every focusable thing has a part', () => {
  it('<cytokine-card>, every section and the sources open', async () => {
    const el = await make('cytokine-card', { drug: 'interferon-alfa' });
    openAll(el);
    expect(shadow(el).querySelectorAll(FOCUSABLE).length, 'links and summaries').to.be.greaterThan(10);
    expect(withoutPart(el)).to.deep.equal([]);
  });

  it('<side-effect-list>, expanded, with every kind of phone link', async () => {
    const el = await make('side-effect-list', {
      drug: 'interferon-alfa', expanded: '', 'advice-line': 'the Acute Oncology Service', 'advice-phone': '0161 496 0000',
      'crisis-line': 'the Greater Example crisis line', 'crisis-phone': '0800 000 0000',
    });
    openAll(el);
    expect(shadow(el).querySelectorAll('a[href^="tel:"]').length, 'phone links').to.be.greaterThan(3);
    expect(withoutPart(el)).to.deep.equal([]);
  });

  it('<injection-video>, settings and transcript open, a search made, then playing', async () => {
    const el = await videoWithEverything();
    openAll(el);
    const search = shadow(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'skin';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('button:not(:disabled)').length, 'play, chapters, search, print').to.be.greaterThan(5);
    expect(shadow(el).querySelector('input[type="checkbox"][part~="sign-language"]'), 'the sign-language toggle').to.exist;
    expect(withoutPart(el)).to.deep.equal([]);
    el.play();
    await el.updateComplete;
    expect(shadow(el).querySelector('video[controls]'), 'the video, playing').to.exist;
    expect(withoutPart(el)).to.deep.equal([]);
  });
});
