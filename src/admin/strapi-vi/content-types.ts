/**
 * Vietnamese names of our content types and components. The content-manager
 * menu, list view title and component pickers show
 * `formatMessage({ id: info.displayName })`, so a schema's English displayName
 * is itself the message id (no prefix). A test checks each key is still the
 * displayName of one of our schemas.
 */
const contentTypes: Record<string, string> = {
  // src/api/*/content-types/*/schema.json
  'Ethnic group': 'Dân tộc',
  Language: 'Ngôn ngữ',
  Festival: 'Lễ hội',
  Custom: 'Phong tục',
  Place: 'Địa danh',
  'Media item': 'Tư liệu media',
  Person: 'Nhân vật',
  Story: 'Câu chuyện',
  // src/components/**/*.json
  Occurrence: 'Lần tổ chức',
  'Timing rule': 'Quy tắc thời gian',
  'Heritage status': 'Danh hiệu di sản',
  'Caption or transcript': 'Phụ đề hoặc bản ghi lời',
  Consent: 'Sự đồng ý',
  'Former unit': 'Đơn vị hành chính cũ',
  'Geo point': 'Toạ độ',
  'Population note': 'Ghi chú dân số',
  Source: 'Nguồn',
  'Tagged name': 'Tên theo ngôn ngữ',
  'Uncertain fact': 'Thông tin chưa chắc chắn',
};

export default contentTypes;
