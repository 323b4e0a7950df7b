/**
 * The IIIF channel (paths in ../paths.ts). Every read goes through the access
 * rule: manifests and collections through the site reader, the image
 * service through the published item and isVisibleTo — for the public, or
 * for a researcher behind a signed link that REST issued (../signing.ts). A
 * hidden item and an unknown one get the same 404, headers included, so the
 * answer says nothing about what exists. Viewers on other origins (Mirador,
 * Universal Viewer, a partner's exhibit) fetch these, so every answer allows
 * any origin: no answer depends on cookies (a signed link is its own
 * credential, and its answers are cached `private`). A researcher's own
 * token (Authorization: Bearer dsr_…) reads as a researcher too: the token
 * gate (src/researchers/strapi/token-gate.ts) has checked it and set
 * ctx.state before this runs, and audienceOf decides as everywhere else.
 */
import type { Core } from '@strapi/strapi';
import { archive } from '../../archive';
import { readObjectText } from '../../storage/read-text';
import { isVisibleTo, type ConsentRecord, type Audience } from '../../access/levels';
import { audienceOf } from '../../access/audience';
import { derivativePath } from '../../media-access/keys';
import { mediaUrlSecret, signPath, verifySignedPath } from '../../media-access/signing';
import type { FileRenditions } from '../../media/renditions';
import { siteReader } from '../../site/load/reader';
import { hostPolicy, siteOrigin } from '../../site/origin';
import { recordPath } from '../../site/routes';
import { recordCollection } from '../collection';
import { mediaItemManifest, type IiifDocument } from '../manifest';
import { COLLECTION_TYPES, IIIF_ROUTE, imageServicePath, type CollectionType } from '../paths';
import { isValidServiceSignature, signedServicePath, SIGNED_MANIFEST_SECONDS } from '../signing';
import { loadCollection, loadMediaItem } from './load';
import { imageServiceFile } from './tiles';

export interface IiifCtx {
  path: string;
  method: string;
  query: Record<string, unknown>;
  protocol?: string;
  host?: string;
  status: number;
  body: unknown;
  readonly fresh: boolean;
  /** Set by the token gate for a valid researcher token (ctx.state.user with its role). */
  state?: Parameters<typeof audienceOf>[0];
  set(name: string, value: string): void;
}

/** Seconds a cache may keep an answer: the same minute as /media/d/, so access changes reach viewers as fast. */
const CACHE_SECONDS = 60;
const PRESENTATION_TYPE = 'application/ld+json;profile="http://iiif.io/api/presentation/3/context.json"';
const IMAGE_TYPE = 'application/ld+json;profile="http://iiif.io/api/image/3/context.json"';
const KEY = /^[A-Za-z0-9][A-Za-z0-9-]{0,119}$/;

export function createIiifHandler(strapi: Core.Strapi) {
  const originOf = (ctx: IiifCtx) =>
    siteOrigin(
      hostPolicy(strapi.config),
      { protocol: ctx.protocol ?? 'http', host: ctx.host ?? '' },
    );

  /** True when the request was the IIIF channel's (answered), false to pass it on. */
  return async function handle(ctx: IiifCtx): Promise<boolean> {
    if (!ctx.path.startsWith(IIIF_ROUTE)) return false;
    ctx.set('Access-Control-Allow-Origin', '*');
    if (ctx.method === 'OPTIONS') {
      ctx.set('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
      // A viewer may send a researcher token.
      ctx.set('Access-Control-Allow-Headers', 'Authorization');
      ctx.set('Access-Control-Max-Age', '86400');
      ctx.status = 204;
      return true;
    }
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.set('Allow', 'GET, HEAD, OPTIONS');
      ctx.status = 405;
      return true;
    }
    const site = originOf(ctx);
    if ('isRefused' in site) {
      ctx.status = 421;
      ctx.body = 'Unknown host';
      return true;
    }
    const parts = ctx.path.slice(IIIF_ROUTE.length).split('/').map(safeDecode);
    const answered = await route({ strapi, ctx, parts, origin: site.origin });
    if (!answered) notFound(ctx);
    // Built from a host the operator did not list: never for a shared cache.
    else if (!site.isShareable) ctx.set('Cache-Control', 'private, no-cache');
    return true;
  };
}

