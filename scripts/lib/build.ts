/**
 * Compile the server (tsc → dist, a few seconds) and bundle the public site's
 * browser code (esbuild, well under a second) on every start, and build the
 * admin panel (~2 minutes, ~2 GB of memory) only when it is missing or its
 * inputs changed. Tests build it only for the admin browser tests (tests/browser/admin/).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { APP_DIR } from './runtime-env';

const bin = (name: string) => path.join(APP_DIR, 'node_modules', '.bin', name);

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { cwd: APP_DIR, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status ?? result.signal}).`);
}

export function compileServer(): void {
  run(bin('tsc'), ['-p', 'tsconfig.json'], 'Compiling the server (tsc)');
  bundleSiteClient();
}

/** Where src/site/assets.ts finds the files and their manifest. */
export const SITE_ASSETS_DIR = path.join(APP_DIR, 'dist', 'site-assets');
const SITE_CLIENT_ENTRY = path.join(APP_DIR, 'src', 'site', 'client', 'main.ts');
/** The deep-zoom viewer: its own asset, imported only when a visitor asks to zoom (src/site/client/zoom.ts). */
const ZOOM_VIEWER_ENTRY = path.join(APP_DIR, 'src', 'site', 'client', 'zoom-viewer.ts');
const SITE_STATIC_DIR = path.join(APP_DIR, 'src', 'site', 'static');
const HLS_LIGHT = path.join(APP_DIR, 'node_modules', 'hls.js', 'dist', 'hls.light.min.mjs');
/** Already-compressed formats gain nothing from gzip or brotli. */
const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|xml|webmanifest|ico|map)$/i;
/** Unreferenced files are kept this long, so a server still running on the previous manifest keeps working. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Writes dist/site-assets/: the site's browser bundle, hls.js (loaded on first
 * play only) and src/site/static/*, each under a content-hashed name so it can
 * be cached forever, with .gz/.br siblings, and manifest.json mapping the
 * plain names ("site.js", "hls.js", "favicon.svg") to the hashed ones.
 */
export function bundleSiteClient(outDir = SITE_ASSETS_DIR, staticDir = SITE_STATIC_DIR): Record<string, string> {
  const bundleOf = (entry: string) => buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    // Old Chromes on cheap Android phones; dynamic import() (Chrome 63+) is
    // kept as is, which esbuild would otherwise refuse for this target.
    target: 'es2017',
    supported: { 'dynamic-import': true },
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const bundle = bundleOf(SITE_CLIENT_ENTRY);
  const zoomViewer = bundleOf(ZOOM_VIEWER_ENTRY);
  // The copy's source map comment would point at a file we do not ship.
  const hls = readFileSync(HLS_LIGHT, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');

  mkdirSync(outDir, { recursive: true });
  const manifest: Record<string, string> = {};
  const add = (name: string, content: Buffer) => {
    if (Object.prototype.hasOwnProperty.call(manifest, name)) throw new Error(`Two site assets are both named ${name} (src/site/static/ must not reuse site.js, hls.js or zoom.js).`);
    const ext = path.extname(name);
    const hashed = `${name.slice(0, name.length - ext.length)}.${createHash('sha256').update(content).digest('hex').slice(0, 8)}${ext}`;
    manifest[name] = hashed;
    const compress = COMPRESSIBLE.test(name);
    const file = path.join(outDir, hashed);
    // Same name means same content: skip a second of brotli work on every start.
    if (existsSync(file) && (!compress || (existsSync(`${file}.gz`) && existsSync(`${file}.br`)))) return;
    if (compress) {
      writeAtomically(`${file}.gz`, gzipSync(content, { level: 9 }));
      const brotliParams = { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: content.length };
      writeAtomically(`${file}.br`, brotliCompressSync(content, { params: brotliParams }));
    }
    // Last, so that its presence means the compressed siblings are there too.
    writeAtomically(file, content);
  };
  add('site.js', Buffer.from(bundle.outputFiles[0].contents));
  add('hls.js', Buffer.from(hls));
  add('zoom.js', Buffer.from(zoomViewer.outputFiles[0].contents));
  for (const file of filesUnder(staticDir).sort()) {
    if (path.basename(file).startsWith('.')) continue; // .gitkeep, editor files
    add(path.relative(staticDir, file).split(path.sep).join('/'), readFileSync(file));
  }
  writeAtomically(path.join(outDir, 'manifest.json'), Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  removeStaleAssets(outDir, new Set(Object.values(manifest)));
  return manifest;
}

/** Rename into place, so a concurrent build or a running server never reads half a file. */
function writeAtomically(file: string, content: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}

function removeStaleAssets(outDir: string, current: Set<string>): void {
  const cutoff = Date.now() - STALE_MS;
  for (const file of filesUnder(outDir)) {
    const name = path.relative(outDir, file).split(path.sep).join('/').replace(/\.(gz|br)$/, '');
    if (name === 'manifest.json' || current.has(name)) continue;
    try {
      if (statSync(file).mtimeMs < cutoff) unlinkSync(file);
    } catch {
      // Another build removed it first.
    }
  }
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * What the admin bundle depends on: installed packages, admin customisations, plugin config, and
 * the shared code src/admin imports (the content model, the field labels).
 */
function adminInputsHash(): string {
  const hash = createHash('sha256');
  const shared = ['src/content-model', 'src/curation/labels'].flatMap((dir) => filesUnder(path.join(APP_DIR, dir)));
  const inputs = ['package-lock.json', 'config/admin.ts', 'config/plugins.ts', ...filesUnder(path.join(APP_DIR, 'src', 'admin')), ...shared];
  for (const input of inputs) {
    const file = path.resolve(APP_DIR, input);
    if (existsSync(file)) hash.update(input).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** Written after every admin build; `npm start` rebuilds only when it is missing or stale. */
export const ADMIN_STAMP = path.join(APP_DIR, 'dist', 'build', '.inputs-hash');

/** Whether dist/build was built from the current admin inputs (the check `npm start` makes). */
export function isAdminUpToDate(stamp = ADMIN_STAMP): boolean {
  return existsSync(stamp) && readFileSync(stamp, 'utf8') === adminInputsHash();
}

/**
 * Build the admin panel now, whatever the stamp says, then write the stamp
 * (`npm run build`). The stamp is written last, so an interrupted build is
 * redone by the next start.
 * @param runBuild how to build; tests pass a stand-in for the 2-minute build.
 */
export function buildAdmin({
  stamp = ADMIN_STAMP,
  runBuild = () => run(bin('strapi'), ['build', '--minify'], 'Building the admin panel (strapi build)'),
}: { stamp?: string; runBuild?: () => void } = {}): void {
  const expected = adminInputsHash();
  runBuild();
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, expected);
}

export function ensureAdminBuilt(log: (line: string) => void): void {
  if (isAdminUpToDate()) {
    log('The admin panel is up to date (dist/build); not rebuilding it.');
    return;
  }
  log('Building the admin panel (first start or after an update: about 2 minutes)…');
  buildAdmin();
}
