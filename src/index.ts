import type { Core } from '@strapi/strapi';
import { registerAccessGuard } from './access/register-guard';
import { ensureAdminRoles } from './bootstrap/admin-roles';
import { ensureApiRoles } from './bootstrap/api-roles';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensureLocales } from './bootstrap/locales';
import { seedOnFirstStart } from './seed/seed-on-first-start';
import { registerWriteChecks } from './write-checks/register-write-checks';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerWriteChecks(strapi);
    registerAccessGuard(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensureApiRoles(strapi);
    await ensureAdminRoles(strapi);
    await ensureFirstAdmin(strapi);
    await seedOnFirstStart(strapi);
  },
};
