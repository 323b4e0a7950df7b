import type { Core } from '@strapi/strapi';
import { requestActor } from '../../audit/strapi/append';
import type { GetModel } from '../model';
import { historyPopulate } from '../populate';
import { toSnapshot } from '../snapshot';
import { VERSIONS_TABLE, type VersionKind } from './table';

const populateCache = new Map<string, Record<string, unknown>>();

export const getModelOf = (strapi: Core.Strapi): GetModel => (uid) =>
  strapi.getModel(uid as never) as unknown as ReturnType<GetModel>;

export interface CaptureTarget {
  uid: string;
  documentId: string;
  locale: string | null;
  /** Which row to read: the draft, or the published row (for a publish). */
  status: 'draft' | 'published';
  kind: VersionKind;
}

/**
 * Reads the record as it now stands and stores it as a version; returns the
 * new version's id, or null when that row does not exist or a save left it
 * exactly as the newest version has it. Runs in the
 * caller's transaction when one is open (db.transaction joins it, and the
 * query engine reads through it), so a rolled-back write leaves no version;
 * on SQLite's single connection nothing here waits for another one.
 */
export async function captureVersion(strapi: Core.Strapi, target: CaptureTarget): Promise<number | null> {
  const getModel = getModelOf(strapi);
  const schema = strapi.db.getSchemaName?.();
  return strapi.db.transaction(async ({ trx }) => {
    const row = (await strapi.db.query(target.uid as never).findOne({
      where: {
        documentId: target.documentId,
        ...(target.locale ? { locale: target.locale } : {}),
        publishedAt: target.status === 'draft' ? null : { $notNull: true },
      },
      populate: historyPopulate(target.uid, getModel, populateCache),
    })) as Record<string, unknown> | null;
    if (!row) return null;
    const snapshot = JSON.stringify(toSnapshot(target.uid, row, getModel));
    const table = () => (schema ? trx.withSchema(schema).table(VERSIONS_TABLE) : trx(VERSIONS_TABLE));
    const locale = (row.locale as string | undefined) ?? target.locale;
    // A save that changed nothing (the content-manager saves the draft before every publish) is not a version.
    if (target.kind === 'save') {
      const last = (await table()
        .select('snapshot')
        .where({ uid: target.uid, document_id: target.documentId, locale })
        .orderBy('id', 'desc')
        .first()) as { snapshot: string } | undefined;
      if (last?.snapshot === snapshot) return null;
    }
    const [inserted] = await table()
      .insert({
        uid: target.uid,
        document_id: target.documentId,
        locale,
        kind: target.kind,
        author: requestActor(strapi).actor,
        created_at: new Date().toISOString(),
        snapshot,
        size: Buffer.byteLength(snapshot),
      })
      .returning('id');
    return Number(typeof inserted === 'object' ? (inserted as { id: number }).id : inserted);
  });
}
