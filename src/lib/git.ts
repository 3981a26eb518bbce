// The one place that asks git about the checkout: which commit it is, when the data last changed, whether files are
// uncommitted. Every answer is null when git cannot tell (no git, not a checkout, a shallow copy for dates), so
// callers say "not known" instead of guessing; none of them falls back to the build machine's clock.
import { execFileSync } from 'node:child_process';

/** git's trimmed output, or null when git is missing, the folder is not a checkout or the command fails. */
function git(args: string[], root: string): string | null {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** The commit checked out at root (40 hex digits), or null outside a git checkout. */
export function headCommit(root: string): string | null {
  const out = git(['rev-parse', 'HEAD'], root);
  return out !== null && /^[0-9a-f]{40}$/.test(out) ? out : null;
}

/**
 * The committer date of the last commit touching any of `paths` (of HEAD when none are given), or null when git
 * cannot tell. With paths, a shallow clone also gives null: its oldest commit stands for all the history cut off,
 * so its date would be a guess.
 */
export function lastCommitDate(root: string, paths: readonly string[] = []): Date | null {
  if (paths.length && git(['rev-parse', '--is-shallow-repository'], root) === 'true') return null;
  const iso = git(['log', '-1', '--format=%cI', ...(paths.length ? ['--', ...paths] : ['HEAD'])], root);
  const d = new Date(iso ?? '');
  return iso && !Number.isNaN(d.getTime()) ? d : null;
}

/** True when any of `paths` has uncommitted changes or new files; null outside a git checkout. */
export function uncommitted(root: string, paths: readonly string[]): boolean | null {
  const out = git(['status', '--porcelain', '--', ...paths], root);
  return out === null ? null : out !== '';
}
