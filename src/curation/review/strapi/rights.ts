import type { Core } from '@strapi/strapi';
import type { Actor } from '../transitions';

const CM = 'plugin::content-manager.explorer';

interface AdminState {
  user?: { id?: number | string; roles?: Array<{ code?: string }> };
  userAbility?: { can(action: string, subject: string): boolean };
  auth?: { strategy?: { name?: string } };
}

export interface Caller {
  /** The admin user's id. */
  id: number;
  ability: NonNullable<AdminState['userAbility']>;
}

/** The admin user behind the current request, or null (content API, token, or no request at all). */
export function adminCaller(strapi: Core.Strapi): Caller | null {
  const state = strapi.requestContext.get()?.state as AdminState | undefined;
  if (state?.auth?.strategy?.name !== 'admin' || state.user?.id == null || !state.userAbility) return null;
  return { id: Number(state.user.id), ability: state.userAbility };
}

/**
 * The curator's right on a type is the content-manager's publish permission on
 * it, so an admin who changes the roles in Settings changes who may approve.
 */
export const canApprove = (caller: Caller, uid: string): boolean => caller.ability.can(`${CM}.publish`, uid);

/** Who may submit: whoever may edit records of the type. */
export const canEdit = (caller: Caller, uid: string): boolean => caller.ability.can(`${CM}.update`, uid);

export const canRead = (caller: Caller, uid: string): boolean => caller.ability.can(`${CM}.read`, uid);

export const actorOf = (caller: Caller, uid: string): Actor => ({ id: String(caller.id), canApprove: canApprove(caller, uid) });

/** REVIEW_FORBID_SELF_APPROVAL, default true: a curator's own submission needs a second curator. */
export const forbidSelfApproval = (): boolean => !/^(false|0|no|off)$/i.test(process.env.REVIEW_FORBID_SELF_APPROVAL ?? '');
