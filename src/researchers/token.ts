/**
 * Researcher read tokens: `dsr_` and 43 base64url characters (32 random
 * bytes). Only the SHA-256 of a token is stored, so a copy of the database
 * cannot be used to read; the prefix lets the server tell a researcher token
 * from a JWT or an admin-issued API token without a lookup. Set-password
 * links use the same scheme with another prefix.
 */
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'dsr_';
export const SET_PASSWORD_PREFIX = 'dsp_';
const BODY = /^[A-Za-z0-9_-]{43}$/;

export function newSecret(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** True for a string shaped like a token of that prefix (says nothing about whether it exists). */
export function isSecretShaped(value: unknown, prefix: string): value is string {
  return typeof value === 'string' && value.startsWith(prefix) && BODY.test(value.slice(prefix.length));
}

/** The bearer of an Authorization header, if it is a researcher token's shape; `malformed` for a `dsr_` that is not. */
export function researcherBearer(authorization: string | undefined): string | 'malformed' | null {
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match || !match[1].startsWith(TOKEN_PREFIX)) return null;
  return isSecretShaped(match[1], TOKEN_PREFIX) ? match[1] : 'malformed';
}

/** What the account page shows of a stored token: its prefix and last characters, never more. */
export function tokenHint(lastFour: string): string {
  return `${TOKEN_PREFIX}…${lastFour}`;
}
