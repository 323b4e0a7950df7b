/**
 * One media item through the pipeline. This file alone knows the order:
 * fetch each original from storage → identify it by content → derive
 * renditions in scratch space → store them → record them on the item.
 * A failed run deletes what it stored, and scratch space is always removed.
 */
import { randomUUID, createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline as pipe } from 'node:stream/promises';
import type { Core } from '@strapi/strapi';
import { isVisibleTo } from '../access/levels';
import { derivativePrefix, DERIVATIVES_PREFIX } from '../media-access/keys';
import type { ObjectStore } from '../storage/object-store';
import { queueSearchSync } from '../search/sync';
import { originalKeyOf } from '../storage/upload-provider';
import { captionTrackLabel, normalizeCaptionFile } from './captions';
import { deriveFile } from './derive';
import { findDuplicates } from './duplicates';
import { identifyFile, RejectedMediaError } from './identify';
import { mediaLogger } from './logger';
import { makeScratch } from './scratch';
import { processingState, processingSummary, type FileRenditions, type Processing, type Renditions } from './renditions';

const UID = 'api::media-item.media-item';

interface UploadFile {
  id: number;
  name: string;
  hash: string;
  ext: string;
  mime: string;
  size: number;
}
interface DraftItem {
  documentId: string;
  renditions?: Renditions | null;
  processing?: Processing | null;
  accessLevel: string;
  consent?: { scope?: string; expiresOn?: string } | null;
  files?: UploadFile[] | null;
  captions?: Array<{ tag: string; kind: string; file?: UploadFile | null }> | null;
}

/** Update the system-managed fields on every row of the document (each locale, draft and published). */
export async function recordOnItem(strapi: Core.Strapi, documentId: string, data: Record<string, unknown>): Promise<void> {
  await strapi.db.query(UID).updateMany({ where: { documentId }, data });
}

export async function setProcessing(strapi: Core.Strapi, documentId: string, processing: Processing | null): Promise<void> {
  await recordOnItem(strapi, documentId, { processing, processingStatus: processingSummary(processing) });
}

async function download(store: ObjectStore, key: string, target: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const { stream } = await store.getStream(key);
  await pipe(
    stream,
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    }),
    createWriteStream(target),
  );
  return { sha256: hash.digest('hex'), size };
}

export interface ProcessOptions {
  strapi: Core.Strapi;
  store: ObjectStore;
  documentId: string;
  /** Run even when the inputs match the last successful run. */
  force?: boolean;
  reportProgress?: (percent: number) => Promise<void> | void;
  signal?: AbortSignal;
}

/**
 * Process every file of a media item. Throws RejectedMediaError for files that
 * can never be processed (the caller marks the item failed without retrying);
 * any other error is worth a retry.
 */
