import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { typeOf } from '../../../content-model';
import { appendAudit } from '../../audit/strapi/append';
import { snapshotToData } from '../restore-data';
import { getModelOf } from './capture';
import { asRestore } from './register-capture';
import { findVersion, latestVersionId, type Version } from './versions';

/** The snapshot as update data, linking only related records that still exist (one query per related type). */
async function restoreData(strapi: Core.Strapi, version: Version): Promise<Record<string, unknown>> {
  const getModel = getModelOf(strapi);
  const named = new Map<string, Set<string>>();
  snapshotToData(version.uid, version.snapshot, getModel, (target, documentId) => {
    named.set(target, (named.get(target) ?? new Set()).add(documentId));
    return true;
  });
  const existing = new Set<string>();
  for (const [target, ids] of named) {
    const rows = (await strapi.db.query(target as never).findMany({ where: { documentId: { $in: [...ids] } }, select: ['documentId'] })) as Array<{ documentId: string }>;
    for (const row of rows) existing.add(`${target} ${row.documentId}`);
  }
  return snapshotToData(version.uid, version.snapshot, getModel, (target, documentId) => existing.has(`${target} ${documentId}`));
}

export interface RestoreRequest {
  versionId: number;
  uid: string;
  documentId: string;
  locale: string | null;
}

export interface RestoreResult {
  documentId: string;
  locale: string | null;
  restoredFrom: number;
  version: number | null;
}

/**
 * Writes a version's snapshot back as the record's draft, in one transaction
 * with the new 'restore' version and the `history.restore` audit entry. It
 * never publishes: the public version stays until a curator approves the
 * restored draft (the review gate sees an ordinary edit). The caller names
 * the record it means, so a version id typed wrong cannot overwrite another.
 */
export async function restoreVersion(strapi: Core.Strapi, request: RestoreRequest): Promise<RestoreResult> {
  const version = await findVersion(strapi, request.versionId);
  if (!version) throw new errors.NotFoundError('Không tìm thấy phiên bản / Version not found');
  if (version.uid !== request.uid || version.documentId !== request.documentId || version.locale !== request.locale) {
    throw new errors.ValidationError('Phiên bản này thuộc hồ sơ khác / This version belongs to another record');
  }
  const exists = await strapi.db.query(version.uid as never).findOne({ where: { documentId: version.documentId }, select: ['id'] });
  if (!exists) throw new errors.NotFoundError('Hồ sơ không còn tồn tại / The record no longer exists');
  const data = await restoreData(strapi, version);
  const record = { uid: version.uid, documentId: version.documentId, locale: version.locale };
  return asRestore(() =>
    strapi.db.transaction(async ({ trx }) => {
      await strapi.documents(version.uid as never).update({
        documentId: version.documentId,
        ...(version.locale ? { locale: version.locale } : {}),
        data,
      } as never);
      const created = await latestVersionId(strapi, trx, record);
      await appendAudit(strapi, {
        action: 'history.restore',
        target: `${typeOf(version.uid)}:${version.documentId}${version.locale ? `:${version.locale}` : ''}`,
        details: { restoredFrom: version.id, version: created },
      });
      return { documentId: version.documentId, locale: version.locale, restoredFrom: version.id, version: created };
    }),
  );
}
