import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { uidOf } from '../../../content-model';
import { OUT_OF_SCOPE_FILE } from '../messages';
import { scopeOf } from './load';
import { mayEditRecord, requestAdmin } from './write-check';

const MEDIA_ITEM = uidOf('media-item');

/** Media items whose files or caption files include the file (any version, any locale). */
async function itemsUsing(strapi: Core.Strapi, fileId: unknown): Promise<string[]> {
  const id = Number(fileId);
  if (!Number.isSafeInteger(id)) return [];
  const rows = (await strapi.db.query(MEDIA_ITEM).findMany({
    where: { $or: [{ files: { id } }, { captions: { file: { id } } }] },
    select: ['documentId'],
  })) as Array<{ documentId: string }>;
  return [...new Set(rows.map((row) => row.documentId))];
}

/**
 * The media library is scoped too: an officer may replace a file, or change
 * its name, caption or alternative text, only when every media item using
 * it lies in their communes. A file of no media item is anyone's to fix
 * (it carries no place until attached, and attaching is scoped). Officers
 * cannot delete files at all (their role has no delete right).
 *
 * Wraps the upload service's `replace` and `updateFileInfo`, which every
 * admin route that changes a file goes through (single and bulk updates,
 * replacing the file); calls outside a request (the media pipeline) pass.
 */
export function registerScopeFileCheck(strapi: Core.Strapi): void {
  const upload = strapi.plugin('upload').service('upload') as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const method of ['replace', 'updateFileInfo']) {
    const original = upload[method].bind(upload);
    upload[method] = async (id: unknown, ...rest: unknown[]) => {
      const user = requestAdmin(strapi);
      const scope = user ? await scopeOf(strapi, user) : null;
      if (scope) {
        for (const documentId of await itemsUsing(strapi, id)) {
          if (!(await mayEditRecord(strapi, scope, MEDIA_ITEM, documentId))) throw new errors.PolicyError(OUT_OF_SCOPE_FILE);
        }
      }
      return original(id, ...rest);
    };
  }
}
