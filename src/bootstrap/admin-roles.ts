import type { Core } from '@strapi/strapi';
import { ARCHIVE_UIDS, typeOf } from '../content-model';
import { scopeConditionId } from '../curation/scope/strapi/condition';

const CM = 'plugin::content-manager.explorer';

interface RoleSpec {
  code: string;
  name: string;
  description: string;
  contentActions: string[];
  /** Officers update only inside their communes (src/curation/scope): an RBAC condition per type. */
  isScoped?: boolean;
}

/**
 * Officers draft, curators review and publish. Community Edition has no
 * review workflows, so the split is made with content-manager permissions:
 * an officer has no `publish` action and cannot delete.
 */
const ROLES: RoleSpec[] = [
  {
    code: 'di-san-cultural-officer',
    name: 'Cultural officer',
    description: 'Cán bộ văn hóa: tạo và sửa bản nháp, không xuất bản. / Creates and edits drafts; cannot publish.',
    contentActions: ['create', 'read', 'update'],
    isScoped: true,
  },
  {
    code: 'di-san-curator',
    name: 'Curator',
    description: 'Người duyệt: duyệt, xuất bản và gỡ hồ sơ. / Reviews, publishes and unpublishes records.',
    contentActions: ['create', 'read', 'update', 'delete', 'publish'],
  },
];

const UPLOAD_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

/** Create the two admin roles if missing and (re)assign their permissions; idempotent. */
export async function ensureAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roleService = strapi.service('admin::role');
  const contentTypeService = strapi.service('admin::content-type');
  const actionProvider = strapi.service('admin::permission').actionProvider;
  for (const spec of ROLES) {
    const existing = await roleService.findOne({ code: spec.code });
    const role = existing ?? (await roleService.create({ name: spec.name, code: spec.code, description: spec.description }));
    const actions = actionProvider
      .values()
      .filter((action: { actionId: string }) => spec.contentActions.some((name) => action.actionId === `${CM}.${name}`))
      .map((action: Record<string, unknown>) => ({ ...action, subjects: ARCHIVE_UIDS }));
    const contentPermissions = contentTypeService
      .getPermissionsWithNestedFields(actions)
      .map((permission: { action: string; subject: string; properties?: Record<string, unknown> }) => ({
        ...permission,
        properties: { ...permission.properties, locales: ['vi', 'en'] },
        ...(spec.isScoped && permission.action === `${CM}.update` ? { conditions: [scopeConditionId(typeOf(permission.subject))] } : {}),
      }));
    const uploadPermissions = UPLOAD_ACTIONS.map((action) => ({ action }));
    await roleService.assignPermissions(role.id, [...contentPermissions, ...uploadPermissions]);
  }
}
