import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** Methods that only read; everything else (POST, PUT, PATCH, DELETE, …) would write. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const REFUSED =
  'API nội dung chỉ đọc: hồ sơ được tạo, sửa, xuất bản và xoá trong trang quản trị (tệp được tải lên qua /api/tus). / ' +
  'The content API is read-only: records are created, edited, published and deleted in the admin panel ' +
  '(files are uploaded through /api/tus).';

/** `/api/<name>` of every `api::` content type, derived from the model so a new type is covered too. */
function recordPaths(strapi: Core.Strapi): RegExp {
  const prefix = String(strapi.config.get('api.rest.prefix', '/api')).replace(/\/+$/, '');
  const names = Object.entries(strapi.contentTypes)
    .filter(([uid]) => uid.startsWith('api::'))
    .map(([, contentType]) => (contentType.kind === 'singleType' ? contentType.info.singularName : contentType.info.pluralName));
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Case-insensitive and with any trailing slash: the router matches those spellings too.
  // The upload plugin's content API (`/api/upload`) could attach a file to any record row, published
  // ones included, with `ref`/`refId`/`field`: uploads from tokens go through `/api/tus` instead.
  return new RegExp(`^${escape(prefix)}/(${[...names, 'upload'].map(escape).join('|')})(/|$)`, 'i');
}

const decoded = (path: string) => {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
};

/**
 * The content API is read-only for archive records, for every caller, full-access
 * tokens included: curation happens in the admin panel, where an officer drafts and
 * only a curator publishes, and a write over REST would skip that. Checked before
 * routing so that no token permission, controller or response can come into play —
 * the refusal carries no record data. Other content-API routes (search, calendar,
 * resumable uploads) are not records and pass on.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  let paths: RegExp | undefined;
  return async (ctx: { method: string; path: string }, next: () => Promise<void>) => {
    paths ??= recordPaths(strapi);
    if (!READ_METHODS.has(ctx.method) && paths.test(decoded(ctx.path))) throw new errors.ForbiddenError(REFUSED);
    await next();
  };
};
