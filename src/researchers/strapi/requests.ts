/**
 * Access requests: submitted from the site, reviewed by a curator in the
 * admin (approve gives the researcher role and a one-time set-password link,
 * decline keeps the reason). Each step is one entry in the audit log.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { appendAudit } from '../../curation/audit/strapi/append';
import type { AccessRequest } from '../form';
import { hashSecret, newSecret, SET_PASSWORD_PREFIX } from '../token';
import { findUserByEmail, grantResearcher, isActiveResearcher, setPassword } from './accounts';
import { notify } from './notify';
import { REQUESTS_TABLE, table } from './tables';
import { MAILS } from '../messages';
import type { RequestRow, RequestStatus } from '../request';

export type { RequestRow, RequestStatus } from '../request';

const PUBLIC_COLUMNS = ['id', 'status', 'name', 'institution', 'email', 'purpose', 'locale', 'terms_accepted_at', 'created_at', 'reviewed_at', 'reviewed_by', 'decline_reason', 'user_id'];

/** How long a set-password link works. */
export const SET_PASSWORD_DAYS = 7;

export class RequestStateError extends Error {
  constructor(
    readonly kind: 'not-found' | 'not-pending',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Saves a request unless its email already has a pending request or a
 * researcher account; either way the visitor sees the same answer, so the
 * form tells a stranger nothing about who has an account. With a mail
 * server, the address's owner is told which case it was.
 */
export async function submitRequest(strapi: Core.Strapi, request: AccessRequest, { locale, ip }: { locale: 'vi' | 'en'; ip: string | null }): Promise<{ isNew: boolean; mailed: boolean }> {
  const pending = await table(strapi, REQUESTS_TABLE).where({ email: request.email, status: 'pending' }).first('id');
  const isDuplicate = Boolean(pending) || isActiveResearcher(await findUserByEmail(strapi, request.email));
  if (isDuplicate) {
    const mailed = await notify(strapi, request.email, MAILS.duplicate());
    return { isNew: false, mailed };
  }
  const now = new Date().toISOString();
  await strapi.db.transaction(async ({ trx }) => {
    const [inserted] = await table(strapi, REQUESTS_TABLE, trx as never)
      .insert({ ...request, status: 'pending', locale, terms_accepted_at: now, created_at: now })
      .returning('id');
    const id = typeof inserted === 'object' ? (inserted as { id: number }).id : inserted;
    await appendAudit(strapi, { action: 'researcher.request', actor: 'anonymous', ip, target: `researcher-request:${id}`, details: { id, email: request.email, institution: request.institution } });
  });
  const mailed = await notify(strapi, request.email, MAILS.received({ name: request.name }));
  return { isNew: true, mailed };
}

export async function listRequests(strapi: Core.Strapi, status: RequestStatus | 'all'): Promise<RequestRow[]> {
  const query = table(strapi, REQUESTS_TABLE).select(PUBLIC_COLUMNS).orderBy('created_at', status === 'pending' ? 'asc' : 'desc').limit(500);
  return (await (status === 'all' ? query : query.where({ status }))) as RequestRow[];
}

async function pendingRequest(strapi: Core.Strapi, id: number): Promise<RequestRow> {
  const row = (await table(strapi, REQUESTS_TABLE).where({ id }).first(PUBLIC_COLUMNS)) as RequestRow | undefined;
  if (!row) throw new RequestStateError('not-found', 'Không có yêu cầu này. / There is no such request.');
  if (row.status !== 'pending') throw new RequestStateError('not-pending', 'Yêu cầu này đã được xử lý. / This request has already been reviewed.');
  return row;
}

/**
 * Approve: the account gets the researcher role, and the request a one-time
 * set-password link. With a mail server the link is mailed and not returned
 * (the curator never holds it); without one it is returned for the curator
 * to pass on.
 */
export async function approveRequest(
  strapi: Core.Strapi,
  { id, adminId, linkOf }: { id: number; adminId: number; linkOf: (locale: 'vi' | 'en', code: string) => string },
): Promise<{ link: string | null; mailed: boolean; userId: number }> {
  const row = await pendingRequest(strapi, id);
  const userId = await grantResearcher(strapi, { email: row.email, password: randomBytes(24).toString('base64url') });
  const code = newSecret(SET_PASSWORD_PREFIX);
  const now = new Date();
  await strapi.db.transaction(async ({ trx }) => {
    const changed = await table(strapi, REQUESTS_TABLE, trx as never)
      .where({ id, status: 'pending' })
      .update({
        status: 'approved',
        reviewed_at: now.toISOString(),
        reviewed_by: adminId,
        user_id: userId,
        set_password_hash: hashSecret(code),
        set_password_expires_at: new Date(now.getTime() + SET_PASSWORD_DAYS * 86_400_000).toISOString(),
      });
    if (!changed) throw new RequestStateError('not-pending', 'Yêu cầu này đã được xử lý. / This request has already been reviewed.');
    await appendAudit(strapi, { action: 'researcher.approve', actor: `admin:${adminId}`, target: `researcher-request:${id}`, details: { id, email: row.email, user: userId } });
  });
  const link = linkOf(row.locale, code);
  const mailed = await notify(strapi, row.email, MAILS.approved({ name: row.name, link }));
  return { link: mailed ? null : link, mailed, userId };
}

export async function declineRequest(strapi: Core.Strapi, { id, adminId, reason }: { id: number; adminId: number; reason: string }): Promise<{ mailed: boolean }> {
  const row = await pendingRequest(strapi, id);
  await strapi.db.transaction(async ({ trx }) => {
    const changed = await table(strapi, REQUESTS_TABLE, trx as never)
      .where({ id, status: 'pending' })
      .update({ status: 'declined', reviewed_at: new Date().toISOString(), reviewed_by: adminId, decline_reason: reason });
    if (!changed) throw new RequestStateError('not-pending', 'Yêu cầu này đã được xử lý. / This request has already been reviewed.');
    await appendAudit(strapi, { action: 'researcher.decline', actor: `admin:${adminId}`, target: `researcher-request:${id}`, details: { id, email: row.email, reason } });
  });
  return { mailed: await notify(strapi, row.email, MAILS.declined({ name: row.name, reason })) };
}

/** The request a set-password code belongs to, while it works (approved, not used, not expired). */
export async function requestOfCode(strapi: Core.Strapi, code: string): Promise<RequestRow | null> {
  const row = (await table(strapi, REQUESTS_TABLE).where({ set_password_hash: hashSecret(code), status: 'approved' }).first([...PUBLIC_COLUMNS, 'set_password_expires_at'])) as
    | (RequestRow & { set_password_expires_at: string | null })
    | undefined;
  if (!row?.user_id || !row.set_password_expires_at || row.set_password_expires_at < new Date().toISOString()) return null;
  return row;
}

/** Sets the password and spends the code (it works once). */
export async function usePasswordCode(strapi: Core.Strapi, code: string, password: string): Promise<boolean> {
  const row = await requestOfCode(strapi, code);
  if (!row?.user_id) return false;
  const spent = await table(strapi, REQUESTS_TABLE).where({ id: row.id, set_password_hash: hashSecret(code) }).update({ set_password_hash: null, set_password_expires_at: null });
  if (!spent) return false;
  await setPassword(strapi, row.user_id, password);
  await appendAudit(strapi, { action: 'researcher.password-set', actor: `user:${row.user_id}`, target: `researcher-request:${row.id}`, details: { id: row.id, user: row.user_id } });
  return true;
}
