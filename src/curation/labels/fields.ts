/**
 * Vietnamese and English labels and help texts for every field the admin
 * shows, by field name, with overrides where one name means different things
 * in different models ("kind" of a place is not the kind of a media file).
 * Pure data: the admin panel gets the labels in both languages as translations
 * (src/admin/app.tsx), and the server writes the Vietnamese labels and help
 * texts into the content-manager's view configuration
 * (src/curation/labels/strapi/apply-labels.ts), which is where Strapi reads
 * help texts. An officer reads "Tên gọi khác" where Strapi showed "otherNames".
 *
 * A unit test checks that every attribute of every content type and component
 * has an entry, so a new field cannot reach officers unlabelled.
 */

import { uidOf } from '../../content-model';

export interface FieldLabel {
  vi: string;
  en: string;
  /** Help under the input: what to write, with an example where it helps. */
  viHelp: string;
  enHelp: string;
}

const label = (vi: string, en: string, viHelp: string, enHelp: string): FieldLabel => ({ vi, en, viHelp, enHelp });

export const FIELD_LABELS: Record<string, FieldLabel> = {
  accessLevel: label('Mức truy cập', 'Access level', 'Công khai: ai cũng xem; Nhà nghiên cứu: chỉ tài khoản nghiên cứu; Hạn chế: chỉ cán bộ.', 'Public: everyone; Researcher: research accounts only; Restricted: staff only.'),
  accessedOn: label('Ngày truy cập', 'Accessed on', 'Ngày bạn đọc nguồn (với nguồn trực tuyến).', 'When you read the source (for online sources).'),
  bcp47: label('Mã BCP 47', 'BCP 47 tag', 'Mã ngôn ngữ theo BCP 47, ví dụ blt-Tavt (chữ Thái Đen).', 'The language tag, e.g. blt-Tavt (Tai Dam script).'),
  biography: label('Tiểu sử', 'Biography', 'Cuộc đời và việc làm của người này với di sản.', 'Their life and their work for the heritage.'),
  body: label('Nội dung', 'Body', 'Bài viết đầy đủ (Markdown).', 'The full text (Markdown).'),
  calendar: label('Lịch', 'Calendar', 'Âm lịch Việt Nam (UTC+7) hay dương lịch.', 'Vietnamese lunar calendar (UTC+7) or the solar calendar.'),
  captions: label('Phụ đề và bản ghi lời', 'Captions and transcripts', 'Tệp WebVTT, mỗi tệp một ngôn ngữ.', 'WebVTT files, one per language.'),
  capturedAt: label('Thời điểm ghi', 'Captured at', 'Đọc từ tệp gốc; không sửa tay.', 'Read from the original file; not edited by hand.'),
  children: label('Địa danh trực thuộc', 'Places within', 'Các xã, phường, bản thuộc địa danh này.', 'Communes, wards and villages within this place.'),
  code: label('Mã hành chính', 'Official code', 'Mã đơn vị hành chính của Tổng cục Thống kê.', 'The statistics office’s code of the administrative unit.'),
  consent: label('Sự đồng ý', 'Consent', 'Ai đồng ý ghi và chia sẻ, trong phạm vi nào, đến khi nào.', 'Who agreed to recording and sharing, for what scope, until when.'),
  coordinates: label('Toạ độ', 'Coordinates', 'Vĩ độ và kinh độ (WGS 84).', 'Latitude and longitude (WGS 84).'),
  createdAt: label('Ngày tạo', 'Created at', 'Do hệ thống ghi.', 'Written by the system.'),
  createdBy: label('Người tạo', 'Created by', 'Do hệ thống ghi.', 'Written by the system.'),
  creator: label('Người ghi', 'Creator', 'Người chụp, quay hoặc ghi âm.', 'Who took the photo or made the recording.'),
  customs: label('Phong tục', 'Customs', 'Các phong tục liên quan.', 'Related customs.'),
  date: label('Ngày ghi', 'Date', 'Ngày theo EDTF, ví dụ 2019-04 hoặc 199X.', 'An EDTF date, e.g. 2019-04 or 199X.'),
  day: label('Ngày', 'Day', 'Ngày trong tháng (âm lịch nếu lịch là âm lịch).', 'Day of the month (lunar if the calendar is lunar).'),
  description: label('Mô tả', 'Description', 'Mô tả bằng ngôn ngữ của bản này (Markdown).', 'A description in this version’s language (Markdown).'),
  district: label('Huyện (cũ)', 'District (former)', 'Huyện trước cải cách 2025.', 'The district before the 2025 reform.'),
  domain: label('Loại hình di sản', 'Heritage domain', 'Loại hình theo Công ước UNESCO 2003.', 'The UNESCO 2003 Convention domain.'),
  endDate: label('Ngày kết thúc', 'End date', 'Ngày dương lịch kết thúc.', 'The solar date it ends.'),
  endDay: label('Ngày kết thúc', 'End day', 'Ngày kết thúc trong tháng, nếu kéo dài nhiều ngày.', 'The day it ends, if it lasts several days.'),
  endMonth: label('Tháng kết thúc', 'End month', 'Tháng kết thúc, nếu khác tháng bắt đầu.', 'The month it ends, if not the starting month.'),
  ethnicGroups: label('Dân tộc', 'Ethnic groups', 'Các dân tộc gắn với hồ sơ này.', 'The ethnic groups this record belongs to.'),
  expiresOn: label('Hết hạn', 'Expires on', 'Sau ngày này tệp không còn được chia sẻ.', 'After this date the file is no longer shared.'),
  family: label('Ngữ hệ', 'Language family', 'Ví dụ: Tai-Kadai, Hmong-Mien.', 'E.g. Tai–Kadai, Hmong–Mien.'),
  festivals: label('Lễ hội', 'Festivals', 'Các lễ hội liên quan.', 'Related festivals.'),
  field: label('Trường', 'Field', 'Tên trường có thông tin chưa chắc chắn.', 'The field whose fact is uncertain.'),
  figure: label('Số liệu', 'Figure', 'Số liệu như nguồn ghi.', 'The figure as the source gives it.'),
  file: label('Tệp', 'File', 'Tệp WebVTT.', 'The WebVTT file.'),
  files: label('Tệp gốc', 'Original files', 'Ảnh, video, âm thanh hoặc tài liệu gốc. Video dài: dùng "Tải lên video".', 'The original photo, video, audio or document. Long videos: use “Upload video”.'),
  formerUnits: label('Đơn vị cũ', 'Former units', 'Các đơn vị hành chính trước sáp nhập.', 'Administrative units before the merger.'),
  givenBy: label('Người đồng ý', 'Given by', 'Người (hoặc gia đình) đã đồng ý.', 'The person (or family) who agreed.'),
  givenOn: label('Ngày đồng ý', 'Given on', 'Ngày ký hoặc ghi nhận sự đồng ý.', 'When consent was given.'),
  gps: label('Toạ độ GPS', 'GPS', 'Đọc từ tệp gốc; không công bố.', 'Read from the original; never published.'),
  gsoCode: label('Mã dân tộc (TCTK)', 'GSO code', 'Mã dân tộc của Tổng cục Thống kê, ví dụ 04.', 'The statistics office’s ethnic group code, e.g. 04.'),
  heritageStatus: label('Danh hiệu di sản', 'Heritage status', 'Ghi danh quốc gia hoặc UNESCO, có năm và số quyết định.', 'National or UNESCO listing, with year and reference.'),
  isPrestigious: label('Người có uy tín', 'Prestigious person', 'Được công nhận là người có uy tín trong cộng đồng.', 'Recognised as a person of standing in the community.'),
  isUncertain: label('Chưa chắc chắn', 'Uncertain', 'Đánh dấu nếu chưa kiểm chứng được.', 'Tick if it could not be verified.'),
  iso6393: label('Mã ISO 639-3', 'ISO 639-3 code', 'Ba chữ cái, ví dụ tyj (Thái Trắng).', 'Three letters, e.g. tyj (Tai Dón).'),
  kind: label('Loại', 'Kind', 'Chọn loại.', 'Choose the kind.'),
  locale: label('Ngôn ngữ bản ghi', 'Locale', 'Bản tiếng Việt hay tiếng Anh.', 'The Vietnamese or the English version.'),
  localizations: label('Các bản dịch', 'Translations', 'Các bản ngôn ngữ khác của hồ sơ.', 'The record in other languages.'),
  languageGroup: label('Nhóm ngôn ngữ', 'Language group', 'Nhóm ngôn ngữ theo phân loại chính thức.', 'The official language group.'),
  languages: label('Ngôn ngữ', 'Languages', 'Các ngôn ngữ liên quan.', 'Related languages.'),
  latitude: label('Vĩ độ', 'Latitude', 'Độ thập phân, ví dụ 21.386.', 'Decimal degrees, e.g. 21.386.'),
  leapMonth: label('Tháng nhuận', 'Leap month', 'Khi năm có tháng nhuận trùng tháng này.', 'What to do when the year has this leap month.'),
  list: label('Danh mục', 'List', 'Danh mục quốc gia hoặc UNESCO.', 'The national or UNESCO list.'),
  locationNote: label('Ghi chú địa điểm', 'Location note', 'Nơi tổ chức, nếu chưa có trong danh mục địa danh.', 'Where it takes place, if not among the places.'),
  longitude: label('Kinh độ', 'Longitude', 'Độ thập phân, ví dụ 103.016.', 'Decimal degrees, e.g. 103.016.'),
  mediaItems: label('Tư liệu', 'Media items', 'Ảnh, video, âm thanh của bài.', 'The story’s photos, videos and recordings.'),
  month: label('Tháng', 'Month', 'Tháng (âm lịch nếu lịch là âm lịch).', 'Month (lunar if the calendar is lunar).'),
  name: label('Tên', 'Name', 'Tên chính bằng ngôn ngữ của bản này, có dấu.', 'The main name in this version’s language.'),
  note: label('Ghi chú', 'Note', 'Ghi chú thêm.', 'A further note.'),
  occurrences: label('Các lần tổ chức', 'Occurrences', 'Ngày tổ chức cụ thể đã biết, có nguồn.', 'Known dates it was held, with sources.'),
  otherNames: label('Tên gọi khác', 'Other names', 'Tên trong tiếng dân tộc hoặc tên khác, kèm mã ngôn ngữ BCP 47.', 'Names in the community’s language or other names, with a BCP 47 tag.'),
  parent: label('Thuộc', 'Within', 'Đơn vị hành chính cấp trên.', 'The unit this place lies within.'),
  pendingRun: label('Lượt xử lý đang chờ', 'Pending run', 'Do hệ thống ghi; không sửa tay.', 'Written by the system; not edited by hand.'),
  people: label('Nhân vật', 'People', 'Những người trong bài.', 'People in the story.'),
  perceptualHash: label('Mã nhận dạng ảnh', 'Perceptual hash', 'Để tìm ảnh trùng; do hệ thống ghi.', 'Finds duplicate images; written by the system.'),
  place: label('Địa danh', 'Place', 'Nơi ghi hoặc nơi sinh sống.', 'Where it was recorded or where they live.'),
  places: label('Địa danh', 'Places', 'Xã, phường hoặc bản. Cán bộ xã chỉ sửa được hồ sơ thuộc xã mình.', 'Communes, wards or villages. Officers edit only records in their communes.'),
  populationNotes: label('Số liệu dân số', 'Population figures', 'Số dân theo từng nguồn, có năm.', 'Population by source and year.'),
  portrait: label('Ảnh chân dung', 'Portrait', 'Một tư liệu ảnh có sự đồng ý của người này.', 'A photo media item with this person’s consent.'),
  presentInDienBien: label('Có ở Điện Biên', 'Present in Điện Biên', 'Dân tộc có cộng đồng sinh sống ở Điện Biên.', 'The group has communities in Điện Biên.'),
  publishedAt: label('Ngày công bố', 'Published at', 'Do hệ thống ghi khi người duyệt công bố.', 'Written when a curator publishes.'),
  processing: label('Tiến độ xử lý', 'Processing', 'Do hệ thống ghi.', 'Written by the system.'),
  processingNotices: label('Thông báo xử lý', 'Processing notices', 'Cảnh báo khi xử lý tệp.', 'Warnings from processing the file.'),
  processingStatus: label('Xử lý', 'Processing', 'đang chờ · đang xử lý N% · xong · lỗi: lý do (bấm "Xử lý lại" khi lỗi đã được sửa)', 'queued · processing N% · ready · failed: reason'),
  publisher: label('Nhà xuất bản', 'Publisher', 'Cơ quan hoặc nhà xuất bản của nguồn.', 'Who published the source.'),
  reference: label('Số quyết định', 'Reference', 'Số quyết định hoặc mã hồ sơ.', 'Decision number or file reference.'),
  renditions: label('Bản chuyển đổi', 'Renditions', 'Do hệ thống ghi.', 'Written by the system.'),
  rightsHolder: label('Chủ sở hữu quyền', 'Rights holder', 'Người hoặc tổ chức giữ bản quyền.', 'Who holds the rights.'),
  rightsUri: label('Giấy phép', 'Rights', 'URI của giấy phép, ví dụ https://creativecommons.org/licenses/by-nc/4.0/.', 'The licence URI, e.g. https://creativecommons.org/licenses/by-nc/4.0/.'),
  rituals: label('Nghi lễ', 'Rituals', 'Trình tự nghi lễ (Markdown).', 'The order of the rituals (Markdown).'),
  roles: label('Vai trò', 'Roles', 'Ví dụ: thầy mo, nghệ nhân, người hát.', 'E.g. shaman, artisan, singer.'),
  scope: label('Phạm vi', 'Scope', 'Công khai, nghiên cứu, hoặc chỉ lưu trữ.', 'Public, research, or archive only.'),
  scripts: label('Chữ viết', 'Scripts', 'Các mã chữ viết ISO 15924.', 'ISO 15924 script codes.'),
  sha256: label('Mã kiểm tra SHA-256', 'SHA-256', 'Do hệ thống ghi để kiểm tra tệp gốc.', 'Written by the system for fixity.'),
  slug: label('Đường dẫn', 'Slug', 'Phần cuối của địa chỉ trang, không dấu.', 'The last part of the page address.'),
  sourceTitle: label('Tên nguồn', 'Source title', 'Tên tài liệu nguồn.', 'Title of the source.'),
  sourceUrl: label('Địa chỉ nguồn', 'Source URL', 'Địa chỉ trang nguồn.', 'Address of the source.'),
  sources: label('Nguồn', 'Sources', 'Mọi thông tin cần có nguồn.', 'Every fact needs a source.'),
  speakingGroups: label('Dân tộc sử dụng', 'Speaking groups', 'Các dân tộc nói ngôn ngữ này.', 'Groups who speak this language.'),
  startDate: label('Ngày bắt đầu', 'Start date', 'Ngày dương lịch bắt đầu.', 'The solar date it starts.'),
  summary: label('Tóm tắt', 'Summary', 'Một hai câu giới thiệu.', 'One or two sentences.'),
  tag: label('Mã ngôn ngữ', 'Language tag', 'Mã BCP 47, ví dụ vi, en, blt-Tavt, hnj.', 'A BCP 47 tag, e.g. vi, en, blt-Tavt, hnj.'),
  technical: label('Thông số kỹ thuật', 'Technical', 'Do hệ thống đọc từ tệp.', 'Read from the file by the system.'),
  timing: label('Thời gian tổ chức', 'Timing', 'Quy tắc ngày tổ chức hằng năm.', 'The yearly rule for when it is held.'),
  title: label('Tiêu đề', 'Title', 'Tiêu đề bằng ngôn ngữ của bản này.', 'The title in this version’s language.'),
  uncertainties: label('Thông tin chưa chắc chắn', 'Uncertain facts', 'Ghi rõ trường nào chưa kiểm chứng và vì sao.', 'Which facts are unverified, and why.'),
  updatedAt: label('Cập nhật lúc', 'Updated at', 'Do hệ thống ghi.', 'Written by the system.'),
  updatedBy: label('Người sửa', 'Updated by', 'Do hệ thống ghi.', 'Written by the system.'),
  url: label('Địa chỉ', 'URL', 'Địa chỉ trực tuyến của nguồn.', 'The source’s online address.'),
  value: label('Tên', 'Name', 'Tên hoặc thuật ngữ, viết đúng dấu.', 'The name or term, with its diacritics.'),
  vitality: label('Mức sống còn', 'Vitality', 'Tình trạng sử dụng ngôn ngữ.', 'How much the language is used.'),
  withdrawalReason: label('Lý do rút', 'Withdrawal reason', 'Lý do người đó hoặc gia đình rút lại sự đồng ý.', 'Why the person or their family withdrew consent.'),
  withdrawnBy: label('Người rút', 'Withdrawn by', 'Người hoặc gia đình đã yêu cầu rút lại sự đồng ý.', 'The person or family who asked to withdraw consent.'),
  withdrawnOn: label('Ngày rút', 'Withdrawn on', 'Từ ngày này hồ sơ và tệp bị gỡ khỏi mọi kênh công khai. Ghi qua nút "Rút đồng ý".', 'From this day the record and its files leave every public channel. Set by “Withdraw consent”.'),
  year: label('Năm', 'Year', 'Năm dương lịch.', 'The solar year.'),
};

