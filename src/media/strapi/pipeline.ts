/**
 * One media item through the pipeline. This file alone knows the order:
 * start a run → for each file: fetch the original from storage, identify it
 * by content, derive renditions in scratch space, store them → store the
 * captions once → look for duplicates → record the renditions, prune older
 * runs, say ready. A failed run deletes what it stored, and scratch space is
 * always removed.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline as pipe } from 'node:stream/promises';
import type { Core } from '@strapi/strapi';
import { isVisibleTo } from '../../access/levels';
import { derivativePrefix, newRunId } from '../../media-access/keys';
import type { ObjectStore } from '../../storage/object-store';
import { sha256Tap } from '../../storage/sha256';
import { recordChanged } from '../../record-changed';
import { originalKeyOf } from '../../storage/upload-provider';
import { captionTrackLabel, normalizeCaptionFile } from '../captions';
import { deriveFile, type Derived } from '../derive';
import { findDuplicates, type DuplicateNotice } from './duplicates';
import { identifyFile, RejectedMediaError, type Identified } from '../identify';
import { mediaLogger } from './logger';
import { pruneRuns } from './prune';
import { makeScratch } from '../scratch';
import { processingState, processingSummary, type FileRenditions, type Processing, type Renditions, type StoredOutput } from '../renditions';
import { draftOf, loadVersions, MEDIA_ITEM_UID, recordOnVersions, renditionInputs, type MediaVersion, type UploadFile } from './versions';

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

/** Stage: copy a stored object into scratch space, hashing it on the way. */
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

/** Writes `data` on the versions made from this run's inputs. */
type RecordOnItem = (data: Record<string, unknown>) => Promise<void>;

/** What one run carries from stage to stage. */
interface Run {
  strapi: Core.Strapi;
  store: ObjectStore;
  documentId: string;
  id: string;
  scratch: string;
  /** Every key this run stored, so a failure can delete exactly them. */
  stored: string[];
  signal?: AbortSignal;
}

type Captions = FileRenditions['captions'];

/** Facts taken from the item's first file only, kept private on the item. */
interface PrivateFacts {
  capturedAt?: string | null;
  gps?: unknown;
  /** The first file's dHash, stored in the item's `perceptualHash` field. */
  differenceHash?: string;
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
  const record: RecordOnItem = (data) => recordOnVersions(strapi, { documentId, inputs, data });
  const files = item.files ?? [];
  if (files.length === 0) {
    await clearRenditions({ strapi, store, documentId, record });
    return null;
  }
  if (!force && item.renditions?.inputs === inputs && item.processing?.state === 'ready') return item.renditions;
  const runId = newRunId();
  await startRun(runId, record);
  const run: Run = { strapi, store, documentId, id: runId, scratch: await makeScratch(), stored: [], signal };
  try {
    // Asked of the draft as if published: the derivatives are made now for when a curator publishes it.
    const isPublic = isVisibleTo({ record: { accessLevel: item.accessLevel, consent: item.consent }, audience: 'public' });
    const progressOf = (index: number, percent: number) => ((index + percent / 100) / files.length) * 100;
    const processed: ProcessedFile[] = [];
    for (const [index, file] of files.entries()) {
      processed.push(await processFile(run, { file, isPublic, onProgress: (percent) => void reportProgress?.(progressOf(index, percent * 0.9)) }));
      await reportProgress?.(progressOf(index, 100));
    }
    const captions = await storeCaptions(run, { item, processed });
    const results = processed.map((file) => fileRenditions(file, file.identified.kind === 'video' || file.identified.kind === 'audio' ? captions : []));
    const renditions: Renditions = { run: run.id, processedAt: new Date().toISOString(), inputs, files: results };
    const facts: PrivateFacts = { capturedAt: processed[0].derived.capturedAt, gps: processed[0].derived.gps, differenceHash: processed[0].derived.differenceHash };
    const notices = await findDuplicates({ strapi, documentId, sha256: results[0].sha256, perceptualHash: facts.differenceHash });
    // Record the new renditions first, then drop runs no version refers to, and only then say `ready`.
    await recordRenditions({ record, renditions, facts });
    await pruneRuns({ strapi, store, documentId });
    await markReady({ record, notices });
    // Media facts and transcript segments go to the catalogue once the item is ready.
    await recordChanged(strapi, UID, documentId);
    return renditions;
  } catch (error) {
    await discardRun(run);
    throw error;
  } finally {
    await rm(run.scratch, { recursive: true, force: true });
  }
}

/** Stage: an item without files has no renditions, and none of its old runs stay. */
async function clearRenditions({ strapi, store, documentId, record }: { strapi: Core.Strapi; store: ObjectStore; documentId: string; record: RecordOnItem }) {
  await record({ processing: null, processingStatus: null, renditions: null, pendingRun: null });
  await pruneRuns({ strapi, store, documentId });
  await recordChanged(strapi, UID, documentId);
}

/** Stage: name the run on the item before its first object is stored, so a concurrent prune keeps it. */
async function startRun(runId: string, record: RecordOnItem) {
  const started = processingState('processing', 0);
  await record({ pendingRun: runId, processing: started, processingStatus: processingSummary(started) });
}

