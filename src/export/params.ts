/**
 * The query of `GET /api/export` (pure): `type` (one of the archive's types,
 * required), `format` (csv, json or jsonl; csv by default) and `locale` (vi
 * or en; vi by default). Anything else is refused with a message in
 * Vietnamese and English that names the parameter and the values it takes,
 * so a researcher scripting the export knows what to change. Any other
 * parameter is refused too (`filters`, `sort`, `fields` of REST): ignoring it
 * would hand back the whole type to someone who believes they filtered. No
 * value or name the caller sent is echoed.
 */
import { ARCHIVE_TYPES, type ArchiveType } from '../content-model';
import type { SiteLocale } from '../site/routes';

export const EXPORT_FORMATS = ['csv', 'json', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
const LOCALES: readonly SiteLocale[] = ['vi', 'en'];
const KNOWN = new Set(['type', 'format', 'locale']);

export interface ExportParams {
  type: ArchiveType;
  format: ExportFormat;
  locale: SiteLocale;
}

/** A query the export refuses; the endpoint answers it with a 400 carrying `message`. */
export class ExportParamsError extends Error {
  constructor(
    readonly parameter: 'type' | 'format' | 'locale' | 'other',
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${vi} / ${en}`);
    this.name = 'ExportParamsError';
  }
}

/** One value of a query parameter: a repeated or nested one is as wrong as an unknown one. */
function single(query: Record<string, unknown>, name: string): string | undefined | null {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  return typeof value === 'string' ? value : null;
}

function pick<T extends string>(query: Record<string, unknown>, name: 'type' | 'format' | 'locale', allowed: readonly T[], fallback?: T): T {
  const value = single(query, name);
  if (value === undefined && fallback) return fallback;
  if (value && (allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.join(', ');
  if (value === undefined) throw new ExportParamsError(name, `Thiếu tham số "${name}" (một trong: ${list})`, `Missing parameter "${name}" (one of: ${list})`);
  throw new ExportParamsError(name, `Giá trị "${name}" không hợp lệ; dùng một trong: ${list}`, `Invalid "${name}"; use one of: ${list}`);
}

/** The export asked for; throws ExportParamsError on an unknown type, format, locale or parameter. */
export function parseExportParams(query: Record<string, unknown>): ExportParams {
  if (Object.keys(query).some((name) => !KNOWN.has(name))) {
    throw new ExportParamsError(
      'other',
      'Tham số không được hỗ trợ; chỉ dùng type, format và locale',
      'Unsupported parameter; the export takes only type, format and locale',
    );
  }
  return {
    type: pick(query, 'type', ARCHIVE_TYPES),
    format: pick(query, 'format', EXPORT_FORMATS, 'csv'),
    locale: pick(query, 'locale', LOCALES, 'vi'),
  };
}
