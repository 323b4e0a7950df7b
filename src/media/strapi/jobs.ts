/**
 * The media pipeline as a durable job. The handler re-reads the item (it may
 * have changed since it was queued), is idempotent (each run writes under its
 * own run id and records only at the end), and keeps the item's `processing`
 * state in step with the attempt.
 */
import type { JobServicesOfApp } from '../../jobs';
import type { JobDefinition } from '../../queue/contract';
import { CaptionError } from '../captions';
import { RejectedMediaError } from '../identify';
import { ImageTooLargeError, UnreadableImageError } from '../image';
import { ImageShapeError, InvalidImageSizeError } from '../image-plan';
import { processMediaItem, setProcessing } from './pipeline';
import { pruneRuns } from './prune';
import { processingState } from '../renditions';

export interface ProcessMediaPayload {
  documentId: string;
  /** Process even if the files have not changed since the last run (reprocess). */
  force?: boolean;
}

const RETRIES = 3;

/** Failures that come from the file itself: the same bytes fail the same way, so the item fails at once. */
const PERMANENT_ERRORS = [RejectedMediaError, CaptionError, ImageShapeError, InvalidImageSizeError, ImageTooLargeError, UnreadableImageError];
const isPermanent = (error: unknown) => PERMANENT_ERRORS.some((type) => error instanceof type);

export const PROCESS_MEDIA_JOB = 'media.process';
export const PRUNE_MEDIA_JOB = 'media.prune';

export const processMediaJob: JobDefinition<ProcessMediaPayload, JobServicesOfApp> = {
  name: PROCESS_MEDIA_JOB,
  retries: RETRIES,
  backoffSeconds: 30,
  // An hour-long 1080p recording takes ~20 min on 2 cores; a stuck ffmpeg is retried after this.
  timeoutSeconds: 2 * 3600,
  validate(payload) {
    const documentId = (payload as { documentId?: unknown })?.documentId;
    if (typeof documentId !== 'string' || documentId === '') throw new Error('documentId (a media item) is required.');
    return { documentId, force: (payload as { force?: unknown }).force === true };
  },
  async handler({ documentId, force }, context) {
    const { strapi } = context;
    let reported = 0;
    try {
      await processMediaItem({
        strapi,
        store: context.storage,
        documentId,
        force,
        signal: context.signal,
        reportProgress: async (percent) => {
          // The item is updated every 5 % so a 3G admin polling it sees movement without a write per frame.
          if (percent - reported < 5 && percent < 100) return;
          reported = percent;
          await setProcessing(strapi, documentId, processingState('processing', Math.min(percent, 99)));
          await context.reportProgress(percent);
        },
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isPermanent(error)) {
        await setProcessing(strapi, documentId, processingState('failed', 0, message));
        return;
      }
      const isLastAttempt = context.attempt > RETRIES;
      const state = isLastAttempt
        ? processingState('failed', 0, `Processing failed after ${context.attempt} attempts: ${message}`)
        : processingState('queued', 0, `Attempt ${context.attempt} failed (${message}); it will be retried.`);
      await setProcessing(strapi, documentId, state);
      throw error;
    }
  },
};

/**
 * Deletes the runs no version of an item refers to. Queued when a publish,
 * unpublish, discard or delete may have left one behind (documents.publish
 * copies the draft row, renditions included, and deletes the old published row).
 */
export const pruneMediaJob: JobDefinition<{ documentId: string }, JobServicesOfApp> = {
  name: PRUNE_MEDIA_JOB,
  retries: 5,
  backoffSeconds: 30,
  timeoutSeconds: 10 * 60,
  validate(payload) {
    const documentId = (payload as { documentId?: unknown })?.documentId;
    if (typeof documentId !== 'string' || documentId === '') throw new Error('documentId (a media item) is required.');
    return { documentId };
  },
  async handler({ documentId }, { strapi, storage }) {
    await pruneRuns({ strapi, store: storage, documentId });
  },
};
