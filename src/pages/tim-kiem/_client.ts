// The search page's script: a small interface on Pagefind's JS API (pagefind.js), smaller than Pagefind's
// ready-made UIs and under our control for wording, keyboard use and announcements.
import type { SearchFilters, SearchMeta } from '../../lib/search-records.ts';
import { metaWeights, searchFilterKeys, searchTypes, typingPauseMs, type SearchFilterKey } from '../../lib/search-fields.ts';
import { closeMatch, expandQuery, prepareQuery, queryWords, snippet, type Expansion } from '../../lib/search-text.ts';
import type { PageTerm } from '../../lib/search-terms.ts';
import { url } from '../../lib/urls.ts';

// The few parts of Pagefind's browser API used here (it ships no types for it).
interface PagefindData {
  url: string;
  content: string;
  meta: SearchMeta;
  filters: Partial<SearchFilters>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, o: { filters: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

type Filters = Partial<Record<SearchFilterKey, string>>;
interface State {
  q: string;
  filters: Filters;
}

const PAGE_SIZE = 10;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('tim-kiem');
const input = $<HTMLInputElement>('q');
const filterBox = $<HTMLDetailsElement>('bo-loc');
const filterCount = $<HTMLSpanElement>('bo-loc-dang-chon');
const noJs = $<HTMLDivElement>('khong-js');
const section = $<HTMLElement>('ket-qua');
const status = $<HTMLParagraphElement>('trang-thai');
const list = $<HTMLOListElement>('danh-sach');
const more = $<HTMLButtonElement>('xem-them');
const select = (k: SearchFilterKey) => form.elements.namedItem(k) as HTMLSelectElement;
const expansionBox = $<HTMLDivElement>('mo-rong');
/** The editors' words (content/search-terms.yaml), carried by the page. */
const terms = JSON.parse(document.getElementById('tu-cua-nguoi-doc')?.textContent ?? '[]') as PageTerm[];

noJs.hidden = true;

let loaded: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
  loaded ??= (async () => {
    const pf = (await import(/* @vite-ignore */ url('pagefind/pagefind.js'))) as Pagefind;
    // Record URLs already carry the base path, so Pagefind must not add it again.
    await pf.options({ baseUrl: '/', ranking: { metaWeights } });
    await pf.init();
    return pf;
  })();
  return loaded;
}

// ---- the address is the state ----

function fromUrl(): State {
  const p = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const k of searchFilterKeys) {
    const v = p.get(k)?.normalize('NFC');
    if (v) filters[k] = v;
  }
  return { q: (p.get('q') ?? '').normalize('NFC'), filters };
}

function fromForm(): State {
  const filters: Filters = {};
  for (const k of searchFilterKeys) if (select(k).value) filters[k] = select(k).value;
  return { q: input.value.normalize('NFC'), filters };
}

function toAddress(s: State): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  for (const k of searchFilterKeys) if (s.filters[k]) p.set(k, s.filters[k]);
  const qs = p.toString();
  return `${location.pathname}${qs ? `?${qs}` : ''}`;
}

function toForm(s: State): void {
  input.value = s.q;
  for (const k of searchFilterKeys) {
    const el = select(k);
    const v = s.filters[k] ?? '';
    // A shared address may name a value this index does not have; keep it visible rather than drop it.
    if (v && ![...el.options].some((o) => o.value === v)) el.add(new Option(v, v));
    el.value = v;
  }
  const n = searchFilterKeys.filter((k) => s.filters[k]).length;
  filterCount.textContent = n ? ` (đang lọc theo ${n} tiêu chí)` : '';
}

/** Typing replaces its own history entry; a new search (submit, filter, first keystroke) adds one. */
function remember(s: State, how: 'typing' | 'commit'): void {
  const address = toAddress(s);
  const typingEntry = (history.state as { typing?: boolean } | null)?.typing === true;
  if (address === `${location.pathname}${location.search}`) {
    if (how === 'commit' && typingEntry) history.replaceState({ typing: false }, '', address);
    return;
  }
  if (how === 'typing' && typingEntry) history.replaceState({ typing: true }, '', address);
  else history.pushState({ typing: how === 'typing' }, '', address);
}

// ---- filters, filled from the index so that they always match it ----

const collator = new Intl.Collator('vi');
const rank = (type: string) => (searchTypes as readonly string[]).indexOf(type);
function order(k: SearchFilterKey, values: string[]): string[] {
  if (k === 'loai') return [...values].sort((a, b) => rank(a) - rank(b));
  if (k === 'nam') return [...values].sort();
  return [...values].sort(collator.compare);
}

