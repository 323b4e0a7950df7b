/**
 * Where derivatives live. Keys are namespaced by media item so that access
 * is decided per item, and so a failed or replaced run can delete exactly
 * what it wrote.
 */
import { randomUUID } from 'node:crypto';

export const DERIVATIVES_PREFIX = 'derivatives/';
export const DERIVATIVES_ROUTE = '/media/d/';

/** A fresh processing run id: 8 hex characters, one path segment of its keys. */
export const newRunId = (): string => randomUUID().slice(0, 8);

/** Prefix of one processing run's outputs for one file of one media item. */
export function derivativePrefix({ documentId, fileId, run }: { documentId: string; fileId: number | string; run: string }): string {
  return `${DERIVATIVES_PREFIX}${documentId}/${fileId}/${run}/`;
}

/** The run a derivative key belongs to (the inverse of derivativePrefix); undefined for any other key. Pure. */
export function runOfKey(key: string): string | undefined {
  if (!key.startsWith(DERIVATIVES_PREFIX)) return undefined;
  const [documentId, fileId, run, ...rest] = key.slice(DERIVATIVES_PREFIX.length).split('/');
  return documentId && fileId && run && rest.length > 0 ? run : undefined;
}

/** Whether a storage key is one of these renditions' objects (any file of their run). Pure. */
export function isKeyOfRenditions({
  key,
  documentId,
  renditions,
}: {
  key: string;
  documentId: string;
  renditions: { run: string; files: Array<{ fileId: number | string }> } | null | undefined;
}): boolean {
  if (!renditions?.run) return false;
  return renditions.files.some((file) => key.startsWith(derivativePrefix({ documentId, fileId: file.fileId, run: renditions.run })));
}

/** The app path a derivative is served from. */
export function derivativePath(key: string): string {
  if (!key.startsWith(DERIVATIVES_PREFIX)) throw new Error(`not a derivative key: ${key}`);
  return DERIVATIVES_ROUTE + key.slice(DERIVATIVES_PREFIX.length).split('/').map(encodeURIComponent).join('/');
}
