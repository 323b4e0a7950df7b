import type { Core } from '@strapi/strapi';
import { appendAudit, type AuditInput } from './append';

// On the strapi object under a global symbol, not in a module variable: the app runs the
// compiled copy in dist/ while tests import src/, and both must see the same set.
const PENDING = Symbol.for('di-san.audit.pending');
const pendingOf = (strapi: Core.Strapi): Set<Promise<unknown>> => {
  const holder = strapi as unknown as Record<symbol, Set<Promise<unknown>> | undefined>;
  holder[PENDING] ??= new Set();
  return holder[PENDING];
};

/**
 * Appends an entry for something that has already happened (a login, an
 * event from Strapi's admin): the append runs on its own and a failure is
 * logged, never thrown at a caller that cannot undo its action anyway.
 * auditSettled() waits for such appends (tests, shutdown).
 */
export function appendInBackground(strapi: Core.Strapi, input: AuditInput): void {
  inBackground(strapi, input.action, () => appendAudit(strapi, input));
}

/** Runs work that ends in an append (e.g. a lookup first), tracked and logged the same way. */
export function inBackground(strapi: Core.Strapi, label: string, work: () => Promise<unknown>): void {
  const set = pendingOf(strapi);
  const job: Promise<unknown> = work()
    .catch((error: unknown) => strapi.log.error(`audit: could not record ${label}: ${error instanceof Error ? error.message : String(error)}`))
    .finally(() => set.delete(job));
  set.add(job);
}

export async function auditSettled(strapi: Core.Strapi): Promise<void> {
  const set = pendingOf(strapi);
  while (set.size) await Promise.all([...set]);
}
