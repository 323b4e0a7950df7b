import type { Core } from '@strapi/strapi';
import { type ArchiveUid } from '../content-model';

type Data = Record<string, unknown>;

export interface EnsureDocumentInput {
  uid: ArchiveUid;
  /** Natural key the archive already knows the record by (GSO code, ISO code, slug…). */
  key: { field: string; value: string };
  /** Vietnamese version (the default locale) with every shared field. */
  vi: Data;
  /** English version; shared fields are copied by Strapi, localized ones come from here. */
  en: Data;
}

/**
 * Create and publish a record in vi and en unless one with the same key
 * exists. An existing record is never touched: officers may have corrected
 * it, and their work wins over the seed.
 */
export async function ensureDocument(strapi: Core.Strapi, input: EnsureDocumentInput): Promise<{ documentId: string; isNew: boolean }> {
  const documents = strapi.documents(input.uid);
  const existing = (await documents.findFirst({
    locale: 'vi',
    status: 'draft',
    filters: { [input.key.field]: input.key.value },
    fields: ['documentId'],
  })) as { documentId: string } | null;
  if (existing) return { documentId: existing.documentId, isNew: false };
  // One transaction per record: a crash never leaves a half-seeded record that a rerun would skip.
  return strapi.db.transaction(async () => {
    // The mappers build plain objects (their unit tests check them); the input types want one shape per uid.
    const created = (await documents.create({ locale: 'vi', data: input.vi } as never)) as { documentId: string };
    await documents.update({ documentId: created.documentId, locale: 'en', data: input.en } as never);
    await documents.publish({ documentId: created.documentId, locale: '*' });
    return { documentId: created.documentId, isNew: true };
  });
}
