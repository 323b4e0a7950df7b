import type { Core } from '@strapi/strapi';
import { isArchiveUid, typeOf } from '../../../content-model';
import { previewPath } from '../../../site/routes';
import { previewKey, signPreview } from '../token';

interface PreviewParams {
  documentId: string;
  locale?: string | null;
  status?: string;
}

/**
 * The handler of Strapi's Preview (config/admin.ts → preview.config.handler):
 * the URL of the record's page on the public layout, signed for this record,
 * locale and status. Strapi calls it from its admin route, which only a
 * signed-in admin reaches; a caller who may not read the type gets no URL
 * (the button then shows nothing to open).
 */
export async function previewUrl(strapi: Core.Strapi, uid: string, params: PreviewParams): Promise<string | null> {
  if (!isArchiveUid(uid)) return null;
  const ctx = strapi.requestContext.get() as
    | { state?: { userAbility?: { can(action: string, subject: string): boolean } }; origin?: string }
    | undefined;
  if (!ctx?.state?.userAbility?.can('plugin::content-manager.explorer.read', uid)) return null;
  const locale = params.locale === 'en' ? 'en' : 'vi';
  const status = params.status === 'published' ? 'published' : 'draft';
  const type = typeOf(uid);
  const token = signPreview(previewKey(String(strapi.config.get('admin.auth.secret', ''))), { type, documentId: params.documentId, locale, status });
  // Same origin as the admin: the frame is allowed by the site's frame-ancestors 'self'.
  const origin = String(strapi.config.get('server.url', '') || ctx.origin || '');
  return `${origin}${previewPath(locale, type, params.documentId)}?status=${status}&token=${encodeURIComponent(token)}`;
}
