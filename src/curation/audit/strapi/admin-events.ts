import type { Core } from '@strapi/strapi';
import { appendInBackground } from './background';

type Payload = Record<string, unknown>;
const idOf = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined);

/** Strapi's admin emits these after the change; the entry keeps ids and names, never passwords or tokens. */
const EVENTS: Record<string, (payload: Payload) => { action: string; target: string | null; details: Payload }> = {
  'role.create': ({ role }) => roleEntry('admin.role-create', role),
  'role.update': ({ role }) => roleEntry('admin.role-update', role),
  'role.delete': ({ role }) => roleEntry('admin.role-delete', role),
  'permission.create': ({ permissions }) => permissionEntry('create', permissions),
  'permission.update': ({ permissions }) => permissionEntry('update', permissions),
  'permission.delete': ({ permissions }) => permissionEntry('delete', permissions),
  'user.create': ({ user }) => userEntry('admin.user-create', user),
  'user.update': ({ user }) => userEntry('admin.user-update', user),
  'user.delete': ({ user, users }) =>
    users ? { action: 'admin.user-delete', target: null, details: { users: (users as unknown[]).map(userFacts) } } : userEntry('admin.user-delete', user),
};

function roleEntry(action: string, role: unknown) {
  const { id, name, code } = (role ?? {}) as { id?: unknown; name?: unknown; code?: unknown };
  return { action, target: id != null ? `admin-role:${id}` : null, details: { id, name, code } };
}

function userFacts(user: unknown) {
  const { id, email, isActive, roles } = (user ?? {}) as { id?: unknown; email?: unknown; isActive?: unknown; roles?: unknown[] };
  return { id, email, isActive, roles: Array.isArray(roles) ? roles.map((role) => (role as { code?: unknown }).code ?? idOf(role)) : undefined };
}

function userEntry(action: string, user: unknown) {
  const facts = userFacts(user);
  return { action, target: facts.id != null ? `admin-user:${facts.id}` : null, details: facts };
}

/** One entry per batch: a role's permissions are saved as many rows at once. */
function permissionEntry(change: string, permissions: unknown) {
  const list = (Array.isArray(permissions) ? permissions : [permissions]).filter(Boolean) as Array<{ action?: unknown; role?: unknown; subject?: unknown }>;
  const roles = [...new Set(list.map((permission) => idOf(permission.role) ?? permission.role).filter((role) => role != null))];
  const actions = [...new Set(list.map((permission) => [permission.action, permission.subject].filter(Boolean).join(' ')))].sort();
  return { action: 'admin.permissions-update', target: roles.length === 1 ? `admin-role:${roles[0]}` : null, details: { change, count: list.length, roles, actions } };
}

/** Subscribed in bootstrap, after the table exists (Strapi's own admin bootstrap runs earlier and is not logged). */
export function subscribeAdminEvents(strapi: Core.Strapi): void {
  for (const [event, describe] of Object.entries(EVENTS)) {
    strapi.eventHub.on(event, async (payload: Payload) => {
      appendInBackground(strapi, describe(payload ?? {}));
    });
  }
}
