import type { Core } from '@strapi/strapi';
import { isArchiveUid } from '../../../content-model';
import { reviewError } from '../../review/strapi/errors';
import { archiveLocales } from '../../review/strapi/target';
import { parseWithdrawal, problemMessage } from '../withdrawal';
import { WITHDRAWABLE, withdrawConsent } from './withdraw';

interface Ctx {
  params: Record<string, string>;
  request: { body?: unknown };
  state: { userAbility?: { can(action: string, subject: string): boolean } };
  body: unknown;
}

const PUBLISH = 'plugin::content-manager.explorer.publish';

/**
 * POST /di-san/consent/:uid/:documentId/withdraw (docs/api.md). A curator's
 * act: the caller must hold the content-manager's publish right on the type,
 * since a withdrawal changes what the public sees as a publish does.
 */
export function registerConsentRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/di-san',
    routes: [
      {
        method: 'POST',
        path: '/consent/:uid/:documentId/withdraw',
        handler: async (ctx: Ctx) => {
          const { uid, documentId } = ctx.params;
          if (!isArchiveUid(uid)) throw reviewError(404, 'Không tìm thấy loại hồ sơ', 'No such record type');
          if (!WITHDRAWABLE.includes(uid)) {
            throw reviewError(400, 'Chỉ rút được sự đồng ý của nhân vật hoặc tư liệu', 'Consent can only be withdrawn for a person or a media item');
          }
          if (!ctx.state.userAbility?.can(PUBLISH, uid)) {
            // reviewError(403) is a PolicyError: Strapi keeps its bilingual message.
            throw reviewError(403, 'Chỉ người phụ trách duyệt mới được ghi việc rút đồng ý', 'Only a curator may record a consent withdrawal');
          }
          const parsed = parseWithdrawal(ctx.request.body);
          if ('problems' in parsed) throw reviewError(400, ...splitMessage(problemMessage(parsed.problems)));
          const { locale } = parsed.withdrawal;
          // Consent is not localized: the withdrawal reaches every locale; a locale, if sent, must still be one of ours.
          if (locale && !(await archiveLocales(strapi)).includes(locale)) {
            throw reviewError(400, 'Ngôn ngữ không hợp lệ (locale: vi hoặc en)', 'Invalid locale (vi or en)');
          }
          ctx.body = { data: await withdrawConsent(strapi, { uid, documentId, withdrawal: parsed.withdrawal }) };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  } as never); // Core.Route wants `info` (routes() adds it) and handlers typed for a full Koa context.
}

/** reviewError joins '<vi> / <en>' itself. */
const splitMessage = (message: string): [string, string] => {
  const at = message.indexOf(' / ');
  return [message.slice(0, at), message.slice(at + 3)];
};
