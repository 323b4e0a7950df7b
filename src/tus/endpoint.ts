/**
 * The tus 1.0 endpoint as a koa handler. Strapi authenticates nothing here
 * (the route has `auth: false`); this handler does, with Strapi's own
 * strategies, then hands the raw request to @tus/server. strapi::body leaves
 * tus bodies alone: koa-body parses only JSON, form, text and multipart
 * bodies, and tus data is always application/offset+octet-stream (tus answers
 * 415 to any other PATCH).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '@strapi/strapi';
import { Server } from '@tus/server';
import type { Upload } from '@tus/server';
import { InvalidFileNameError, safeFileName } from '../media/sniff';
import { checkBcp47 } from '../validation';
import { findMediaItemDraft } from './attach';
import { scopeOf } from '../curation/scope/strapi/load';
import { mayEditRecord } from '../curation/scope/strapi/write-check';
import { uidOf } from '../content-model';
import { authenticateUploader, type Uploader } from './auth';
import { finishUpload, type FinishedUpload } from './finish';
import { formatBytes, replyLanguage, type TusErrorCode, tusErrorBody, TusHttpError } from './messages';
import type { TusSettings } from './settings';
import { isUploadId, newUploadId, type TusStorage } from './storage';

export const TUS_PATH = '/api/tus';
/** Set on the response that finishes an upload (and on a HEAD of a finished one): the new media-library file's id. */
export const FILE_ID_HEADER = 'Di-San-File-Id';
/** Set alongside FILE_ID_HEADER when the file was attached to the media item named in the metadata. */
export const MEDIA_ITEM_HEADER = 'Di-San-Media-Item';

interface KoaCtx {
  method: string;
  req: IncomingMessage;
  res: unknown;
  params: Record<string, string | undefined>;
  request: { header: Record<string, string | string[] | undefined> };
  state: Record<string, unknown>;
  status: number;
  body: unknown;
  respond?: boolean;
  acceptsLanguages(...languages: string[]): string | false;
  get(name: string): string;
  set(name: string, value: string): void;
}

interface RequestState {
  uploader: Uploader;
  language: 'vi' | 'en';
}

/** The Upload-Length header as a number, or undefined when absent or not a number. */
const declaredLength = (ctx: KoaCtx): number | undefined => {
  const header = ctx.get('upload-length').trim();
  const length = Number(header);
  return header !== '' && Number.isFinite(length) ? length : undefined;
};

/** @tus/server wraps the Node request; the original is where the handler left its state. */
const nodeRequestOf = (req: unknown) => {
  const wrapped = req as { runtime?: { node?: { req?: IncomingMessage } }; node?: { req?: IncomingMessage } };
  return wrapped.runtime?.node?.req ?? wrapped.node?.req;
};

const nodeResponseOf = (req: unknown) => (req as { runtime?: { node?: { res?: ServerResponse } } }).runtime?.node?.res;

