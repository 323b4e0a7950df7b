/**
 * Records a consent withdrawal. One transaction: the withdrawal fields on the
 * consent of every row (draft and published, every locale) of the record and
 * of the media items under it, the audit entry, the file purge job and the
 * search syncs. All or nothing: the jobs exist only if the withdrawal commits.
 *
 * Written with db.query, not the document service: a document-service update
 * and publish would also publish whatever unreviewed draft edits the record
 * carries (the review gate exists to stop exactly that), and would make a
 * history version of the whole record for a change that only hides it. The
 * consent rows are the only thing that changes; the `consent.withdraw` audit
 * entry is its record.
 */
import type { Core } from '@strapi/strapi';
import { typeOfUid, uidOf } from '../../../content-model';
import { appendAudit, requestActor } from '../../audit/strapi/append';
import { reviewError } from '../../review/strapi/errors';
import { recordChanged } from '../../../record-changed';
import { archive } from '../../../archive';
import { keepsOriginals, type Withdrawal } from '../withdrawal';
import { affectedMediaItems, consentOf, rowsOf, type Row } from './affected';
import { PURGE_CONSENT_FILES_JOB, type PurgePayload } from './purge-job';

export const WITHDRAWABLE = [uidOf('person'), uidOf('media-item')] as string[];
const MEDIA_ITEM = uidOf('media-item');

export interface WithdrawalResult {
  target: string;
  date: string;
  withdrawnBy: string;
  reason: string;
  scope: string | null;
  mediaItems: string[];
  originalsKept: boolean;
}

/** Consent rows of these rows that are not withdrawn yet; rows without consent are hidden by level instead. */
async function markRows(strapi: Core.Strapi, uid: string, rows: Row[], withdrawal: Withdrawal): Promise<void> {
  const consentIds = rows.map((row) => row.consent?.id).filter((id): id is number => id != null);
  if (consentIds.length) {
    await strapi.db.query('media.consent' as never).updateMany({
      where: { id: { $in: consentIds } },
      data: { withdrawnOn: withdrawal.date, withdrawnBy: withdrawal.withdrawnBy, withdrawalReason: withdrawal.reason },
    } as never);
  }
  // A portrait recorded without a consent of its own has no consent to mark: restricting it hides it the same way.
  const bare = rows.filter((row) => !row.consent).map((row) => row.id);
  if (bare.length) await strapi.db.query(uid as never).updateMany({ where: { id: { $in: bare } }, data: { accessLevel: 'restricted' } } as never);
  // Derivatives are about to be deleted: no row may point at them any more.
  if (uid === MEDIA_ITEM) await strapi.db.query(uid as never).updateMany({ where: { id: { $in: rows.map((row) => row.id) } }, data: { renditions: null } } as never);
}

export async function withdrawConsent(strapi: Core.Strapi, { uid, documentId, withdrawal }: { uid: string; documentId: string; withdrawal: Withdrawal }): Promise<WithdrawalResult> {
  const type = typeOfUid(uid);
  if (!type || !WITHDRAWABLE.includes(uid)) {
    throw reviewError(400, 'Chỉ rút được sự đồng ý của nhân vật hoặc tư liệu', 'Consent can only be withdrawn for a person or a media item');
  }
  const rows = await rowsOf(strapi, uid, documentId, uid === uidOf('person'));
  if (rows.length === 0) throw reviewError(404, 'Không tìm thấy hồ sơ', 'No such record');
  const consent = consentOf(rows);
  if (!consent) throw reviewError(400, 'Hồ sơ này chưa ghi sự đồng ý nào để rút', 'This record has no consent recorded to withdraw');
  if (consent.withdrawnOn) throw reviewError(409, `Sự đồng ý đã được rút ngày ${consent.withdrawnOn}`, `Consent was already withdrawn on ${consent.withdrawnOn}`);

  const mediaItems = affectedMediaItems(uid, documentId, rows);
  const scope = (consent as { scope?: string | null }).scope ?? null;
  const target = `${type}:${documentId}`;
  const result: WithdrawalResult = { target, ...pick(withdrawal), scope, mediaItems, originalsKept: keepsOriginals(scope) };
  const payload: PurgePayload = { mediaItems, keepOriginals: result.originalsKept, withdrawal: target, actor: requestActor(strapi).actor };

  await strapi.db.transaction(async () => {
    await markRows(strapi, uid, rows, withdrawal);
    for (const item of mediaItems.filter((id) => !(uid === MEDIA_ITEM && id === documentId))) {
      await markRows(strapi, MEDIA_ITEM, await rowsOf(strapi, MEDIA_ITEM, item), withdrawal);
    }
    await appendAudit(strapi, {
      action: 'consent.withdraw',
      target,
      details: { date: withdrawal.date, withdrawnBy: withdrawal.withdrawnBy, reason: withdrawal.reason, scope, mediaItems, originalsKept: result.originalsKept },
    });
    if (mediaItems.length) await archive(strapi).queue.enqueue(PURGE_CONSENT_FILES_JOB, payload, {});
    await recordChanged(strapi, uid, documentId);
    for (const item of mediaItems) await recordChanged(strapi, MEDIA_ITEM, item);
  });
  return result;
}

const pick = ({ date, withdrawnBy, reason }: Withdrawal) => ({ date, withdrawnBy, reason });
