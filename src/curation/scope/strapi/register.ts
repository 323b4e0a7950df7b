import type { Core } from '@strapi/strapi';
import { registerScopeRoutes } from './routes';
import { ensureScopeTable } from './table';
import { registerScopeWriteCheck } from './write-check';
import { registerScopeConditions } from './condition';
import { registerScopeFileCheck } from './file-check';

/** register(): the write checks (records and library files) and the admin routes. */
export function registerScope(strapi: Core.Strapi): void {
  registerScopeWriteCheck(strapi);
  registerScopeRoutes(strapi);
  registerScopeFileCheck(strapi);
}

/** bootstrap(), before the admin roles are given their permissions: the table and the RBAC conditions. */
export async function bootstrapScope(strapi: Core.Strapi): Promise<void> {
  await ensureScopeTable(strapi.db.connection as never, strapi.db.getSchemaName?.());
  await registerScopeConditions(strapi);
}