export function createTusEndpoint({ strapi, settings, storage }: { strapi: Core.Strapi; settings: TusSettings; storage: TusStorage }) {
  const requests = new WeakMap<IncomingMessage, RequestState>();
  const jsonResponses = new WeakSet<ServerResponse>();
  const stateOf = (req: unknown): RequestState => {
    const state = requests.get(nodeRequestOf(req)!);
    if (!state) throw new Error('tus request reached @tus/server without passing authentication');
    return state;
  };
  // One conversion per upload even when the finishing PATCH and a client's retry (HEAD) overlap.
  const finishing = new Map<string, Promise<FinishedUpload>>();
  const finish = (upload: Upload, uploader: Uploader): Promise<FinishedUpload> => {
    let running = finishing.get(upload.id);
    if (!running) {
      running = finishUpload({ strapi, storage, upload, uploader })
        .catch((error: unknown) => {
          if (error instanceof TusHttpError) throw error;
          // The bytes stay, so the client's retry (a HEAD) can finish without uploading again.
          strapi.log.error(`tus: upload ${upload.id} arrived but could not be stored: ${(error as Error).stack ?? error}`);
          throw new TusHttpError('finish-failed');
        })
        .finally(() => finishing.delete(upload.id));
      finishing.set(upload.id, running);
    }
    return running;
  };
  const finishedHeaders = (result: FinishedUpload): Record<string, string> => ({
    [FILE_ID_HEADER]: String(result.fileId),
    ...(result.attachedTo ? { [MEDIA_ITEM_HEADER]: result.attachedTo } : {}),
  });

  const server = new Server({
    path: TUS_PATH,
    datastore: storage.datastore,
    maxSize: settings.maxSizeBytes,
    // Location: /api/tus/<id>, right behind any proxy.
    relativeLocation: true,
    namingFunction: () => storage.idPrefix + newUploadId(),
    generateUrl: (_req, { path, id }) => `${path}/${id.slice(storage.idPrefix.length)}`,
    getFileIdFromRequest: (_req, lastPath) => (isUploadId(lastPath) ? storage.idPrefix + lastPath : undefined),
    exposedHeaders: [FILE_ID_HEADER, MEDIA_ITEM_HEADER],
    // strapi::cors decides origins (it already ran); tus only adds the headers it exposes.
    allowedOrigins: () => false,

    async onUploadCreate(req, upload) {
      const { uploader, language } = stateOf(req);
      const metadata = upload.metadata ?? {};
      if (!metadata.filename?.trim()) throw new TusHttpError('missing-filename', {}, language);
      try {
        safeFileName(metadata.filename);
      } catch (error) {
        if (error instanceof InvalidFileNameError) throw new TusHttpError('bad-filename', { name: metadata.filename }, language);
        throw error;
      }
      const documentId = metadata.mediaItem?.trim();
      if (metadata.captionTag && (!documentId || checkBcp47(metadata.captionTag) !== null)) throw new TusHttpError('bad-caption-tag', {}, language);
      if (documentId && (!uploader.mayEditMediaItems || !(await findMediaItemDraft(strapi, documentId)))) {
        throw new TusHttpError('unknown-media-item', { documentId }, language);
      }
      const scope = documentId && uploader.adminUser ? await scopeOf(strapi, uploader.adminUser) : null;
      if (documentId && scope && !(await mayEditRecord(strapi, scope, uidOf('media-item'), documentId))) {
        throw new TusHttpError('out-of-scope', { documentId }, language);
      }
      // Only the caller who created an upload may resume, inspect or cancel it.
      return { metadata: { ...metadata, owner: uploader.key } };
    },

    async onUploadFinish(req, upload) {
      const { uploader } = stateOf(req);
      return { headers: finishedHeaders(await finish(upload, uploader)) };
    },

    onResponseError(req, error) {
      // Our bodies are JSON (Strapi's error shape); tus writes them without a type.
      const markJson = () => {
        const res = nodeResponseOf(req);
        if (res) jsonResponses.add(res);
      };
      if (error instanceof TusHttpError) {
        markJson();
        return undefined;
      }
      const status = (error as { status_code?: number }).status_code;
      const language = requests.get(nodeRequestOf(req)!)?.language ?? 'vi';
      const mapped = (code: TusErrorCode, detail: Record<string, string> = {}) => {
        const body = tusErrorBody(code, detail, language);
        // Keep tus's status (410 Gone for an expired upload) in the body too.
        body.error.status = status ?? body.error.status;
        markJson();
        return { status_code: body.error.status, body: JSON.stringify(body) };
      };
      if (status === 413) return mapped('too-large', { limit: formatBytes(settings.maxSizeBytes) });
      if (status === 404 || status === 410) return mapped('not-found');
      return undefined;
    },
  });

  const reply = (ctx: KoaCtx, code: TusErrorCode, language: 'vi' | 'en', detail: Record<string, string> = {}) => {
    const body = tusErrorBody(code, detail, language);
    ctx.set('Tus-Resumable', '1.0.0');
    ctx.status = body.error.status;
    ctx.body = body;
  };

  /**
   * A HEAD of an upload that has all its bytes but is still here: finishing it
   * failed earlier (the client saw an error and retries). Finish it now and
   * answer like a finished upload, with the file id.
   */
  const finishOnHead = async (ctx: KoaCtx, upload: Upload, state: RequestState) => {
    let result: FinishedUpload;
    try {
      result = await finish(upload, state.uploader);
    } catch (error) {
      const known = error instanceof TusHttpError ? error : new TusHttpError('finish-failed');
      return reply(ctx, known.code, state.language);
    }
    ctx.set('Tus-Resumable', '1.0.0');
    ctx.set('Upload-Offset', String(upload.offset));
    ctx.set('Upload-Length', String(upload.size));
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Access-Control-Expose-Headers', ['Upload-Offset', 'Upload-Length', 'Tus-Resumable', FILE_ID_HEADER, MEDIA_ITEM_HEADER].join(', '));
    for (const [name, value] of Object.entries(finishedHeaders(result))) ctx.set(name, value);
    ctx.status = 200;
  };

  async function handle(ctx: KoaCtx): Promise<void> {
    const language = replyLanguage(ctx);
    // OPTIONS is tus discovery (versions, extensions, max size): public, as the protocol expects.
    if (ctx.method === 'OPTIONS') return delegate(ctx);
    const outcome = await authenticateUploader(ctx);
    if ('refused' in outcome) return reply(ctx, outcome.refused, language);
    const state = { uploader: outcome.uploader, language };

    const urlId = ctx.params.id;
    if (urlId === undefined) {
      if (ctx.method !== 'POST') return reply(ctx, 'method-not-allowed', language);
      // Checked here too so the refusal comes before any store work, in the caller's language.
      const length = declaredLength(ctx);
      if (length !== undefined && length > settings.maxSizeBytes) {
        return reply(ctx, 'too-large', language, { limit: formatBytes(settings.maxSizeBytes) });
      }
      // tus would create a finished upload of nothing and then lose it (a 404 "expired").
      if (length === 0) return reply(ctx, 'empty-file', language);
    } else {
      if (!['HEAD', 'PATCH', 'DELETE'].includes(ctx.method)) return reply(ctx, 'method-not-allowed', language);
      if (!isUploadId(urlId)) return reply(ctx, 'not-found', language);
      let upload: Upload;
      try {
        upload = await storage.datastore.getUpload(storage.idPrefix + urlId);
      } catch {
        return reply(ctx, 'not-found', language);
      }
      // Someone else's upload is answered like a missing one.
      if (upload.metadata?.owner !== state.uploader.key) return reply(ctx, 'not-found', language);
      if (ctx.method === 'HEAD' && upload.size !== undefined && upload.offset === upload.size) return finishOnHead(ctx, upload, state);
      // A deferred length declared 0 at the end: an empty file; nothing of it may stay.
      if (ctx.method === 'PATCH' && upload.size === undefined && upload.offset === 0 && declaredLength(ctx) === 0) {
        await storage.remove(upload.id);
        return reply(ctx, 'empty-file', language);
      }
    }
    requests.set(ctx.req, state);
    return delegate(ctx);
  }

  async function delegate(ctx: KoaCtx): Promise<void> {
    // @tus/server writes the response itself, from the untouched request stream.
    ctx.respond = false;
    const res = ctx.res as ServerResponse;
    const writeHead = res.writeHead;
    // tus labels every body text/plain; ours are JSON (see onResponseError).
    res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
      const rawHeaders = rest.find(Array.isArray) as string[] | undefined;
      if (jsonResponses.has(res) && rawHeaders) {
        for (let i = 0; i < rawHeaders.length; i += 2) {
          if (rawHeaders[i].toLowerCase() === 'content-type') rawHeaders[i + 1] = 'application/json; charset=utf-8';
        }
      }
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
    } as ServerResponse['writeHead'];
    await server.handle(ctx.req, res);
  }

  return {
    handle,
    /** Deletes unfinished uploads older than TUS_EXPIRY_HOURS; returns how many store entries went. */
    cleanUpExpired: () => server.cleanUpExpiredUploads(),
  };
}

export type TusEndpoint = ReturnType<typeof createTusEndpoint>;