// The filters' values come from the index, and grow with the plan (every lead body, every coordinating unit: 110 KB
// of a first search at 5,000 tasks, four times that at 20,000; issue 15). They load when the box is first opened,
// or at once where it opens by itself: on a wide screen, or when the address already filters.
async function fillFilters(open: boolean): Promise<void> {
  filterBox.setAttribute('aria-busy', 'true');
  const all = await (await pagefind()).filters();
  filterBox.removeAttribute('aria-busy');
  const chosen = fromForm().filters;
  let any = false;
  for (const k of searchFilterKeys) {
    const values = order(k, Object.keys(all[k] ?? {}));
    const el = select(k);
    el.replaceChildren(new Option('Tất cả', ''), ...values.map((v) => new Option(v, v)));
    (el.closest('[data-filter]') as HTMLElement).hidden = values.length === 0;
    any ||= values.length > 0;
  }
  filterBox.hidden = !any;
  toForm({ q: input.value, filters: chosen });
  if (open) filterBox.open = true;
}

let filled: Promise<void> | undefined;
const fillOnce = (open: boolean): Promise<void> =>
  (filled ??= fillFilters(open).catch((e: unknown) => {
    filled = undefined;
    filterBox.removeAttribute('aria-busy');
    console.error(e);
  }));

// ---- results ----

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};

function marked(text: string, words: string[], size: number): Node[] {
  return snippet(text, words, size).map((p) => (p.mark ? el('mark', undefined, p.text) : document.createTextNode(p.text)));
}

function render(d: PagefindData, words: string[]): HTMLLIElement {
  const li = el('li');
  const h = el('h3');
  const a = el('a');
  a.href = d.url;
  a.append(...marked(d.meta.title, words, Number.MAX_SAFE_INTEGER));
  h.append(a);
  const kicker = el('p', 'kicker');
  kicker.append(el('span', 'type', d.filters.loai?.[0] ?? ''));
  if (d.meta.ref) kicker.append(d.meta.ref);
  li.append(h, kicker);
  const facts: [string, string | undefined][] = [
    ['Chủ trì', d.filters.chu_tri?.join('; ')],
    ['Thời gian', d.meta.thoi_gian],
    ['Tình trạng', d.meta.tinh_trang],
  ];
  const shown = facts.filter(([, v]) => v);
  if (shown.length) {
    const p = el('p', 'facts');
    shown.forEach(([label, v], i) => {
      if (i > 0) p.append(' · ');
      p.append(el('strong', undefined, `${label}:`), ` ${v}`);
    });
    li.append(p);
  }
  // Where the content starts with the title (a heading, a task, an agency), the snippet is cut from what
  // follows, and shown only if the query matched there: the facts above already say the rest.
  const titled = d.content.startsWith(d.meta.title);
  const rest = titled ? d.content.slice(d.meta.title.length).replace(/^[\s—.]+/, '') : d.content;
  const parts = snippet(rest, words, 32);
  if (rest && (!titled || parts.some((x) => x.mark))) {
    const p = el('p', 'snippet');
    p.append(...parts.map((x) => (x.mark ? el('mark', undefined, x.text) : document.createTextNode(x.text))));
    li.append(p);
  }
  return li;
}

let generation = 0;
let current: { results: PagefindResult[]; shown: number; words: string[]; summary: string; searched: string; close: boolean } | undefined;

function describe(s: State): string {
  const chosen = searchFilterKeys.map((k) => s.filters[k]).filter(Boolean);
  const q = s.q.trim() ? ` cho “${s.q.trim()}”` : '';
  return `${q}${chosen.length ? ` (lọc: ${chosen.join('; ')})` : ''}`;
}

async function showMore(gen: number): Promise<void> {
  if (!current) return;
  const page = current.results.slice(current.shown, current.shown + PAGE_SIZE);
  const data = await Promise.all(page.map((r) => r.data()));
  if (gen !== generation) return;
  // Close or loose is judged once, on the first page: the best-ranked results are where a close match would be.
  if (current.shown === 0 && current.searched)
    current.close = data.some((d) => closeMatch(current!.searched, `${d.meta.title} ${d.content}`));
  const items = data.map((d) => render(d, current!.words));
  list.append(...items);
  current.shown += items.length;
  const total = current.results.length;
  more.hidden = current.shown >= total;
  more.textContent = `Xem thêm ${Math.min(PAGE_SIZE, total - current.shown)} kết quả`;
  section.dataset.match = total === 0 ? 'none' : current.close ? 'close' : 'loose';
  const shownNote = total > current.shown ? ` Đang hiện ${current.shown} kết quả đầu.` : '';
  status.textContent =
    total === 0
      ? `Không có kết quả nào${current.summary}. Hãy thử ít từ hơn, từ khác, hoặc bỏ bớt bộ lọc.`
      : current.close
        ? `${total} kết quả${current.summary}.${shownNote}`
        : `Không có kết quả nào khớp sát${current.summary}: không nơi nào có đủ các từ đã gõ. ${total} kết quả dưới đây chỉ gần giống một phần; hãy thử từ khác.${shownNote}`;
}

