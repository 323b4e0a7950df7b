import type { Core } from '@strapi/strapi';
import { typeOf } from '../../../content-model';
import { appendAudit } from '../../audit/strapi/append';
import { effectiveState } from '../state';
import { nextReviewState } from '../transitions';
import { applyOutcome, auditTarget } from './apply';
import { localesOfCall } from './locales';
import { adminCaller, actorOf, forbidSelfApproval } from './rights';
import { deleteReviewRows, readReviewRow, type ReviewKey, writeReviewRow } from './store';
import { hasVersion } from './target';

interface Call {
  uid: string;
  params: { documentId?: string; locale?: unknown };
}
type Next = () => Promise<unknown>;

/**
 * A saved draft moves the state as nextReviewState(edit) says: a submitted
 * draft is withdrawn, an edit of the published version is a new draft. No row
 * is written for a draft that stays a draft (the default needs none).
 */
export async function trackEdit(strapi: Core.Strapi, call: Call, next: Next): Promise<unknown> {
  // The content manager's Publish saves the form first, then publishes, in one
  // transaction. That save is part of the approval the gate checks next; as an
  // edit it would withdraw the submission and hide its submitter from the
  // self-approval rule.
  const path = (strapi.requestContext.get() as { request?: { path?: string } } | undefined)?.request?.path ?? '';
  if (/^\/content-manager\/.*\/actions\/publish$/.test(path)) return next();
  return strapi.db.transaction(async () => {
    const result = (await next()) as { documentId?: string; locale?: string } | null;
    if (!result?.documentId || !result.locale) return result;
    const key = { uid: call.uid, documentId: result.documentId, locale: result.locale };
    const row = await readReviewRow(strapi, key);
    const from = effectiveState(row, await hasVersion(strapi, key, true));
    const caller = adminCaller(strapi);
    const actor = caller ? actorOf(caller, call.uid) : { id: 'system', canApprove: false };
    const outcome = nextReviewState({ state: from, action: 'edit', actor, submittedBy: null, forbidSelfApproval: forbidSelfApproval() });
    if (outcome.ok && (row || outcome.state !== from)) {
      await applyOutcome(strapi, key, { action: 'edit', from, outcome, by: caller?.id ?? null });
    }
    return result;
  });
}

/** Unpublished: back to draft (the submitter and note stay for the record). */
export async function trackUnpublish(strapi: Core.Strapi, call: Call, next: Next): Promise<unknown> {
  const documentId = call.params.documentId;
  if (!documentId) return next();
  return strapi.db.transaction(async () => {
    const locales = await localesOfCall(strapi, call.uid, documentId, call.params.locale);
    const result = await next();
    for (const locale of locales) {
      const key = { uid: call.uid, documentId, locale };
      const row = await readReviewRow(strapi, key);
      await writeReviewRow(strapi, key, { state: 'draft' });
      await audit(strapi, 'review.unpublish', key, { from: effectiveState(row, true), to: 'draft' });
    }
    return result;
  });
}

/** A discarded draft leaves the published version as it was: approved, which needs no row. */
export async function trackDiscard(strapi: Core.Strapi, call: Call, next: Next): Promise<unknown> {
  const documentId = call.params.documentId;
  if (!documentId) return next();
  return strapi.db.transaction(async () => {
    const locales = await localesOfCall(strapi, call.uid, documentId, call.params.locale);
    const result = await next();
    for (const locale of locales) await deleteReviewRows(strapi, { uid: call.uid, documentId, locale });
    return result;
  });
}

/** A deleted document (or locale) takes its rows with it. */
export async function trackDelete(strapi: Core.Strapi, call: Call, next: Next): Promise<unknown> {
  const documentId = call.params.documentId;
  if (!documentId) return next();
  return strapi.db.transaction(async () => {
    const locales = await localesOfCall(strapi, call.uid, documentId, '*');
    const result = await next();
    for (const locale of locales) {
      const key = { uid: call.uid, documentId, locale };
      if (!(await hasVersion(strapi, key, false)) && !(await hasVersion(strapi, key, true))) await deleteReviewRows(strapi, key);
    }
    return result;
  });
}

const audit = (strapi: Core.Strapi, action: string, key: ReviewKey, details: Record<string, unknown>) =>
  appendAudit(strapi, { action, target: auditTarget(key), details: { type: typeOf(key.uid), ...details } });