/** Where a field name means something else in one model (keyed `<model uid>.<field>`). */
export const MODEL_FIELD_LABELS: Record<string, FieldLabel> = {
  [`${uidOf('media-item')}.kind`]: label('Loại tệp', 'Media kind', 'Ảnh, video, âm thanh hoặc tài liệu; do hệ thống nhận biết.', 'Image, video, audio or document; detected by the system.'),
  [`${uidOf('place')}.kind`]: label('Cấp', 'Level', 'Tỉnh, xã, phường, bản hoặc địa điểm.', 'Province, commune, ward, village or site.'),
  'media.caption.kind': label('Loại phụ đề', 'Caption kind', 'Phụ đề hoặc bản ghi lời.', 'Captions or a transcript.'),
  'media.caption.tag': label('Ngôn ngữ', 'Language', 'Mã BCP 47 của phụ đề, ví dụ vi, en.', 'The captions’ BCP 47 tag, e.g. vi, en.'),
  'media.consent.scope': label('Phạm vi đồng ý', 'Consent scope', 'Công khai; chỉ nghiên cứu; hoặc chỉ lưu trữ (không chia sẻ).', 'Public; research only; or archive only (never shared).'),
  'shared.population-note.scope': label('Phạm vi số liệu', 'Scope of the figure', 'Ví dụ: toàn tỉnh, toàn quốc.', 'E.g. province-wide, nationwide.'),
  'place.former-unit.code': label('Mã đơn vị cũ', 'Former code', 'Mã hành chính trước sáp nhập.', 'The code before the merger.'),
  'place.former-unit.name': label('Tên đơn vị cũ', 'Former name', 'Tên trước sáp nhập.', 'The name before the merger.'),
  [`${uidOf('media-item')}.date`]: label('Ngày ghi', 'Date recorded', 'Ngày theo EDTF, ví dụ 2019-04 hoặc 199X.', 'An EDTF date, e.g. 2019-04 or 199X.'),
  'heritage.status.year': label('Năm ghi danh', 'Year listed', 'Năm có quyết định.', 'The year of the decision.'),
  'shared.source.title': label('Tên nguồn', 'Source title', 'Tên sách, bài hoặc trang.', 'Title of the book, article or page.'),
};

