import type { Core } from '@strapi/strapi';
import { registerConsentRoutes } from './routes';

/** register(): the consent withdrawal route. Its file purge job is in src/jobs.ts; the audit table is made by audit's bootstrap. */
export function registerConsent(strapi: Core.Strapi): void {
  registerConsentRoutes(strapi);
}
