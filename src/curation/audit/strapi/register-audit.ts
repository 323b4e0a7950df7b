import type { Core } from '@strapi/strapi';
import { auditAdminRequests } from './admin-requests';
import { subscribeAdminEvents } from './admin-events';
import { registerRecordAudit } from './record-writes';
import { registerAuditRoutes } from './routes';
import { ensureAuditTable } from './table';

/** Call last in register(): the record middleware must be the innermost document middleware. */
export function registerAudit(strapi: Core.Strapi): void {
  registerRecordAudit(strapi);
  strapi.server.use(auditAdminRequests(strapi) as never);
  registerAuditRoutes(strapi);
}

/** Call first in bootstrap(): later bootstrap steps (roles, first admin, seed) are logged. */
export async function bootstrapAudit(strapi: Core.Strapi): Promise<void> {
  await ensureAuditTable(strapi.db.connection, strapi.db.getSchemaName?.());
  subscribeAdminEvents(strapi);
}
