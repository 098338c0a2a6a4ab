// Serves the static Storybook (storybook-static/, from `npm run build-storybook`) for the page
// tests' story screenshots: `node test/support/serve-storybook.mjs --port 8131`.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const dir = new URL('../../storybook-static/', import.meta.url);
if (!existsSync(dir)) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first');
  process.exit(1);
}
const at = process.argv.indexOf('--port');
const port = at > 0 ? Number(process.argv[at + 1]) : 8131;
const files = sirv(fileURLToPath(dir), { dev: true });
createServer((req, res) => files(req, res, () => { res.statusCode = 404; res.end('Not found\n'); }))
  .listen(port, '127.0.0.1', () => console.log(`Storybook: http://127.0.0.1:${port}/`));
