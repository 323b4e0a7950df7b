import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isArchiveUid } from '../../../content-model';
import { OUT_OF_SCOPE } from '../messages';
import { isInScope } from '../plan';
import { type AdminUserLike, type OfficerScope, scopeOf } from './load';
import { recordPlaces } from './record-places';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/** The signed-in admin of the current request, if any (admin JWT or admin token). */
export function requestAdmin(strapi: Core.Strapi): AdminUserLike | null {
  const ctx = strapi.requestContext.get() as { state?: { user?: AdminUserLike; auth?: { strategy?: { name?: string } } } } | undefined;
  return ctx?.state?.auth?.strategy?.name === 'admin' && ctx.state.user ? ctx.state.user : null;
}

/** True when the officer may edit the record as it is now (a missing record is theirs to create). */
export async function mayEditRecord(strapi: Core.Strapi, scope: OfficerScope, uid: string, documentId: string): Promise<boolean> {
  const placed = await recordPlaces(strapi, uid, documentId);
  return !placed || isInScope(placed, scope);
}

/**
 * Refusals are PolicyErrors (a 403): Strapi's authorize step turns any other
 * ForbiddenError from below it into a bare "Forbidden", losing the message.
 *
 * Officers write only inside their communes, on every route that writes
 * through the document service: the content-manager's edit view, its bulk
 * actions, relations and clones alike. The record is checked as it was
 * before the write and as it is after, inside the write's transaction, so
 * moving a record out of (or into) someone else's commune is refused and
 * rolled back, whatever shape the relation input had.
 */
export function registerScopeWriteCheck(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!WRITES.has(context.action) || !isArchiveUid(context.uid)) return next();
    const user = requestAdmin(strapi);
    const scope = user ? await scopeOf(strapi, user) : null;
    if (!scope) return next();
    const documentId = (context.params as { documentId?: string }).documentId;
    if (documentId && !(await mayEditRecord(strapi, scope, context.uid, documentId))) throw new errors.PolicyError(OUT_OF_SCOPE);
    const refused = new Error('out of scope');
    try {
      return await strapi.db.transaction(async () => {
        const result = await next();
        const written = documentId ?? (result as { documentId?: string } | null)?.documentId;
        if (written && context.action !== 'delete' && !(await mayEditRecord(strapi, scope, context.uid, written))) throw refused;
        return result;
      });
    } catch (error) {
      // Thrown inside the transaction to roll the write back; typed out here, where its message survives.
      if (error === refused) throw new errors.PolicyError(OUT_OF_SCOPE);
      throw error;
    }
  });
}
