/**
 * Meilisearch tenant tokens: HS256 JWTs signed with a search API key, whose
 * `searchRules` Meilisearch applies to every search made with them. Signing
 * and checking are plain HMAC, so no Meilisearch client is needed here.
 * https://www.meilisearch.com/docs/learn/security/tenant_token_reference
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type SearchRules = Record<string, { filter: string }>;

export interface TenantTokenClaims {
  searchRules: SearchRules;
  apiKeyUid: string;
  /** Unix seconds. */
  exp: number;
}

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export function signTenantToken({ claims, apiKey }: { claims: TenantTokenClaims; apiKey: string }): string {
  const body = `${HEADER}.${base64url(JSON.stringify(claims))}`;
  return `${body}.${createHmac('sha256', apiKey).update(body).digest('base64url')}`;
}

/** The claims of a token this server signed with `apiKey` and that has not expired; otherwise null. */
export function verifyTenantToken({ token, apiKey, apiKeyUid, now = Date.now() }: { token: string; apiKey: string; apiKeyUid: string; now?: number }): TenantTokenClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return null;
  const expected = createHmac('sha256', apiKey).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as TenantTokenClaims;
    if (claims.apiKeyUid !== apiKeyUid || typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return null;
    if (!claims.searchRules || typeof claims.searchRules !== 'object' || Array.isArray(claims.searchRules)) return null;
    return claims;
  } catch {
    return null;
  }
}
