/**
 * Every search document of one record, from the database as it is now: what
 * sync writes, and what a reindex or drift check compares against.
 *
 * Rules:
 * - Only published versions count. A record that no UI locale has published,
 *   that is restricted, or that researchers may not see (consent scope
 *   archive-only, expired consent) has no documents.
 * - accessLevel on the documents is the effective one: 'public' if the public
 *   may see it, else 'researcher'.
 * - Locale fallback, as REST does it: each UI locale gets a document; where a
 *   locale has no published version the other locale's version stands in
 *   (its text, under this locale's id), so a search in English covers every
 *   record. The other version's title is added to `names`.
 * - Media items: transcript segments from their caption tracks (the
 *   normalized VTT in the object store), indexed once, from the Vietnamese
 *   version when published (else English).
 */
import type { Core } from '@strapi/strapi';
import { consentVisibleUntil, isVisibleTo, vietnamToday } from '../../access/levels';
import { archive } from '../../archive';
import { readObjectText } from '../../storage/read-text';
import type { CatalogueDocument, CatalogueLocale, CatalogueType, IndexedAccessLevel, TranscriptSegmentDocument } from '../catalogue';
import { toCatalogueDocument, toTranscriptSegments, type CaptionTrackText } from '../documents';
import { typeOf } from '../../content-model';
import { linkedMediaKinds, loadPublished, SEARCH_LOCALES, type LoadedRecord } from './load';

export interface RecordDocuments {
  type: CatalogueType;
  documentId: string;
  /** Empty when the record must not be in the index. */
  catalogue: CatalogueDocument[];
  /** Media items only (else null): their transcript segments. */
  transcripts: TranscriptSegmentDocument[] | null;
}

export function effectiveAccessLevel(record: LoadedRecord, today = vietnamToday()): IndexedAccessLevel | null {
  if (isVisibleTo({ record, audience: 'public', today })) return 'public';
  if (isVisibleTo({ record, audience: 'researcher', today })) return 'researcher';
  return null;
}

export async function buildRecordDocuments(
  strapi: Core.Strapi,
  { uid, documentId, today = vietnamToday(), readCaption = (key) => readObjectText(archive(strapi).storage, key) }: {
    uid: string;
    documentId: string;
    today?: string;
    readCaption?: (key: string) => Promise<string>;
  },
): Promise<RecordDocuments> {
  const type = typeOf(uid);
  const versions = await loadPublished(strapi, uid, documentId);
  const primary = versions.vi ?? versions.en;
  const accessLevel = primary ? effectiveAccessLevel(primary, today) : null;
  if (!primary || !accessLevel) return { type, documentId, catalogue: [], transcripts: type === 'media-item' ? [] : null };

  // Hidden by the query filter once consent expires, before any sweep re-syncs the record.
  const visibleUntil = consentVisibleUntil(primary.consent);
  const mediaKinds = type === 'media-item' ? [] : await linkedMediaKinds(strapi, { type, documentId, audience: accessLevel, today });
  const catalogue = SEARCH_LOCALES.map((locale) => {
    const other: CatalogueLocale = locale === 'vi' ? 'en' : 'vi';
    const record = versions[locale] ?? versions[other]!;
    const otherTitle = versions[other] && versions[locale] ? (versions[other]!.title ?? versions[other]!.name) : null;
    return toCatalogueDocument({ type, record, locale, accessLevel, visibleUntil, otherLocaleTitle: otherTitle, linkedMediaKinds: mediaKinds, today });
  });

  let transcripts: TranscriptSegmentDocument[] | null = null;
  if (type === 'media-item') {
    const tracks: CaptionTrackText[] = [];
    for (const file of primary.renditions?.files ?? []) {
      for (const caption of file.captions ?? []) tracks.push({ tag: caption.tag, vtt: await readCaption(caption.key) });
    }
    transcripts = toTranscriptSegments({
      mediaDocumentId: documentId,
      mediaTitle: primary.title ?? '',
      locale: versions.vi ? 'vi' : 'en',
      accessLevel,
      visibleUntil,
      tracks,
    });
  }
  return { type, documentId, catalogue, transcripts };
}

