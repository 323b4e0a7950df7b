import { errors } from '@strapi/utils';

/** A refusal as Strapi answers it: 400, 403, 404 or 409, message `'<vi> / <en>'`. */
export function reviewError(status: 400 | 403 | 404 | 409, vi: string, en: string): Error {
  const message = `${vi} / ${en}`;
  // A PolicyError is a 403 whose message survives Strapi's authorize step (it blanks other ForbiddenErrors).
  if (status === 403) return new errors.PolicyError(message);
  if (status === 404) return new errors.NotFoundError(message);
  if (status === 400) return new errors.ValidationError(message);
  // @strapi/utils has no 409 class; Strapi's error middleware answers any http-errors HttpError with its
  // status and message. HttpError itself cannot be constructed, so an Error takes its prototype.
  const conflict = Object.setPrototypeOf(new Error(message), errors.HttpError.prototype) as Error & Record<string, unknown>;
  Object.assign(conflict, { name: 'ConflictError', status, statusCode: status, expose: true, details: {} });
  return conflict;
}

export const notFound = () => reviewError(404, 'Không tìm thấy hồ sơ', 'No such record');
