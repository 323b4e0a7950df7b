import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { guardConsentEdit } from '../edit-rule';
import { WITHDRAWABLE } from './withdraw';

interface Params {
  documentId?: string;
  data?: Record<string, unknown>;
}

/**
 * Holds every create and update of a person or media item to guardConsentEdit.
 * The withdrawal route writes with db.query and never passes here.
 */
export function registerConsentEditGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if ((context.action !== 'create' && context.action !== 'update') || !WITHDRAWABLE.includes(context.uid)) return next();
    const params = context.params as Params;
    if (!params.data || !('consent' in params.data)) return next();
    // Consent is not localized: any row of the document holds the stored one.
    const stored = params.documentId
      ? ((await strapi.db.query(context.uid as never).findOne({ where: { documentId: params.documentId }, populate: { consent: true } } as never)) as {
          consent?: Record<string, unknown> | null;
        } | null)
      : null;
    const outcome = guardConsentEdit(stored?.consent ?? null, params.data.consent);
    if ('problem' in outcome) {
      const message = `${outcome.problem.vi} / ${outcome.problem.en}`;
      throw new errors.ValidationError(message, { errors: [{ path: ['consent', 'withdrawnOn'], message, name: 'ValidationError' }] });
    }
    params.data.consent = outcome.consent;
    return next();
  });
}
