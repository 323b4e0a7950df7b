import type { Core } from '@strapi/strapi';
import { registerReviewGate } from './register-gate';
import { registerReviewRoutes } from './routes';
import { ensureAuditTable } from '../../audit/strapi/table';
import { ensureReviewTable } from './table';

/** register(): the publishing gate and the admin routes. */
export function registerReview(strapi: Core.Strapi): void {
  registerReviewGate(strapi);
  registerReviewRoutes(strapi);
}

/**
 * bootstrap(): the state table (SQLite and PostgreSQL), and the audit table the
 * transitions append to (idempotent, so it does not matter who creates it first).
 */
export async function bootstrapReview(strapi: Core.Strapi): Promise<void> {
  const schema = strapi.db.getSchemaName?.();
  await ensureAuditTable(strapi.db.connection, schema);
  await ensureReviewTable(strapi.db.connection, schema);
}
