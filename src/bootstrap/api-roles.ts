import type { Core } from '@strapi/strapi';
import { ARCHIVE_UIDS } from '../content-model';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

/** Read actions every REST audience gets; what each audience then sees is decided in src/access. */
const READ_ACTIONS = [
  ...ARCHIVE_UIDS.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
  'api::calendar.calendar.index',
  'api::catalogue.catalogue.find',
  'api::catalogue.search-token.find',
  'api::oai.oai.find',
  'api::export.export.find',
];

const RESEARCHER = {
  name: 'Researcher',
  type: 'researcher',
  description: 'Nhà nghiên cứu: xem hồ sơ công khai và hồ sơ dành cho nghiên cứu. / Researchers: see public and researcher-level records.',
};

/** Provision the `researcher` role and grant read actions to public, authenticated and researcher; idempotent. */
export async function ensureApiRoles(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.db.query(ROLE_UID);
  if (!(await roles.findOne({ where: { type: RESEARCHER.type } }))) {
    await roles.create({ data: RESEARCHER });
  }
  for (const type of ['public', 'authenticated', RESEARCHER.type]) {
    const role = await roles.findOne({ where: { type } });
    if (!role) continue;
    const granted = await strapi.db.query(PERMISSION_UID).findMany({ where: { role: role.id } });
    const have = new Set(granted.map((permission: { action: string }) => permission.action));
    for (const action of READ_ACTIONS.filter((a) => !have.has(a))) {
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
    }
  }
}
