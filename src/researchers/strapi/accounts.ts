import type { Core } from '@strapi/strapi';

const USER_UID = 'plugin::users-permissions.user';
const ROLE_UID = 'plugin::users-permissions.role';

export interface ResearcherUser {
  id: number;
  email: string;
  username: string;
  blocked: boolean;
  role: { id: number; type: string } | null;
}

export async function findUserByEmail(strapi: Core.Strapi, email: string): Promise<ResearcherUser | null> {
  return (await strapi.db.query(USER_UID).findOne({ where: { email: email.toLowerCase() }, populate: ['role'] })) as ResearcherUser | null;
}

export async function findUser(strapi: Core.Strapi, id: number): Promise<ResearcherUser | null> {
  return (await strapi.db.query(USER_UID).findOne({ where: { id }, populate: ['role'] })) as ResearcherUser | null;
}

/** The one test of "this account may read as a researcher": it exists, is not blocked and has the researcher role. */
export function isActiveResearcher(user: ResearcherUser | null): user is ResearcherUser {
  return Boolean(user && !user.blocked && user.role?.type === 'researcher');
}

async function researcherRoleId(strapi: Core.Strapi): Promise<number> {
  const role = (await strapi.db.query(ROLE_UID).findOne({ where: { type: 'researcher' } })) as { id: number } | null;
  if (!role) throw new Error('The users-permissions researcher role is missing (src/bootstrap/api-roles.ts provisions it).');
  return role.id;
}

/**
 * The researcher account of an approved request: a new users-permissions
 * user, or the existing one with that email given the researcher role. It is
 * confirmed and not blocked; its password is a random one nobody knows until
 * the researcher sets their own through the one-time link.
 */
export async function grantResearcher(strapi: Core.Strapi, { email, password }: { email: string; password: string }): Promise<number> {
  const role = await researcherRoleId(strapi);
  const existing = await findUserByEmail(strapi, email);
  const users = strapi.plugin('users-permissions').service('user');
  if (existing) {
    await users.edit(existing.id, { role, confirmed: true, blocked: false });
    return existing.id;
  }
  const created = (await users.add({ username: email, email, password, provider: 'local', confirmed: true, blocked: false, role })) as { id: number };
  return created.id;
}

export async function setPassword(strapi: Core.Strapi, userId: number, password: string): Promise<void> {
  await strapi.plugin('users-permissions').service('user').edit(userId, { password });
}

export async function checkPassword(strapi: Core.Strapi, email: string, password: string): Promise<ResearcherUser | null> {
  const row = (await strapi.db.query(USER_UID).findOne({ where: { email: email.toLowerCase() }, select: ['id', 'password'] })) as { id: number; password?: string } | null;
  if (!row?.password || typeof password !== 'string' || password === '') return null;
  const ok = await strapi.plugin('users-permissions').service('user').validatePassword(password, row.password);
  return ok ? findUser(strapi, row.id) : null;
}
