/**
 * Hidden media items processed for real (sharp through the pipeline), so that
 * guessed and forged /media URLs point at files that exist. File names carry
 * the item's marker.
 */
import path from 'node:path';
import sharp from 'sharp';
import type { TestApp } from '../app';
import { uidOf } from '../../../src/content-model';

const UID = uidOf('media-item');

export interface Uploader {
  upload(file: string): Promise<number>;
}

/** Upload through POST /upload as a cultural officer, the way the admin panel does. */
export function uploader(app: TestApp, officerJwt: string): Uploader {
  return {
    async upload(file: string) {
      const response = await app.http().post('/upload').set('Authorization', `Bearer ${officerJwt}`).attach('files', file, path.basename(file));
      if (response.status !== 201) throw new Error(`upload of ${file}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body[0].id as number;
    },
  };
}

/** A small picture: 480×320, enough for the pipeline to write a few derivatives. */
export async function makeSmallImage(dir: string, name: string, colour = { r: 40, g: 120, b: 90 }): Promise<string> {
  const file = path.join(dir, name);
  await sharp({ create: { width: 480, height: 320, channels: 3, background: colour } }).jpeg({ quality: 80 }).toFile(file);
  return file;
}

interface Row {
  publishedAt: string | null;
  processing?: { state?: string; error?: string } | null;
  renditions?: { run?: string; files?: Array<{ fileId: number; outputs: Array<{ key: string }> }> } | null;
}

/** Every queued job run; then the draft row of the media item must have been processed from `fileId`. */
export async function settleDraft(app: TestApp, documentId: string, fileId: number, seconds = 180): Promise<void> {
  await app.drain({ timeoutSeconds: seconds });
  const rows = (await app.strapi.db.query(UID).findMany({ where: { documentId }, select: ['publishedAt', 'processing', 'renditions'] })) as Row[];
  const draft = rows.find((row) => row.publishedAt === null);
  if (draft?.processing?.state === 'failed') throw new Error(`media item ${documentId} failed: ${draft.processing.error}`);
  if (draft?.processing?.state !== 'ready' || !draft.renditions?.files?.some((file) => file.fileId === fileId)) {
    throw new Error(`media item ${documentId} not processed from file ${fileId} once the queue drained: ${JSON.stringify(draft?.processing)}`);
  }
}

/** Every derivative key and run any row of the item refers to right now. */
export async function derivativeKeys(app: TestApp, documentId: string): Promise<string[]> {
  const rows = (await app.strapi.db.query(UID).findMany({ where: { documentId }, select: ['renditions'] })) as Row[];
  return [...new Set(rows.flatMap((row) => row.renditions?.files?.flatMap((file) => file.outputs.map((output) => output.key)) ?? []))];
}
