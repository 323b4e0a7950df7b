import type { Core } from '@strapi/strapi';
import { registerHistoryCapture } from './register-capture';
import { registerHistoryRoutes } from './routes';
import { ensureVersionsTable } from './table';

/** Version capture on every archive write, and the history admin routes. Call last in register(). */
export function registerHistory(strapi: Core.Strapi): void {
  registerHistoryCapture(strapi);
  registerHistoryRoutes(strapi);
}

/**
 * The versions table (the audit table restore writes to is bootstrapAudit's, which runs first).
 * Before the seed runs, so seeded records get their first versions.
 */
export async function bootstrapHistory(strapi: Core.Strapi): Promise<void> {
  await ensureVersionsTable(strapi.db.connection, strapi.db.getSchemaName?.());
}
