// The W3C's Nu Html Checker (the `vnu-jar` npm package, run by Java), the reference for HTML validity: it
// reads pages as a browser's parser does, so it catches what html-validate does not (a <script> after </html>).
// Java comes from Debian (default-jre-headless); .ci/run installs it when `java` is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

// The package exports the jar's path (as a String object).
const jar = (): string => String(createRequire(import.meta.url)('vnu-jar'));

export function hasJava(): boolean {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** "page.html:12 message", with the page relative to `dir` when it lies inside it. */
export const vnuLine = (m: VnuMessage, dir: string): string =>
  `${decodeURI(m.url)
    .replace(/^file:/, '')
    .replace(`${dir}/`, '')}:${m.lastLine ?? '?'} ${m.message}`;

/**
 * Messages of the checker's CSS validator about CSS it does not know yet, not faults of the page: container queries
 * (CSS Containment Level 3's `container-type`, CSS Conditional Rules' `@container`), which Chromium, Firefox and
 * Safari support and global.css uses for the sideways-scroll cue. The checker sees the site's CSS since it is inlined
 * into every page (astro.config.mjs). Any other CSS message still counts (w3c.test.ts checks one).
 */
const CSS_UNKNOWN_TO_CHECKER = [
  /^CSS: “container-type”: Property “container-type” doesn't exist\.$/,
  /^CSS: Unrecognized at-rule “@container”\.?$/,
];

/** Errors the checker reports on every HTML file under the given folders or files (warnings left out). */
export function vnuErrors(paths: string[]): VnuMessage[] {
  const r = spawnSync('java', ['-Xss1024k', '-jar', jar(), '--errors-only', '--format', 'json', '--skip-non-html', ...paths], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  // JSON on stderr; exit 1 when there are errors, other codes when the checker itself failed.
  if (r.status !== 0 && r.status !== 1) throw new Error(`vnu exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return (JSON.parse(r.stderr) as { messages: VnuMessage[] }).messages.filter(
    (m) => (m.type === 'error' || m.subType === 'fatal') && !CSS_UNKNOWN_TO_CHECKER.some((re) => re.test(m.message)),
  );
}
