/**
 * How the site answers: security headers with a strict CSP (scripts only from
 * our own origin, the one inline stylesheet allowed by its hash), an ETag so
 * a phone that already has the page gets a 304, and brotli or gzip, which
 * turns a 30 KB page into ~6 KB on a 3G link.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { SITE_CSS } from './views/styles';

export interface SiteCtx {
  path: string;
  method: string;
  /** Koa's, from this connection: X-Forwarded-* count only if the proxy setting trusted them (it is off). */
  protocol?: string;
  host?: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  /** Koa's: the request's If-None-Match (a list, `*`, weak tags) matches the response's ETag. */
  readonly fresh: boolean;
  /** Koa's Accept-Encoding negotiation: the coding given if the client accepts it (q > 0), else false. */
  acceptsEncodings(...encodings: string[]): string | false;
  get(name: string): string;
  /** Koa's response: headers set so far. */
  response?: { get(name: string): unknown };
  set(name: string, value: string): void;
  remove(name: string): void;
}

/** The first of `encodings` (our order of preference) that the client accepts, if any. */
export function acceptedEncoding<T extends string>(ctx: Pick<SiteCtx, 'acceptsEncodings'>, encodings: readonly T[]): T | undefined {
  return encodings.find((encoding) => ctx.acceptsEncodings(encoding) === encoding);
}

const styleHash = createHash('sha256').update(SITE_CSS).digest('base64');

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' 'sha256-${styleHash}'`,
  // data: for the thumbhash placeholders; blob: for hls.js (MediaSource URLs and its worker).
  "img-src 'self' data:",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

const MIN_COMPRESS_BYTES = 512;

export function send(ctx: SiteCtx, { status = 200, type, body, cache = 'no-cache' }: { status?: number; type: string; body: string; cache?: string }): void {
  ctx.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  ctx.set('X-Frame-Options', 'SAMEORIGIN');
  ctx.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
  // Pages change when a record is unpublished or restricted: revalidate every time (cheap with the ETag).
  ctx.set('Cache-Control', cache);
  ctx.set('Vary', 'Accept-Encoding');
  ctx.set('Content-Type', type);
  const raw = Buffer.from(body, 'utf8');
  const etag = `W/"${createHash('sha1').update(raw).digest('base64url').slice(0, 22)}"`;
  ctx.set('ETag', etag);
  ctx.status = status;
  // Koa judges freshness for a 2xx status only; an error page is never a 304.
  if (status === 200 && ctx.fresh) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  const encoding = raw.length >= MIN_COMPRESS_BYTES ? acceptedEncoding(ctx, ['br', 'gzip']) : undefined;
  if (encoding === 'br') {
    ctx.set('Content-Encoding', 'br');
    ctx.body = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
  } else if (encoding === 'gzip') {
    ctx.set('Content-Encoding', 'gzip');
    ctx.body = gzipSync(raw, { level: 6 });
  } else {
    ctx.body = raw;
  }
}
