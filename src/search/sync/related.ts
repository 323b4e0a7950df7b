/**
 * Records whose documents show something of another record: a festival
 * lists its groups' and places' names, a group the kinds of media linked to
 * it. When such a record changes in a way the others show (its title, or
 * whether/how it is indexed; a media item's kind), sync re-queues them. One
 * hop: a place's villages' records keep the old commune name until they are
 * synced again (any edit, or a full sync).
 */
import type { Core } from '@strapi/strapi';
import type { CatalogueType } from '../catalogue';
import { MEDIA_LINK_FIELD } from './load';

/** Who points at a record of this type, through which field. */
const POINTED_AT_BY: Partial<Record<CatalogueType, Array<[CatalogueType, string]>>> = {
  'ethnic-group': [['custom', 'ethnicGroups'], ['festival', 'ethnicGroups'], ['media-item', 'ethnicGroups'], ['person', 'ethnicGroups'], ['story', 'ethnicGroups'], ['language', 'speakingGroups']],
  language: [['ethnic-group', 'languages'], ['media-item', 'languages']],
  place: [['ethnic-group', 'places'], ['custom', 'places'], ['festival', 'places'], ['media-item', 'place'], ['person', 'place'], ['story', 'places'], ['place', 'parent']],
  'media-item': [['story', 'mediaItems']],
};

const uidOf = (type: CatalogueType) => `api::${type}.${type}`;

export async function relatedRecords(strapi: Core.Strapi, { type, documentId }: { type: CatalogueType; documentId: string }): Promise<Array<{ uid: string; documentId: string }>> {
  const found = new Map<string, { uid: string; documentId: string }>();
  const add = (uid: string, id: string | undefined) => {
    if (id && id !== documentId) found.set(`${uid}:${id}`, { uid, documentId: id });
  };
  for (const [source, field] of POINTED_AT_BY[type] ?? []) {
    const rows = (await strapi.db.query(uidOf(source) as never).findMany({ where: { [field]: { documentId } }, select: ['documentId'] } as never)) as Array<{ documentId: string }>;
    for (const row of rows) add(uidOf(source), row.documentId);
  }
  if (type === 'media-item') {
    // The records a media item points at list its kind under mediaKinds.
    const linkFields = Object.entries(MEDIA_LINK_FIELD) as Array<[CatalogueType, string]>;
    const rows = (await strapi.db.query('api::media-item.media-item' as never).findMany({
      where: { documentId },
      populate: Object.fromEntries(linkFields.map(([, field]) => [field, { select: ['documentId'] }])),
    } as never)) as Array<Record<string, Array<{ documentId: string }> | { documentId: string } | null>>;
    for (const row of rows) {
      for (const [target, field] of linkFields) {
        const value = row[field];
        for (const linked of Array.isArray(value) ? value : value ? [value] : []) add(uidOf(target), linked.documentId);
      }
    }
  }
  return [...found.values()];
}
