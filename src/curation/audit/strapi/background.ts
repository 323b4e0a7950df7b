import type { Core } from '@strapi/strapi';
import { appendAudit, type AuditInput } from './append';

const pending = new WeakMap<Core.Strapi, Set<Promise<unknown>>>();

/**
 * Appends an entry for something that has already happened (a login, an
 * event from Strapi's admin): the append runs on its own and a failure is
 * logged, never thrown at a caller that cannot undo its action anyway.
 * auditSettled() waits for such appends (tests, shutdown).
 */
export function appendInBackground(strapi: Core.Strapi, input: AuditInput): void {
  const set = pending.get(strapi) ?? new Set();
  pending.set(strapi, set);
  const job = appendAudit(strapi, input)
    .catch((error: unknown) => strapi.log.error(`audit: could not record ${input.action}: ${error instanceof Error ? error.message : String(error)}`))
    .finally(() => set.delete(job));
  set.add(job);
}

export async function auditSettled(strapi: Core.Strapi): Promise<void> {
  while (pending.get(strapi)?.size) await Promise.all([...pending.get(strapi)!]);
}
