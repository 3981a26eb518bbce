// /nhiem-vu/ with JavaScript on: the form's state lives in the URL (the same query a plain GET submission makes),
// columns sort from buttons in their headers, and a polite status says what the table now shows.
import { IDS, matches, PARAM, parseState, readRow, stateToQuery, type FilterState } from '../lib/task-filter.ts';
import { tasksCsv } from '../lib/task-csv.ts';
import type { OpenAgency, OpenTask } from '../schemas/open-data.ts';

const form = document.getElementById(IDS.form) as HTMLFormElement | null;
const table = document.getElementById(IDS.table) as HTMLTableElement | null;
const status = document.getElementById('trang-thai-loc');
if (form && table && status) enhance(form, table, status);

type Dir = 'tang' | 'giam';
interface Sort {
  key: string;
  dir: Dir;
}

function enhance(form: HTMLFormElement, table: HTMLTableElement, status: HTMLElement) {
  const tbody = table.tBodies[0]!;
  const rows = [...tbody.rows];
  const facts = new Map(rows.map((r) => [r, readRow(r)]));
  const select = (id: string) => document.getElementById(id) as HTMLSelectElement;
  const values = (s: HTMLSelectElement) => [...s.options].map((o) => o.value).filter(Boolean);
  const choices = {
    agencies: values(select(IDS.agency)),
    years: values(select(IDS.time)).flatMap((v) => (v.startsWith('trong-') ? [Number(v.slice(6))] : [])),
    units: values(select(IDS.unit)),
    states: values(select(IDS.state)),
  };
  const levels = new Map([...select(IDS.unit).options].map((o) => [o.value, o.dataset['level'] ?? '']));
  const levelOf = (unit: string) => levels.get(unit) ?? '';
  // Made on the first sort by a text column: building a Vietnamese collator loads ICU's collation data, a task of
  // 15–30 ms on this machine (four times that on a phone) that the page's own order (by number) never needs.
  let collator: Intl.Collator | undefined;
  const compareText = (x: string, y: string) => (collator ??= new Intl.Collator('vi', { numeric: true })).compare(x, y);
  const headers = [...table.tHead!.rows[0]!.cells].filter((th) => th.dataset['sort']);
  const sortKeys = headers.map((th) => th.dataset['sort']!);
  const defaultSort: Sort = { key: sortKeys[0]!, dir: 'tang' };
  let sort = defaultSort;

  // Values each column sorts by; rows with no timeframe go last whichever way the column sorts.
  const keyOf = (r: HTMLTableRowElement, key: string): number | string | null => {
    if (key === 'muc') return Number(r.dataset['order']);
    if (key === 'thoi-gian') {
      const f = facts.get(r)!;
      return f.start === null ? null : f.start * 10000 + f.end!;
    }
    const cell = headers.find((th) => th.dataset['sort'] === key)!.cellIndex;
    return r.cells[cell]!.textContent.trim();
  };

  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    const icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(...th.childNodes, icon);
    button.addEventListener('click', () => {
      const key = th.dataset['sort']!;
      sort = { key, dir: sort.key === key && sort.dir === 'tang' ? 'giam' : 'tang' };
      render(true);
    });
    th.append(button);
  }

  const sortParam = (s: Sort) => (s.key === defaultSort.key && s.dir === 'tang' ? '' : `${s.key}-${s.dir}`);
  const parseSort = (v: string | null): Sort => {
    const m = /^(.+)-(tang|giam)$/.exec(v ?? '');
    return m && sortKeys.includes(m[1]!) ? { key: m[1]!, dir: m[2] as Dir } : defaultSort;
  };

  // Read the controls exactly as a GET submission would serialize them, so the URL and the form cannot disagree.
  const readForm = (): FilterState => {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string') p.append(k, v);
    return parseState(p, choices);
  };
  const writeForm = (s: FilterState) => {
    select(IDS.agency).value = s.agency;
    (document.getElementById(IDS.role(s.role)) as HTMLInputElement).checked = true;
    select(IDS.part).value = s.part;
    select(IDS.time).value = s.time;
    select(IDS.unit).value = s.unit;
    select(IDS.state).value = s.state;
  };

  const describe = (s: FilterState): string => {
    const text = (id: string) => select(id).selectedOptions[0]?.textContent?.trim() ?? '';
    const parts: string[] = [];
    if (s.agency) {
      const role = document
        .querySelector<HTMLLabelElement>(`label[for="${IDS.role(s.role)}"]`)
        ?.textContent?.trim()
        .toLowerCase();
      parts.push(`${text(IDS.agency)} (${role})`);
    }
    if (s.part) parts.push(text(IDS.part));
    if (s.time) parts.push(text(IDS.time).toLowerCase());
    if (s.unit) parts.push(`phần việc của ${text(IDS.unit)}`);
    if (s.state) parts.push(`trạng thái ${text(IDS.state)}`);
    return parts.length ? ` Đang lọc: ${parts.join('; ')}.` : '';
  };

  function render(announce: boolean) {
    const state = readForm();
    let shown = 0;
    for (const r of rows) {
      const ok = matches(facts.get(r)!, state, levelOf);
      r.hidden = !ok;
      if (ok) shown++;
    }
    const sign = sort.dir === 'tang' ? 1 : -1;
    const sorted = [...rows].sort((a, b) => {
      const x = keyOf(a, sort.key);
      const y = keyOf(b, sort.key);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
      return c * sign || Number(a.dataset['order']) - Number(b.dataset['order']);
    });
    // Rows already in this order stay put: moving every row makes the browser lay the whole table out again, a
    // long task on a phone each time the page opens in the plan's order.
    if (sorted.some((r, i) => tbody.rows[i] !== r)) tbody.append(...sorted);
    for (const th of headers) {
      if (th.dataset['sort'] === sort.key) th.setAttribute('aria-sort', sort.dir === 'tang' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    document.getElementById('khong-co-ket-qua')!.hidden = shown > 0;
    downloads?.update(shown, rows.length);
    const query = stateToQuery(state, sortParam(sort));
    if (query !== location.search) history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
    if (announce || query) {
      const column = headers
        .find((th) => th.dataset['sort'] === sort.key)!
        .querySelector('button')!
        .firstChild!.textContent!.trim();
      const order = sortParam(sort) ? ` Sắp xếp theo ${column.toLowerCase()}, ${sort.dir === 'tang' ? 'tăng dần' : 'giảm dần'}.` : '';
      status.textContent = `Đang hiển thị ${shown} trên ${rows.length} nhiệm vụ.${describe(state)}${order}`;
    }
  }

  const downloads = downloadShown(tbody);
  const params = new URLSearchParams(location.search);
  writeForm(parseState(params, choices));
  sort = parseSort(params.get(PARAM.sort));
  render(false);

  form.addEventListener('change', () => render(true));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    render(true);
  });
  // The reset event fires before the controls change back.
  form.addEventListener('reset', () => setTimeout(() => render(true)));
}

