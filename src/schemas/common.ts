import { z } from 'zod';

/** Characters a reader cannot see: text made only of these is empty (a summary of one U+200B is no summary). */
// eslint-disable-next-line no-misleading-character-class -- each code point is listed alone, as an invisible filler
const INVISIBLE = /[\s\p{Cf}\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180E\u2800\u3164\uFFA0]/gu;

/** Vietnamese text: trimmed, never empty or invisible, at most 5,000 characters, stored as NFC so that search, filters and comparisons see one form. */
export const text = z
  .string({ error: 'cần một đoạn chữ' })
  .trim()
  .min(1, { error: 'không được để trống' })
  .max(5000, { error: 'đoạn chữ quá 5.000 ký tự; hãy tóm tắt, và đưa văn bản đầy đủ lên một trang công khai rồi ghi đường dẫn' })
  .refine((s) => s.replace(INVISIBLE, '') !== '', { error: 'không được để trống: giá trị chỉ gồm ký tự không nhìn thấy' })
  .transform((s) => s.normalize('NFC'));

/** Longest id: it names a folder of the built site, and addresses should stay readable. */
export const ID_MAX = 80;

/** An ASCII identifier that is also safe as a URL segment: "so-xay-dung", "pl2-07". */
export const slug = z
  .string({ error: 'cần một mã (chuỗi chữ)' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "so-xay-dung"' })
  // A code is a folder name in the built site: file systems refuse names past 255 bytes (ENAMETOOLONG).
  .max(ID_MAX, { error: `mã dài quá ${ID_MAX} ký tự; hãy rút gọn (mã là một phần địa chỉ trang, ví dụ "so-xay-dung")` });

/** A calendar year inside any plausible reporting horizon of this plan. */
export const year = z
  .number({ error: 'cần một năm, viết bằng số, ví dụ 2026' })
  .int({ error: 'năm phải là số nguyên' })
  .min(2000, { error: 'năm phải từ 2000 trở đi' })
  .max(2100, { error: 'năm phải trước 2100' });

/** Paragraph or heading anchor in the plan text, e.g. "ii-4-b-p2". Checked against the plan by the integrity pass. */
export const planAnchor = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'mã đoạn văn không hợp lệ' });

/** A calendar date written YYYY-MM-DD, as YAML and JSON Schema understand it; rejects 2026-02-30. */
export const isoDate = z
  .string({ error: 'cần một ngày dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-30' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'ngày phải viết dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-30 (không viết 30/11/2026)' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { error: 'ngày này không có trên lịch (kiểm tra tháng từ 01 đến 12 và số ngày của tháng)' },
  );

const SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Armenian',
  'Georgian',
  'Arabic',
  'Hebrew',
  'Thai',
  'Lao',
  'Khmer',
  'Devanagari',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bopomofo',
];
const SCRIPT_RES = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);
/** Scripts that one language writes together: Japanese, Korean and Chinese names mix these legitimately. */
const TOGETHER = [new Set(['Han', 'Hiragana', 'Katakana']), new Set(['Han', 'Hangul']), new Set(['Han', 'Bopomofo'])];

/** RFC 3492 punycode decoding of one "xn--" label. The schemas also run in the browser (the report form,
 * /nop-bao-cao/), where node:url does not exist: this keeps the host check the same there as in the build. */
function punycodeLabel(label: string): string {
  if (!/^xn--/i.test(label)) return label;
  const input = label.slice(4).toLowerCase();
  const cut = input.lastIndexOf('-');
  const out = cut > 0 ? [...input.slice(0, cut)].map((c) => c.codePointAt(0)!) : [];
  let [n, bias, i] = [128, 72, 0];
  const digit = (c: number) => (c - 48 < 10 ? c - 22 : c - 97 < 26 ? c - 97 : 36);
  for (let p = cut > 0 ? cut + 1 : 0; p < input.length;) {
    const old = i;
    for (let w = 1, k = 36; ; k += 36) {
      const d = digit(input.charCodeAt(p++));
      if (d >= 36 || p > input.length + 1) return label;
      i += d * w;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (d < t) break;
      w *= 36 - t;
    }
    let delta = old === 0 ? Math.floor((i - old) / 700) : (i - old) >> 1;
    delta += Math.floor(delta / (out.length + 1));
    let k = 0;
    for (; delta > 455; k += 36) delta = Math.floor(delta / 35);
    bias = k + Math.floor((36 * delta) / (delta + 38));
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}
const domainToUnicode = (host: string) => host.split('.').map(punycodeLabel).join('.');

/** The scripts of the letters of a host name, as a reader sees it (punycode decoded). */
export function hostScripts(hostname: string): Set<string> {
  const found = new Set<string>();
  for (const ch of domainToUnicode(hostname) || hostname) {
    if (!/\p{L}/u.test(ch)) continue;
    found.add(SCRIPT_RES.find(([, re]) => re.test(ch))?.[0] ?? `U+${ch.codePointAt(0)!.toString(16)}`);
  }
  return found;
}

/** Why a link may not appear on the site, or null. Links open in a reader's browser: they must go where they say. */
export function webLinkProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'đường dẫn phải là địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://';
  }
  // "https:///x.pdf" would quietly become the host "x.pdf".
  if (!/^https?:\/\/[^/\\]/i.test(value)) return 'sau https:// phải là tên miền ngay, ví dụ https://vanban.hanoi.gov.vn/…';
  // "https://thuvienphapluat.vn@evil.example/x.pdf" goes to evil.example: what precedes @ is a user name.
  if (url.username || url.password)
    return `đường dẫn có phần "…@" trước tên miền, nên thật ra dẫn tới ${url.hostname}; hãy ghi đúng địa chỉ, không có tên đăng nhập hay mật khẩu`;
  const scripts = hostScripts(url.hostname);
  if (scripts.size > 1 && !TOGETHER.some((set) => [...scripts].every((x) => set.has(x))))
    return `tên miền "${domainToUnicode(url.hostname)}" trộn chữ của nhiều bảng chữ cái (${[...scripts].join(', ')}), cách giả mạo một trang quen thuộc; hãy gõ lại địa chỉ bằng tay`;
  return null;
}

/** Links must open in any browser and must not run code: http(s) only, with a host, no user-info, one script. */
export const webLink = z
  .httpUrl({ error: 'đường dẫn phải là địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://' })
  // The URL parser quietly accepts "https://x.vn/a xem thêm" by encoding the space; a link must be the address alone.
  .regex(/^[^\s"<>`{}|\\^]+$/, {
    error: 'đường dẫn chỉ gồm địa chỉ web, không có dấu cách hay các ký tự " < > ` { } | \\ ^; ghi chú hãy để ở trường khác',
  })
  .superRefine((value, ctx) => {
    const problem = webLinkProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
