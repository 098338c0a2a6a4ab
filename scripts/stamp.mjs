// "Already done from these very inputs": a hash of every input file, kept under
// node_modules/.cache (never shipped, gone with a clean install). `npm test` runs the build and
// the generators several times over (CI builds first; typecheck, the browser tests and Storybook
// each generate); each run after the first finds its stamp and stops.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';

/** Every file under the paths, sorted; folders named `generated` are outputs, not inputs. */
const files = (path) =>
  statSync(path).isDirectory()
    ? readdirSync(path).sort().filter((name) => name !== 'generated').flatMap((name) => files(`${path}/${name}`))
    : [path];

/**
 * A stamp named `name` for `inputs` whose job writes `outputs`. `fresh` is true when the outputs
 * all exist and were made from inputs with the same contents; `done()` records a finished run.
 * `--force` on the command line makes every stamp stale.
 * @param {string} name
 * @param {string[]} inputs
 * @param {string[]} outputs
 */
export function stamp(name, inputs, outputs) {
  const path = `node_modules/.cache/cytokine-widgets-${name}`;
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(files)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  const digest = hash.digest('hex');
  const fresh = !process.argv.includes('--force') && outputs.every((f) => existsSync(f)) && existsSync(path) && readFileSync(path, 'utf8') === digest;
  // A run that stops half way must not leave the old stamp claiming its outputs.
  if (!fresh) rmSync(path, { force: true });
  return {
    fresh,
    done() {
      mkdirSync('node_modules/.cache', { recursive: true });
      writeFileSync(path, digest);
    },
  };
}
