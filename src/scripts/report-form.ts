// The report form (/nop-bao-cao/): a unit picks itself and the year, fills its rows, and downloads the submission
// as YAML and as the same workbook `new-report --xlsx` writes. Every field is checked with the submission schema
// the build uses (src/schemas/report.ts), a field's error shown beside it when the field is left, and all errors
// listed at the top (GOV.UK's error summary) when the unit asks for the files. Everything typed is kept in
// localStorage on every keystroke, so a reload or a closed tab loses nothing. No server: the files stay on the device.
import { reportedStatuses } from '../schemas/report-status.ts';
import { formFromUnit, type FormIndex, type UnitBook } from '../lib/form-book.ts';
import { cellDate, cellNumber } from '../lib/workbook/cells.ts';
import { evidenceFromText, type SubmissionValues, type UnitForm } from '../lib/workbook/model.ts';
import { submissionYaml } from '../lib/workbook/yaml-text.ts';

type Draft = Record<string, string>;

// The submission schema is fetched and built on the first check, or as soon as a field is focused (so that it is
// usually ready when the field is left), never while the page opens: see report-schema.ts.
const importSchema = () => import('./report-schema.ts');
let schema: ReturnType<typeof importSchema> | undefined;
const loadSchema = () =>
  (schema ??= importSchema().catch((e: unknown) => {
    schema = undefined; // offline when first asked: try again on the next check
    throw e;
  }));