/** The label of `field` in the model `uid`, or undefined when none is written. */
export function fieldLabel(uid: string, field: string): FieldLabel | undefined {
  return MODEL_FIELD_LABELS[`${uid}.${field}`] ?? FIELD_LABELS[field];
}

/** Components whose list rows should show a field other than the id ("vi", "vi" before). */
export const COMPONENT_MAIN_FIELDS: Record<string, string> = {
  'shared.tagged-name': 'value',
  'shared.source': 'title',
  'shared.uncertain-fact': 'field',
  'shared.population-note': 'figure',
  'calendar.occurrence': 'startDate',
  'media.caption': 'tag',
  'media.consent': 'givenBy',
  'place.former-unit': 'name',
  'heritage.status': 'list',
};

/** Every component of the model (a unit test compares it with src/components/). */
export const COMPONENT_UIDS = [
  'calendar.occurrence',
  'calendar.timing-rule',
  'heritage.status',
  'media.caption',
  'media.consent',
  'place.former-unit',
  'shared.geo-point',
  'shared.population-note',
  'shared.source',
  'shared.tagged-name',
  'shared.uncertain-fact',
];

/**
 * The admin panel's label of each field in one language, as translation ids
 * the content-manager looks up before the configured label. Both languages
 * are needed: the admin fills a missing Vietnamese message from English.
 */
export function fieldTranslations(modelUids: readonly string[], language: 'vi' | 'en'): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (prefix: string, uid: string) => {
    for (const field of Object.keys(FIELD_LABELS)) out[`${prefix}.${uid}.${field}`] = fieldLabel(uid, field)![language];
    for (const key of Object.keys(MODEL_FIELD_LABELS).filter((key) => key.startsWith(`${uid}.`))) {
      out[`${prefix}.${key}`] = MODEL_FIELD_LABELS[key][language];
    }
  };
  for (const uid of modelUids) add('content-manager.content-types', uid);
  for (const uid of COMPONENT_UIDS) add('content-manager.components', uid);
  return out;
}
