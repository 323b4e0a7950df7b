import type { Core } from '@strapi/strapi';
import { registerResearcherRoutes } from './routes';
import { researcherTokenStrategy } from './strategy';
import { ensureResearcherTables } from './tables';

/** register(): the admin review routes and the content-API strategy for researcher tokens. */
export function registerResearchers(strapi: Core.Strapi): void {
  registerResearcherRoutes(strapi);
  strapi.get('auth').register('content-api', researcherTokenStrategy(strapi));
}

/** bootstrap(): the requests and tokens tables. */
export async function bootstrapResearchers(strapi: Core.Strapi): Promise<void> {
  await ensureResearcherTables(strapi.db.connection as never, strapi.db.getSchemaName?.());
}
