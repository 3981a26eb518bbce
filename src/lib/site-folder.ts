// The published folder (dist/, or --out) and the builds behind it. `npm run build` writes each build into a new
// hidden folder beside it (.dist.v<time>-<pid>), and only when that folder holds the complete site (pages, sitemap,
// search index, SHA256SUMS) does dist become a symbolic link to it: a new link is made under a scratch name, then
// renamed over dist. POSIX makes that rename atomic, so at every instant, whatever is killed, dist is either the
// previous complete site or the new one. Nothing is written into a version once dist points to it.
// Readers follow the link: `astro preview --outDir dist`, static servers, `cp -rL`/`rsync -a dist/`, tar with
// --dereference (actions/upload-pages-artifact), actions/upload-artifact.
// Two cases cannot be atomic, and the README says so:
// - a plain dist/ folder left by an older build (or by hand) cannot be replaced by a link in one rename(2): it is
//   moved aside and the link renamed in, two renames a few microseconds apart, once;
// - Windows (and file systems without symbolic links): a link there needs a privilege, and a rename cannot replace a
//   folder, so the new build is renamed into place after the old one is moved aside, on every build.
// Either gap never shows a partial site, and if a build dies inside it, the next build first puts the newest
// complete version back (recoverSite).
import { lstatSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// SHA256SUMS is the last file a build writes (src/integrations/checksums.ts): a version that has it is complete.
// (Named here rather than imported, so that this module needs nothing from the integrations.)
const MANIFEST = 'SHA256SUMS';

/** What symlink() gives where links cannot be made: Windows without the privilege, FAT and exFAT, some network shares. */
const NO_LINKS = new Set(['EPERM', 'ENOSYS', 'EOPNOTSUPP', 'ENOTSUP', 'EINVAL']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The site's folder, the folder it lives in, and the pattern every version, scratch link and moved-aside folder matches. */
function names(out: string): { parent: string; prefix: string; pattern: RegExp } {
  // Leading dots are dropped so that .sample-dist's versions are .sample-dist.v…, not ..sample-dist.v….
  const prefix = `.${basename(out).replace(/^\.+/, '')}.v`;
  return { parent: dirname(out), prefix, pattern: new RegExp(`^${escape(prefix)}\\d+-\\d+(-[a-z]+)*$`) };
}

const lstatOrNull = (p: string): Stats | null => {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
};
const statOrNull = (p: string): Stats | null => {
  try {
    return statSync(p);
  } catch {
    return null;
  }
};
const same = (a: Stats | null, b: Stats | null) => a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;

/** A new, not yet existing folder beside `out` for one build. */
export function newVersion(out: string): string {
  const { parent, prefix } = names(out);
  return join(parent, `${prefix}${Date.now()}-${process.pid}`);
}

/** Every version, scratch link and moved-aside folder beside `out`, as full paths. */
export function versions(out: string): string[] {
  const { parent, pattern } = names(out);
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return [];
  }
  return entries.filter((e) => pattern.test(e)).map((e) => join(parent, e));
}

/** How the site was put in place: one atomic rename of a link, or the weaker pair of renames. */
export type Switch = 'link' | 'rename';

/**
 * Makes `out` show the complete build in `version` (a folder beside it, from newVersion). On failure, `out` still
 * shows what it showed before, and the error is thrown.
 */
export function switchTo(out: string, version: string): Switch {
  const current = lstatOrNull(out);
  if (current && !current.isSymbolicLink() && !current.isDirectory())
    throw Object.assign(new Error(`${out} is not a folder`), { code: 'ENOTDIR', path: out });
  const aside = `${version}-prev`;
  if (process.platform !== 'win32') {
    const link = `${version}-link`;
    let linked = false;
    try {
      rmSync(link, { force: true });
      // Relative, so that the project folder can be moved or copied with its links intact.
      symlinkSync(basename(version), link, 'dir');
      linked = true;
    } catch (e) {
      // No symbolic links on this file system (or for this account): the fallback below. Anything else (no right to
      // write, a full disk) would stop the fallback too: it is thrown as it is.
      if (!NO_LINKS.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
    }
    if (linked) {
      if (current?.isDirectory()) {
        // A plain folder: the one switch that takes two renames (see above).
        try {
          renameSync(out, aside);
        } catch (e) {
          rmSync(link, { force: true });
          throw e;
        }
        try {
          renameSync(link, out);
        } catch (e) {
          renameSync(aside, out);
          rmSync(link, { force: true });
          throw e;
        }
      } else {
        try {
          renameSync(link, out);
        } catch (e) {
          rmSync(link, { force: true });
          throw e;
        }
      }
      return 'link';
    }
  }
  if (current) renameSync(out, aside);
  try {
    renameSync(version, out);
  } catch (e) {
    if (current && !lstatOrNull(out)) renameSync(aside, out);
    throw e;
  }
  return 'rename';
}

/**
 * Removes every version, scratch link and moved-aside folder beside `out`, except the folder `out` shows: earlier
 * builds, and what a killed build left. Only under the build lock, when no other build can be writing one.
 */
export function removeOldVersions(out: string): void {
  const live = statOrNull(out);
  for (const v of versions(out)) {
    const entry = lstatOrNull(v);
    if (entry?.isDirectory() && same(entry, live)) continue;
    rmSync(v, { recursive: true, force: true });
  }
}

/**
 * When `out` shows nothing (a build died between the two renames of a fallback switch), puts back the newest
 * complete version beside it. Returns that version, or null when nothing needed or could be restored.
 */
export function recoverSite(out: string): string | null {
  const entry = lstatOrNull(out);
  // A folder, or a link to one: nothing to restore. Anything else that is not a link is left for switchTo to refuse.
  if (entry && (!entry.isSymbolicLink() || statOrNull(out)?.isDirectory())) return null;
  // The scratch link of a switch that died half-way shows the build that was being switched in: it comes first, and
  // takes the place of nothing (or of a dangling link) in one rename. Otherwise the newest complete version.
  const best = versions(out)
    .map((v) => ({ v, link: lstatOrNull(v)?.isSymbolicLink() ?? false, manifest: statOrNull(join(v, MANIFEST)) }))
    .filter((c): c is { v: string; link: boolean; manifest: Stats } => c.manifest !== null)
    .sort((a, b) => Number(b.link) - Number(a.link) || b.manifest.mtimeMs - a.manifest.mtimeMs)[0];
  if (!best) return null;
  if (best.link) renameSync(best.v, out);
  else switchTo(out, best.v);
  return best.v;
}

/** Removes the site at `out` and every version beside it (tests and the benchmark clean up with this). */
export function removeSite(out: string): void {
  for (const v of versions(out)) rmSync(v, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
