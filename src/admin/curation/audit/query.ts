/**
 * The audit page's filters as the query string of GET /di-san/audit and its
 * CSV export (pure). Dates are days in Vietnam: "from" starts at 00:00 and
 * "to" ends at 23:59:59.999 Vietnam time (the server reads a bare date as a
 * UTC day, seven hours off for the people using the log).
 */
export interface AuditFilterForm {
  action: string;
  actor: string;
  target: string;
  /** YYYY-MM-DD or ''. */
  from: string;
  to: string;
}

export const EMPTY_FILTERS: AuditFilterForm = { action: '', actor: '', target: '', from: '', to: '' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function auditQuery(filters: AuditFilterForm, paging?: { page: number; pageSize: number }): string {
  const params = new URLSearchParams();
  const action = filters.action.trim();
  const actor = filters.actor.trim();
  const target = filters.target.trim();
  if (action) params.set('action', action);
  if (actor) params.set('actor', actor);
  if (target) params.set('target', target);
  if (DAY.test(filters.from)) params.set('from', `${filters.from}T00:00:00+07:00`);
  if (DAY.test(filters.to)) params.set('to', `${filters.to}T23:59:59.999+07:00`);
  if (paging) {
    params.set('page', String(paging.page));
    params.set('pageSize', String(paging.pageSize));
  }
  return params.toString();
}
