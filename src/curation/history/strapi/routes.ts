import type { Core } from '@strapi/strapi';
import { addAdminRoutes } from '../../admin-routes';
import { errors } from '@strapi/utils';
import { isArchiveUid } from '../../../content-model';
import { diffSnapshots } from '../diff';
import { resolveAuthors } from './authors';
import { restoreVersion } from './restore';
import { findVersion, listVersions, type Version, type VersionSummary } from './versions';

interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: Record<string, unknown> };
  state: { userAbility?: { can(action: string, subject: string): boolean } };
  body: unknown;
}

const READ = 'plugin::content-manager.explorer.read';
const UPDATE = 'plugin::content-manager.explorer.update';

/** The caller must hold the content-manager's right on that type; no right and no such type look alike (403). */
function mustBeAllowed(ctx: Ctx, action: string, uid: string): void {
  if (isArchiveUid(uid) && ctx.state.userAbility?.can(action, uid)) return;
  // PolicyError is a ForbiddenError (403) that Strapi's authorize step rethrows as it is; a plain
  // ForbiddenError thrown in a handler becomes a bare "Forbidden" there, losing the bilingual message.
  throw new errors.PolicyError(
    action === UPDATE
      ? 'Bạn không có quyền khôi phục phiên bản của hồ sơ này / You may not restore versions of this record'
      : 'Bạn không có quyền xem lịch sử hồ sơ này / You may not see this record’s history',
  );
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

async function versionOr404(strapi: Core.Strapi, id: unknown): Promise<Version> {
  const version = await findVersion(strapi, Number(id));
  if (!version) throw new errors.NotFoundError('Không tìm thấy phiên bản / Version not found');
  return version;
}

async function withAuthors<T extends VersionSummary>(strapi: Core.Strapi, versions: T[]) {
  const authors = await resolveAuthors(strapi, versions.map((version) => version.author));
  return versions.map((version) => ({ ...version, author: authors.get(version.author) ?? version.author }));
}

/**
 * Admin API of record history, under /di-san/history (see docs/api.md).
 * Specific paths come first: /history/versions/:id and /history/diff would
 * otherwise match /history/:uid/:documentId.
 */
export function registerHistoryRoutes(strapi: Core.Strapi): void {
  addAdminRoutes(strapi, [
    {
      method: 'GET',
      path: '/history/versions/:id',
      handler: async (ctx: Ctx) => {
        const version = await versionOr404(strapi, ctx.params.id);
        mustBeAllowed(ctx, READ, version.uid);
        ctx.body = { data: (await withAuthors(strapi, [version]))[0] };
      },
    },
    {
      method: 'GET',
      path: '/history/diff',
      handler: async (ctx: Ctx) => {
        const from = await versionOr404(strapi, ctx.query.from);
        const to = await versionOr404(strapi, ctx.query.to);
        mustBeAllowed(ctx, READ, from.uid);
        // Two locales of one record compare (a translation against its source); two records do not.
        if (from.uid !== to.uid || from.documentId !== to.documentId) {
          throw new errors.ValidationError('Hai phiên bản thuộc hai hồ sơ khác nhau / The two versions belong to different records');
        }
        const [fromView, toView] = await withAuthors(strapi, [from, to]).then((list) =>
          list.map(({ snapshot: _snapshot, ...summary }) => summary),
        );
        ctx.body = { data: { from: fromView, to: toView, changes: diffSnapshots(from.snapshot, to.snapshot) } };
      },
    },
    {
      method: 'POST',
      path: '/history/:versionId/restore',
      handler: async (ctx: Ctx) => {
        const body = ctx.request.body ?? {};
        const uid = text(body.uid);
        const documentId = text(body.documentId);
        if (!uid || !documentId) {
          throw new errors.ValidationError('Cần uid và documentId của hồ sơ / uid and documentId of the record are required');
        }
        mustBeAllowed(ctx, UPDATE, uid);
        const versionId = Number(ctx.params.versionId);
        ctx.body = { data: await restoreVersion(strapi, { versionId, uid, documentId, locale: text(body.locale) }) };
      },
    },
    {
      method: 'GET',
      path: '/history/:uid/:documentId',
      handler: async (ctx: Ctx) => {
        mustBeAllowed(ctx, READ, ctx.params.uid);
        const versions = await listVersions(strapi, { uid: ctx.params.uid, documentId: ctx.params.documentId, locale: text(ctx.query.locale) });
        ctx.body = { data: await withAuthors(strapi, versions) };
      },
    },
  ]);
}
