// Preloaded with `node --import` into a build to move its clock three years ahead (and, with TZ, to another
// time zone). Two builds whose clocks disagree must still produce identical files: nothing on the site may
// come from the time of the build.
const OFFSET = 3 * 365.25 * 24 * 3600 * 1000;
const RealDate = Date;
const now = () => RealDate.now() + OFFSET;

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now()], newTarget) as object,
  apply: () => new RealDate(now()).toString(),
  get: (target, prop, receiver) => (prop === 'now' ? now : Reflect.get(target, prop, receiver)) as unknown,
});
