import { execFileSync } from 'node:child_process';

/**
 * The commit a measurement was taken at, for the reports in bench/: `git describe --always
 * --dirty`, so figures from uncommitted code say so. 'unknown commit' outside a checkout.
 */
export function measuredCommit() {
  try {
    return `commit ${execFileSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' }).trim()}`;
  } catch {
    return 'unknown commit';
  }
}
