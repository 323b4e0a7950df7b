import type { Core } from '@strapi/strapi';
import { currentSubmitter, effectiveState } from '../state';
import { nextReviewState } from '../transitions';
import { applyOutcome } from './apply';
import { reviewError } from './errors';
import { withApproval } from './marker';
import { actorOf, type Caller, canEdit, forbidSelfApproval } from './rights';
import { lockReviewKey, readReviewRow, type ReviewKey } from './store';
import { hasVersion } from './target';
import { scopeOf } from '../../scope/strapi/load';
import { mayEditRecord } from '../../scope/strapi/write-check';
import { OUT_OF_SCOPE } from '../../scope/messages';

export type RouteAction = 'submit' | 'approve' | 'request-changes';

/**
 * One review transition asked through the admin API. Reads the state, asks
 * nextReviewState() (the only place that decides), publishes on approval
 * inside the approval marker, and records state and audit entry, all in one
 * transaction: a refusal or a failed publish leaves nothing behind.
 */
export async function runTransition(strapi: Core.Strapi, caller: Caller, key: ReviewKey, action: RouteAction, note: unknown): Promise<void> {
  if (note != null && typeof note !== 'string') throw reviewError(400, 'Ghi chú phải là văn bản', 'The note must be text');
  if (action === 'submit' && !canEdit(caller, key.uid)) {
    throw reviewError(403, 'Bạn không có quyền sửa loại hồ sơ này', 'You may not edit records of this type');
  }
  if (action === 'submit') {
    // An officer submits only what they may edit: records in their communes (read before the transaction).
    const scope = await scopeOf(strapi, { id: caller.id });
    if (scope && !(await mayEditRecord(strapi, scope, key.uid, key.documentId))) {
      const [vi, en] = OUT_OF_SCOPE.split(' / ');
      throw reviewError(403, vi, en);
    }
  }
  await strapi.db.transaction(async () => {
    await lockReviewKey(strapi, key);
    const row = await readReviewRow(strapi, key);
    const from = effectiveState(row, await hasVersion(strapi, key, true));
    const outcome = nextReviewState({
      state: from,
      action,
      actor: actorOf(caller, key.uid),
      submittedBy: currentSubmitter(row),
      note: (note as string | null | undefined) ?? undefined,
      forbidSelfApproval: forbidSelfApproval(),
    });
    if (!outcome.ok) throw reviewError(outcome.status, outcome.vi, outcome.en);
    if (outcome.publish) {
      await withApproval(() => strapi.documents(key.uid as never).publish({ documentId: key.documentId, locale: key.locale } as never));
    }
    await applyOutcome(strapi, key, { action, from, outcome, by: caller.id });
  });
}
