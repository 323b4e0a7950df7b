/**
 * Who may use /api/tus: admin-panel users (JWT or admin token) whose role may
 * create uploads (plugin::upload.assets.create), and content-API tokens that
 * may upload (full access, or custom with the upload permission). Verified by
 * Strapi's own strategies, in the order the admin and content API use them.
 */
import { loadStrapiInternals, type AuthResult } from './strapi-internals';
import type { TusErrorCode } from './messages';
import { uidOf } from '../content-model';

const UPLOAD_ACTION = 'plugin::upload.assets.create';
const UPLOAD_SCOPE = 'plugin::upload.content-api.upload';
const MEDIA_ITEM = uidOf('media-item');

export interface Uploader {
  /** Stable owner id stored with each upload, e.g. "admin:3" or "api-token:7". */
  key: string;
  /** The admin user, passed to the upload service so the file records its creator. */
  adminUser?: { id: number | string };
  /** Whether this caller may attach files to a media item's draft. */
  mayEditMediaItems: boolean;
}

export type AuthOutcome = { uploader: Uploader } | { refused: Extract<TusErrorCode, 'sign-in-required' | 'not-allowed'> };

interface AuthCtx {
  request: { header: Record<string, string | string[] | undefined> };
  state: Record<string, unknown>;
}

export async function authenticateUploader(ctx: AuthCtx): Promise<AuthOutcome> {
  if (!ctx.request.header.authorization) return { refused: 'sign-in-required' };
  const { adminJwt, adminToken, contentApiToken } = loadStrapiInternals();

  for (const strategy of [adminJwt, adminToken]) {
    const result: AuthResult = await strategy.authenticate(ctx);
    if (!result.authenticated) continue;
    const user = result.credentials as { id: number | string } & Record<string, unknown>;
    if (!result.ability?.can(UPLOAD_ACTION)) return { refused: 'not-allowed' };
    return {
      uploader: {
        key: `${strategy.name === adminJwt.name ? 'admin' : 'admin-token'}:${user.id}`,
        adminUser: user,
        mayEditMediaItems: result.ability.can('plugin::content-manager.explorer.update', MEDIA_ITEM),
      },
    };
  }

  const result = await contentApiToken.authenticate(ctx);
  if (result.error) return { refused: 'sign-in-required' }; // expired token
  if (!result.authenticated) return { refused: 'sign-in-required' };
  const auth = { strategy: contentApiToken, credentials: result.credentials, ability: result.ability };
  try {
    await contentApiToken.verify?.(auth, { scope: [UPLOAD_SCOPE] });
  } catch (error) {
    return { refused: (error as Error).name === 'UnauthorizedError' ? 'sign-in-required' : 'not-allowed' };
  }
  const token = result.credentials as { id: number | string; type?: string };
  const mayEditMediaItems = token.type === 'full-access' || Boolean(result.ability?.can(`${MEDIA_ITEM}.update`));
  return { uploader: { key: `api-token:${token.id}`, mayEditMediaItems } };
}
