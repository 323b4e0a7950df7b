/**
 * `npm run develop`: the whole archive in watch mode — the embedded defaults
 * and Meilisearch of `npm start`, with Strapi's own `strapi develop` (which
 * recompiles and restarts the server when a file under src/ or config/
 * changes) run as a child with that environment.
 *
 * Two things `strapi develop` alone does not do:
 * - it starts no Meilisearch, so search and the public site fail;
 * - before every compile it empties dist/ except dist/build (the admin), so
 *   the site's assets (dist/site-assets) vanish. This script puts them back
 *   as soon as they are gone, well before the restarted server answers (its
 *   TypeScript compile alone takes seconds), which also picks up any change
 *   to src/site/client/ or src/site/static/ (both trigger a restart).
 *
 * The admin panel is the prebuilt one of `npm start` (built once, rebuilt when
 * its inputs change), so restarts stay fast. `npm run develop -- --watch-admin`
 * serves it through Strapi's Vite dev server instead, for work on src/admin/.
 * Other arguments are passed to `strapi develop` (e.g. `--polling`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { bundleSiteClient, ensureAdminBuilt, SITE_ASSETS_DIR } from './lib/build';
import { startEmbeddedSearch, type superviseMeilisearch } from './lib/supervise-search';
import { APP_DIR, applyEmbeddedDefaults } from './lib/runtime-env';

const log = (line: string) => process.stdout.write(`[di-san] ${line}\n`);
/** How often to look for emptied site assets: a restart's compile takes several seconds, so 250 ms is ahead of it. */
const ASSET_CHECK_MS = 250;

async function main(): Promise<void> {
  process.env.NODE_ENV ??= 'development';
  const args = process.argv.slice(2);
  const isWatchingAdmin = args.includes('--watch-admin');
  const { dataDir, usesEmbeddedSearch } = applyEmbeddedDefaults();
  log(`Data folder: ${dataDir}`);

  let search: Awaited<ReturnType<typeof superviseMeilisearch>> | undefined;
  let strapi: ChildProcess | undefined;
  let assetTimer: NodeJS.Timeout | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    clearInterval(assetTimer);
    const strapiStopped = (async () => {
      if (strapi?.exitCode !== null || !strapi.pid) return;
      const exited = new Promise((resolve) => strapi!.once('exit', resolve));
      // The child leads its own process group: this reaches its cluster worker too.
      process.kill(-strapi.pid, 'SIGTERM');
      await exited;
    })();
    // At once, not after Strapi: a Ctrl-C has already reached Meilisearch (same process
    // group), and its supervisor must not take that for a crash and start it again.
    await Promise.all([strapiStopped, search?.stop()]);
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  try {
    if (usesEmbeddedSearch) {
      search = await startEmbeddedSearch(dataDir, log);
    }
    if (!isWatchingAdmin) ensureAdminBuilt(log);
    bundleSiteClient();
    const manifest = path.join(SITE_ASSETS_DIR, 'manifest.json');
    assetTimer = setInterval(() => {
      if (existsSync(manifest)) return;
      try {
        bundleSiteClient();
        log('Site assets rebuilt (strapi develop emptied dist/).');
      } catch (error) {
        // A syntax error in src/site/client/: say so, and try again on the next change.
        log(`Site assets could not be built: ${error instanceof Error ? error.message : String(error)}`);
      }
    }, ASSET_CHECK_MS);

    const strapiArgs = ['develop', ...(isWatchingAdmin ? [] : ['--no-watch-admin', '--no-build-admin']), ...args.filter((arg) => arg !== '--watch-admin')];
    strapi = spawn(path.join(APP_DIR, 'node_modules', '.bin', 'strapi'), strapiArgs, {
      cwd: APP_DIR,
      env: process.env,
      stdio: 'inherit',
      detached: true,
    });
    strapi.once('exit', (code, signal) => {
      if (stopping) return;
      log(`strapi develop exited (${signal ?? code}).`);
      void stop(code ?? 1);
    });
  } catch (error) {
    console.error(error);
    await stop(1);
  }
}

void main();
