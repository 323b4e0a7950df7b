import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { mediaUrlSecret, signPath, verifySignedPath } from '../media-access/signing';
import { isVisibleTo } from '../access/levels';
import { publishedMediaItem } from '../media-access/item-visibility';
import { ORIGINALS_PREFIX, ORIGINALS_ROUTE } from '../storage/upload-provider';
import { objectStore } from '../storage/runtime';
import { readObjectText } from '../storage/read-text';
import { DERIVATIVES_PREFIX, DERIVATIVES_ROUTE, isKeyOfRenditions } from '../media-access/keys';

interface Ctx {
  path: string;
  method: string;
  query: Record<string, unknown>;
  status: number;
  body: unknown;
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
      return serve(ctx, ORIGINALS_PREFIX + rest, { isSigned: true, secret });
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
    await serve(ctx, key, { isSigned: !isPublic, secret });
  };
};

function deny(ctx: Ctx) {
  ctx.status = 403;
  ctx.body = { error: { status: 403, name: 'ForbiddenError', message: 'This link is not valid or has expired.' } };
}

async function serve(ctx: Ctx, key: string, { isSigned, secret }: { isSigned: boolean; secret: string }) {
  const store = objectStore();
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
  if (matchesEntityTag(ctx.get('if-none-match'), etag)) {
    ctx.status = 304;
    return;
  }
  const range = parseRange(ctx.get('range'), head.size);
  if (range === 'invalid') {
    ctx.status = 416;
    ctx.set('Content-Range', `bytes */${head.size}`);
    return;
  }
  if (ctx.method === 'HEAD') {
    ctx.status = 200;
    ctx.set('Content-Length', String(head.size));
    return;
  }
  const { stream, contentLength } = await store.getStream(key, range ?? undefined);
  if (range) {
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

/** If-None-Match: `*` or a list of tags, weak ones compared weakly (RFC 9110 §13.1.2). */
export function matchesEntityTag(header: string, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
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

function parseRange(header: string, size: number): { start: number; end: number } | null | 'invalid' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start > end || start >= size) return 'invalid';
  return { start, end };
}