export async function processMediaItem({ strapi, store, documentId, force = false, reportProgress, signal }: ProcessOptions): Promise<Renditions | null> {
  const item = (await strapi.db.query(UID).findOne({
    where: { documentId, publishedAt: null },
    populate: { files: true, consent: true, captions: { populate: { file: true } } },
  })) as DraftItem | null;
  if (!item) return null;
  const files = item.files ?? [];
  if (files.length === 0) {
    await recordOnItem(strapi, documentId, { processing: null, processingStatus: null, renditions: null });
    await queueSearchSync(strapi, UID, documentId);
    return null;
  }
  // Derivatives of items the public may not see carry no AVIF extras and, with EXIF stripped, no GPS anyway.
  // Asked of the draft as if published: the derivatives are made now for when a curator publishes it.
  const isPublic = isVisibleTo({ record: { accessLevel: item.accessLevel, consent: item.consent }, audience: 'public' });
  const inputs = JSON.stringify({
    files: files.map((file) => file.id),
    captions: (item.captions ?? []).map((caption) => [caption.tag, caption.kind, caption.file?.id ?? null]),
    isPublic,
  });
  if (!force && item.renditions?.inputs === inputs && item.processing?.state === 'ready') return item.renditions;
  await setProcessing(strapi, documentId, processingState('processing', 0));
  const run = randomUUID().slice(0, 8);
  const scratch = await makeScratch();
  const stored: string[] = [];
  const logger = mediaLogger(strapi);
  const progressOf = (index: number, percent: number) => ((index + percent / 100) / files.length) * 100;
  try {
    const results: FileRenditions[] = [];
    let privateFacts: { capturedAt?: string | null; gps?: unknown; perceptualHash?: string } = {};
    for (const [index, file] of files.entries()) {
      signal?.throwIfAborted();
      const input = path.join(scratch, `original-${file.id}`);
      const { sha256, size } = await download(store, originalKeyOf(file), input);
      const identified = await identifyFile({ path: input, declaredMime: file.mime, fileName: file.name, size, logger });
      const outputDir = path.join(scratch, `out-${file.id}`);
      await mkdir(outputDir);
      const derived = await deriveFile({
        input,
        outputDir,
        identified,
        isPublic,
        signal,
        logger,
        onProgress: (percent) => void reportProgress?.(progressOf(index, percent * 0.9)),
      });
      const prefix = derivativePrefix({ documentId, fileId: file.id, run });
      const outputs = [];
      for (const output of derived.outputs) {
        const key = prefix + output.path;
        stored.push(key);
        await store.put({ key, body: path.join(outputDir, output.path), contentType: output.contentType });
        outputs.push({ key, role: output.role, contentType: output.contentType, width: output.width, height: output.height, bitrate: output.bitrate });
      }
      const captions = [];
      if (identified.kind === 'video' || identified.kind === 'audio') {
        for (const caption of item.captions ?? []) {
          if (!caption.file) continue;
          const captionPath = path.join(scratch, `caption-${caption.file.id}`);
          await download(store, originalKeyOf(caption.file), captionPath);
          const normalized = normalizeCaptionFile({
            bytes: await readFile(captionPath),
            tag: caption.tag,
            declaredName: caption.file.name,
            durationSeconds: identified.source.durationSeconds,
          });
          const key = `${prefix}captions/${caption.tag}.vtt`;
          stored.push(key);
          await store.put({ key, body: Buffer.from(normalized.vtt, 'utf8'), contentType: 'text/vtt; charset=utf-8' });
          captions.push({ tag: caption.tag, kind: caption.kind, key, label: { vi: captionTrackLabel(caption.tag, 'vi'), en: captionTrackLabel(caption.tag, 'en') } });
        }
      }
      const source = 'source' in identified ? identified.source : undefined;
      const image = identified.kind === 'image' ? identified.image : undefined;
      results.push({
        fileId: file.id,
        name: file.name,
        kind: identified.kind,
        sha256,
        outputs,
        captions,
        placeholder: derived.placeholder,
        durationSeconds: source?.durationSeconds,
        width: source?.displayWidth ?? image?.width,
        height: source?.displayHeight ?? image?.height,
      });
      if (index === 0) privateFacts = { capturedAt: derived.capturedAt, gps: derived.gps, perceptualHash: derived.perceptualHash };
      await reportProgress?.(progressOf(index, 100));
    }
    const renditions: Renditions = { run, processedAt: new Date().toISOString(), inputs, files: results };
    const first = results[0];
    const notices = await findDuplicates({ strapi, documentId, sha256: first.sha256, perceptualHash: privateFacts.perceptualHash });
    // Record the new renditions first, then drop the old run's objects, and only then say `ready`.
    await recordOnItem(strapi, documentId, {
      renditions,
      processing: processingState('processing', 99),
      processingStatus: processingSummary(processingState('processing', 99)),
      sha256: first.sha256,
      perceptualHash: privateFacts.perceptualHash ?? null,
      capturedAt: privateFacts.capturedAt ?? null,
      gps: privateFacts.gps ?? null,
      technical: { files: results.map(({ kind, durationSeconds, width, height }) => ({ kind, durationSeconds, width, height })) },
    });
    await deleteOtherRuns({ store, documentId, keep: run });
    // Notices name other items, maybe restricted ones: they stay in a private field the admin shows.
    const ready = processingState('ready', 100);
    await recordOnItem(strapi, documentId, {
      processing: ready,
      processingStatus: processingSummary(ready, notices.length),
      processingNotices: notices.length ? notices : null,
    });
    // Media facts and transcript segments go to the catalogue once the item is ready.
    await queueSearchSync(strapi, UID, documentId);
    return renditions;
  } catch (error) {
    // Nothing of a failed run stays in storage, nor anything a crashed earlier run left behind.
    await store.delete(stored).catch(() => {});
    await deleteOtherRuns({ store, documentId, keep: item.renditions?.run ?? null }).catch(() => {});
    throw error;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Once a run is recorded, the keys of earlier runs of this item are orphans. */
async function deleteOtherRuns({ store, documentId, keep }: { store: ObjectStore; documentId: string; keep: string | null }) {
  const keys = await store.list(`${DERIVATIVES_PREFIX}${documentId}/`);
  const stale = keys.filter((key) => key.split('/')[3] !== keep);
  if (stale.length) await store.delete(stale);
}

export { RejectedMediaError };
