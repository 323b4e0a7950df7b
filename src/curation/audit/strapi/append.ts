import type { Core } from '@strapi/strapi';
import { type AuditContent, type AuditEntry, nextEntry } from '../chain';
import { AUDIT_TABLE } from './table';

export interface AuditRow {
  seq: number | string;
  previous_hash: string;
  hash: string;
  action: string;
  actor: string;
  target: string | null;
  at: string;
  ip: string | null;
  details: string;
}

export const rowToEntry = (row: AuditRow): AuditEntry => ({
  seq: Number(row.seq),
  previousHash: row.previous_hash,
  hash: row.hash,
  action: row.action,
  actor: row.actor,
  target: row.target,
  at: row.at,
  ip: row.ip,
  details: JSON.parse(row.details) as Record<string, unknown>,
});

export type AuditInput = Omit<AuditContent, 'at' | 'ip' | 'actor' | 'details'> &
  Partial<Pick<AuditContent, 'at' | 'ip' | 'actor' | 'details'>>;

/**
 * Appends one entry to the audit log and returns it. Runs in the caller's
 * transaction when there is one (Strapi's db.transaction joins it), so an
 * audited write and its entry commit or roll back together.
 *
 * Appends are serialized so that seq has no gaps and every entry links to the
 * one before: SQLite has one writer by design; on PostgreSQL the appending
 * transaction takes the table's EXCLUSIVE lock (readers still read) before it
 * reads the last entry. The primary key on seq is the last line of defence.
 *
 * actor and ip default to the current request's (see requestActor()).
 */
export async function appendAudit(strapi: Core.Strapi, input: AuditInput): Promise<AuditEntry> {
  const fromRequest = requestActor(strapi);
  const content: AuditContent = {
    action: input.action,
    target: input.target ?? null,
    actor: input.actor ?? fromRequest.actor,
    ip: input.ip === undefined ? fromRequest.ip : input.ip,
    at: input.at ?? new Date().toISOString(),
    details: input.details ?? {},
  };
  const schema = strapi.db.getSchemaName?.();
  const postgres = strapi.db.dialect.client === 'postgres';
  return strapi.db.transaction(async ({ trx }) => {
    // Appends within one transaction run one after the other (the content manager's bulk publish
    // writes concurrently in one transaction, and both would read the same last entry).
    const previous = chains.get(trx) ?? Promise.resolve();
    const run = previous.then(append, append);
    chains.set(trx, run.catch(() => undefined));
    return run;

    async function append(): Promise<AuditEntry> {
      const table = () => (schema ? trx.withSchema(schema).table(AUDIT_TABLE) : trx(AUDIT_TABLE));
      if (postgres) await trx.raw(`LOCK TABLE ${schema ? `"${schema}".` : ''}${AUDIT_TABLE} IN EXCLUSIVE MODE`);
      const last = (await table().select('seq', 'hash').orderBy('seq', 'desc').first()) as
        | { seq: number | string; hash: string }
        | undefined;
      const entry = nextEntry(last ? { seq: Number(last.seq), hash: last.hash } : null, content);
      await table().insert({
        seq: entry.seq,
        previous_hash: entry.previousHash,
        hash: entry.hash,
        action: entry.action,
        actor: entry.actor,
        target: entry.target,
        at: entry.at,
        ip: entry.ip,
        details: JSON.stringify(entry.details),
      });
      return entry;
    }
  });
}

/** The last append of each open transaction, so the next one waits for it. */
const chains = new WeakMap<object, Promise<unknown>>();

/**
 * Who is acting in the current request: `admin:<id>` for a signed-in admin,
 * `token:<id>` for an API token, `user:<id>` for a users-permissions user,
 * `system` outside any request (jobs, scripts, bootstrap).
 */
export function requestActor(strapi: Core.Strapi): { actor: string; ip: string | null } {
  const ctx = strapi.requestContext.get() as
    | { state?: { user?: { id?: unknown }; auth?: { strategy?: { name?: string }; credentials?: { id?: unknown } } }; request?: { ip?: string } }
    | undefined;
  if (!ctx) return { actor: 'system', ip: null };
  const ip = ctx.request?.ip ?? null;
  const strategy = ctx.state?.auth?.strategy?.name;
  const credentials = ctx.state?.auth?.credentials;
  if (strategy === 'admin' && ctx.state?.user?.id != null) return { actor: `admin:${ctx.state.user.id}`, ip };
  if (strategy === 'api-token' && credentials?.id != null) return { actor: `token:${credentials.id}`, ip };
  if (ctx.state?.user?.id != null) return { actor: `user:${ctx.state.user.id}`, ip };
  return { actor: 'anonymous', ip };
}
