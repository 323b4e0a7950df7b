import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import parseRangeHeader from 'range-parser';
import { mediaUrlSecret, signPath, verifySignedPath } from '../media-access/signing';
import { isVisibleTo } from '../access/levels';
import { publishedMediaItem } from '../media-access/item-visibility';
import { ORIGINALS_PREFIX, ORIGINALS_ROUTE } from '../storage/upload-provider';
import { archive } from '../archive';
import { auditOriginalDownload } from '../curation/audit/strapi/downloads';
import { readObjectText } from '../storage/read-text';
import { DERIVATIVES_PREFIX, DERIVATIVES_ROUTE, isKeyOfRenditions } from '../media-access/keys';

interface Ctx {
  path: string;
  method: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
  ip: string;
  /** Koa's: the request's If-None-Match (a list, `*`, weak tags) matches the ETag set on the response. */
  readonly fresh: boolean;
  get(name: string): string;
  set(name: string, value: string): void;
}

const SIGNED_PLAYLIST_SECONDS = 10 * 60;

/**
 * How long a cache may reuse a file without asking: the most an access change
 * can lag. 60 s: an HLS viewer revalidates each 6-second segment at most once
 * (a segment is fetched once anyway), a page's images once a minute, each a
 * 304 of a few hundred bytes.
 */
export const CACHE_SECONDS = 60;