async function route({ strapi, ctx, parts, origin }: { strapi: Core.Strapi; ctx: IiifCtx; parts: Array<string | null>; origin: string }): Promise<boolean> {
  const [first, key, last, ...rest] = parts;
  if (parts.some((part) => part === null)) return false;
  const secret = mediaUrlSecret();
  const byToken: Audience = audienceOf(ctx.state);
  if (first === 'media' && key && KEY.test(key) && last === 'manifest' && rest.length === 0) {
    // A signed link (issued by REST to a researcher) reads as a researcher; a bad or expired one is just not found.
    const isSigned = ctx.query.sig !== undefined || ctx.query.exp !== undefined;
    if (isSigned && verifySignedPath({ secret, path: ctx.path, exp: ctx.query.exp, sig: ctx.query.sig }) !== 'valid') return false;
    const item = await loadMediaItem(siteReader(strapi, { audience: isSigned ? 'researcher' : byToken }), key);
    if (!item?.vi.renditions) return false;
    const isPublic = isVisibleTo({ record: item.vi as { accessLevel?: string; consent?: ConsentRecord | null }, audience: 'public' });
    const manifest = mediaItemManifest({
      item,
      renditions: item.vi.renditions,
      context: {
        origin,
        urlOf: (storageKey) => origin + (isPublic ? derivativePath(storageKey) : signPath({ secret, path: derivativePath(storageKey), ttlSeconds: SIGNED_MANIFEST_SECONDS })),
        pageOf: (locale) => origin + recordPath(locale, 'media-item', key),
        imageServiceOf: (fileId) => origin + (isPublic ? imageServicePath({ documentId: key, fileId }) : signedServicePath({ secret, documentId: key, fileId })),
      },
    });
    sendJson(ctx, manifest, PRESENTATION_TYPE);
    if (!isPublic) ctx.set('Cache-Control', `private, max-age=${CACHE_SECONDS}`);
    return true;
  }
  if (isCollectionType(first) && key && KEY.test(key) && last === 'collection' && rest.length === 0) {
    const loaded = await loadCollection(siteReader(strapi), first, key);
    if (!loaded) return false;
    const collection = recordCollection({
      type: first,
      record: loaded.record,
      items: loaded.items,
      context: { origin, pageOf: (locale) => origin + recordPath(locale, first, key), thumbnailOf: (row) => thumbnailOf(row.renditions, origin) },
    });
    return sendJson(ctx, collection, PRESENTATION_TYPE);
  }
  if (first === 'image' && key && KEY.test(key) && last && /^\d+$/.test(last) && rest.length > 0) {
    // `s/<exp>/<sig>/…`: a researcher's signed service (see ../signing.ts); anything else is the public one.
    const isSigned = rest[0] === 's';
    if (isSigned && !(rest.length > 3 && isValidServiceSignature({ secret, documentId: key, fileId: last, exp: rest[1] ?? '', sig: rest[2] ?? '' }))) return false;
    const below = isSigned ? rest.slice(3) : rest;
    const file = await imageServiceFile(strapi, { documentId: key, fileId: last, rest: below.join('/'), audience: isSigned ? 'researcher' : byToken });
    if (!file) return false;
    if (file.isInfo) {
      const stored = await readJson(strapi, file.key);
      if (!stored) return false;
      const servicePath = [imageServicePath({ documentId: key, fileId: last }), ...(isSigned ? rest.slice(0, 3) : [])].join('/');
      sendJson(ctx, { ...stored, id: origin + servicePath }, IMAGE_TYPE);
    } else if (!(await sendObject(strapi, ctx, file.key))) return false;
    if (isSigned || byToken !== 'public') ctx.set('Cache-Control', `private, max-age=${CACHE_SECONDS}`);
    return true;
  }
  return false;
}

const isCollectionType = (value: string | null | undefined): value is CollectionType => (COLLECTION_TYPES as readonly unknown[]).includes(value);

function safeDecode(part: string): string | null {
  try {
    const decoded = decodeURIComponent(part);
    return decoded === '..' || decoded === '.' || decoded.includes('/') ? null : decoded;
  } catch {
    return null;
  }
}

/** The smallest picture of an item for a Collection's list: an image's smallest WebP, or a video's small poster. */
function thumbnailOf(renditions: unknown, origin: string): IiifDocument | undefined {
  const files = (renditions as { files?: FileRenditions[] } | null)?.files ?? [];
  for (const file of files) {
    const candidates = file.outputs.filter((output) => output.role === 'webp' || output.role === 'poster-small' || output.role === 'poster');
    const smallest = candidates.sort((a, b) => (a.width ?? 0) - (b.width ?? 0))[0];
    if (smallest) return { id: origin + derivativePath(smallest.key), type: 'Image', format: smallest.contentType, width: smallest.width, height: smallest.height };
  }
  return undefined;
}

function notFound(ctx: IiifCtx) {
  ctx.status = 404;
  ctx.set('Content-Type', 'application/json; charset=utf-8');
  ctx.set('Cache-Control', `public, max-age=${CACHE_SECONDS}, must-revalidate`);
  ctx.body = { error: { status: 404, name: 'NotFoundError', message: 'Not Found' } };
}

function sendJson(ctx: IiifCtx, document: IiifDocument, type: string): boolean {
  ctx.status = 200;
  ctx.set('Content-Type', type);
  ctx.set('Cache-Control', `public, max-age=${CACHE_SECONDS}, must-revalidate`);
  ctx.body = JSON.stringify(document);
  return true;
}

async function readJson(strapi: Core.Strapi, key: string): Promise<IiifDocument | null> {
  const text = await readObjectText(archive(strapi).storage, key).catch(() => null);
  return text === null ? null : (JSON.parse(text) as IiifDocument);
}

/** A tile: the bytes of a run never change under their key, so the key names the content (a cheap ETag). */
async function sendObject(strapi: Core.Strapi, ctx: IiifCtx, key: string): Promise<boolean> {
  const store = archive(strapi).storage;
  const head = await store.head(key).catch(() => null);
  if (!head) return false;
  ctx.set('Content-Type', head.contentType ?? 'image/jpeg');
  ctx.set('Cache-Control', `public, max-age=${CACHE_SECONDS}, must-revalidate`);
  ctx.set('ETag', `"${Buffer.from(key).toString('base64url').slice(-40)}-${head.size.toString(36)}"`);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.status = 200;
  if (ctx.fresh) {
    ctx.status = 304;
    return true;
  }
  if (ctx.method === 'HEAD') {
    ctx.set('Content-Length', String(head.size));
    return true;
  }
  const { stream, contentLength } = await store.getStream(key);
  ctx.set('Content-Length', String(contentLength));
  ctx.body = stream;
  return true;
}
