/** Callers of the archive, made the way real ones are: accounts, tokens and admin logins over HTTP. */
import { randomBytes } from 'node:crypto';
import type { TestApp } from './app';

const password = 'Test-password-123';

/** A users-permissions account with the given role type, logged in through POST /api/auth/local. */
export async function userJwt(app: TestApp, roleType: 'researcher' | 'authenticated'): Promise<string> {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } });
  const name = `${roleType}-${randomBytes(4).toString('hex')}`;
  await app.strapi.plugin('users-permissions').service('user').add({
    username: name,
    email: `${name}@example.org`,
    password,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
  const response = await app.http().post('/api/auth/local').send({ identifier: `${name}@example.org`, password });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.jwt;
}

/** An API token as an admin issues it; `custom` tokens get exactly the listed content-API actions. */
export async function apiToken(
  app: TestApp,
  type: 'read-only' | 'full-access' | 'custom' = 'full-access',
  permissions: string[] = [],
): Promise<string> {
  const token = await app.strapi.service('admin::api-token').create({
    name: `test-${randomBytes(4).toString('hex')}`,
    type,
    lifespan: null,
    ...(type === 'custom' ? { permissions } : {}),
  });
  return token.accessKey;
}

/** An admin-panel user with one of the provisioned roles, logged in through POST /admin/login. */
export async function adminAccount(app: TestApp, roleCode: string): Promise<{ id: number; email: string; password: string; jwt: string }> {
  const role = await app.strapi.service('admin::role').findOne({ code: roleCode });
  if (!role) throw new Error(`no admin role ${roleCode}`);
  const email = `${roleCode}-${randomBytes(4).toString('hex')}@example.org`;
  const user = await app.strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname: roleCode,
    password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  const response = await app.http().post('/admin/login').send({ email, password });
  if (response.status !== 200) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { id: user.id, email, password, jwt: response.body.data.token };
}

/** The JWT of a new admin-panel user with one of the provisioned roles. */
export async function adminJwt(app: TestApp, roleCode: string): Promise<string> {
  return (await adminAccount(app, roleCode)).jwt;
}

/** Requests to the app as a signed-in admin (a JWT from adminJwt). */
export function adminClient(app: TestApp, token: string) {
  const auth = `Bearer ${token}`;
  return {
    get: (path: string) => app.http().get(path).set('Authorization', auth),
    post: (path: string, body: object = {}) => app.http().post(path).set('Authorization', auth).send(body),
    put: (path: string, body: object = {}) => app.http().put(path).set('Authorization', auth).send(body),
    del: (path: string) => app.http().delete(path).set('Authorization', auth),
  };
}
