// The three browser engines the element tests run in, all from Debian's packages (nothing is
// downloaded): Chromium over the DevTools protocol, Firefox ESR over WebDriver BiDi, and WebKitGTK's
// MiniBrowser (the Safari engine) through WebKitWebDriver under a virtual X display.
//
// BROWSERS=chromium,firefox,webkit chooses (default: all three), so a quick local run can be
// `BROWSERS=chromium npm run test:browser`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** Debian puts MiniBrowser under the machine's multiarch folder (x86_64-linux-gnu, aarch64-linux-gnu…). */
const debianMiniBrowser = () => {
  const lib = '/usr/lib';
  const arch = existsSync(lib) ? readdirSync(lib).find((d) => /-linux-gnu/.test(d) && existsSync(join(lib, d, 'webkit2gtk-4.1/MiniBrowser'))) : undefined;
  return join(lib, arch ?? 'x86_64-linux-gnu', 'webkit2gtk-4.1/MiniBrowser');
};
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH || debianMiniBrowser();
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines asked for in BROWSERS, in a fixed order; an unknown name is an error, not skipped. */
export function selectedEngines(value = process.env.BROWSERS) {
  if (!value) return ENGINES;
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !ENGINES.includes(n));
  if (unknown.length) throw new Error(`BROWSERS: unknown engine ${unknown.join(', ')} (use ${ENGINES.join(', ')})`);
  return ENGINES.filter((e) => names.includes(e));
}

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      // A server listening on a TCP port has an AddressInfo (not a pipe name, not null).
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });

async function waitForDriver(port, child, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

/**
 * Starts WebKitWebDriver on a free port under `xvfb-run` (MiniBrowser has no headless mode), and
 * stops it, with its Xvfb, when this process exits. Resolves to the port.
 */
export async function startWebKitDriver() {
  for (const [what, path] of [['WebKitWebDriver', WEBKIT_DRIVER], ['MiniBrowser', MINIBROWSER_PATH]]) {
    if (!existsSync(path)) throw new Error(`${what} not found at ${path}: apt-get install webkit2gtk-driver (see .ci/run)`);
  }
  const port = await freePort();
  // Our own folder for xvfb-run's X authority file, so nothing is left in /tmp: xvfb-run's own
  // clean-up does not run when its process group is stopped.
  const authDir = mkdtempSync(join(tmpdir(), 'cytokine-xvfb-'));
  // Its own process group, so one signal stops xvfb-run, Xvfb and the driver together.
  const child = spawn('xvfb-run', ['-a', '-f', join(authDir, 'Xauthority'), WEBKIT_DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
  // The driver must not keep this process alive: when it ends, `exit` below stops the driver.
  child.unref();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      // No pid: the spawn failed, and there is nothing to stop.
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(authDir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stop();
      // If nothing else handles the signal (the test runner handles SIGINT), die of it as
      // Node would have without our listener.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
  try {
    await waitForDriver(port, child);
  } catch (e) {
    stop();
    throw e;
  }
  return port;
}

/** web-test-runner launchers for the chosen engines. */
export async function testRunnerBrowsers(engines = selectedEngines()) {
  const browsers = [];
  for (const engine of engines) {
    if (engine === 'chromium') {
      const { chromeLauncher } = await import('@web/test-runner-chrome');
      browsers.push(chromeLauncher({ launchOptions: { executablePath: CHROME_PATH, args: CHROME_ARGS } }));
    } else if (engine === 'firefox') {
      // The Chromium launcher drives Firefox too, through puppeteer-core over WebDriver BiDi.
      // (@web/test-runner-puppeteer does the same, but with full puppeteer, which tries to
      // download Chrome at install, and with a test-runner core that needs Node 22.)
      const [{ chromeLauncher }, puppeteer] = await Promise.all([import('@web/test-runner-chrome'), import('puppeteer-core')]);
      browsers.push(chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true } }));
    } else {
      const { webdriverLauncher } = await import('@web/test-runner-webdriver');
      const port = await startWebKitDriver();
      // WebKitGTK's own capability, which webdriverio's types do not list: the browser to drive.
      const webkitgtk = { 'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] } };
      browsers.push(
        webdriverLauncher({
          hostname: '127.0.0.1',
          port,
          logLevel: 'error',
          capabilities: {
            browserName: 'MiniBrowser',
            // webdriverio otherwise asks for BiDi, and WebKitWebDriver refuses the session.
            'wdio:enforceWebDriverClassic': true,
            ...webkitgtk,
          },
        }),
      );
    }
  }
  return browsers;
}
