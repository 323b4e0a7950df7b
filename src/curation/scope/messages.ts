/** What an officer reads when a record lies outside their communes. */
export const OUT_OF_SCOPE =
  'Hồ sơ này không thuộc xã, phường được giao cho bạn. Hãy chọn địa danh trong xã của bạn, hoặc nhờ người duyệt. / ' +
  'This record lies outside the communes assigned to you. Choose a place in your communes, or ask a curator.';

/** What an officer reads when a library file belongs to a media item outside their communes. */
export const OUT_OF_SCOPE_FILE =
  'Tệp này thuộc một tư liệu media không nằm trong xã, phường được giao cho bạn, nên bạn không thay hay sửa thông tin tệp được. Hãy nhờ người duyệt. / ' +
  'This file belongs to a media item outside the communes assigned to you, so you cannot replace it or edit its details. Ask a curator.';

export const UNKNOWN_COMMUNE = (values: string[]) =>
  `Không tìm thấy xã, phường: ${values.join(', ')} (dùng mã hành chính hoặc documentId của địa danh cấp xã/phường). / ` +
  `No such commune or ward: ${values.join(', ')} (give the official code or documentId of a commune or ward).`;
