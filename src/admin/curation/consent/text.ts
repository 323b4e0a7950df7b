export const vi = {
  'di-san.consent.action': 'Ghi nhận rút đồng ý',
  'di-san.consent.withdrawn': 'Đã rút đồng ý ngày {date}',
  'di-san.consent.title': 'Ghi nhận việc rút sự đồng ý',
  'di-san.consent.explain':
    'Khi lưu, hồ sơ này và mọi tư liệu theo sự đồng ý này bị ẩn ngay khỏi trang công khai, tìm kiếm, API, tệp (kể cả liên kết đã ký), sơ đồ trang và nguồn tin. Các bản phái sinh (HLS, ảnh thu nhỏ) bị xoá. Tệp gốc cũng bị xoá, trừ khi sự đồng ý cho phép "chỉ lưu trữ". Việc này được ghi vào nhật ký và không hoàn tác từ giao diện.',
  'di-san.consent.date': 'Ngày rút',
  'di-san.consent.date.hint': 'Ngày người đó hoặc gia đình yêu cầu (theo giờ Việt Nam), không ở tương lai.',
  'di-san.consent.by': 'Người yêu cầu',
  'di-san.consent.by.hint': 'Chính người đó, hoặc ai trong gia đình (ví dụ: "Con trai, Lò Văn B").',
  'di-san.consent.reason': 'Lý do',
  'di-san.consent.submit': 'Rút và ẩn ngay',
  'di-san.consent.cancel': 'Huỷ',
  'di-san.consent.done': 'Đã ghi nhận. Hồ sơ và {count} tư liệu đã bị ẩn; tệp gốc {kept, select, true {được giữ trong kho lưu trữ} other {sẽ bị xoá}}.',
};
export const en: Record<keyof typeof vi, string> = {
  'di-san.consent.action': 'Record consent withdrawal',
  'di-san.consent.withdrawn': 'Consent withdrawn on {date}',
  'di-san.consent.title': 'Record a consent withdrawal',
  'di-san.consent.explain':
    'On saving, this record and every media item under this consent disappear at once from the public site, search, the API, files (signed links included), the sitemap and feeds. Derivatives (HLS, thumbnails) are deleted. The original file is deleted too, unless the consent allows archive-only keeping. This is logged and cannot be undone from the admin.',
  'di-san.consent.date': 'Withdrawal date',
  'di-san.consent.date.hint': 'The day the person or family asked (Vietnam time), not in the future.',
  'di-san.consent.by': 'Asked by',
  'di-san.consent.by.hint': 'The person, or someone in the family (e.g. "Son, Lò Văn B").',
  'di-san.consent.reason': 'Reason',
  'di-san.consent.submit': 'Withdraw and hide now',
  'di-san.consent.cancel': 'Cancel',
  'di-san.consent.done': 'Recorded. The record and {count} media items are hidden; the original files {kept, select, true {are kept in the archive} other {will be deleted}}.',
};
