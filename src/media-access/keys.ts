/**
 * Where derivatives live. Keys are namespaced by media item so that access
 * is decided per item, and so a failed or replaced run can delete exactly
 * what it wrote.
 */
export const DERIVATIVES_PREFIX = 'derivatives/';
export const DERIVATIVES_ROUTE = '/media/d/';

/** Prefix of one processing run's outputs for one file of one media item. */
export function derivativePrefix({ documentId, fileId, run }: { documentId: string; fileId: number | string; run: string }): string {
  return `${DERIVATIVES_PREFIX}${documentId}/${fileId}/${run}/`;
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
