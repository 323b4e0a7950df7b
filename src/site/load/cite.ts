/**
 * The record a permanent link or a citation file names, by documentId,
 * through the public reader (a hidden record is null, like a missing one),
 * with the linked groups and places its keywords come from.
 */
import { MODEL, type ArchiveType } from '../../content-model';
import type { SiteLocale } from '../routes';
import type { Row, SiteReader } from './reader';

const KEYWORD_LINKS = ['ethnicGroups', 'places', 'place'];

export async function loadCitedRecord(reader: SiteReader, type: ArchiveType, documentId: string, locale: SiteLocale): Promise<Row | null> {
  const links = Object.keys(MODEL[type].links).filter((field) => KEYWORD_LINKS.includes(field));
  const populate = Object.fromEntries(links.map((field) => [field, { fields: ['name', 'slug'] }]));
  return reader.findOne(type, { documentId }, locale, populate);
}
