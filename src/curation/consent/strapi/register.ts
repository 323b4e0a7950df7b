import type { Core } from '@strapi/strapi';
import { registerConsentEditGuard } from './edit-guard';
import { registerConsentRoutes } from './routes';

/** register(): the consent withdrawal route, and the guard that keeps its fields out of ordinary edits. Its file purge job is in src/jobs.ts; the audit table is made by audit's bootstrap. */
export function registerConsent(strapi: Core.Strapi): void {
  registerConsentRoutes(strapi);
  registerConsentEditGuard(strapi);
}
