import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { HeldToken } from './token-gate';

interface Ability {
  can(action: string): boolean;
}

/**
 * Tells the content API (REST, search, OAI-PMH) who a researcher token's
 * bearer is, after the token gate (./token-gate.ts) has checked it: the
 * account with its users-permissions role and that role's permissions, as a
 * signed-in researcher's JWT would give. Strapi tries its own strategies
 * first; they do not know a `dsr_` bearer and pass it on.
 */
export function researcherTokenStrategy(strapi: Core.Strapi) {
  return {
    name: 'researcher-token',
    async authenticate(ctx: { state: { researcherToken?: HeldToken; user?: unknown } }) {
      const held = ctx.state.researcherToken;
      if (!held?.user.role) return { authenticated: false };
      const permissionService = strapi.plugin('users-permissions').service('permission');
      const permissions = ((await permissionService.findRolePermissions(held.user.role.id)) as unknown[]).map((p) => permissionService.toContentAPIPermission(p));
      const ability = await strapi.contentAPI.permissions.engine.generateAbility(permissions);
      ctx.state.user = held.user;
      return { authenticated: true, credentials: held.user, ability };
    },
    /** As users-permissions' own: every scope of the route must be allowed by the role. */
    verify(auth: { credentials?: unknown; ability?: Ability | null }, config: { scope?: string | string[] }) {
      if (!config.scope) return;
      if (!auth.ability) throw new errors.UnauthorizedError();
      const scopes = Array.isArray(config.scope) ? config.scope : [config.scope];
      if (!scopes.every((scope) => auth.ability!.can(scope))) throw new errors.ForbiddenError();
    },
  };
}
