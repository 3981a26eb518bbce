// Staff and the editor run these commands on Windows too, where npm runs scripts with cmd.exe: no "VAR=value cmd",
// no POSIX tools, no single-quoted arguments, no ";" chains. Commands that need environment variables or file
// operations are node scripts (src/cli/), which build paths with node:path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** What cmd.exe does not understand, or what is missing on a Windows machine. */
const POSIX_ONLY: [RegExp, string][] = [
  [/(^|&&|\|\||[;|])\s*[A-Za-z_][A-Za-z0-9_]*=\S/, 'VAR=value before a command'],
  [/(^|&&|\|\||[;|])\s*(export|rm|cp|mv|mkdir|cat|ls|touch|sed|grep|find|chmod|ln|env|test|true|false|sh|bash)\b/, 'a POSIX shell tool'],
  [/'/, 'single quotes (cmd.exe passes them through as characters)'],
  [/\$\{?[A-Za-z_]/, '$VAR expansion'],
  [/`/, 'backticks'],
  [/;/, '";" between commands'],
  [/(^|\s)\.\//, './relative executable'],
  [/\\\s*$/, 'a line continuation'],
];

/** What staff and the editor run (docs/); each must exist and be Windows-safe. */
const STAFF = ['new-report', 'import-report', 'draft-report', 'validate', 'build', 'start', 'preview:sample'];

describe('npm scripts run under Windows cmd.exe', () => {
  for (const [name, command] of Object.entries(scripts))
    it(`${name}: ${command}`, () => {
      for (const [pattern, what] of POSIX_ONLY) expect(pattern.test(command), `${name} uses ${what}`).toBe(false);
      // Every node script it starts exists (a typo shows up here rather than on a ward's laptop).
      for (const m of command.matchAll(/\bnode\s+(\S+\.ts)\b/g)) expect(existsSync(join(root, m[1]!)), m[1]).toBe(true);
    });

  it('every staff command is defined', () => {
    for (const name of STAFF) expect(scripts[name], name).toBeTruthy();
  });

  it('the checker catches what it is meant to catch', () => {
    const bad = ['OUT_DIR=x node a.ts', 'node a.ts && rm -rf dist', "eslint 'src/**'", 'echo $HOME', 'a; b', './node_modules/.bin/x'];
    for (const c of bad)
      expect(
        POSIX_ONLY.some(([p]) => p.test(c)),
        c,
      ).toBe(true);
    expect(POSIX_ONLY.some(([p]) => p.test('node src/cli/build.ts && astro preview'))).toBe(false);
  });
});

describe('command-line tools build paths with node:path', () => {
  const cli = join(root, 'src', 'cli');
  for (const f of readdirSync(cli).filter((f) => f.endsWith('.ts')))
    it(f, () => {
      const src = readFileSync(join(cli, f), 'utf8');
      // A path split or joined on "/" breaks on Windows, where node:path gives back "\\".
      expect(src, `${f} splits a file path on "/"`).not.toMatch(/\b\w*(file|path|dir|folder)\w*\.split\(\s*['"]\/['"]\s*\)/i);
      expect(src, `${f} shells out to a POSIX tool`).not.toMatch(/(exec|spawn)(Sync)?\(\s*['"`](rm|cp|mv|mkdir|sh|bash|cat)\b/);
    });
});
