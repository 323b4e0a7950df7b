/**
 * `npm run build`: everything `npm start` would otherwise build on its first
 * start — the admin panel (with the stamp start checks), the server (tsc →
 * dist) and the public site's assets (dist/site-assets) — so that the next
 * start only compiles incrementally and serves at once. Use it in an image
 * build or before a deploy; it needs no data folder, secrets or services.
 */
import { buildAdmin, compileServer } from './lib/build';

const log = (line: string) => process.stdout.write(`[di-san] ${line}\n`);

try {
  // The admin bundle is the same in every mode; production is what `npm start` runs.
  process.env.NODE_ENV ??= 'production';
  log('Building the admin panel (about 2 minutes)…');
  buildAdmin();
  log('Compiling the server and bundling the site assets…');
  compileServer();
  log('Built: dist/build (admin), dist/src and dist/config (server), dist/site-assets (site).');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
