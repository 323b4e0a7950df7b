import type { Core } from '@strapi/strapi';
import { isArchiveUid, typeOf } from '../../../content-model';
import { BOOKKEEPING, changedFields, RECORD_ACTIONS, recordTarget } from '../record-details';
import { appendAudit } from './append';

interface WriteParams {
  documentId?: string;
  locale?: string;
  data?: Record<string, unknown>;
}

/**
 * A document-service middleware that logs every write to an archive record
 * (the content-manager, bulk actions, the content API, tokens, the media
 * pipeline and the seed all go through the document service). The write and
 * its entry share one transaction: the repository's own transaction joins the
 * one opened here, so a write that fails leaves no entry, and an entry that
 * cannot be written undoes the write.
 *
 * Registered last in register() so it runs innermost: middlewares registered
 * after it would run inside this transaction (on SQLite, one connection, a raw
 * query there would wait forever). An update that changes no field is not
 * logged (the content-manager's publish saves the draft first, unchanged).
 */
export function registerRecordAudit(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const action = RECORD_ACTIONS[context.action];
    if (!action || !isArchiveUid(context.uid)) return next();
    const params = (context.params ?? {}) as WriteParams;
    const type = typeOf(context.uid);
    return strapi.db.transaction(async () => {
      const isUpdate = action === 'record.update' && Boolean(params.documentId);
      const before = isUpdate ? await storedDraft(strapi, context.uid, params) : null;
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (!documentId) return result;
      const locale = params.locale ?? (result as { locale?: string } | null)?.locale;
      const details: Record<string, unknown> = {};
      if (action === 'record.update') {
        const after = isUpdate ? await storedDraft(strapi, context.uid, params) : null;
        details.fields = changedFields(attributesOf(strapi, context.uid), before, after, params.data);
        // The content-manager's publish saves the draft first, usually with nothing changed: not worth an entry.
        if ((details.fields as string[]).length === 0) return result;
      }
      await appendAudit(strapi, { action, target: recordTarget(type, documentId, locale), details });
      return result;
    });
  });
}

const attributesOf = (strapi: Core.Strapi, uid: string) => (strapi.contentType(uid as never) as { attributes: Record<string, { type: string }> }).attributes;

/** The draft with the submitted components, relations and media one level deep (enough to tell a change). */
async function storedDraft(strapi: Core.Strapi, uid: string, params: WriteParams): Promise<Record<string, unknown> | null> {
  const attributes = attributesOf(strapi, uid);
  const populate = Object.keys(params.data ?? {}).filter((name) => ['component', 'dynamiczone', 'relation', 'media'].includes(attributes[name]?.type) && !BOOKKEEPING.has(name));
  const where: Record<string, unknown> = { documentId: params.documentId, publishedAt: null };
  if (params.locale) where.locale = params.locale;
  return ((await strapi.db.query(uid as never).findOne({ where, populate } as never)) as Record<string, unknown> | null) ?? null;
}
