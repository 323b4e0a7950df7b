import type { Core } from '@strapi/strapi';

export const ADMIN_PREFIX = '/di-san';

export interface AdminRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | string;
  /** Under /di-san. */
  path: string;
  /** Typed by each route file for the Koa context parts it uses. */
  handler: (ctx: never) => unknown;
  /** Default: a signed-in admin (`admin::isAuthenticatedAdmin`); each handler then checks its own right. */
  config?: Record<string, unknown>;
}

/** Registers curation's admin API routes under /di-san (the media routes use the same prefix). */
export function addAdminRoutes(strapi: Core.Strapi, routes: AdminRoute[]): void {
  strapi.server.routes({
    type: 'admin',
    prefix: ADMIN_PREFIX,
    routes: routes.map((route) => ({ ...route, config: route.config ?? { policies: ['admin::isAuthenticatedAdmin'] } })),
  } as never); // Core.Route wants `info` (routes() adds it) and handlers typed for a full Koa context.
}
