/**
 * The app paths of the IIIF channel. One place, so the builders, the route
 * and the site's links agree. Every id in a IIIF document is absolute: the
 * builders prefix these with the public origin (src/site/origin.ts).
 *
 * - /iiif/media/<documentId>/manifest            a media item's Manifest
 * - /iiif/<type>/<slug>/collection               a festival's, custom's, ethnic group's or story's Collection
 * - /iiif/image/<documentId>/<fileId>/info.json  a level 0 image service (tiles below the same prefix)
 */
export const IIIF_ROUTE = '/iiif/';

/** The record types that have a Collection: the ones media items (or a story) gather around. */
export const COLLECTION_TYPES = ['festival', 'custom', 'ethnic-group', 'story'] as const;
export type CollectionType = (typeof COLLECTION_TYPES)[number];

const segment = (value: string | number) => encodeURIComponent(String(value));

export const manifestPath = (documentId: string): string => `${IIIF_ROUTE}media/${segment(documentId)}/manifest`;

export const collectionPath = (type: CollectionType, key: string): string => `${IIIF_ROUTE}${type}/${segment(key)}/collection`;

/** The image service's id (no trailing slash, as Image API 3 §5.1 wants); tiles and info.json are below it. */
export const imageServicePath = ({ documentId, fileId }: { documentId: string; fileId: number | string }): string =>
  `${IIIF_ROUTE}image/${segment(documentId)}/${segment(fileId)}`;

/** The folder of a run's tiles, below the run's derivative prefix (src/media-access/keys). */
export const TILES_FOLDER = 'iiif/';
