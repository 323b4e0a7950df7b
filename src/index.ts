import type { Core } from '@strapi/strapi';
import { registerAccessGuard } from './access/register-guard';
import { ensureAdminRoles } from './bootstrap/admin-roles';
import { ensureApiRoles } from './bootstrap/api-roles';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensureLocales } from './bootstrap/locales';
import { closeSelfRegistration } from './bootstrap/registration';
import { configureMediaItemAdmin } from './media/admin-layout';
import { checkMediaTools } from './media/check-tools';
import { registerMediaTriggers } from './media/register-media';
import { registerMediaRoutes } from './media/register-media-routes';
import './media/jobs';
import { startAppQueue, stopAppQueue } from './queue/app-queue';
import { seedOnFirstStart } from './seed/seed-on-first-start';
import { bootstrapSearch, registerSearch } from './search/register-search';
import { checkStorage, keepOriginalsIntact, registerStorage } from './storage/register-storage';
import { registerTus } from './tus/register';
import { registerPortraitCheck } from './write-checks/portrait-check';
import { registerWriteChecks } from './write-checks/register-write-checks';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerWriteChecks(strapi);
    registerPortraitCheck(strapi);
    registerAccessGuard(strapi);
    registerStorage(strapi);
    registerMediaTriggers(strapi);
    registerSearch(strapi);
    registerMediaRoutes(strapi);
    registerTus(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await checkStorage(strapi);
    await checkMediaTools(strapi);
    await keepOriginalsIntact(strapi);
    await startAppQueue(strapi);
    await ensureLocales(strapi);
    await ensureApiRoles(strapi);
    await closeSelfRegistration(strapi);
    await ensureAdminRoles(strapi);
    await ensureFirstAdmin(strapi);
    await configureMediaItemAdmin(strapi);
    await seedOnFirstStart(strapi);
    await bootstrapSearch(strapi);
  },

  async destroy() {
    await stopAppQueue();
  },
};
