import type { Core } from '@strapi/strapi';
import { registerReviewGate } from './register-gate';
import { registerReviewRoutes } from './routes';
import { ensureReviewTable } from './table';

/** register(): the publishing gate and the admin routes. */
export function registerReview(strapi: Core.Strapi): void {
  registerReviewGate(strapi);
  registerReviewRoutes(strapi);
}

/** bootstrap(): the state table (the audit table is bootstrapAudit's, which runs first). */
export async function bootstrapReview(strapi: Core.Strapi): Promise<void> {
  await ensureReviewTable(strapi.db.connection, strapi.db.getSchemaName?.());
}
