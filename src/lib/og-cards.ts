// Which share image a page gets: one per page type, named by the first segment of its address.
import type { OgCard } from './og-image.ts';

export interface CardCounts {
  tasks: number;
  agencies: number;
  targets: number;
}

export function ogCards(n: CardCounts): Record<string, OgCard> {
  return {
    'trang-chu': {
      title: 'Hà Nội thực hiện Nghị quyết 122/NQ-CP',
      subtitle: `Khí hậu, tài nguyên và môi trường: toàn văn Kế hoạch, ${n.targets} mục tiêu, ${n.tasks} nhiệm vụ và kết quả hằng năm.`,
    },
    'ke-hoach': { title: 'Toàn văn Kế hoạch', subtitle: 'Từng mục, từng đoạn, trích dẫn được bằng liên kết riêng.' },
    'nhiem-vu': {
      title: 'Danh mục nhiệm vụ',
      subtitle: `${n.tasks} nhiệm vụ của hai phụ lục: ai chủ trì, ai phối hợp, thời gian thực hiện.`,
    },
    'co-quan': { title: 'Cơ quan và nhiệm vụ', subtitle: `${n.agencies} cơ quan, đơn vị được Kế hoạch giao việc, và việc của từng nơi.` },
    'muc-tieu': { title: 'Mục tiêu của Kế hoạch', subtitle: `${n.targets} cam kết đo đếm được, chép nguyên văn, kèm số liệu đã báo cáo.` },
    'ket-qua': { title: 'Kết quả thực hiện hằng năm', subtitle: 'Các báo cáo đã công bố và trạng thái từng nhiệm vụ theo từng năm.' },
    'du-lieu': { title: 'Dữ liệu mở', subtitle: 'Tải về JSON, CSV và lược đồ; dùng lại theo giấy phép CC BY 4.0.' },
    'tim-kiem': {
      title: 'Tìm kiếm',
      subtitle: 'Tìm trong toàn văn Kế hoạch, nhiệm vụ, mục tiêu và cơ quan; có dấu hay không dấu đều được.',
    },
    'gioi-thieu': { title: 'Giới thiệu', subtitle: 'Nguồn, cách trích dẫn, trợ năng và giấy phép.' },
    'gop-y': { title: 'Góp ý và báo lỗi', subtitle: 'Báo một con số sai, một đoạn chép chưa đúng hay một chỗ khó đọc.' },
  };
}

/** The card a page address uses: its first segment, or the home page's. */
export function ogCardFor(pathname: string, base: string, cards: Record<string, unknown>): string {
  const first = pathname.slice(base.length).split('/').filter(Boolean)[0] ?? '';
  return first in cards ? first : 'trang-chu';
}
