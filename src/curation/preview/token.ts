/**
 * Preview tokens: a short-lived HMAC that lets the admin panel's Preview
 * frame open one draft (or the published version) of one record in one
 * locale on the public page layout. The token names everything the page may
 * show, so a token for one record cannot open another, and it expires after
 * PREVIEW_TTL_SECONDS. Pure: the key is passed in.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Long enough to read and click around a draft; short enough that a leaked link dies soon. */
export const PREVIEW_TTL_SECONDS = 10 * 60;

export interface PreviewTarget {
  type: string;
  documentId: string;
  locale: string;
  status: 'draft' | 'published';
}

const mac = (key: string, target: PreviewTarget, expires: number) =>
  createHmac('sha256', key)
    .update(['di-san-preview', target.type, target.documentId, target.locale, target.status, String(expires)].join('\n'))
    .digest('base64url');

/** `<expiry in unix seconds>.<mac>` */
export function signPreview(key: string, target: PreviewTarget, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + PREVIEW_TTL_SECONDS;
  return `${expires}.${mac(key, target, expires)}`;
}

/** True only for an unexpired token made for exactly this target. */
export function isValidPreview(key: string, target: PreviewTarget, token: unknown, now = Date.now()): boolean {
  if (typeof token !== 'string') return false;
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return false;
  const expires = Number(match[1]);
  if (expires < Math.floor(now / 1000) || expires > Math.floor(now / 1000) + PREVIEW_TTL_SECONDS) return false;
  const expected = Buffer.from(mac(key, target, expires));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * The signing key, derived from the admin JWT secret (set in production,
 * generated into the data folder by the embedded default), so preview needs
 * no secret of its own and rotating the admin secret revokes every link.
 */
export function previewKey(adminSecret: string): string {
  return createHmac('sha256', adminSecret).update('di-san preview links v1').digest('hex');
}
