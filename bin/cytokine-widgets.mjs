#!/usr/bin/env node
// The cytokine-widgets command. Runs in Node alone: no browser is needed.
//
//   cytokine-widgets prerender IN.html OUT.html [--dist-url URL]
//   cytokine-widgets validate FILE... [--today YYYY-MM-DD] [--media-base DIR] [--narration FILE] [--json]
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

const USAGE = `Usage:
  cytokine-widgets prerender IN.html OUT.html [--dist-url URL]
      Renders every <cytokine-card>, <side-effect-list> and <injection-video> in a page to
      Declarative Shadow DOM, so the page reads fully with JavaScript off; the widgets' script
      hydrates it in place. --dist-url is where the page finds dist/ (for the video's poster);
      by default, the folder of the page's own cytokine-widgets.js or autoloader.js script.

  cytokine-widgets validate FILE... [--today YYYY-MM-DD] [--media-base DIR] [--narration FILE] [--json]
      Checks content model files (JSON) against the schema and the content rules: sources that
      exist, safe links, real dates in order, names that lead to one drug, transcript timings,
      frequencies, and that the captions say what the transcript says. Exit code 0 when valid
      (warnings allowed), 1 when a file has errors, 2 when the command is used wrongly.
      --today       the date to check review dates against (default: today)
      --media-base  the folder that relative caption addresses start from (default: the
                    folder of each model file)
      --narration   a narration file like scripts/media/narration.json: the transcript must
                    say its lines, in order
      --json        print the findings as JSON
`;

async function prerender(args) {
  const at = args.indexOf('--dist-url');
  const distUrl = at >= 0 ? args[at + 1] : undefined;
  const files = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  if (files.length !== 2 || (at >= 0 && !distUrl)) return fail(USAGE);
  const [input, output] = files;
  const { prerenderPage } = await import('../dist/server/index.js');
  const result = await prerenderPage(await readFile(input, 'utf8'), { distUrl });
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, result.html);
  console.log(`prerendered ${result.rendered} widget${result.rendered === 1 ? '' : 's'}: ${output}`);
  for (const { tag, reason } of result.skipped) console.warn(`left <${tag}> for the browser: ${reason}`);
}

async function validate(args) {
  const { main } = await import('../dist/cli/validate.js');
  process.exitCode = await main(args);
}

function fail(message) {
  process.stderr.write(message);
  process.exitCode = 2;
}

const [command, ...args] = process.argv.slice(2);
const commands = { prerender, validate };
if (command === '--help' || command === '-h') process.stdout.write(USAGE);
else if (!Object.hasOwn(commands, command ?? '')) fail(command ? `Unknown command: ${command}\n\n${USAGE}` : USAGE);
else {
  try {
    await commands[command](args);
  } catch (e) {
    fail(`cytokine-widgets ${command}: ${e instanceof Error ? e.message : e}\n`);
  }
}
