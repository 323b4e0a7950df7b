/** Records written straight through the document service, as the admin panel would store them. */
import type { TestApp } from './app';
import { uidOf, type ArchiveType } from '../../src/content-model';

type Data = Record<string, unknown>;

export async function createRecord(
  app: TestApp,
  type: ArchiveType,
  data: Data,
  { publish = true, en }: { publish?: boolean; en?: Data } = {},
): Promise<string> {
  const documents = app.strapi.documents(uidOf(type) as never);
  const created = (await documents.create({ locale: 'vi', data } as never)) as { documentId: string };
  if (en) await documents.update({ documentId: created.documentId, locale: 'en', data: en } as never);
  if (publish) await documents.publish({ documentId: created.documentId, locale: '*' } as never);
  return created.documentId;
}

export async function countRows(app: TestApp, type: ArchiveType): Promise<number> {
  return app.strapi.db.query(uidOf(type) as never).count();
}
