// Guards on the bundled content as readers meet it, read from the widgets as a server renders
// them (dist/server, so no browser): a reading age of 9 to 11 (NHS guidance) as a
// Flesch-Kincaid grade of 8 or lower for each widget, and nothing said about the wrong drug.
// Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { renderWidget } from 'cytokine-widgets/server';
import { composeModel } from '../../scripts/content.mjs';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const BLOCK = /<\/?(p|li|h[1-6]|dt|dd|summary|figcaption|button|div|section|footer)\b[^>]*>/g;

/**
 * What a reader reads in a rendered widget, one block (paragraph, list item, heading) a line.
 * Left out: styles, and the list of sources and the medicine codes, which are titles and
 * identifiers of other documents, not sentences we wrote.
 */
function readableText(html) {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<details part="details" class="(sources|codes)">[\s\S]*?<\/details>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e) => ENTITIES[e])
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => /[a-z]/i.test(line));
}

/** Flesch-Kincaid grade: each block ends a sentence, as do full stops, question marks and colons inside it. */
function grade(lines) {
  const sentences = lines.flatMap((line) => line.split(/(?<=[.!?:;])\s+/)).filter((s) => /[a-z]/i.test(s));
  const words = sentences.flatMap((s) => s.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? []);
  const syllables = words.reduce((sum, w) => sum + Math.max(1, /^\d+$/.test(w) ? 1 : syllable(w)), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

/** @type {[import('cytokine-widgets/server').WidgetTag, Record<string, string>][]} */
const WIDGETS = [
  ['cytokine-card', { drug: 'interferon-alfa' }],
  ['cytokine-card', { drug: 'aldesleukin' }],
  ['side-effect-list', { drug: 'interferon-alfa' }],
  ['side-effect-list', { drug: 'aldesleukin' }],
  ['injection-video', {}],
];

for (const [tag, attrs] of WIDGETS) {
  const name = `<${tag}${attrs.drug ? ` drug="${attrs.drug}"` : ''}>`;
  test(`${name} reads at Flesch-Kincaid grade 8 or lower`, async () => {
    const lines = readableText(await renderWidget(tag, attrs, { distUrl: '/dist/' }));
    assert.ok(lines.length > 10, `${name} rendered its content`);
    const score = grade(lines);
    console.log(`reading grade ${name}: ${score.toFixed(1)}`);
    assert.ok(score <= 8, `${name}: grade ${score.toFixed(1)}`);
  });
}

test('the measure itself tells plain words from hard ones', () => {
  assert.ok(grade(['You have it as an injection. It goes under the skin.']) < 6);
  assert.ok(grade(['Subcutaneous administration of recombinant interleukin-2 necessitates comprehensive haemodynamic monitoring.']) > 12);
});

test('no side effect is given to the wrong drug: capillary leak and low blood pressure only for aldesleukin', () => {
  const model = composeModel();
  // Side effects and warning signs; a safety section may still ask about blood pressure you already have.
  const text = (drug) => {
    const { sideEffects, careCards } = model.drugs.find((d) => d.id === drug) ?? assert.fail(`no drug ${drug}`);
    return JSON.stringify({ sideEffects, careCards });
  };
  for (const words of [/capillary leak/i, /fluid leak/i, /low blood pressure/i, /red,? (and )?itchy/i]) {
    assert.equal(words.test(text('interferon-alfa')), false, `interferon content mentions ${words}`);
    assert.equal(words.test(text('aldesleukin')), true, `aldesleukin content mentions ${words}`);
  }
});
