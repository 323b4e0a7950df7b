import type { Core } from '@strapi/strapi';
import { appendInBackground } from './background';

interface Ctx {
  method: string;
  path: string;
  status: number;
  body: unknown;
  request: { ip?: string; body?: unknown };
  state: { user?: { id?: unknown } };
}

const TOKEN = /^\/admin\/api-tokens\/(\d+)(\/regenerate)?$/;
const dataOf = (body: unknown) => ((body as { data?: Record<string, unknown> } | null)?.data ?? {}) as Record<string, unknown>;

/**
 * Logins and API-token changes, seen from the admin's HTTP API: Strapi's
 * `admin.auth.error` event carries neither the email tried nor the address,
 * and token changes emit no event at all. Runs outside Strapi's error
 * middleware, so it sees the final status after next().
 */
export function auditAdminRequests(strapi: Core.Strapi) {
  return async (ctx: Ctx, next: () => Promise<void>) => {
    await next();
    if (!ctx.path.startsWith('/admin/')) return;
    const ip = ctx.request.ip ?? null;
    const ok = ctx.status >= 200 && ctx.status < 300;
    const admin = ctx.state.user?.id != null ? `admin:${ctx.state.user.id}` : 'anonymous';
    if (ctx.method === 'POST' && ctx.path === '/admin/login') {
      if (ok) {
        const user = dataOf(ctx.body).user as { id?: unknown; email?: unknown } | undefined;
        appendInBackground(strapi, { action: 'auth.login', actor: user?.id != null ? `admin:${user.id}` : 'anonymous', ip, target: null, details: { email: user?.email } });
      } else {
        // The email tried, never the password.
        const email = (ctx.request.body as { email?: unknown } | undefined)?.email;
        appendInBackground(strapi, { action: 'auth.login-failed', actor: 'anonymous', ip, target: null, details: { email: typeof email === 'string' ? email.slice(0, 255) : null, status: ctx.status } });
      }
      return;
    }
    if (!ok) return;
    if (ctx.method === 'POST' && ctx.path === '/admin/api-tokens') {
      const { id, name, type } = dataOf(ctx.body); // never accessKey
      appendInBackground(strapi, { action: 'admin.token-create', actor: admin, ip, target: `api-token:${id}`, details: { id, name, type } });
      return;
    }
    const match = TOKEN.exec(ctx.path);
    if (!match) return;
    const action = match[2] ? (ctx.method === 'POST' ? 'admin.token-regenerate' : null) : ({ DELETE: 'admin.token-delete', PUT: 'admin.token-update' } as Record<string, string>)[ctx.method];
    if (!action) return;
    const { name, type } = dataOf(ctx.body);
    appendInBackground(strapi, { action, actor: admin, ip, target: `api-token:${match[1]}`, details: { id: Number(match[1]), name, type } });
  };
}
