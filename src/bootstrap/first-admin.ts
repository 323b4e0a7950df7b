import type { Core } from '@strapi/strapi';

/** Create the first Super Admin from ADMIN_EMAIL / ADMIN_PASSWORD, once, when no admin exists yet. */
export async function ensureFirstAdmin(strapi: Core.Strapi): Promise<void> {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;
  const users = strapi.service('admin::user');
  if (await users.exists()) return;
  await users.createFirstAdmin({
    email: email.toLowerCase(),
    password,
    firstname: process.env.ADMIN_FIRSTNAME ?? 'Admin',
    lastname: process.env.ADMIN_LASTNAME ?? 'Di Sản',
  });
  strapi.log.info(`Created the first admin, ${email}.`);
}