/**
 * Serves stored files:
 * - /media/o/<key>: originals (and Strapi's admin thumbnails); only with a valid signature.
 * - /media/d/<documentId>/<path>: derivatives of a media item, only those of
 *   its PUBLISHED version's run. Public items are served to anyone while they
 *   stay public; others need a valid signature, and their HLS playlists are
 *   rewritten per request so every segment and variant URL is signed too.
 * Nothing else under /media answers, and a bad or expired signature gets 403
 * without saying whether the file exists.
 *
 * Caching: any cache (browser, CDN) may keep a file for CACHE_SECONDS, then
 * must ask again; the ETag makes that a 304 without a body, but only after
 * the access check, so unpublishing, a new level or expired consent reaches
 * every cache within a minute. A run's objects never change under their key
 * (a new run gets new keys), which is what makes the ETag cheap and safe.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const secret = mediaUrlSecret();
  return async (ctx: Ctx, next: () => Promise<void>) => {
    if (!ctx.path.startsWith('/media/')) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.status = 405;
      return;
    }
    const signature = () => verifySignedPath({ secret, path: ctx.path, exp: ctx.query.exp, sig: ctx.query.sig });
    const isOriginal = ctx.path.startsWith(ORIGINALS_ROUTE);
    if (!isOriginal && !ctx.path.startsWith(DERIVATIVES_ROUTE)) {
      ctx.status = 404;
      return;
    }
    let rest: string;
    try {
      rest = decodeURIComponent(ctx.path.slice((isOriginal ? ORIGINALS_ROUTE : DERIVATIVES_ROUTE).length));
    } catch {
      return deny(ctx);
    }
    if (isOriginal) {
      if (signature() !== 'valid') return deny(ctx);
      // Originals can be anything an officer uploaded: never render them inline.
      ctx.set('Content-Disposition', 'attachment');
      await serve(ctx, ORIGINALS_PREFIX + rest, { isSigned: true, secret, strapi });
      // One entry per download, not per range request of the same one.
      if (ctx.method === 'GET' && (ctx.status === 200 || (ctx.status === 206 && /^bytes=0-/.test(ctx.get('range'))))) {
        auditOriginalDownload(strapi, { url: ctx.path, ip: ctx.ip ?? null });
      }
      return;
    }
    const documentId = rest.split('/')[0];
    if (!documentId || rest.split('/').some((part) => part === '..' || part === '.' || part === '')) return deny(ctx);
    const key = DERIVATIVES_PREFIX + rest;
    // Decided from the published version only: a draft's run, or one a publish replaced, is never served.
    const item = await publishedMediaItem(strapi, documentId);
    if (!item || !isKeyOfRenditions({ key, documentId, renditions: item.renditions })) return deny(ctx);
    const isPublic = isVisibleTo({ record: item, audience: 'public' });
    // Signed links are issued only to callers who may see the item, and the widest of those on a
    // public channel is a researcher. Checking that again here makes a restriction or a withdrawn
    // consent stop a link already handed out at once, not when its signature expires.
    if (!isPublic && (signature() !== 'valid' || !isVisibleTo({ record: item, audience: 'researcher' }))) return deny(ctx);
    await serve(ctx, key, { isSigned: !isPublic, secret, strapi });
  };
};

function deny(ctx: Ctx) {
  ctx.status = 403;
  ctx.body = { error: { status: 403, name: 'ForbiddenError', message: 'This link is not valid or has expired.' } };
}

async function serve(ctx: Ctx, key: string, { isSigned, secret, strapi }: { isSigned: boolean; secret: string; strapi: Core.Strapi }) {
  const store = archive(strapi).storage;
  const head = await store.head(key).catch(() => null);
  if (!head) {
    ctx.status = 404;
    return;
  }
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Cache-Control', `${isSigned ? 'private' : 'public'}, max-age=${CACHE_SECONDS}, must-revalidate`);
  const contentType = head.contentType ?? 'application/octet-stream';
  if (isSigned && key.endsWith('.m3u8')) {
    // Rewritten per request (fresh signatures): no validator, nothing to revalidate.
    const text = await readObjectText(store, key);
    const folder = ctx.path.slice(0, ctx.path.lastIndexOf('/') + 1);
    ctx.set('Content-Type', 'application/vnd.apple.mpegurl');
    ctx.status = 200;
    ctx.body = signPlaylist({ text, folder, secret });
    return;
  }
  const etag = entityTag(key, head.size);
  ctx.set('ETag', etag);
  ctx.set('Accept-Ranges', 'bytes');
  ctx.set('Content-Type', contentType);
  // Koa judges freshness only for a 2xx status, and its default is 404.
  ctx.status = 200;
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  const range = rangeToServe(ctx.get('range'), head.size);
  if (range === 'unsatisfiable') {
    ctx.status = 416;
    ctx.set('Content-Range', `bytes */${head.size}`);
    return;
  }
  if (ctx.method === 'HEAD') {
    ctx.status = 200;
    ctx.set('Content-Length', String(head.size));
    return;
  }
  const { stream, contentLength } = await store.getStream(key, range === 'whole' ? undefined : range);
  if (range !== 'whole') {
    ctx.status = 206;
    ctx.set('Content-Range', `bytes ${range.start}-${range.end}/${head.size}`);
  } else {
    ctx.status = 200;
  }
  ctx.set('Content-Length', String(contentLength));
  ctx.body = stream;
}

/** Keys are never rewritten with other bytes (each run has its own), so key and size name the content. */
function entityTag(key: string, size: number): string {
  return `"${createHash('sha256').update(key).digest('base64url').slice(0, 22)}-${size.toString(36)}"`;
}


/** Sign every URI line of an HLS playlist, relative to the playlist's folder. */
export function signPlaylist({ text, folder, secret }: { text: string; folder: string; secret: string }): string {
  const signUri = (uri: string) => signPath({ secret, path: folder + uri, ttlSeconds: SIGNED_PLAYLIST_SECONDS });
  return text
    .split('\n')
    .map((line) => {
      const trimmed = line.trim();
      if (trimmed === '') return line;
      if (!trimmed.startsWith('#')) return trimmed.includes('://') ? line : signUri(trimmed);
      // Tags that carry a URI attribute (subtitle and audio renditions, init segments).
      return line.replace(/URI="([^"]+)"/g, (whole, uri: string) => (uri.includes('://') ? whole : `URI="${signUri(uri)}"`));
    })
    .join('\n');
}

/**
 * What to send for a Range header (RFC 9110 §14), parsed by range-parser:
 * - none, another unit, or invalid syntax (§14.1.1, which includes a
 *   last-pos below its first-pos): ignored, the whole file (200);
 * - no satisfiable range (every first-pos past the end, `-0`): 416;
 * - one range, after merging overlapping and adjacent ones: that range (206);
 * - several disjoint ranges: the whole file (200). §14.2 lets a server ignore
 *   Range, and players ask for one range at a time, so multipart/byteranges
 *   is not worth having.
 */
export function rangeToServe(header: string | undefined, size: number): { start: number; end: number } | 'whole' | 'unsatisfiable' {
  // Range units compare case-insensitively (§14.1); any other unit is ignored.
  if (!header || !/^\s*bytes\s*=/i.test(header)) return 'whole';
  const specs = header.slice(header.indexOf('=') + 1).split(',');
  const isReversed = (spec: string) => {
    const match = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(spec);
    return match !== null && Number(match[2]) < Number(match[1]);
  };
  if (specs.some(isReversed)) return 'whole';
  // A suffix longer than the file means the whole file (§14.1.2); range-parser would drop it as unsatisfiable.
  const clamped = header.replace(/([=,]\s*)-(\d+)/g, (spec, lead: string, length: string) => (Number(length) > size ? `${lead}-${size}` : spec));
  const ranges = parseRangeHeader(size, clamped, { combine: true });
  if (ranges === -2) return 'whole';
  if (ranges === -1) return 'unsatisfiable';
  return ranges.length === 1 ? { start: ranges[0].start, end: ranges[0].end } : 'whole';
}
