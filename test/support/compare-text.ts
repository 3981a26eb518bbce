// Compare built text: proves that a change meant to be invisible (reformatting .astro files with Prettier, moving
// markup between components) changed nothing a reader sees or hears. It compares two built site folders page by
// page: the visible text (whitespace collapsed as a browser does, a block element's edges counting as a space), the
// attribute values people see or hear (alt, title, aria-*, placeholder, value, label; content of the description and
// share-preview <meta> tags) and the JSON data that pages' scripts draw from.
//
//   npm run build -- --out /tmp/before      (on the old commit; add --reports test/fixtures/reports for the sample site)
//   npm run build -- --out /tmp/after       (on the new one)
//   npx node test/support/compare-text.ts /tmp/before /tmp/after    (npx: the pinned Node 22, which runs .ts)
//
// Exit 0: same text on every page; 1: differences (each shown with its context); 2: wrong command line.
// Limits: an element is a block (its edges are a space) by its HTML default; CSS that makes a <li> or <dd> inline
// would make whitespace between them visible, which this does not see (none does today). CSS text is not compared.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { listFiles } from '../../src/integrations/checksums.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose edges separate words whatever whitespace surrounds them (their HTML default display is not inline). */
const BLOCK = new Set(
  (
    'address article aside blockquote body br caption dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 head header hgroup hr html legend li main menu nav ol optgroup option p pre search section select ' +
    'summary table tbody td textarea tfoot th thead title tr ul'
  ).split(' '),
);
/** Never shown as text. */
const HIDDEN = new Set(['script', 'style']);
/** Attributes a reader sees (tooltips, placeholders, button values) or a screen reader speaks. */
const SPOKEN = new Set([
  'alt',
  'title',
  'placeholder',
  'value',
  'label',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
]);
/** <meta> whose content is shown elsewhere: search results, share previews. */
const SHOWN_META = /^(description|og:.*|twitter:.*)$/;

const isElement = (n: Node): n is Element => 'tagName' in n;
const children = (n: Node): Node[] => {
  if (isElement(n) && n.tagName === 'template') return (n as DefaultTreeAdapterMap['template']).content.childNodes;
  return 'childNodes' in n ? n.childNodes : [];
};
const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** What a page says: its text, attribute values people see or hear, and the JSON its scripts read, one line each. */
export function pageText(html: string): string[] {
  // scriptingEnabled: false parses <noscript> as markup: readers without JavaScript see it.
  const doc = parse(html, { scriptingEnabled: false });
  const lines: string[] = [];
  let text = '';
  const walk = (n: Node): void => {
    if (n.nodeName === '#text') {
      text += (n as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (!isElement(n)) {
      for (const c of children(n)) walk(c);
      return;
    }
    const attrs = new Map(n.attrs.map((a) => [a.name, a.value]));
    for (const [name, value] of attrs) if (SPOKEN.has(name)) lines.push(`${n.tagName}[${name}]: ${collapse(value)}`);
    if (n.tagName === 'meta' && SHOWN_META.test(attrs.get('name') ?? attrs.get('property') ?? ''))
      lines.push(`meta[${attrs.get('name') ?? attrs.get('property')}]: ${collapse(attrs.get('content') ?? '')}`);
    if (n.tagName === 'script' && /json/.test(attrs.get('type') ?? '')) {
      const raw = children(n)
        .map((c) => (c.nodeName === '#text' ? (c as DefaultTreeAdapterMap['textNode']).value : ''))
        .join('');
      let data: string;
      try {
        data = JSON.stringify(JSON.parse(raw));
      } catch {
        data = `(not JSON) ${raw}`;
      }
      lines.push(`script[${attrs.get('type')}]${attrs.has('id') ? `#${attrs.get('id')}` : ''}: ${data}`);
    }
    if (HIDDEN.has(n.tagName)) return;
    if (n.tagName === 'pre' || n.tagName === 'textarea') {
      // Whitespace inside is shown as written.
      let raw = '';
      const all = (m: Node): void => {
        if (m.nodeName === '#text') raw += (m as DefaultTreeAdapterMap['textNode']).value;
        else for (const c of children(m)) all(c);
      };
      all(n);
      lines.push(`${n.tagName} (as written): ${JSON.stringify(raw)}`);
      text += ' ';
      return;
    }
    const block = BLOCK.has(n.tagName);
    if (block) text += ' ';
    for (const c of children(n)) walk(c);
    if (block) text += ' ';
  };
  walk(doc);
  return [`text: ${collapse(text)}`, ...lines];
}

/** Where two strings first differ, with some context on each side. */
function firstDifference(a: string, b: string, context = 70): { before: string; after: string } {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - context);
  return { before: `…${a.slice(from, i + context)}…`, after: `…${b.slice(from, i + context)}…` };
}

export interface Difference {
  page: string;
  before: string;
  after: string;
}

/** Every page whose text differs between the two built folders, and pages present in only one of them. */
export function compareSites(beforeDir: string, afterDir: string): { pages: number; differences: Difference[] } {
  const html = (dir: string) => new Set(listFiles(dir).filter((f) => f.endsWith('.html')));
  const before = html(beforeDir);
  const after = html(afterDir);
  const differences: Difference[] = [];
  for (const page of before) if (!after.has(page)) differences.push({ page, before: '(page)', after: '(missing)' });
  for (const page of after) if (!before.has(page)) differences.push({ page, before: '(missing)', after: '(page)' });
  let pages = 0;
  for (const page of before) {
    if (!after.has(page)) continue;
    pages++;
    const a = pageText(readFileSync(join(beforeDir, page), 'utf8'));
    const b = pageText(readFileSync(join(afterDir, page), 'utf8'));
    const max = Math.max(a.length, b.length);
    for (let i = 0; i < max; i++) {
      if (a[i] === b[i]) continue;
      differences.push({ page, ...firstDifference(a[i] ?? '(nothing)', b[i] ?? '(nothing)') });
      break;
    }
  }
  return { pages, differences };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [beforeDir, afterDir] = process.argv.slice(2);
  if (!beforeDir || !afterDir) {
    console.error('Usage: node test/support/compare-text.ts <built site before> <built site after>');
    process.exit(2);
  }
  const { pages, differences } = compareSites(resolve(beforeDir), resolve(afterDir));
  for (const d of differences) console.log(`${d.page}\n  before: ${d.before}\n  after:  ${d.after}`);
  console.log(`${pages} pages compared, ${differences.length} with different text.`);
  process.exit(differences.length ? 1 : 0);
}