async function run(s: State): Promise<void> {
  const gen = ++generation;
  const filters = Object.fromEntries(Object.entries(s.filters).filter(([, v]) => v)) as Record<string, string>;
  const expanded = expandQuery(s.q, terms);
  showExpansion(expanded);
  const term = prepareQuery(expanded.text);
  if (!term && Object.keys(filters).length === 0) {
    current = undefined;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    section.dataset.state = 'idle';
    return;
  }
  section.dataset.state = 'loading';
  section.setAttribute('aria-busy', 'true');
  try {
    const found = await (await pagefind()).search(term || null, { filters });
    if (gen !== generation || !found) return;
    // A task reference ("phụ lục II mục 7") is a token no text contains: closeness is not judged for it.
    const searched = /\bpl[12](phan[12])?muc\d+\b/.test(term) ? '' : expanded.text;
    current = { results: found.results, shown: 0, words: queryWords(expanded.text), summary: describe(s), searched, close: true };
    list.replaceChildren();
    await showMore(gen);
    if (gen === generation) section.dataset.state = 'done';
  } catch (e) {
    if (gen !== generation) return;
    section.dataset.state = 'error';
    status.textContent = 'Chưa tải được công cụ tìm kiếm. Hãy tải lại trang, hoặc tra cứu trực tiếp theo các liên kết dưới đây.';
    $('khong-js-ly-do').textContent = 'Công cụ tìm kiếm chưa tải được.';
    noJs.classList.add('failed');
    noJs.hidden = false;
    console.error(e);
  } finally {
    if (gen === generation) section.removeAttribute('aria-busy');
  }
}

/** Says which of the reader's words were searched as the plan's words, and why; former names with their source. */
function showExpansion(e: Expansion): void {
  expansionBox.replaceChildren();
  expansionBox.hidden = e.used.length === 0;
  if (e.used.length === 0) return;
  const lead = el('p');
  lead.append('Đã tìm ', el('strong', undefined, `“${e.text}”`), ` thay cho “${e.used.map((u) => u.typed).join('”, “')}”.`);
  expansionBox.append(lead);
  for (const ref of new Set(e.used.map((u) => u.ref))) {
    const t = terms.find((x) => x.ref === ref);
    if (!t) continue;
    const p = el('p', undefined, `${t.note} `);
    if (t.source_url) {
      const a = el('a', undefined, 'Nguồn');
      a.href = t.source_url;
      p.append(a, '. ');
    }
    expansionBox.append(p);
  }
  expansionBox.append(el('p', 'muted', 'Các cách gọi này do nhóm biên tập ghi lại, không phải lời của Kế hoạch.'));
}

// ---- events ----

let typingTimer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    const s = fromForm();
    remember(s, 'typing');
    void run(s);
  }, typingPauseMs);
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(typingTimer);
  const s = fromForm();
  remember(s, 'commit');
  void run(s);
});

form.addEventListener('change', (e) => {
  if (!(e.target instanceof HTMLSelectElement)) return;
  const s = fromForm();
  remember(s, 'commit');
  void run(s);
});

$('bo-loc-het').addEventListener('click', (e) => {
  e.preventDefault();
  const s = { q: input.value, filters: {} };
  toForm(s);
  remember(s, 'commit');
  void run(s);
});

more.addEventListener('click', () => {
  const first = list.children.length;
  void showMore(generation).then(() => {
    // Keyboard and screen-reader users carry on from the first new result, not from the top.
    (list.children[first]?.querySelector('a') as HTMLAnchorElement | null)?.focus();
  });
});

window.addEventListener('popstate', () => {
  const s = fromUrl();
  toForm(s);
  void run(s);
});

const start = fromUrl();
toForm(start);
void run(start);
// Open where there is room, or where the address already filters, so a chosen filter is never hidden; elsewhere
// (a phone) the box shows closed, and its values load when the reader opens it.
filterBox.addEventListener('toggle', () => {
  if (filterBox.open) void fillOnce(false);
});
if (Object.keys(start.filters).length > 0 || matchMedia('(min-width: 60rem)').matches) void fillOnce(true);
else filterBox.hidden = false;
