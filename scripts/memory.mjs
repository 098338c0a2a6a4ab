// Memory, measured (not asserted): adds and removes all three widgets 1,000 times in Chromium,
// then reports the JS heap, DOM nodes, documents and event listeners before and after, each
// after forced garbage collection. A leak shows as growth that scales with the number of rounds.
// Writes bench/MEMORY.md and prints the table. The rounds (what each one does) are in
// test/support/memory.mjs, shared with test/pages/memory.spec.ts.
//
//   npm run build && npm run memory       (ROUNDS=1000 by default)
import os from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../test/support/chromium.mjs';
import { WIDGET_TAGS, measureOnPage } from '../test/support/memory.mjs';
import { measuredCommit } from './commit.mjs';
import { startServer } from './serve.mjs';

const ROUNDS = Number(process.env.ROUNDS || 1000);
const WARMUP = 20;
/** Which widgets each round makes (TAGS=cytokine-card,side-effect-list to leave one out) and how often it plays. */
const TAGS = process.env.TAGS ? process.env.TAGS.split(',') : WIDGET_TAGS;
const PLAY_EVERY = Number(process.env.PLAY_EVERY ?? 10);

/**
 * Runs `rounds` rounds (after `warmup`) in a fresh Chromium against the built bundle and returns
 * the counters before and after, each after garbage collection.
 * @param {Partial<import('../test/support/memory.mjs').RoundOptions>} [options]
 */
export async function measureMemory({ rounds = ROUNDS, warmup = WARMUP, playEvery = PLAY_EVERY, tags = TAGS } = {}) {
  const server = await startServer({ port: 0, quiet: true });
  const browser = await launchChromium({ args: ['--js-flags=--expose-gc', '--autoplay-policy=no-user-gesture-required'] });
  try {
    const page = await browser.newPage();
    const results = await measureOnPage(page, server.url, { rounds, warmup, playEvery, tags });
    return { ...results, chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await measureMemory();
  const { before, after } = results;
  const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(0)} KB`;
  /**
   * @param {string} name
   * @param {keyof import('../test/support/memory.mjs').Counters} key
   * @param {(n: number) => string} [fmt]
   */
  const row = (name, key, fmt = String) =>
    `| ${name} | ${fmt(before[key])} | ${fmt(after[key])} | ${after[key] - before[key] >= 0 ? '+' : ''}${key === 'heap' ? kb(after[key] - before[key]) : after[key] - before[key]} |`;
  const chromium = results.chromium;
  const report = `# Memory

Measured by \`npm run memory\` (scripts/memory.mjs) at ${measuredCommit()} on ${os.cpus().length} cores, Chromium ${chromium}.
${ROUNDS} rounds of adding a card, a side-effect list and a video (transcript open), waiting for
their content, opening every disclosure, turning audio description on, searching the transcript,
setting a speed, playing the video every tenth round (not the last), and removing all three;
after ${WARMUP} warm-up rounds. Each figure is after two forced garbage collections.
${results.seconds.toFixed(1)} s for the ${ROUNDS} rounds.

| | Before | After ${ROUNDS} rounds | Change |
| --- | ---: | ---: | ---: |
${row('JS heap used', 'heap', kb)}
${row('DOM nodes', 'nodes')}
${row('Documents', 'documents')}
${row('JS event listeners', 'listeners')}

Left in the page afterwards: ${results.light} nodes in the host element, ${results.adopted} stylesheet(s) adopted by the document.
`;
  mkdirSync('bench', { recursive: true });
  // Keep the notes written under the figures (what a run found, and what was fixed).
  const FILE = 'bench/MEMORY.md';
  const notes = existsSync(FILE) ? readFileSync(FILE, 'utf8').split(/^(?=## What it found)/m)[1] : undefined;
  writeFileSync(FILE, notes ? `${report}\n${notes}` : report);
  console.log(report);
}
