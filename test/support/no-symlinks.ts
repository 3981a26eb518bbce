// Preloaded with `node --import` into a build to give it what Windows gives an account without the right to make
// symbolic links (and what some file systems give everyone): EPERM on every symlink call. The build must still
// publish, by its weaker fallback (README, "Windows").
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const refuse = (path: unknown) =>
  Object.assign(new Error(`EPERM: operation not permitted, symlink -> '${String(path)}'`), { code: 'EPERM', syscall: 'symlink' });
fs.symlinkSync = (_target, path) => {
  throw refuse(path);
};
(fs as unknown as Record<string, unknown>).symlink = (_target: unknown, path: unknown, ...rest: unknown[]) =>
  void process.nextTick(() => (rest.pop() as (e: Error) => void)(refuse(path)));
fs.promises.symlink = (_target, path) => Promise.reject(refuse(path));
syncBuiltinESMExports();