interface ProcessedFile {
  file: UploadFile;
  sha256: string;
  identified: Identified;
  derived: Derived;
  outputs: StoredOutput[];
}

/** Stages for one file: download and hash, identify by content, derive in scratch space, store the outputs. */
async function processFile(run: Run, { file, isPublic, onProgress }: { file: UploadFile; isPublic: boolean; onProgress: (percent: number) => void }): Promise<ProcessedFile> {
  run.signal?.throwIfAborted();
  const logger = mediaLogger(run.strapi);
  const input = path.join(run.scratch, `original-${file.id}`);
  const { sha256, size } = await download(run.store, originalKeyOf(file), input);
  const identified = await identifyFile({ path: input, declaredMime: file.mime, fileName: file.name, size, logger });
  const outputDir = path.join(run.scratch, `out-${file.id}`);
  await mkdir(outputDir);
  const derived = await deriveFile({ input, outputDir, identified, isPublic, signal: run.signal, logger, onProgress });
  const outputs = await storeOutputs(run, { outputDir, derived, prefix: derivativePrefix({ documentId: run.documentId, fileId: file.id, run: run.id }) });
  return { file, sha256, identified, derived, outputs };
}

/** Stage: upload a file's derivatives under the run's prefix. */
async function storeOutputs(run: Run, { outputDir, derived, prefix }: { outputDir: string; derived: Derived; prefix: string }): Promise<StoredOutput[]> {
  const outputs: StoredOutput[] = [];
  for (const output of derived.outputs) {
    const key = prefix + output.path;
    run.stored.push(key);
    await run.store.put({ key, body: path.join(outputDir, output.path), contentType: output.contentType });
    // IIIF tiles (a hundred or more per photo) are found below their info.json, which is recorded; listing each would bloat the record.
    if (output.role === 'iiif-tile') continue;
    outputs.push({ key, role: output.role, contentType: output.contentType, width: output.width, height: output.height, bitrate: output.bitrate });
  }
  return outputs;
}

/**
 * Stage: the item's caption files, normalised to WebVTT and stored once, with
 * the first recording's outputs and checked against its duration; every
 * video or audio file of the item lists them. None without a recording.
 */
async function storeCaptions(run: Run, { item, processed }: { item: MediaVersion; processed: ProcessedFile[] }): Promise<Captions> {
  const recording = processed.find(({ identified }) => identified.kind === 'video' || identified.kind === 'audio');
  if (!recording || !('source' in recording.identified)) return [];
  const prefix = derivativePrefix({ documentId: run.documentId, fileId: recording.file.id, run: run.id });
  const captions: Captions = [];
  for (const caption of item.captions ?? []) {
    if (!caption.file) continue;
    const captionPath = path.join(run.scratch, `caption-${caption.file.id}`);
    await download(run.store, originalKeyOf(caption.file), captionPath);
    const normalized = normalizeCaptionFile({
      bytes: await readFile(captionPath),
      tag: caption.tag,
      declaredName: caption.file.name,
      durationSeconds: recording.identified.source.durationSeconds,
    });
    const key = `${prefix}captions/${caption.tag}.vtt`;
    run.stored.push(key);
    await run.store.put({ key, body: Buffer.from(normalized.vtt, 'utf8'), contentType: 'text/vtt; charset=utf-8' });
    captions.push({ tag: caption.tag, kind: caption.kind, key, label: { vi: captionTrackLabel(caption.tag, 'vi'), en: captionTrackLabel(caption.tag, 'en') } });
  }
  return captions;
}

/** What the item records about one processed file. Pure. */
function fileRenditions({ file, sha256, identified, derived, outputs }: ProcessedFile, captions: Captions): FileRenditions {
  const source = 'source' in identified ? identified.source : undefined;
  const image = identified.kind === 'image' ? identified.image : undefined;
  return {
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
  };
}

/** Write 1 of 2 after the run: the renditions and the item's facts, still `processing` until old runs are pruned. */
async function recordRenditions({ record, renditions, facts }: { record: RecordOnItem; renditions: Renditions; facts: PrivateFacts }) {
  const almost = processingState('processing', 99);
  await record({
    renditions,
    pendingRun: null,
    processing: almost,
    processingStatus: processingSummary(almost),
    sha256: renditions.files[0].sha256,
    perceptualHash: facts.differenceHash ?? null,
    capturedAt: facts.capturedAt ?? null,
    gps: facts.gps ?? null,
    technical: { files: renditions.files.map(({ kind, durationSeconds, width, height }) => ({ kind, durationSeconds, width, height })) },
  });
}

/** Write 2 of 2: ready. Notices name other items, maybe restricted ones: they stay in a private field the admin shows. */
async function markReady({ record, notices }: { record: RecordOnItem; notices: DuplicateNotice[] }) {
  const ready = processingState('ready', 100);
  await record({ processing: ready, processingStatus: processingSummary(ready, notices.length), processingNotices: notices.length ? notices : null });
}

/** Clean-up of a failed run: nothing of it stays in storage, nor anything a crashed earlier run left behind. */
async function discardRun(run: Run) {
  await run.store.delete(run.stored).catch(() => {});
  await pruneRuns({ strapi: run.strapi, store: run.store, documentId: run.documentId }).catch(() => {});
}

export { RejectedMediaError };
