/**
 * Short-lived signed URLs for files that are not public: the app signs
 * `<path>?exp=<unix seconds>&sig=<hmac>` after an access check, and the file
 * route serves only a path whose signature matches and has not expired. A
 * guessed or expired URL gets nothing.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface SignedParams {
  exp: number;
  sig: string;
}

const signature = (secret: string, path: string, exp: number) =>
  createHmac('sha256', secret).update(`${path}\n${exp}`).digest('base64url');

/** @param ttlSeconds how long the URL works. @default 300 */
export function signPath({ secret, path, ttlSeconds = 300, now = Date.now() }: { secret: string; path: string; ttlSeconds?: number; now?: number }): string {
  const exp = Math.floor(now / 1000) + ttlSeconds;
  return `${path}?exp=${exp}&sig=${signature(secret, path, exp)}`;
}

export function verifySignedPath({
  secret,
  path,
  exp,
  sig,
  now = Date.now(),
}: {
  secret: string;
  path: string;
  exp: unknown;
  sig: unknown;
  now?: number;
}): 'valid' | 'expired' | 'invalid' {
  const expiry = Number(exp);
  if (!Number.isInteger(expiry) || typeof sig !== 'string') return 'invalid';
  const expected = Buffer.from(signature(secret, path, expiry));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  return expiry * 1000 < now ? 'expired' : 'valid';
}

/** The secret for media URLs: MEDIA_URL_SECRET, else derived from the app's first key so restarts keep URLs valid. */
export function mediaUrlSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MEDIA_URL_SECRET) return env.MEDIA_URL_SECRET;
  const appKey = (env.APP_KEYS ?? '').split(',')[0];
  if (!appKey) throw new Error('MEDIA_URL_SECRET or APP_KEYS must be set to sign media URLs.');
  return createHmac('sha256', appKey).update('di-san media urls').digest('base64url');
}
