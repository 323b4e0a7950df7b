/**
 * "Xử lý lại" on a media item's edit view: queue its processing again (HLS,
 * poster, WebP/AVIF, waveform) from the original, as the admin API and the
 * CLI already could. For an officer whose video failed on a weak link or a
 * broken file they replaced; the processing fields show the job's progress.
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { ReprocessAction } from './ReprocessAction';
import { en, vi } from './text';

export { en, vi };

export function register(_app: StrapiApp): void {}

export function bootstrap(app: StrapiApp): void {
  (app.getPlugin('content-manager').apis as { addDocumentAction(actions: unknown[]): void }).addDocumentAction([ReprocessAction]);
}
