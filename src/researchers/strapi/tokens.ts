/**
 * Researchers' own read tokens: created and revoked on the site's account
 * page, checked on every use (src/middlewares/researcher-token.ts). Stored as
 * SHA-256 hashes; the secret is shown once, when it is made.
 */
import type { Core } from '@strapi/strapi';
import { appendAudit } from '../../curation/audit/strapi/append';
import { hashSecret, newSecret, TOKEN_PREFIX } from '../token';
import { findUser, isActiveResearcher, type ResearcherUser } from './accounts';
import { table, TOKENS_TABLE } from './tables';

export interface TokenRow {
  id: number;
  user_id: number;
  label: string;
  last_four: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

/** Enough for a harvester, a script and a spare; a researcher revokes one to make another. */
export const MAX_ACTIVE_TOKENS = 5;

export class TokenLimitError extends Error {}

export async function listTokens(strapi: Core.Strapi, userId: number): Promise<TokenRow[]> {
  return (await table(strapi, TOKENS_TABLE)
    .where({ user_id: userId })
    .select('id', 'user_id', 'label', 'last_four', 'created_at', 'revoked_at', 'last_used_at')
    .orderBy('id', 'desc')) as TokenRow[];
}

export async function createToken(strapi: Core.Strapi, { userId, label, ip }: { userId: number; label: string; ip: string | null }): Promise<{ id: number; secret: string }> {
  const active = await table(strapi, TOKENS_TABLE).where({ user_id: userId }).whereNull('revoked_at').count({ n: '*' }).first();
  if (Number((active as { n?: unknown } | undefined)?.n ?? 0) >= MAX_ACTIVE_TOKENS) throw new TokenLimitError();
  const secret = newSecret(TOKEN_PREFIX);
  const name = label.trim().slice(0, 80) || 'token';
  let id = 0;
  await strapi.db.transaction(async ({ trx }) => {
    const [inserted] = await table(strapi, TOKENS_TABLE, trx as never)
      .insert({ user_id: userId, hash: hashSecret(secret), label: name, last_four: secret.slice(-4), created_at: new Date().toISOString() })
      .returning('id');
    id = typeof inserted === 'object' ? (inserted as { id: number }).id : inserted;
    await appendAudit(strapi, { action: 'researcher.token-create', actor: `user:${userId}`, ip, target: `researcher-token:${id}`, details: { id, label: name, user: userId } });
  });
  return { id, secret };
}

/** Revokes one of the user's own tokens; false when it is not theirs or already revoked. */
export async function revokeToken(strapi: Core.Strapi, { userId, tokenId, ip }: { userId: number; tokenId: number; ip: string | null }): Promise<boolean> {
  let changed = 0;
  await strapi.db.transaction(async ({ trx }) => {
    changed = await table(strapi, TOKENS_TABLE, trx as never).where({ id: tokenId, user_id: userId }).whereNull('revoked_at').update({ revoked_at: new Date().toISOString() });
    if (changed) await appendAudit(strapi, { action: 'researcher.token-revoke', actor: `user:${userId}`, ip, target: `researcher-token:${tokenId}`, details: { id: tokenId, user: userId } });
  });
  return changed > 0;
}

export type TokenCheck = { ok: true; tokenId: number; user: ResearcherUser } | { ok: false; reason: 'unknown' | 'account' };

/** A presented secret: known, not revoked, and its account still an active researcher. */
export async function checkToken(strapi: Core.Strapi, secret: string): Promise<TokenCheck> {
  const row = (await table(strapi, TOKENS_TABLE).where({ hash: hashSecret(secret) }).first('id', 'user_id', 'revoked_at')) as
    | Pick<TokenRow, 'id' | 'user_id' | 'revoked_at'>
    | undefined;
  if (!row || row.revoked_at) return { ok: false, reason: 'unknown' };
  const user = await findUser(strapi, row.user_id);
  if (!isActiveResearcher(user)) return { ok: false, reason: 'account' };
  return { ok: true, tokenId: row.id, user };
}

export async function markUsed(strapi: Core.Strapi, tokenId: number, at: string): Promise<void> {
  await table(strapi, TOKENS_TABLE).where({ id: tokenId }).update({ last_used_at: at });
}
