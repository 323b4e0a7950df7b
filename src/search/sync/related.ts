/**
 * Records whose documents show something of another record: a festival
 * lists its groups' and places' names, a group the kinds of media linked to
 * it. Two moments re-queue them:
 *
 * - a write that changes which published records link to this one (linking,
 *   unlinking, moving, deleting, unpublishing): the trigger compares the
 *   published links before and after it, in its transaction, and queues the
 *   records that gained or lost the link (linksChangedBy). Only the write
 *   itself knows the links it removed: afterwards the rows are gone.
 * - a sync that finds this record shown differently (its title, or
 *   whether/how it is indexed; a media item's kind): sync-record re-queues
 *   every record linked now.
 *
 * One hop: a place's villages' records keep the old commune name until they
 * are synced again (any edit, or a full sync).
 */
import type { Core } from '@strapi/strapi';
import { ARCHIVE_TYPES, linksTo, reverseLinks, uidOf, type Link } from '../../content-model';
import type { CatalogueType } from '../catalogue';
import type { RecordRef } from '../ops/records';
import { MEDIA_HOLDERS, POPULATE } from './load';

/**
 * Who points at a record of this type, through which field: the links whose
 * target a document names (populated in POPULATE), and the records that list
 * a media item's kind.
 */
const POINTED_AT_BY = new Map<CatalogueType, Link[]>(
  ARCHIVE_TYPES.map((type) => [
    type,
    reverseLinks(type).filter((link) => link.field in POPULATE[link.source] || MEDIA_HOLDERS.includes(link)),
  ]),
);

/** The records (type and field) whose documents show something of a record of this type. */
export const pointedAtBy = (type: CatalogueType): Link[] => POINTED_AT_BY.get(type) ?? [];

/** Whether other records' documents show something of a record of this type. */
export const isShownElsewhere = (type: CatalogueType) => pointedAtBy(type).length > 0;

const keyOf = (record: RecordRef) => `${record.uid}:${record.documentId}`;
const published = { publishedAt: { $notNull: true } };

/**
 * Records linked to this one, whose documents show it.
 *
 * @param isPublishedOnly only links held by published rows: those are what
 *   documents are built from, so they are what a write is compared on.
 *   @default false (links of drafts too: after an unpublish only the draft
 *   still names what the published row linked)
 */
export async function relatedRecords(
  strapi: Core.Strapi,
  { type, documentId, isPublishedOnly = false }: { type: CatalogueType; documentId: string; isPublishedOnly?: boolean },
): Promise<RecordRef[]> {
  const found = new Map<string, RecordRef>();
  const add = (uid: string, id: string | undefined) => {
    if (id && id !== documentId) found.set(keyOf({ uid, documentId: id }), { uid, documentId: id });
  };
  const status = isPublishedOnly ? published : {};
  for (const { source, field } of pointedAtBy(type)) {
    const rows = (await strapi.db.query(uidOf(source)).findMany({ where: { [field]: { documentId }, ...status }, select: ['documentId'] })) as Array<{ documentId: string }>;
    for (const row of rows) add(uidOf(source), row.documentId);
  }
  if (type === 'media-item') {
    // The records a media item points at list its kind under mediaKinds.
    const linkFields = linksTo('media-item');
    const rows = (await strapi.db.query(uidOf('media-item')).findMany({
      where: { documentId, ...status },
      populate: Object.fromEntries(linkFields.map(({ field }) => [field, { select: ['documentId'] }])),
    })) as Array<Record<string, Array<{ documentId: string }> | { documentId: string } | null>>;
    for (const row of rows) {
      for (const { target, field } of linkFields) {
        const value = row[field];
        for (const linked of Array.isArray(value) ? value : value ? [value] : []) add(uidOf(target), linked.documentId);
      }
    }
  }
  return [...found.values()];
}

/** Records linked by published rows before a write and not after it, or the other way round. */
export function linksChangedBy({ before, after }: { before: RecordRef[]; after: RecordRef[] }): RecordRef[] {
  const beforeKeys = new Set(before.map(keyOf));
  const afterKeys = new Set(after.map(keyOf));
  return [...before.filter((record) => !afterKeys.has(keyOf(record))), ...after.filter((record) => !beforeKeys.has(keyOf(record)))];
}
