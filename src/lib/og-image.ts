// Share-preview images (og:image), one per page type, drawn at build time from an SVG with a bundled font that
// has every Vietnamese glyph (Be Vietnam Pro, SIL Open Font License, from npm), rendered to PNG by resvg.
// No third-party service, no network, the same bytes for the same text on every machine.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgCard {
  /** The page type's name, big: "Danh mục nhiệm vụ". */
  title: string;
  /** One sentence under it. */
  subtitle: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks text into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function ogSvg(card: OgCard): string {
  const title = wrap(card.title, 26).slice(0, 3);
  const subtitle = wrap(card.subtitle, 52).slice(0, 3);
  const titleTop = 250;
  const subTop = titleTop + title.length * 84 + 24;
  const tspans = (lines: string[], x: number, y: number, step: number) =>
    lines.map((l, i) => `<tspan x="${x}" y="${y + i * step}">${esc(l)}</tspan>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<rect width="100%" height="100%" fill="#0b5d3b"/>
<rect x="0" y="${OG_HEIGHT - 24}" width="100%" height="24" fill="#ffbf47"/>
<text font-family="Be Vietnam Pro" font-size="30" fill="#ffffff" x="80" y="110">UBND thành phố Hà Nội · Thực hiện Nghị quyết 122/NQ-CP</text>
<rect x="80" y="140" width="120" height="8" fill="#ffbf47"/>
<text font-family="Be Vietnam Pro" font-weight="700" font-size="72" fill="#ffffff">${tspans(title, 80, titleTop, 84)}</text>
<text font-family="Be Vietnam Pro" font-size="34" fill="#e3f1ea">${tspans(subtitle, 80, subTop, 46)}</text>
<text font-family="Be Vietnam Pro" font-weight="700" font-size="30" fill="#ffffff" x="80" y="${OG_HEIGHT - 60}">Kế hoạch khí hậu và môi trường Hà Nội</text>
</svg>`;
}

const require = createRequire(join(process.cwd(), 'package.json'));
const fontFiles = ['400Regular/BeVietnamPro_400Regular.ttf', '700Bold/BeVietnamPro_700Bold.ttf'].map((f) =>
  require.resolve(`@expo-google-fonts/be-vietnam-pro/${f}`),
);

/** The card as a PNG, OG_WIDTH × OG_HEIGHT. */
export function ogPng(card: OgCard): Uint8Array {
  const r = new Resvg(ogSvg(card), {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' },
    fitTo: { mode: 'original' },
  });
  return r.render().asPng();
}
