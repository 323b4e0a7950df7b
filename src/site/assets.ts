/**
 * The public site's static assets (built by scripts/lib/build.ts into
 * dist/site-assets/): URLs for templates, and serving under /assets/.
 * Every served name carries a content hash, so responses are cached forever.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { acceptedEncoding, type SiteCtx } from './respond';

export interface KoaLikeCtx {
  path: string;
  method: string;
  status: number;
  body: unknown;
  acceptsEncodings: SiteCtx['acceptsEncodings'];
  get(name: string): string;
  set(name: string, value: string): void;
}

export interface SiteAssets {
  /** Public URL of an asset by its plain name ("site.js", "hls.js", "favicon.svg"); throws on unknown names. */
  path(name: string): string;
  /** Answers /assets/* requests (true when it did), leaving every other path to the next middleware (false). */
  serve(ctx: KoaLikeCtx): Promise<boolean>;
}

export const ASSETS_ROUTE = '/assets/';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export function loadSiteAssets(distRoot: string): SiteAssets {
  const dir = path.join(distRoot, 'site-assets');
  const manifestFile = path.join(dir, 'manifest.json');
  let manifest: Record<string, string>;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : `cannot be read (${(error as Error).message})`;
    throw new Error(`The site asset manifest ${manifestFile} ${reason}; build it with compileServer() in scripts/lib/build.ts.`);
  }
  // Only hashed names from the manifest are served, so no request path can
  // reach any other file (no traversal to check beyond an exact match).
  const served = new Set(Object.values(manifest));

  return {
    path(name) {
      const file = Object.prototype.hasOwnProperty.call(manifest, name) ? manifest[name] : undefined;
      if (!file) throw new Error(`Unknown site asset "${name}" (not in ${manifestFile}).`);
      return ASSETS_ROUTE + file;
    },
    async serve(ctx) {
      if (!ctx.path.startsWith(ASSETS_ROUTE)) return false;
      const name = ctx.path.slice(ASSETS_ROUTE.length);
      if (!served.has(name)) {
        ctx.status = 404;
        return true;
      }
      if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
        ctx.status = 405;
        ctx.set('Allow', 'GET, HEAD');
        return true;
      }
      const file = path.join(dir, name);
      let chosen: { file: string; size: number; encoding?: string } | null = null;
      // Each coding the client accepts, in our order, until one was built for this file.
      for (const encoding of ENCODINGS) {
        if (acceptedEncoding(ctx, [encoding.name]) === undefined) continue;
        const size = fileSize(file + encoding.suffix);
        if (size !== null) {
          chosen = { file: file + encoding.suffix, size, encoding: encoding.name };
          break;
        }
      }
      if (!chosen) {
        const size = fileSize(file);
        if (size === null) {
          ctx.status = 404; // listed but gone: a build is replacing the folder
          return true;
        }
        chosen = { file, size };
      }
      ctx.status = 200;
      ctx.set('Content-Type', CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream');
      ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
      ctx.set('Vary', 'Accept-Encoding');
      ctx.set('X-Content-Type-Options', 'nosniff');
      if (chosen.encoding) ctx.set('Content-Encoding', chosen.encoding);
      // After the body: Koa sets Content-Length from a stream body only when it knows it.
      if (ctx.method === 'GET') ctx.body = createReadStream(chosen.file);
      ctx.set('Content-Length', String(chosen.size));
      return true;
    },
  };
}

function fileSize(file: string): number | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}