const root = document.querySelector<HTMLElement>('[data-report-form]');
const bookEl = document.getElementById('form-book');
if (root && bookEl) start(root, JSON.parse(bookEl.textContent ?? '{}') as FormIndex);

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs))
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function start(root: HTMLElement, book: FormIndex) {
  const unitSel = root.querySelector<HTMLSelectElement>('#chon-don-vi')!;
  const yearSel = root.querySelector<HTMLSelectElement>('#chon-nam')!;
  const body = root.querySelector<HTMLElement>('[data-form-body]')!;
  const status = root.querySelector<HTMLElement>('[data-save-status]')!;
  const live = root.querySelector<HTMLElement>('[data-live]')!;
  const summary = root.querySelector<HTMLElement>('[data-error-summary]')!;
  const actions = root.querySelector<HTMLElement>('[data-actions]')!;
  root.querySelector<HTMLElement>('[data-needs-js]')?.remove();
  root.querySelector<HTMLElement>('[data-picker]')!.hidden = false;

  const LAST = 'nop-bao-cao:chon';
  const draftKey = () => `nop-bao-cao:${yearSel.value}:${unitSel.value}`;
  let form: UnitForm | null = null;
  let proposals = 0;

  const saved = (() => {
    try {
      return JSON.parse(localStorage.getItem(LAST) ?? 'null') as { unit: string; year: string } | null;
    } catch {
      return null;
    }
  })();
  const params = new URLSearchParams(location.search);
  const want = { unit: params.get('don-vi') ?? saved?.unit ?? '', year: params.get('nam') ?? saved?.year ?? String(book.defaultYear) };
  if (book.years.includes(Number(want.year))) yearSel.value = want.year;

  const readDraft = (): Draft => {
    try {
      return JSON.parse(localStorage.getItem(draftKey()) ?? '{}') as Draft;
    } catch {
      return {};
    }
  };
  const fields = () => [...body.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[name]')];
  function saveDraft() {
    const d: Draft = {};
    for (const f of fields()) if (f.value !== '') d[f.name] = f.value;
    try {
      localStorage.setItem(draftKey(), JSON.stringify(d));
      localStorage.setItem(LAST, JSON.stringify({ unit: unitSel.value, year: yearSel.value }));
      status.textContent = `Bản nháp đã được lưu trên máy này lúc ${new Date().toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' })}.`;
    } catch {
      status.textContent = 'Trình duyệt không cho lưu bản nháp (chế độ ẩn danh hoặc bộ nhớ đầy): đừng đóng trang trước khi tải tệp về.';
    }
  }

  function field(
    id: string,
    name: string,
    label: string,
    hint: string | null,
    control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  ) {
    control.id = id;
    control.name = name;
    const describedBy = [hint ? `${id}-goi-y` : '', `${id}-loi`].filter(Boolean).join(' ');
    control.setAttribute('aria-describedby', describedBy);
    return el(
      'div',
      { class: 'field', 'data-field': id },
      el('label', { for: id, text: label }),
      ...(hint ? [el('p', { class: 'hint', id: `${id}-goi-y`, text: hint })] : []),
      el('p', { class: 'field-error', id: `${id}-loi`, hidden: '' }),
      control,
    );
  }
  const text = (attrs: Record<string, string> = {}) => el('input', { type: 'text', autocomplete: 'off', ...attrs });
  const area = (rows = 3) => el('textarea', { rows: String(rows) });

  // A unit's tasks come from its own file, fetched once per visit when the unit is chosen.
  const books = new Map<string, Promise<UnitBook>>();
  const unitBook = (id: string) => {
    let p = books.get(id);
    if (!p) {
      p = fetch(`${book.unitsUrl}${encodeURIComponent(id)}.json`).then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<UnitBook>;
      });
      books.set(id, p);
    }
    return p;
  };
  // Only the latest choice is shown, whatever order the files arrive in.
  let shown = 0;

  async function render() {
    const ticket = ++shown;
    summary.hidden = true;
    form = null;
    actions.hidden = true;
    const id = unitSel.value;
    if (!id) {
      body.replaceChildren();
      return;
    }
    body.replaceChildren(el('p', { class: 'muted', text: 'Đang tải các nhiệm vụ của đơn vị…' }));
    body.setAttribute('aria-busy', 'true');
    let unit: UnitBook;
    try {
      unit = await unitBook(id);
    } catch {
      books.delete(id);
      if (ticket !== shown) return;
      body.removeAttribute('aria-busy');
      const again = el('button', { type: 'button', class: 'button secondary', text: 'Thử lại' });
      again.addEventListener('click', () => void render());
      body.replaceChildren(el('p', { class: 'field-error', text: 'Chưa tải được danh sách nhiệm vụ của đơn vị (mất kết nối?).' }), again);
      live.textContent = 'Chưa tải được danh sách nhiệm vụ của đơn vị.';
      return;
    }
    if (ticket !== shown) return;
    body.removeAttribute('aria-busy');
    body.replaceChildren();
    form = formFromUnit(unit, book.targets, Number(yearSel.value));
    actions.hidden = false;
    const f = form;
    const draft = readDraft();
    body.append(
      el('h2', { id: 'van-ban', text: 'Văn bản báo cáo' }),
      field('f-doc-number', 'document.number', 'Số hiệu văn bản báo cáo', 'Ví dụ: 123/BC-SXD', text()),
      field(
        'f-doc-date',
        'document.date',
        'Ngày ký',
        'Ngày/tháng/năm, ví dụ 28/11/' + f.year + '. Đúng hạn khi ký trước ngày 01/12/' + f.year + '.',
        text({ inputmode: 'numeric', autocomplete: 'off' }),
      ),
      field('f-doc-signer', 'document.signer', 'Người ký (nếu có)', 'Họ tên, chức vụ', text()),
      field(
        'f-doc-url',
        'document.url',
        'Đường dẫn văn bản (nếu đã đăng công khai)',
        'Địa chỉ đầy đủ, bắt đầu bằng https://',
        text({ type: 'url', inputmode: 'url' }),
      ),
      el('h2', { id: 'nhiem-vu', text: `Nhiệm vụ (${f.tasks.length})` }),
      el('p', {
        class: 'hint',
        text: 'Nhiệm vụ nào văn bản báo cáo không nhắc đến: để trống cả phần đó. Chỉ ghi những gì văn bản đã ghi.',
      }),
    );
    if (!f.tasks.length)
      body.append(
        el('p', {
          text: `Năm ${f.year}, đơn vị không có nhiệm vụ nào cần báo cáo theo Kế hoạch; vẫn có thể gửi đề xuất, kiến nghị và số liệu.`,
        }),
      );
    for (const t of f.tasks) {
      const sel = el(
        'select',
        {},
        el('option', { value: '', text: '— Chọn trạng thái —' }),
        ...Object.entries(reportedStatuses).map(([code, label]) => el('option', { value: code, text: label })),
      );
      body.append(
        el(
          'fieldset',
          { class: 'task' },
          el('legend', {}, el('span', { class: 'code', text: t.id }), ` ${t.title}`),
          el(
            'p',
            { class: 'meta' },
            el('strong', { text: 'Vai trò: ' }),
            t.role,
            el('br'),
            el('strong', { text: 'Thời gian thực hiện: ' }),
            t.timeframe,
          ),
          field(`f-t-${t.id}-status`, `tasks.${t.id}.status`, 'Trạng thái', null, sel),
          ...(t.leads
            ? [
                field(
                  `f-t-${t.id}-percent`,
                  `tasks.${t.id}.percent`,
                  'Tỷ lệ hoàn thành (%)',
                  'Một số từ 0 đến 100, ví dụ 40. Để trống nếu văn bản không nêu.',
                  text({ inputmode: 'decimal' }),
                ),
              ]
            : []),
          field(`f-t-${t.id}-summary`, `tasks.${t.id}.summary`, 'Tóm tắt kết quả', null, area(3)),
          field(
            `f-t-${t.id}-reason`,
            `tasks.${t.id}.reason`,
            'Lý do (nếu có)',
            'Bắt buộc khi dừng hoặc được thay thế, hoặc khi đã hết thời gian mà chưa hoàn thành.',
            area(2),
          ),
          field(
            `f-t-${t.id}-evidence`,
            `tasks.${t.id}.evidence`,
            'Văn bản chứng minh',
            'Mỗi văn bản một dòng; có đường dẫn thì ghi ở cuối dòng.',
            area(2),
          ),
        ),
      );
    }
    const list = el('div', { 'data-proposals': '' });
    const add = el('button', { type: 'button', class: 'button secondary', text: 'Thêm một đề xuất' });
    proposals = 0;
    const addProposal = (focus: boolean) => {
      const n = proposals++;
      const box = field(`f-p-${n}`, `proposals.${n}`, `Đề xuất, kiến nghị ${n + 1}`, null, area(3));
      list.append(box);
      if (focus) box.querySelector('textarea')!.focus();
    };
    const count = Math.max(
      1,
      ...Object.keys(draft)
        .filter((k) => k.startsWith('proposals.'))
        .map((k) => Number(k.split('.')[1]) + 1),
    );
    for (let i = 0; i < count; i++) addProposal(false);
    add.addEventListener('click', () => addProposal(true));
    body.append(
      el('h2', { id: 'de-xuat', text: 'Đề xuất, kiến nghị' }),
      el('p', { class: 'hint', text: 'Mỗi ý một ô. Không có thì để trống.' }),
      list,
      add,
    );
    body.append(
      el('h2', { id: 'so-lieu', text: 'Số liệu mục tiêu' }),
      el('p', { class: 'hint', text: 'Chỉ điền số liệu đơn vị có, kèm ngày, nguồn và phạm vi. Không có thì để trống.' }),
    );
    for (const g of f.targets)
      body.append(
        el(
          'fieldset',
          { class: 'task' },
          el('legend', { text: g.measure }),
          field(`f-g-${g.id}-value`, `targets.${g.id}.value`, 'Giá trị', 'Một số, ví dụ 92,5', text({ inputmode: 'decimal' })),
          field(`f-g-${g.id}-unit`, `targets.${g.id}.unit`, 'Đơn vị', null, text({ value: g.unit ?? '' })),
          field(`f-g-${g.id}-as_of`, `targets.${g.id}.as_of`, 'Số liệu tính đến ngày', 'Ngày/tháng/năm', text({ inputmode: 'numeric' })),
          field(`f-g-${g.id}-source`, `targets.${g.id}.source`, 'Nguồn số liệu', 'Văn bản, số, ngày, cơ quan', area(2)),
          field(`f-g-${g.id}-scope`, `targets.${g.id}.scope`, 'Phạm vi số liệu', 'Ví dụ: toàn thành phố, địa bàn phường', text()),
        ),
      );
    for (const c of fields()) {
      const v = draft[c.name];
      if (v !== undefined) c.value = v;
      else if (c.name.endsWith('.unit')) c.value = f.targets.find((g) => c.name === `targets.${g.id}.unit`)?.unit ?? '';
    }
    status.textContent = Object.keys(draft).length ? 'Đã mở lại bản nháp lưu trên máy này.' : '';
  }

  /** The form's values as a submission, and the field each error belongs to. */
  function collect(): { values: SubmissionValues; own: Map<string, string>; fieldOf: (path: readonly PropertyKey[]) => string | null } {
    const f = form!;
    const get = (name: string) => (body.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '').normalize('NFC').trim();
    const own = new Map<string, string>(); // errors found while reading a field (a date, a number)
    const document: Record<string, unknown> = {};
    for (const k of ['number', 'signer', 'url'] as const) if (get(`document.${k}`)) document[k] = get(`document.${k}`);
    const d = cellDate(get('document.date'));
    if (d.ok) document['date'] = d.value ?? undefined;
    else own.set('f-doc-date', d.message);
    const tasks: SubmissionValues['tasks'] = [];
    const taskField: string[] = [];
    for (const t of f.tasks) {
      const v = (k: string) => get(`tasks.${t.id}.${k}`);
      if (!['status', 'percent', 'summary', 'reason', 'evidence'].some((k) => v(k))) continue;
      const e: SubmissionValues['tasks'][number] = { task: t.id };
      if (v('status')) e.status = v('status');
      const p = cellNumber(v('percent'), undefined, true);
      if (!p.ok) own.set(`f-t-${t.id}-percent`, `tỷ lệ hoàn thành: ${p.message}`);
      else if (p.value !== null) e.percent = p.value;
      if (v('summary')) e.summary = v('summary');
      if (v('reason')) e.reason = v('reason');
      if (v('evidence')) e.evidence = evidenceFromText(v('evidence'));
      tasks.push(e);
      taskField.push(t.id);
    }
    const proposalsList: string[] = [];
    const proposalField: number[] = [];
    for (let i = 0; i < proposals; i++)
      if (get(`proposals.${i}`)) {
        proposalsList.push(get(`proposals.${i}`));
        proposalField.push(i);
      }
    const targets: SubmissionValues['targets'] = [];
    const targetField: string[] = [];
    for (const g of f.targets) {
      const v = (k: string) => get(`targets.${g.id}.${k}`);
      if (!['value', 'as_of', 'source', 'scope'].some((k) => v(k))) continue;
      const e: SubmissionValues['targets'][number] = { target: g.id };
      const n = cellNumber(v('value'), undefined);
      if (!n.ok) own.set(`f-g-${g.id}-value`, `giá trị: ${n.message}`);
      else if (n.value !== null) e.value = n.value;
      const a = cellDate(v('as_of'));
      if (!a.ok) own.set(`f-g-${g.id}-as_of`, a.message);
      else if (a.value) e.as_of = a.value;
      for (const k of ['unit', 'source', 'scope'] as const) if (v(k)) e[k] = v(k);
      targets.push(e);
      targetField.push(g.id);
    }
    const values: SubmissionValues = { unit: f.unit.id, year: f.year, document, tasks, proposals: proposalsList, targets };
    const fieldOf = (path: readonly PropertyKey[]): string | null => {
      const [a, b, c] = path;
      if (a === 'document') return `f-doc-${String(b ?? 'number')}`;
      if (a === 'tasks' && typeof b === 'number') return `f-t-${taskField[b]}-${String(c ?? 'status')}`;
      if (a === 'proposals' && typeof b === 'number') return `f-p-${proposalField[b]}`;
      if (a === 'targets' && typeof b === 'number') return `f-g-${targetField[b]}-${String(c ?? 'value')}`;
      return null;
    };
    return { values, own, fieldOf };
  }

  const EMPTY: Record<string, string> = {
    number: 'Ghi số hiệu văn bản báo cáo',
    date: 'Ghi ngày ký văn bản, dạng ngày/tháng/năm',
    status: 'Chọn trạng thái',
    summary: 'Ghi tóm tắt kết quả',
    reason: 'Ghi lý do',
    value: 'Ghi giá trị (một số)',
    unit: 'Ghi đơn vị tính',
    as_of: 'Ghi ngày của số liệu',
    source: 'Ghi nguồn số liệu',
    scope: 'Ghi phạm vi số liệu',
  };

  /** Every error, by field id, in the order of the page. */
  async function validate(): Promise<{ data: unknown; errors: Map<string, string> } | null> {
    const { submissionSchema } = await loadSchema();
    if (!form) return null; // the unit or year changed while the schema loaded
    const { values, own, fieldOf } = collect();
    const errors = new Map(own);
    const r = submissionSchema.safeParse(values);
    if (!r.success)
      for (const issue of r.error.issues) {
        const id = fieldOf(issue.path) ?? 'f-doc-number';
        if (errors.has(id)) continue;
        let found: unknown = values;
        for (const k of issue.path) found = found && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[k] : undefined;
        const key = String(issue.path.at(-1) ?? '');
        errors.set(id, found === undefined && EMPTY[key] ? EMPTY[key] : issue.message.charAt(0).toUpperCase() + issue.message.slice(1));
      }
    const order = fields().map((x) => x.id);
    return {
      data: r.success && !own.size ? r.data : null,
      errors: new Map([...errors].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]))),
    };
  }

  function showFieldError(id: string, message: string | undefined) {
    const box = body.querySelector<HTMLElement>(`[data-field="${id}"]`);
    if (!box) return;
    const p = box.querySelector<HTMLElement>('.field-error')!;
    const control = box.querySelector<HTMLElement>('[name]')!;
    p.hidden = !message;
    p.textContent = message ? `Lỗi: ${message}` : '';
    box.classList.toggle('has-error', !!message);
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }

  /** Check one field when it is left: its own error appears or goes, and the count is announced politely. */
  async function checkField(id: string) {
    if (!form) return;
    const checked = await validate().catch(() => null); // not loaded (offline): the download will say so
    if (!checked) return;
    const { errors } = checked;
    const box = body.querySelector<HTMLElement>(`[data-field="${id}"]`);
    const shown = box?.classList.contains('has-error');
    // Errors of empty required fields appear only once the unit asks for the files, not while it is still typing.
    const control = box?.querySelector<HTMLInputElement>('[name]');
    const message = errors.get(id);
    if (message && !shown && control && control.value.trim() === '' && !summary.dataset['shown']) return;
    showFieldError(id, message);
    if (message) live.textContent = `${control?.labels?.[0]?.textContent ?? ''}: ${message}`;
    else if (shown) live.textContent = 'Đã sửa.';
    if (summary.dataset['shown']) fillSummary(errors, false);
  }

  function fillSummary(errors: Map<string, string>, focus: boolean) {
    summary.dataset['shown'] = '1';
    const list = summary.querySelector('ul')!;
    list.replaceChildren(
      ...[...errors].map(([id, msg]) => {
        const label = body.querySelector<HTMLLabelElement>(`label[for="${id}"]`)?.textContent ?? '';
        const legend = body.querySelector(`[data-field="${id}"]`)?.closest('fieldset')?.querySelector('legend .code')?.textContent;
        const a = el('a', { href: `#${id}`, text: `${legend ? `${legend} — ` : ''}${label}: ${msg}` });
        a.addEventListener('click', (ev) => {
          ev.preventDefault();
          document.getElementById(id)?.focus();
        });
        return el('li', {}, a);
      }),
    );
    summary.querySelector('h2')!.textContent = errors.size ? `Có ${errors.size} chỗ cần sửa trước khi tải tệp` : 'Đã sửa hết lỗi';
    summary.hidden = errors.size === 0 && !focus;
    if (focus) summary.focus();
  }

  /** Before a download: everything checked, the summary shown (and focused) when anything is wrong. */
  async function ready(): Promise<SubmissionValues | null> {
    const checked = await validate().catch(() => {
      live.textContent = 'Chưa kiểm tra được báo cáo (mất kết nối?). Hãy thử lại.';
      return null;
    });
    if (!checked) return null;
    const { data, errors } = checked;
    for (const x of fields()) showFieldError(x.id, errors.get(x.id));
    if (errors.size || !data) {
      fillSummary(errors, true);
      return null;
    }
    summary.hidden = true;
    delete summary.dataset['shown'];
    return collect().values;
  }

  function download(name: string, type: string, bytes: BlobPart) {
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async function downloadYaml() {
    const values = await ready();
    if (!values || !form) return;
    const header = [
      `Báo cáo năm ${form.year} của ${form.unit.name}, tạo bằng biểu mẫu trên trang web.`,
      `Lưu thành content/reports/${form.year}/${form.unit.id}.yaml`,
    ];
    download(`${form.unit.id}.yaml`, 'application/yaml', submissionYaml(values, { header }));
    live.textContent = `Đã tải tệp ${form.unit.id}.yaml.`;
  }
  async function downloadXlsx() {
    const values = await ready();
    if (!values || !form) return;
    const { id } = form.unit;
    const { year } = form;
    live.textContent = 'Đang tạo tệp Excel…';
    // ExcelJS is large: fetched only when someone asks for the workbook, never with the page.
    import('../lib/workbook/write.ts')
      .then(({ workbookBytes }) => workbookBytes(form!, values))
      .then((bytes) => {
        download(`${id}-${year}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes as BlobPart);
        live.textContent = `Đã tải tệp ${id}-${year}.xlsx.`;
      })
      .catch(() => {
        // Offline, or the chunk could not load: say so instead of leaving "Đang tạo…" on screen.
        live.textContent = 'Chưa tạo được tệp Excel (mất kết nối?). Hãy thử lại, hoặc tải tệp YAML.';
      });
  }
  root.querySelector('[data-download-yaml]')!.addEventListener('click', () => void downloadYaml());
  root.querySelector('[data-download-xlsx]')!.addEventListener('click', () => void downloadXlsx());

  body.addEventListener('input', saveDraft);
  body.addEventListener('change', (ev) => {
    saveDraft();
    const t = ev.target as HTMLElement;
    if (t.id) void checkField(t.id);
  });
  body.addEventListener('focusout', (ev) => {
    const t = ev.target as HTMLElement;
    if (t.id && t.matches('[name]')) void checkField(t.id);
  });
  root.addEventListener('focusin', () => void loadSchema().catch(() => undefined), { once: true });
  for (const s of [unitSel, yearSel])
    s.addEventListener('change', () => {
      try {
        localStorage.setItem(LAST, JSON.stringify({ unit: unitSel.value, year: yearSel.value }));
      } catch {
        // no storage: the choice is simply not remembered
      }
      delete summary.dataset['shown'];
      void render();
    });

  // The list of units comes from its own file: it grows with the registry, the page does not (issue 15).
  const placeholder = unitSel.options[0]!;
  async function loadUnits(): Promise<void> {
    unitSel.disabled = true;
    placeholder.textContent = '— Đang tải danh sách đơn vị… —';
    body.replaceChildren();
    try {
      const r = await fetch(book.unitList);
      if (!r.ok) throw new Error(String(r.status));
      const list = (await r.json()) as [string, string][];
      unitSel.append(...list.map(([id, name]) => new Option(name, id)));
    } catch {
      placeholder.textContent = '— Chọn đơn vị —';
      const again = el('button', { type: 'button', class: 'button secondary', text: 'Thử lại' });
      again.addEventListener('click', () => void loadUnits());
      body.replaceChildren(el('p', { class: 'field-error', text: 'Chưa tải được danh sách đơn vị (mất kết nối?).' }), again);
      live.textContent = 'Chưa tải được danh sách đơn vị.';
      return;
    }
    placeholder.textContent = '— Chọn đơn vị —';
    unitSel.disabled = false;
    if ([...unitSel.options].some((o) => o.value !== '' && o.value === want.unit)) unitSel.value = want.unit;
    void render();
  }
  void loadUnits();
}
