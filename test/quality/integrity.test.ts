// The built site is valid HTML, its links and anchors resolve, and its sitemap lists exactly its pages.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { exemptions, htmlValidateConfig, knownIssues, matches } from '../support/htmlvalidate.ts';
import { checkLinks, type LinkReport } from '../support/links.ts';
import { attr, builtFor, DIST, elements, htmlPages, parseFile, pathOf, scratch, SITEMAP, sitemapPaths } from '../support/site.ts';

const validator = new HtmlValidate(htmlValidateConfig);
const describeMessage = (page: string, m: Message) => `${page}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`;

describe('every built page is valid HTML (html-validate)', () => {
  const found = new Map<string, Message[]>();
  beforeAll(async () => {
    for (const page of htmlPages(DIST)) {
      const report = await validator.validateFile(join(DIST, page));
      found.set(
        page,
        report.results.flatMap((r) => r.messages),
      );
    }
  });

  it('has no errors outside the listed known issues', () => {
    const unexpected = [...found].flatMap(([page, ms]) =>
      ms.filter((m) => !exemptions(page).includes(m.ruleId ?? '')).map((m) => describeMessage(page, m)),
    );
    expect(found.size).toBeGreaterThan(50);
    expect(unexpected).toEqual([]);
  });

  it('still needs every known-issue exemption (remove it once the page is fixed)', () => {
    for (const [pattern, rules] of Object.entries(knownIssues))
      for (const rule of rules) {
        const still = [...found].some(([page, ms]) => matches(pattern, page) && ms.some((m) => m.ruleId === rule));
        expect(still, `${pattern} no longer breaks ${rule}: delete the exemption`).toBe(true);
      }
  });

  it('catches real mistakes with this configuration', async () => {
    const bad = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>x</title></head><body>
      <main><h1>x</h1><p id="a">one<div>block in a paragraph</div></p><span id="a"></span>
      <a href="/" aria-describedby="missing">x</a><button>no type</button>
      <script src="https://cdn.example.com/x.js"></script></main></body></html>`;
    const report = await validator.validateString(bad, 'bad.html');
    const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    for (const rule of ['no-dup-id', 'no-missing-references', 'no-implicit-button-type', 'require-sri', 'close-order'])
      expect(rules, rule).toContain(rule);
  });
});

describe('links and anchors', () => {
  let report: LinkReport;
  beforeAll(() => {
    report = checkLinks(DIST);
  });

  it('every internal link, resource and #anchor resolves', () => {
    expect(report.checked).toBeGreaterThan(1000);
    expect(report.problems).toEqual([]);
  });

  it('the checker finds a missing page, a missing anchor and a folder link without its slash', () => {
    const dir = scratch('links');
    try {
      const write = (path: string, html: string) => {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), `<!doctype html><html><body>${html}</body></html>`);
      };
      writeFileSync(join(dir, 'build-info.json'), JSON.stringify({ SITE_URL: 'https://example.org', SITE_BASE: '/repo/' }));
      write(
        'index.html',
        '<a href="/repo/a/#here">ok</a> <a href="a/#gone">x</a> <a href="/repo/nowhere/">x</a> <a href="/repo/a">x</a> <a href="https://example.org/repo/a/">ok</a> <a href="https://elsewhere.example/">out</a>',
      );
      write('a/index.html', '<h1 id="here">A</h1>');
      const r = checkLinks(dir);
      expect(r.problems).toHaveLength(3);
      expect(r.problems.join('\n')).toMatch(/id="gone"/);
      expect(r.problems.join('\n')).toMatch(/no file nowhere\/index\.html/);
      expect(r.problems.join('\n')).toMatch(/must end with "\/"/);
      expect(r.external).toEqual(['https://elsewhere.example/']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('links to filtered views of the task list', () => {
  it('only use values that the filter form of the list offers', () => {
    const decode = (v: string) =>
      v
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
    const { site } = builtFor(DIST);
    const list = readFileSync(join(DIST, 'nhiem-vu', 'index.html'), 'utf8');
    const offered = (name: string) => {
      const select = new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(list);
      const source = select ? select[1]! : [...list.matchAll(new RegExp(`<input[^>]*name="${name}"[^>]*>`, 'g'))].map((m) => m[0]).join('');
      return source ? new Set([...source.matchAll(/value="([^"]*)"/g)].map((m) => decode(m[1]!))) : null;
    };
    const views = htmlPages(DIST).flatMap((page) =>
      [...elements(parseFile(join(DIST, page)))]
        .filter((el) => el.tagName === 'a')
        .map((el) => new URL(attr(el, 'href') ?? '', new URL(pathOf(page), site)))
        .filter((u) => u.origin === site.origin && u.pathname === new URL('nhiem-vu/', site).pathname && u.search)
        .map((u) => ({ page, u })),
    );
    expect(views.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const { page, u } of views)
      for (const [name, value] of u.searchParams)
        if (name !== 'sap-xep' && !offered(name)?.has(value)) wrong.push(`${page}: ${name}=${value}`);
    expect(wrong).toEqual([]);
  });
});

describe('the sitemap and robots.txt', () => {
  const { site } = builtFor(DIST);
  const pages = htmlPages(DIST).filter((p) => p !== '404.html');

  it('lists every built page exactly once, and nothing else', () => {
    const listed = sitemapPaths(DIST);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(pages.map(pathOf).sort());
  });

  it('leaves out the not-found page', () => {
    expect(sitemapPaths(DIST).filter((p) => /404/.test(p))).toEqual([]);
  });

  it('uses absolute URLs from the configured site and base, matching each page’s canonical URL', () => {
    for (const page of pages) {
      const canonical = [...elements(parseFile(join(DIST, page)))].find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical');
      expect(canonical && attr(canonical, 'href'), page).toBe(new URL(pathOf(page), site).href);
    }
  });

  it('is announced in robots.txt with its absolute address', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL(SITEMAP, site).href}`);
  });
});
