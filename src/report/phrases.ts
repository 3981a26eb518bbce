// Every fixed phrase of the consolidated report, in one list: the only wording the report adds to the plan, the
// published rules and the units' own submissions. {name} marks a slot that compose.ts fills with a span of one of
// those sources. To change the report's wording, change it here; the tests trace every run of the .docx to a
// phrase below or to a source, so wording written anywhere else fails them.
export const PHRASES = {
  // Thể thức (Nghị định 30/2020/NĐ-CP, Phụ lục I). Số, ngày and the signature are left blank for the clerk.
  draftMark: 'DỰ THẢO',
  sampleBanner:
    'DỮ LIỆU MẪU — KHÔNG PHẢI SỐ LIỆU CHÍNH THỨC. Bản này được tạo từ dữ liệu minh họa dùng để kiểm thử; các kết quả ở đây không do cơ quan nào báo cáo.',
  nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  parentBody: 'UBND THÀNH PHỐ HÀ NỘI',
  issuingBody: 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG',
  docNumber: 'Số:        /BC-SNNMT',
  placeDate: 'Hà Nội, ngày      tháng      năm 20…',
  docType: 'BÁO CÁO',
  subject:
    'Kết quả thực hiện năm {year} Kế hoạch thực hiện Nghị quyết số 122/NQ-CP ngày 08/5/2025 của Chính phủ về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường trên địa bàn Thành phố',
  recipientsTitle: 'Nơi nhận:',
  recipientCity: '- UBND Thành phố (để báo cáo);',
  recipientArchive: '- Lưu: VT.',
  closing: 'Sở Nông nghiệp và Môi trường báo cáo UBND Thành phố./.',

  // Opening.
  opening:
    'Thực hiện Mục IV Kế hoạch của UBND Thành phố thực hiện Nghị quyết số 122/NQ-CP ngày 08/5/2025 của Chính phủ, trên cơ sở báo cáo của các Sở, ban, ngành, UBND các phường, xã và các đơn vị có liên quan, Sở Nông nghiệp và Môi trường tổng hợp kết quả thực hiện năm {year} như sau:',
  asOf: 'Số liệu trong báo cáo này tính đến ngày {date}.',

  // I. Units' reports.
  unitsHeading: 'I. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ',
  unitsIntro: 'Số đơn vị phải báo cáo năm {year}: {count}. Báo cáo có văn bản ký trước ngày 01/12/{year} là đúng hạn.',
  wardsMissing: 'Sổ đơn vị của trang chưa có danh sách UBND các phường, xã; các phường, xã chưa được tính trong số trên.',
  wardsIncomplete:
    'Sổ đơn vị của trang mới có {listed} trong số {expected} UBND phường, xã; các phường, xã chưa có trong sổ chưa được tính trong số trên.',
  unitsGroupList: '{label}: {count} đơn vị: {units}.',
  unitLateDate: '{unit} (văn bản ngày {date})',

  // II. Targets.
  targetsHeading: 'II. SỐ LIỆU CÁC MỤC TIÊU ĐỊNH LƯỢNG',
  targetsCaption: 'Số liệu các mục tiêu định lượng do các đơn vị báo cáo năm {year}',
  targetsColTarget: 'Mục tiêu (nguyên văn Kế hoạch)',
  targetsColFigures: 'Số liệu các đơn vị báo cáo',
  targetNoFigure: 'Chưa có đơn vị báo cáo số liệu.',
  targetFigure: '{unit}: {value} (số liệu của đơn vị, phạm vi: {scope}; tính đến ngày {date}; nguồn: {source}).',
  targetFigureCity: '{unit} (đơn vị báo cáo số liệu toàn Thành phố): {value} (phạm vi: {scope}; tính đến ngày {date}; nguồn: {source}).',

  // III. Tasks.
  tasksHeading: 'III. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ',
  bySectionHeading: '{n}. Theo nhiệm vụ và giải pháp chủ yếu của Kế hoạch',
  bySectionNote:
    'Nhiệm vụ được xếp theo mục của Kế hoạch theo liên kết tham khảo của nhóm biên tập trang; kết quả từng nhiệm vụ ghi ở các phần tiếp theo.',
  bySectionItem: '- {section} Nhiệm vụ: {tasks}.',
  bySectionNone: 'chưa có nhiệm vụ nào được liên kết',
  byAppendixHeading: '{n}. {appendix}',
  appendixPart: '{appendix}: {name}',
  taskTitle: '{ref}. {title}',
  taskLead: 'Cơ quan chủ trì (theo Kế hoạch): {lead}',
  taskLeadLines: 'Cơ quan chủ trì (theo Kế hoạch):',
  taskState: 'Trạng thái: {state}.',
  taskCountsLead: 'Số đơn vị chủ trì theo trạng thái: {counts}.',
  taskCountsHanoi: 'Nhiệm vụ do bộ, ngành Trung ương chủ trì; phần việc của Hà Nội, số đơn vị tham gia theo trạng thái: {counts}.',
  taskHanoiPart:
    'Nhiệm vụ do bộ, ngành Trung ương chủ trì; báo cáo này chỉ nêu phần việc của Hà Nội, chưa có đơn vị nào của Thành phố tham gia.',
  taskCount: '{label}: {count}',
  taskNoPart: 'Không đơn vị nào báo cáo về nhiệm vụ này trong năm.',
  partUnit: '- {unit} ({role}): {status}.',
  partUnitCondition: '- {unit} ({role}; {condition}): {status}.',
  partCarried: '- {unit} ({role}): {status} (theo báo cáo năm {since}).',
  partPercent: 'Tỷ lệ hoàn thành: {percent}%.',
  partReason: 'Lý do: {reason}',
  partDocument: 'Văn bản của đơn vị: {document}.',
  partEvidence: 'Tài liệu dẫn chứng: {evidence}.',
  documentRef: 'số {number} ngày {date}',

  // IV. Proposals.
  proposalsHeading: 'IV. ĐỀ XUẤT, KIẾN NGHỊ CỦA CÁC ĐƠN VỊ',
  proposalsNone: 'Không đơn vị nào gửi đề xuất, kiến nghị.',
  proposalUnit: '{n}. {unit}',
  proposalSource: 'Theo báo cáo năm, văn bản {document}:',
  proposalSourceAdHoc: 'Theo báo cáo đột xuất, văn bản {document}:',
  proposalItem: '- {text}',

  // Separators between items of a list and between sentences of one paragraph.
  listSeparator: '; ',
  commaSeparator: ', ',
  sentenceSeparator: ' ',
} as const;

export type PhraseKey = keyof typeof PHRASES;
