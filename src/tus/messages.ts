/**
 * Errors an officer can act on, in Vietnamese (the archive's working language)
 * and English. Bodies are Strapi's error shape, so the admin panel and API
 * clients read them like any other error; `details.code` lets a UI show its
 * own translation, `details.messages` carries both languages.
 */

export type TusErrorCode =
  | 'sign-in-required'
  | 'not-allowed'
  | 'too-large'
  | 'empty-file'
  | 'missing-filename'
  | 'bad-filename'
  | 'type-not-allowed'
  | 'unknown-media-item'
  | 'out-of-scope'
  | 'bad-caption-tag'
  | 'not-found'
  | 'method-not-allowed'
  | 'finish-failed';

interface Entry {
  status: number;
  name: string;
  vi: (detail: Record<string, string>) => string;
  en: (detail: Record<string, string>) => string;
}

const CATALOGUE: Record<TusErrorCode, Entry> = {
  'sign-in-required': {
    status: 401,
    name: 'UnauthorizedError',
    vi: () => 'Bạn cần đăng nhập trang quản trị (hoặc dùng API token) để tải tệp lên.',
    en: () => 'Sign in to the admin panel (or use an API token) to upload files.',
  },
  'not-allowed': {
    status: 403,
    name: 'ForbiddenError',
    vi: () => 'Tài khoản của bạn không có quyền tải tệp lên. Hãy nhờ quản trị viên cấp quyền.',
    en: () => 'Your account may not upload files. Ask an administrator for the permission.',
  },
  'too-large': {
    status: 413,
    name: 'PayloadTooLargeError',
    vi: ({ limit }) => `Tệp quá lớn: tối đa ${limit}. Hãy cắt video thành nhiều phần hoặc giảm chất lượng.`,
    en: ({ limit }) => `The file is too large: at most ${limit}. Split the video or lower its quality.`,
  },
  'empty-file': {
    status: 400,
    name: 'ValidationError',
    vi: () => 'Tệp rỗng (0 byte): không có gì để lưu. Hãy kiểm tra lại tệp rồi chọn lại.',
    en: () => 'The file is empty (0 bytes): there is nothing to store. Check the file and pick it again.',
  },
  'missing-filename': {
    status: 400,
    name: 'ValidationError',
    vi: () => 'Thiếu tên tệp (Upload-Metadata: filename).',
    en: () => 'The file name is missing (Upload-Metadata: filename).',
  },
  'bad-filename': {
    status: 400,
    name: 'ValidationError',
    vi: ({ name }) => `Tên tệp "${name}" không dùng được. Hãy đổi tên tệp rồi thử lại.`,
    en: ({ name }) => `The file name "${name}" cannot be used. Rename the file and try again.`,
  },
  'type-not-allowed': {
    status: 415,
    name: 'ValidationError',
    vi: ({ type }) => `Không nhận loại tệp ${type}. Chỉ nhận ảnh, video, âm thanh, PDF và phụ đề.`,
    en: ({ type }) => `Files of type ${type} are not accepted. Images, video, audio, PDF and captions are.`,
  },
  'unknown-media-item': {
    status: 400,
    name: 'ValidationError',
    vi: ({ documentId }) => `Không tìm thấy mục media "${documentId}", hoặc bạn không được sửa mục này.`,
    en: ({ documentId }) => `No media item "${documentId}" exists, or you may not edit it.`,
  },
  'out-of-scope': {
    status: 403,
    name: 'ForbiddenError',
    vi: ({ documentId }) => `Mục media "${documentId}" không thuộc xã, phường được giao cho bạn.`,
    en: ({ documentId }) => `Media item "${documentId}" lies outside the communes assigned to you.`,
  },
  'bad-caption-tag': {
    status: 400,
    name: 'ValidationError',
    vi: () => 'Phụ đề cần gắn với một mục media (mediaItem) và có thẻ ngôn ngữ BCP 47, ví dụ "vi" hoặc "blt-Tavt".',
    en: () => 'A caption needs a media item (mediaItem) and a BCP 47 language tag, e.g. "vi" or "blt-Tavt".',
  },
  'not-found': {
    status: 404,
    name: 'NotFoundError',
    vi: () => 'Không còn phần tải lên này (có thể đã hết hạn). Hãy chọn lại tệp để tải lên từ đầu.',
    en: () => 'This upload no longer exists (it may have expired). Pick the file again to start over.',
  },
  'method-not-allowed': {
    status: 405,
    name: 'MethodNotAllowedError',
    vi: () => 'Phương thức không được hỗ trợ ở địa chỉ tải lên này.',
    en: () => 'This method is not supported by the upload endpoint.',
  },
  'finish-failed': {
    status: 500,
    name: 'ApplicationError',
    vi: () => 'Tệp đã được nhận đủ nhưng chưa lưu được vào thư viện. Hãy thử lại sau ít phút; không cần tải lại từ đầu.',
    en: () => 'The file arrived but could not be stored in the library yet. Try again in a few minutes; no need to upload it again.',
  },
};

export interface TusErrorBody {
  data: null;
  error: { status: number; name: string; message: string; details: { code: TusErrorCode; messages: { vi: string; en: string } } };
}

/** An error a tus hook can throw: @tus/server answers with its status code and body. */
export class TusHttpError extends Error {
  readonly status_code: number;
  readonly body: string;
  constructor(
    readonly code: TusErrorCode,
    detail: Record<string, string> = {},
    language: 'vi' | 'en' = 'vi',
  ) {
    const payload = tusErrorBody(code, detail, language);
    super(payload.error.message);
    this.status_code = payload.error.status;
    this.body = JSON.stringify(payload);
  }
}

/** `message` is in the caller's language (Vietnamese unless Accept-Language prefers English). */
export function tusErrorBody(code: TusErrorCode, detail: Record<string, string> = {}, language: 'vi' | 'en' = 'vi'): TusErrorBody {
  const entry = CATALOGUE[code];
  const messages = { vi: entry.vi(detail), en: entry.en(detail) };
  return { data: null, error: { status: entry.status, name: entry.name, message: messages[language], details: { code, messages } } };
}

/**
 * The language of the reply, by Koa's Accept-Language negotiation: English
 * only when the client ranks it above Vietnamese (en-GB counts as en, and
 * `en;q=0` refuses English); Vietnamese on a tie, without a header, or when
 * neither is accepted.
 */
export function replyLanguage(ctx: { acceptsLanguages(...languages: string[]): string | false }): 'vi' | 'en' {
  return ctx.acceptsLanguages('vi', 'en') === 'en' ? 'en' : 'vi';
}

/** "4 GiB", "500 MiB": the limit as an officer reads it. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
