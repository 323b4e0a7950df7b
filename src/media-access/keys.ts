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

/** The app path a derivative is served from. */
export function derivativePath(key: string): string {
  if (!key.startsWith(DERIVATIVES_PREFIX)) throw new Error(`not a derivative key: ${key}`);
  return DERIVATIVES_ROUTE + key.slice(DERIVATIVES_PREFIX.length).split('/').map(encodeURIComponent).join('/');
}
