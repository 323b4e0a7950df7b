import type { Core } from '@strapi/strapi';
import { mediaUrlSecret } from '../media-access/signing';
import { archive } from '../archive';
import { createUploadProvider } from './upload-provider';

/**
 * Route every upload through the archive's object store. Strapi's upload
 * plugin has built its provider in its own register (which runs first); we
 * replace the methods on that object so its base behaviour (size checks)
 * stays, and so `isPrivate()` is true before the plugin's bootstrap decides
 * whether to sign file URLs.
 */
export function registerStorage(strapi: Core.Strapi): void {
  const store = archive(strapi).storage;
  const provider = createUploadProvider({ store, secret: mediaUrlSecret() });
  Object.assign(strapi.plugin('upload').provider, provider);
  makeNoImageCopies(strapi);
}

/**
 * Strapi's upload plugin makes its own copies of every image: a `thumbnail_`
 * one whatever the settings say, and small/medium/large with
 * `responsiveDimensions` (which an admin can switch back on). They would be
 * more originals-in-all-but-name beside the media pipeline's derivatives,
 * made with none of its rules (consent, access, one place that strips
 * metadata). So none are made: the pipeline makes every derivative, and the
 * admin's media library shows the (signed) original instead of a thumbnail.
 */
function makeNoImageCopies(strapi: Core.Strapi): void {
  Object.assign(strapi.plugin('upload').service('image-manipulation'), {
    generateThumbnail: async () => null,
    generateResponsiveFormats: async () => [],
  });
}

/** Fail at boot, not at the first upload: a wrong S3 endpoint or key is reported with the variable to fix. */
export async function checkStorage(strapi: Core.Strapi): Promise<void> {
  const store = archive(strapi).storage;
  await store.ensureReady();
  strapi.log.info(`Storage: ${store.kind === 's3' ? `S3 bucket ${process.env.S3_BUCKET} at ${process.env.S3_ENDPOINT}` : 'local files in the data folder'}.`);
}

/**
 * Originals are archival: keep them byte for byte as uploaded (fixity hashes
 * must match, EXIF dates feed the record). Strapi would otherwise re-encode
 * images, strip their metadata and make its own responsive copies, which the
 * media pipeline already makes. An admin can still change these settings.
 */
export async function keepOriginalsIntact(strapi: Core.Strapi): Promise<void> {
  const upload = strapi.plugin('upload').service('upload');
  const MARKER = { type: 'core', name: 'di-san', key: 'upload-settings-applied' } as const;
  if (await strapi.store.get(MARKER)) return;
  const settings = (await upload.getSettings()) ?? {};
  await upload.setSettings({ ...settings, sizeOptimization: false, responsiveDimensions: false, autoOrientation: false, aiMetadata: false });
  await strapi.store.set({ ...MARKER, value: true });
}
