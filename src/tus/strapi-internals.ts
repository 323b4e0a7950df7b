/**
 * The only module that reaches into Strapi's packages past their public
 * exports: the admin's own auth strategies (admin JWT, admin token, content-API
 * token) and the upload plugin's MIME checks, so /api/tus authenticates and
 * screens files exactly as /admin and /upload do instead of re-implementing
 * token checks. Versions are pinned in package.json; `loadStrapiInternals`
 * runs in register, so an upgrade that moves these files fails at boot.
 */
import path from 'node:path';

/** What a Strapi auth strategy's authenticate() returns. */
export interface AuthResult {
  authenticated?: boolean;
  credentials?: unknown;
  ability?: { can(action: string, subject?: string): boolean } | null;
  error?: Error | null;
}

export interface AuthStrategy {
  name: string;
  authenticate(ctx: unknown): Promise<AuthResult>;
  verify?(auth: { strategy: AuthStrategy; credentials: unknown; ability?: unknown }, config: { scope?: string[] }): void | Promise<void>;
}

export interface UploadSecurityResult {
  validFiles: unknown[];
  errors: Array<{ error: { code: string; message: string; details?: { finalType?: string; detectedType?: string } } }>;
}

export interface StrapiInternals {
  adminJwt: AuthStrategy;
  adminToken: AuthStrategy;
  contentApiToken: AuthStrategy;
  enforceUploadSecurity(files: unknown, strapi: unknown): Promise<UploadSecurityResult>;
}

let loaded: StrapiInternals | undefined;

const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

export function loadStrapiInternals(): StrapiInternals {
  if (loaded) return loaded;
  const strategies = path.join(packageDir('@strapi/admin'), 'dist', 'server', 'server', 'src', 'strategies');
  const strategy = (file: string): AuthStrategy => {
    const found = (require(path.join(strategies, file)) as { default?: AuthStrategy }).default;
    if (typeof found?.authenticate !== 'function') throw new Error(`@strapi/admin no longer has the auth strategy ${file}; /api/tus needs updating.`);
    return found;
  };
  const mime = require(path.join(packageDir('@strapi/upload'), 'dist', 'server', 'utils', 'mime-validation.js')) as Partial<StrapiInternals>;
  if (typeof mime.enforceUploadSecurity !== 'function') throw new Error('@strapi/upload no longer exports enforceUploadSecurity; /api/tus needs updating.');
  loaded = {
    adminJwt: strategy('admin.js'),
    adminToken: strategy('admin-token.js'),
    contentApiToken: strategy('content-api-token.js'),
    enforceUploadSecurity: mime.enforceUploadSecurity,
  };
  return loaded;
}
