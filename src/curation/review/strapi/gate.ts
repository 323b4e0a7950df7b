import type { Core } from '@strapi/strapi';
import { currentSubmitter, effectiveState } from '../state';
import { nextReviewState } from '../transitions';
import { applyOutcome } from './apply';
import { reviewError } from './errors';
import { localesOfCall } from './locales';
import { insideApproval } from './marker';
import { actorOf, adminCaller, canApprove, forbidSelfApproval } from './rights';
import { deleteReviewRows, lockReviewKey, readReviewRow } from './store';
import { hasVersion } from './target';

interface Call {
  uid: string;
  action: string;
  params: { documentId?: string; locale?: unknown };
}
type Next = () => Promise<unknown>;

/**
 * The one gate for publishing (publish, or create/update with status
 * 'published'). In an HTTP request it passes only the review's own approval
 * (the marker) or a curator, whose publish is then an approval: checked by
 * nextReviewState(), recorded and audited like the approve route. Outside any
 * request (seed, scripts, jobs) it passes, and the rows of what was published
 * go, so those records read as approved. No job publishes: the media pipeline
 * writes its fields straight to the database and never calls publish.
 */
export async function gatePublish(strapi: Core.Strapi, call: Call, next: Next): Promise<unknown> {
  if (insideApproval()) return next();
  const documentId = call.params.documentId;
  if (!strapi.requestContext.get()) {
    return strapi.db.transaction(async () => {
      const locales = documentId ? await localesOfCall(strapi, call.uid, documentId, call.params.locale) : [];
      const result = await next();
      for (const locale of locales) await deleteReviewRows(strapi, { uid: call.uid, documentId: documentId!, locale });
      return result;
    });
  }
  const caller = adminCaller(strapi);
  if (!caller || !canApprove(caller, call.uid)) {
    throw reviewError(403, 'Chỉ người duyệt mới được công bố; hãy gửi hồ sơ để duyệt', 'Only a curator may publish; submit the record for review');
  }
  const actor = actorOf(caller, call.uid);
  const approve = (submittedBy: string | null) =>
    nextReviewState({ state: 'submitted', action: 'approve', actor, submittedBy, forbidSelfApproval: forbidSelfApproval() });
  return strapi.db.transaction(async () => {
    // A curator's publish approves whatever state the record is in (a record
    // nobody submitted too); the self-approval rule applies to its submitter only.
    const locales = documentId ? await localesOfCall(strapi, call.uid, documentId, call.params.locale) : [];
    const checked = [];
    for (const locale of locales) {
      const key = { uid: call.uid, documentId: documentId!, locale };
      if (!(await hasVersion(strapi, key, false))) continue; // nothing to publish in that locale
      await lockReviewKey(strapi, key);
      const row = await readReviewRow(strapi, key);
      const outcome = approve(currentSubmitter(row));
      if (!outcome.ok) throw reviewError(outcome.status, outcome.vi, outcome.en);
      checked.push({ key, from: effectiveState(row, await hasVersion(strapi, key, true)), outcome });
    }
    const result = (await next()) as { documentId?: string; locale?: string } | null;
    if (!documentId && result?.documentId && result.locale) {
      const outcome = approve(null);
      if (outcome.ok) checked.push({ key: { uid: call.uid, documentId: result.documentId, locale: result.locale }, from: 'draft' as const, outcome });
    }
    for (const { key, from, outcome } of checked) {
      if (outcome.ok) await applyOutcome(strapi, key, { action: 'approve', from, outcome, by: caller.id, via: call.action });
    }
    return result;
  });
}
