/**
 * Signed IIIF links for researcher-level items, on the pattern of signed
 * media URLs (src/media-access/signing): issued only after an access check
 * (the REST read of the item), checked again on every request.
 * - A manifest: `<manifest path>?exp=…&sig=…`, like a media file.
 * - An image service: the signature goes in the PATH,
 *   `/iiif/image/<documentId>/<fileId>/s/<exp>/<sig>`, because a viewer
 *   builds each tile URL from the service id by appending
 *   `/region/size/0/default.jpg`: a query string would be lost.
 */
import { signPath, verifySignedPath } from '../media-access/signing';
import { imageServicePath, manifestPath } from './paths';

/** A signed manifest link lasts as long as a signed media URL in REST. */
export const SIGNED_MANIFEST_SECONDS = 15 * 60;
/** A zoom session can be long, and every tile depends on the service id: an hour. */
export const SIGNED_SERVICE_SECONDS = 60 * 60;

export function signedManifestPath({ secret, documentId, now }: { secret: string; documentId: string; now?: number }): string {
  return signPath({ secret, path: manifestPath(documentId), ttlSeconds: SIGNED_MANIFEST_SECONDS, now });
}

export function signedServicePath({ secret, documentId, fileId, now }: { secret: string; documentId: string; fileId: number | string; now?: number }): string {
  const base = imageServicePath({ documentId, fileId });
  const query = new URLSearchParams(signPath({ secret, path: base, ttlSeconds: SIGNED_SERVICE_SECONDS, now }).split('?')[1]);
  return `${base}/s/${query.get('exp')}/${query.get('sig')}`;
}

/** Whether `exp`/`sig` taken from a service path were signed for this service and are still valid. */
export function isValidServiceSignature({ secret, documentId, fileId, exp, sig, now }: { secret: string; documentId: string; fileId: string; exp: string; sig: string; now?: number }): boolean {
  return verifySignedPath({ secret, path: imageServicePath({ documentId, fileId }), exp, sig, now }) === 'valid';
}
