#!/usr/bin/env node
// The cytokine-widgets command. Runs in Node alone: no browser is needed.
//
//   cytokine-widgets prerender IN.html OUT.html [--dist-url URL]
//   cytokine-widgets validate FILE... [--today YYYY-MM-DD] [--media-base DIR] [--narration FILE] [--json]
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

const PRERENDER_USAGE = `  cytokine-widgets prerender IN.html OUT.html [--dist-url URL]
      Renders every <cytokine-card>, <side-effect-list> and <injection-video> in a page to
      Declarative Shadow DOM, so the page reads fully with JavaScript off; the widgets' script
      hydrates it in place. --dist-url is where the page finds dist/ (for the video's poster);
      by default, the folder of the page's own cytokine-widgets.js or autoloader.js script.
`;

/**
 * The validate command's module, dist/cli/validate.js. It has the types of its source: the URL is
 * not a literal import, so the type-check reads src/cli/validate.ts, not the built JavaScript.
 * @returns {Promise<typeof import('../src/cli/validate.js')>}
 */
const validateModule = () => import(new URL('../dist/cli/validate.js', import.meta.url).href);

/** The whole usage: validate's own text comes from its module, so it is written once. */
const usage = async () => `Usage:\n${PRERENDER_USAGE}\n${(await validateModule()).USAGE.replace(/^Usage:\n/, '')}`;

async function prerender(args) {
  const at = args.indexOf('--dist-url');
  const distUrl = at >= 0 ? args[at + 1] : undefined;
  const files = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  if (files.length !== 2 || (at >= 0 && !distUrl)) return fail(`Usage:\n${PRERENDER_USAGE}`);
  const [input, output] = files;
  const { prerenderPage } = await import('cytokine-widgets/server');
  const result = await prerenderPage(await readFile(input, 'utf8'), { distUrl });
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, result.html);
  console.log(`prerendered ${result.rendered} widget${result.rendered === 1 ? '' : 's'}: ${output}`);
  for (const { tag, reason } of result.skipped) console.warn(`left <${tag}> for the browser: ${reason}`);
}

async function validate(args) {
  const { main } = await validateModule();
  process.exitCode = await main(args);
}

function fail(message) {
  process.stderr.write(message);
  process.exitCode = 2;
}

const [command, ...args] = process.argv.slice(2);
const commands = { prerender, validate };
if (command === '--help' || command === '-h') process.stdout.write(await usage());
else if (!Object.hasOwn(commands, command ?? '')) fail(command ? `Unknown command: ${command}\n\n${await usage()}` : await usage());
else {
  try {
    await commands[command](args);
  } catch (e) {
    fail(`cytokine-widgets ${command}: ${e instanceof Error ? e.message : e}\n`);
  }
}
