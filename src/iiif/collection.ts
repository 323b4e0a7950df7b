/**
 * A festival, custom, ethnic group or story as a IIIF Collection of the
 * Manifests of its media items (pure). The caller passes only the items this
 * caller may see (read through the access rule), so a hidden item is not
 * named, not even by its id.
 */
import { MODEL } from '../content-model';
import { markdownToText } from '../search/documents/text';
import { namesMap, viEn, type TaggedName } from './language-map';
import { PRESENTATION_CONTEXT, type IiifDocument } from './manifest';
import { collectionPath, manifestPath, type CollectionType } from './paths';

type Row = Record<string, unknown>;

export interface CollectionContext {
  origin: string;
  /** The record's page on the site, per locale (absolute). */
  pageOf(locale: 'vi' | 'en'): string;
  /** A thumbnail of a member item (absolute URL), when it has one. */
  thumbnailOf?(item: Row): IiifDocument | undefined;
}


/** Description-like field of each type, shown as the summary. */
const SUMMARY_FIELD: Record<CollectionType, string> = { festival: 'description', custom: 'description', 'ethnic-group': 'description', story: 'summary' };

export function recordCollection({
  type,
  record,
  items,
  context,
}: {
  type: CollectionType;
  /** The record's published Vietnamese version and, when it exists, its English one. */
  record: { vi: Row; en?: Row | null };
  /** The visible media items (Vietnamese rows, with `en` translations' titles when known). */
  items: Array<{ vi: Row; en?: Row | null }>;
  context: CollectionContext;
}): IiifDocument {
  const { vi, en } = record;
  const titleOf = (row: Row | null | undefined) => row?.name ?? row?.title;
  const collection: IiifDocument = {
    '@context': PRESENTATION_CONTEXT,
    id: context.origin + collectionPath(type, String(vi.slug)),
    type: 'Collection',
    label: namesMap({ vi: titleOf(vi), en: titleOf(en), otherNames: vi.otherNames as TaggedName[] | undefined }),
    metadata: [{ label: viEn('Loại', 'Kind'), value: viEn(MODEL[type].name.vi, MODEL[type].name.en) }],
    requiredStatement: {
      label: viEn('Ghi công', 'Attribution'),
      value: viEn('Kho lưu trữ Di Sản Điện Biên. Quyền của từng tư liệu ghi trong manifest của tư liệu đó.', "Di Sản archive of Điện Biên. Each media item's rights are stated in its own manifest."),
    },
    homepage: (['vi', 'en'] as const).map((locale) => ({
      id: context.pageOf(locale),
      type: 'Text',
      label: viEn(MODEL[type].name.vi, MODEL[type].name.en),
      format: 'text/html',
      language: [locale],
    })),
    items: items.map((item) => {
      const member: IiifDocument = { id: context.origin + manifestPath(String(item.vi.documentId)), type: 'Manifest', label: viEn(item.vi.title, item.en?.title) };
      const thumbnail = context.thumbnailOf?.(item.vi);
      if (thumbnail) member.thumbnail = [thumbnail];
      return member;
    }),
  };
  const field = SUMMARY_FIELD[type];
  const summary = viEn(markdownToText(vi[field]), markdownToText(en?.[field]));
  if (Object.keys(summary).length > 0) collection.summary = summary;
  return collection;
}
