import type { Core } from '@strapi/strapi';
import { ensureAuditTable } from '../../audit/strapi/table';
import { registerHistoryCapture } from './register-capture';
import { registerHistoryRoutes } from './routes';
import { ensureVersionsTable } from './table';

/** Version capture on every archive write, and the history admin routes. Call last in register(). */
export function registerHistory(strapi: Core.Strapi): void {
  registerHistoryCapture(strapi);
  registerHistoryRoutes(strapi);
}

/**
 * The versions table, and the audit table restore writes to (idempotent, so
 * whichever part of curation boots first creates it). Before the seed runs,
 * so seeded records get their first versions.
 */
export async function bootstrapHistory(strapi: Core.Strapi): Promise<void> {
  const schema = strapi.db.getSchemaName?.();
  await ensureVersionsTable(strapi.db.connection, schema);
  await ensureAuditTable(strapi.db.connection, schema);
}
