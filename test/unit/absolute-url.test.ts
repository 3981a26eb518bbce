// The open data's absolute URLs (src/lib/absolute-url.ts) take a short way for plain paths: the result must be what
// the URL parser gives for every path, plain or not.
import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/absolute-url.ts';

const sites = [
  'https://hanoi-khi-hau.github.io/',
  'https://example.org/repo/',
  'http://localhost:4321/',
  'https://u:p@example.org:8443/x/',
];
const paths = [
  '/',
  '/nhiem-vu/pl2-07/',
  '/repo/don-vi/phuong-hoan-kiem/#nam-2026',
  '/ket-qua/2026/trang/3/#pl1-i-01',
  '/ke-hoach/#ii-1-p3',
  '//evil.example/x/',
  '/a/./b/',
  '/a/../b/',
  '/co-quan/sở-xây-dựng/',
  '/a b/',
  '/a/#x#y',
  '/a?b=1',
  'relative/path/',
  '/a%20b/',
];

describe('absolute URLs of the open data', () => {
  it('are exactly new URL(path, site).href', () => {
    for (const site of sites) for (const path of paths) expect(absoluteUrl(path, new URL(site))).toBe(new URL(path, site).href);
  });
});
