export const vi = {
  'di-san.media.reprocess': 'Xử lý lại',
  'di-san.media.reprocess.title': 'Xử lý lại tư liệu này?',
  'di-san.media.reprocess.body':
    'Máy chủ sẽ tạo lại các bản phát trực tuyến (HLS), ảnh bìa, ảnh WebP/AVIF và sóng âm từ tệp gốc. Việc này chạy nền, có thể mất vài phút với video dài; cột "Trạng thái xử lý" cho biết tiến độ.',
  'di-san.media.reprocess.confirm': 'Xử lý lại',
  'di-san.media.reprocess.queued': 'Đã đưa vào hàng đợi xử lý ({count} việc). Tải lại trang sau ít phút để xem kết quả.',
  'di-san.media.reprocess.nothing': 'Tư liệu này chưa có tệp nào để xử lý.',
};
export const en: Record<keyof typeof vi, string> = {
  'di-san.media.reprocess': 'Reprocess',
  'di-san.media.reprocess.title': 'Reprocess this media item?',
  'di-san.media.reprocess.body':
    'The server will make the streaming renditions (HLS), poster, WebP/AVIF images and waveform again from the original file. This runs in the background and may take a few minutes for a long video; the "Processing status" field shows its progress.',
  'di-san.media.reprocess.confirm': 'Reprocess',
  'di-san.media.reprocess.queued': 'Queued for processing ({count} jobs). Reload the page in a few minutes to see the result.',
  'di-san.media.reprocess.nothing': 'This media item has no file to process yet.',
};
