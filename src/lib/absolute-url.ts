// Absolute URLs for the open data's rows (build time only): what `new URL(path, site).href` gives, without parsing a
// URL for each of the millions of rows a national plan has (issue 15: a tenth of the open data's CPU).

// A root-relative path of unreserved characters, slashes and a fragment: resolving it against the site is then
// plain concatenation. Dots are left to the parser, which resolves "." and ".." segments, and so is "//" at the
// start (another host).
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9_~/-]*(#[A-Za-z0-9_~/-]*)?$/;

/** `new URL(path, site).href`, taking the short way for a plain root-relative path. */
export function absoluteUrl(path: string, site: URL): string {
  return PLAIN_PATH.test(path) && !site.username && !site.password ? `${site.origin}${path}` : new URL(path, site).href;
}
