// Preloaded with `node --import` into `npm run build` (src/cli/build.ts) by test/quality/atomic.test.ts. It stands
// in for a visitor who opens the output folder (WATCH_SITE) at every instant the build changes the file system:
// before and after every call that renames, links or removes (sync, callback and promise forms of node:fs), it
// checks that the folder is a complete site: SHA256SUMS lists exactly the other files, each file hashes to its
// line, and the pages, search index and build-info.json are there. A build killed at one of those instants leaves
// exactly the state checked there, and nothing else can change what the folder shows (the build writes its pages
// elsewhere), so these checks cover "whatever is killed, whenever".
// Each check is one JSON line appended to WATCH_LOG, synchronously, so that a killed build leaves its log. When the
// folder the name resolves to changes (the switch), the line carries every file's hash, size and mtime at that
// instant: the test compares them with the end state, so anything written into the site after the switch shows.
// KILL_AT_SWITCH=1 sends SIGKILL to the build right after the call that made the switch.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join, resolve } from 'node:path';
import { listFiles, MANIFEST, readManifest, sha256 } from '../../src/integrations/checksums.ts';

export interface FileState {
  sha256: string;
  size: number;
  mtimeMs: number;
}

export interface WatchEvent {
  /** "before renameSync /tmp/…/site" */
  at: string;
  /** dev:inode of the folder the site's name resolves to, null when it resolves to nothing. */
  id: string | null;
  /** Why the folder is not a complete site at that instant. */
  problem?: string;
  /** Every file of the site, on the first check after it changed. */
  files?: Record<string, FileState>;
}

/** What a visitor of `dir` would get: every file's state, or why it is not a complete site. */
export function inspectSite(dir: string): { id: string | null; problem?: string; files?: Record<string, FileState> } {
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    return { id: null, problem: `${dir} does not exist` };
  }
  const id = `${st.dev}:${st.ino}`;
  let listed: Map<string, string>;
  try {
    listed = readManifest(fs.readFileSync(join(dir, MANIFEST), 'utf8'));
  } catch {
    return { id, problem: `no ${MANIFEST}` };
  }
  const files: Record<string, FileState> = {};
  const problems: string[] = [];
  for (const f of listFiles(dir)) {
    const full = join(dir, f);
    const s = fs.statSync(full);
    files[f] = { sha256: sha256(fs.readFileSync(full)), size: s.size, mtimeMs: s.mtimeMs };
    if (f !== MANIFEST && listed.get(f) !== files[f].sha256)
      problems.push(`${listed.has(f) ? 'differs from' : 'not in'} ${MANIFEST}: ${f}`);
  }
  for (const f of listed.keys()) if (!files[f]) problems.push(`missing: ${f}`);
  for (const f of ['index.html', 'pagefind/pagefind.js', 'build-info.json']) if (!files[f]) problems.push(`missing: ${f}`);
  return problems.length ? { id, problem: problems.slice(0, 5).join('; '), files } : { id, files };
}

const site = process.env.WATCH_SITE ? resolve(process.env.WATCH_SITE) : '';
const log = process.env.WATCH_LOG ?? '';
if (site && log) {
  let last: string | null | undefined;
  const check = (at: string) => {
    // The same folder as at the last check, and nothing removed inside it: no need to hash it all again.
    let id: string | null = null;
    try {
      const st = fs.statSync(site);
      id = `${st.dev}:${st.ino}`;
    } catch {
      // Resolves to nothing: a problem, recorded below.
    }
    const touchesSite = at.includes(`${site}/`);
    if (id !== null && id === last && !touchesSite) return false;
    const state = inspectSite(site);
    const changed = last !== undefined && state.id !== last;
    const event: WatchEvent = { at, id: state.id, ...(state.problem ? { problem: state.problem } : {}) };
    if (changed || last === undefined) event.files = state.files ?? {};
    last = state.id;
    fs.appendFileSync(log, `${JSON.stringify(event)}\n`);
    return changed;
  };
  const kill = () => process.env.KILL_AT_SWITCH === '1' && process.kill(process.pid, 'SIGKILL');
  const label = (phase: string, name: string, args: unknown[]) =>
    `${phase} ${name} ${args
      .filter((a) => typeof a === 'string' || a instanceof URL)
      .map(String)
      .join(' ')}`;

  const mutating = ['rename', 'symlink', 'rm', 'unlink', 'rmdir'] as const;
  const f = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  const p = fs.promises as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of mutating) {
    const sync = f[`${name}Sync`]!;
    f[`${name}Sync`] = (...args: unknown[]) => {
      check(label('before', `${name}Sync`, args));
      const r = sync(...args);
      if (check(label('after', `${name}Sync`, args))) kill();
      return r;
    };
    const cb = f[name]!;
    f[name] = (...args: unknown[]) => {
      check(label('before', name, args));
      const done = args.pop() as (...a: unknown[]) => void;
      return cb(...args, (...res: unknown[]) => {
        if (check(label('after', name, args))) kill();
        done(...res);
      });
    };
    const promise = p[name]!;
    p[name] = async (...args: unknown[]) => {
      check(label('before', `promises.${name}`, args));
      const r = await promise(...args);
      if (check(label('after', `promises.${name}`, args))) kill();
      return r;
    };
  }
  syncBuiltinESMExports();
}
