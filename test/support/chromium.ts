// Chromium comes from Debian (a downloaded browser build cannot be fetched here). A fresh machine gets it on first run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get'))
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
  console.log('Chromium is missing: installing Debian package "chromium" with apt-get (once per machine)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

// Without the background-networking flags Chromium keeps trying to reach Google's hosts, which this sandbox refuses.
export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

// Kept on globalThis, not in this module, so that a worker which evaluates the module again for each file still
// has one browser.
const SHARED = Symbol.for('hn122.testBrowser');
const holder = globalThis as typeof globalThis & { [SHARED]?: Promise<Browser> };

/**
 * One Chromium per test worker, shared by the files it runs one after another: a launch costs about a third of a
 * second of CPU and more of waiting, and the suite's files launched some twenty. It is never closed by a file: it
 * ends with the worker (Chromium quits when the process that started it is gone), and one that crashed or was
 * closed is launched again. A file keeps to browser contexts of its own (`fileBrowser`).
 */
function workerBrowser(): Promise<Browser> {
  holder[SHARED] ??= launch().then((b) => {
    b.on('disconnected', () => void delete holder[SHARED]);
    return b;
  });
  return holder[SHARED];
}

/**
 * The shared browser for one test file: `start` in beforeAll, `stop` in afterAll closes every context the file
 * opened and left open (a failed test leaves its own), so nothing a file did is there for the next.
 */
export function fileBrowser() {
  let browser: Browser | undefined;
  let before = new Set<BrowserContext>();
  return {
    start: async () => {
      browser = await workerBrowser();
      before = new Set(browser.contexts());
    },
    stop: async () => {
      await Promise.all((browser?.contexts() ?? []).filter((c) => !before.has(c)).map((c) => c.close()));
    },
    get browser(): Browser {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
  };
}
