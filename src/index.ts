import type { Core } from '@strapi/strapi';
import { registerAccessGuard } from './access/register-guard';
import { archive, buildArchive, stopArchive } from './archive';
import { ensureAdminRoles } from './bootstrap/admin-roles';
import { ensureApiRoles } from './bootstrap/api-roles';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensureLocales } from './bootstrap/locales';
import { closeSelfRegistration } from './bootstrap/registration';
import { bootstrapAudit, registerAudit } from './curation/audit/strapi/register-audit';
import { registerConsent } from './curation/consent/strapi/register';
import { bootstrapHistory, registerHistory } from './curation/history/strapi/register';
import { JOBS, jobServices } from './jobs';
import { applyFieldLabels } from './curation/labels/strapi/apply-labels';
import { startAdminsInVietnamese } from './curation/labels/strapi/admin-language';
import { bootstrapScope, registerScope } from './curation/scope/strapi/register';
import { configureMediaItemAdmin } from './media/strapi/admin-layout';
import { checkMediaTools } from './media/strapi/check-tools';
import { bootstrapReview, registerReview } from './curation/review/strapi/register';
import { registerMediaTriggers } from './media/strapi/register-media';
import { registerMediaRoutes } from './media/strapi/register-media-routes';
import { workersInApp } from './queue';
import { seedOnFirstStart } from './seed/seed-on-first-start';
import { bootstrapSearch, registerSearch } from './search/register-search';
import { checkStorage, keepOriginalsIntact, registerStorage } from './storage/register-storage';
import { registerTus } from './tus/register';
import { bootstrapOai, registerOai } from './oai/strapi/register';
import { bootstrapResearchers, registerResearchers } from './researchers/strapi/register';
import { registerPortraitCheck } from './write-checks/portrait-check';
import { registerWriteChecks } from './write-checks/register-write-checks';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerWriteChecks(strapi);
    registerPortraitCheck(strapi);
    registerAccessGuard(strapi);
    // Storage, search, queue and tus, once, in that order; reached through archive(strapi).
    buildArchive(strapi);
    registerStorage(strapi);
    registerMediaTriggers(strapi);
    registerSearch(strapi);
    registerMediaRoutes(strapi);
    registerTus(strapi);
    startAdminsInVietnamese(strapi);
    registerScope(strapi);
    registerReview(strapi);
    registerAudit(strapi);
    registerHistory(strapi);
    registerConsent(strapi);
    registerOai(strapi);
    registerResearchers(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await bootstrapAudit(strapi);
    await checkStorage(strapi);
    await checkMediaTools(strapi);
    await keepOriginalsIntact(strapi);
    await startQueue(strapi);
    await ensureLocales(strapi);
    await ensureApiRoles(strapi);
    await closeSelfRegistration(strapi);
    await bootstrapScope(strapi);
    await ensureAdminRoles(strapi);
    await ensureFirstAdmin(strapi);
    await configureMediaItemAdmin(strapi);
    await applyFieldLabels(strapi);
    await bootstrapReview(strapi);
    await bootstrapHistory(strapi);
    await bootstrapOai(strapi);
    await bootstrapResearchers(strapi);
    await seedOnFirstStart(strapi);
    await bootstrapSearch(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopArchive(strapi);
  },
};

/** Workers run in the app unless WORKERS_IN_APP=false (then `npm run worker` runs them). */
async function startQueue(strapi: Core.Strapi): Promise<void> {
  const { queue } = archive(strapi);
  const runWorkers = workersInApp();
  await queue.start(JOBS, { runWorkers, services: jobServices(strapi) });
  strapi.log.info(`Job queue: ${queue.kind}${runWorkers ? ', workers in this process' : ', enqueue only (run `npm run worker`)'}.`);
}