/**
 * "Download what is shown": the links point at the whole list's files (what a reader without script gets); once
 * the table is filtered, a click builds the same files from the open data, with only the rows shown, in their
 * order, through the same CSV writer as dist/data/tasks.csv.
 */
function downloadShown(tbody: HTMLTableSectionElement) {
  const csv = document.getElementById('tai-ve-csv') as HTMLAnchorElement | null;
  const json = document.getElementById('tai-ve-json') as HTMLAnchorElement | null;
  const scope = document.getElementById('tai-ve-pham-vi');
  if (!csv || !json || !scope) return null;
  let filtered = false;
  const shownIds = () =>
    [...tbody.rows]
      .filter((r) => !r.hidden)
      .map((r) => r.querySelector<HTMLAnchorElement>('th a')!.pathname.split('/').filter(Boolean).pop()!);
  const save = (name: string, type: string, body: string) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([body], { type }));
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  const build = async (kind: 'csv' | 'json') => {
    const [tasks, agencies] = await Promise.all([
      fetch(json.href).then((r) => r.json() as Promise<OpenTask[]>),
      fetch(json.dataset['agencies']!).then((r) => r.json() as Promise<OpenAgency[]>),
    ]);
    const byId = new Map(tasks.map((t) => [t.id, t]));
    const list = shownIds()
      .map((id) => byId.get(id)!)
      .filter(Boolean);
    const names = new Map(agencies.map((a) => [a.id, a.name]));
    if (kind === 'json') save('nhiem-vu-da-loc.json', 'application/json', `${JSON.stringify(list, null, 2)}\n`);
    else
      save(
        'nhiem-vu-da-loc.csv',
        'text/csv;charset=utf-8',
        tasksCsv(list, (id) => names.get(id) ?? id),
      );
  };
  for (const [a, kind] of [
    [csv, 'csv'],
    [json, 'json'],
  ] as const)
    a.addEventListener('click', (e) => {
      if (!filtered) return;
      e.preventDefault();
      void build(kind);
    });
  return {
    update(shown: number, total: number) {
      filtered = shown < total;
      scope.textContent = filtered ? `${shown} nhiệm vụ đang hiển thị` : `toàn bộ ${total} nhiệm vụ`;
    },
  };
}
