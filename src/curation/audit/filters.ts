/**
 * The audit read API's query string, checked and normalized (pure). Anything
 * malformed is refused rather than ignored, so a typo in a filter never
 * silently widens an export.
 */
export interface AuditFilters {
  /** Exact action, or a prefix when the query said `record.*`. */
  action?: { value: string; isPrefix: boolean };
  /** An actor string (`admin:3`, `token:2`, `system`…) or an admin's email, resolved by the caller. */
  actor?: { kind: 'actor'; value: string } | { kind: 'email'; email: string };
  /** Prefix of the target (`festival:`, `festival:abc123`). */
  target?: string;
  /** Inclusive lower bound, ISO UTC. */
  from?: string;
  /** Exclusive upper bound, ISO UTC (a date alone means the end of that day). */
  before?: string;
  page: number;
  pageSize: number;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export class AuditFilterError extends Error {}

const ACTION = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*(\.\*)?$/;
const ACTOR = /^(admin|token|user):\d+$|^(system|anonymous)$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const fail = (vi: string, en: string): never => {
  throw new AuditFilterError(`${vi} / ${en}`);
};

function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') fail(`Tham số "${name}" chỉ được có một giá trị`, `Parameter "${name}" takes one value`);
  return value as string;
}

function isoDate(name: string, value: string, endOfDay: boolean): string {
  const isDay = DATE_ONLY.test(value);
  if (!isDay && !DATE_TIME.test(value)) fail(`"${name}" phải là ngày ISO 8601 (vd. 2026-12-07)`, `"${name}" must be an ISO 8601 date (e.g. 2026-12-07)`);
  const time = Date.parse(isDay ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(time)) fail(`"${name}" không phải là ngày hợp lệ`, `"${name}" is not a valid date`);
  return new Date(isDay && endOfDay ? time + 86_400_000 : time).toISOString();
}

function positive(name: string, value: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    fail(`"${name}" phải là số nguyên từ 1 đến ${max}`, `"${name}" must be an integer from 1 to ${max}`);
  }
  return Number(value);
}

export function parseAuditFilters(query: Record<string, unknown>): AuditFilters {
  const filters: AuditFilters = {
    page: positive('page', single(query, 'page'), 1),
    pageSize: positive('pageSize', single(query, 'pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
  const action = single(query, 'action');
  if (action !== undefined) {
    if (action.length > 64 || !ACTION.test(action)) fail('"action" không hợp lệ (vd. record.update hoặc record.*)', '"action" is not valid (e.g. record.update or record.*)');
    filters.action = action.endsWith('.*') ? { value: action.slice(0, -1), isPrefix: true } : { value: action, isPrefix: false };
  }
  const actor = single(query, 'actor');
  if (actor !== undefined) {
    if (ACTOR.test(actor)) filters.actor = { kind: 'actor', value: actor };
    else if (actor.length <= 255 && EMAIL.test(actor)) filters.actor = { kind: 'email', email: actor.toLowerCase() };
    else fail('"actor" phải là admin:<id>, token:<id>, system hoặc một email', '"actor" must be admin:<id>, token:<id>, system or an email');
  }
  const target = single(query, 'target');
  if (target !== undefined) {
    if (target.length > 255) fail('"target" quá dài', '"target" is too long');
    filters.target = target;
  }
  const from = single(query, 'from');
  const to = single(query, 'to');
  if (from !== undefined) filters.from = isoDate('from', from, false);
  if (to !== undefined) filters.before = DATE_ONLY.test(to) ? isoDate('to', to, true) : new Date(Date.parse(isoDate('to', to, false)) + 1).toISOString();
  if (filters.from && filters.before && filters.from >= filters.before) fail('"from" phải trước "to"', '"from" must be before "to"');
  return filters;
}
