/**
 * One media item through the pipeline. This file alone knows the order:
 * fetch each original from storage → identify it by content → derive
 * renditions in scratch space → store them → record them on the item.
 * A failed run deletes what it stored, and scratch space is always removed.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline as pipe } from 'node:stream/promises';
import type { Core } from '@strapi/strapi';
import { isVisibleTo } from '../access/levels';
import { derivativePrefix } from '../media-access/keys';
import type { ObjectStore } from '../storage/object-store';
import { sha256Tap } from '../storage/sha256';
import { queueSearchSync } from '../search/sync';
import { originalKeyOf } from '../storage/upload-provider';
import { captionTrackLabel, normalizeCaptionFile } from './captions';
import { deriveFile } from './derive';
import { findDuplicates } from './duplicates';
import { identifyFile, RejectedMediaError } from './identify';
import { mediaLogger } from './logger';
import { pruneRuns } from './prune';
import { makeScratch } from './scratch';
import { processingState, processingSummary, type FileRenditions, type Processing, type Renditions } from './renditions';
import { draftOf, loadVersions, MEDIA_ITEM_UID, recordOnVersions, renditionInputs } from './versions';

const UID = MEDIA_ITEM_UID;

/**
 * Sets `processing` on the versions made from the draft's current inputs
 * (the draft, and the published rows that hold the same files). A
 * published version with other files keeps its own state.
 */
export async function setProcessing(strapi: Core.Strapi, documentId: string, processing: Processing | null): Promise<void> {
  const draft = draftOf(await loadVersions(strapi, documentId));
  if (!draft) return;
  await recordOnVersions(strapi, { documentId, inputs: renditionInputs(draft), data: { processing, processingStatus: processingSummary(processing) } });
}

async function download(store: ObjectStore, key: string, target: string): Promise<{ sha256: string; size: number }> {
  const { tap, result } = sha256Tap();
  await pipe((await store.getStream(key)).stream, tap, createWriteStream(target));
  return result();
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
  const item = draftOf(await loadVersions(strapi, documentId));
  if (!item) {
    // Deleted since it was queued: nothing refers to its runs any more.
    await pruneRuns({ strapi, store, documentId });
    return null;
  }
  const inputs = renditionInputs(item);
  const record = (data: Record<string, unknown>) => recordOnVersions(strapi, { documentId, inputs, data });
  const files = item.files ?? [];
  if (files.length === 0) {
    await record({ processing: null, processingStatus: null, renditions: null, pendingRun: null });
    await pruneRuns({ strapi, store, documentId });
    await queueSearchSync(strapi, UID, documentId);
    return null;
  }
  // Asked of the draft as if published: the derivatives are made now for when a curator publishes it.
  const isPublic = isVisibleTo({ record: { accessLevel: item.accessLevel, consent: item.consent }, audience: 'public' });
  if (!force && item.renditions?.inputs === inputs && item.processing?.state === 'ready') return item.renditions;
  const run = randomUUID().slice(0, 8);
  // Named before its first object is stored, so a concurrent prune keeps it.
  await record({ pendingRun: run, processing: processingState('processing', 0), processingStatus: processingSummary(processingState('processing', 0)) });
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
    // Record the new renditions first, then drop runs no version refers to, and only then say `ready`.
    await record({
      renditions,
      pendingRun: null,
      processing: processingState('processing', 99),
      processingStatus: processingSummary(processingState('processing', 99)),
      sha256: first.sha256,
      perceptualHash: privateFacts.perceptualHash ?? null,
      capturedAt: privateFacts.capturedAt ?? null,
      gps: privateFacts.gps ?? null,
      technical: { files: results.map(({ kind, durationSeconds, width, height }) => ({ kind, durationSeconds, width, height })) },
    });
    await pruneRuns({ strapi, store, documentId });
    // Notices name other items, maybe restricted ones: they stay in a private field the admin shows.
    const ready = processingState('ready', 100);
    await record({
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
    await pruneRuns({ strapi, store, documentId }).catch(() => {});
    throw error;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export { RejectedMediaError };
