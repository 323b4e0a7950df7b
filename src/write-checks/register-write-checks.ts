import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARCHIVE_UIDS, MEDIA_PIPELINE_FIELDS, typeOf, uidOf } from '../content-model';
import { checkRecordData, normalizeText } from './record-rules';

const WRITE_ACTIONS = new Set(['create', 'update']);

/** Written only by the media pipeline (straight to the database); a form or API client cannot set them. */
const SYSTEM_FIELDS: Record<string, readonly string[]> = { [uidOf('media-item')]: MEDIA_PIPELINE_FIELDS };
const GUARDED = new Set<string>(ARCHIVE_UIDS);

/**
 * Checks every write to an archive type, from REST, the admin panel and the
 * seed alike, before anything reaches the database: a rejected write leaves
 * nothing behind.
 */
export function registerWriteChecks(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action) || !GUARDED.has(context.uid)) return next();
    const params = context.params as { data?: Record<string, unknown> };
    if (!params.data) return next();
    params.data = normalizeText(params.data);
    for (const field of SYSTEM_FIELDS[context.uid] ?? []) delete params.data[field];
    const type = typeOf(context.uid);
    const problems = checkRecordData({ type, data: params.data, isCreate: context.action === 'create' });
    if (problems.length > 0) {
      const summary = problems.map((problem) => `${problem.path.join('.')}: ${problem.message}`).join(' ');
      throw new errors.ValidationError(summary, {
        errors: problems.map((problem) => ({ path: problem.path.map(String), message: problem.message, name: 'ValidationError' })),
      });
    }
    return next();
  });
}
