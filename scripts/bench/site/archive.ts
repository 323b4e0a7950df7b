/**
 * The archive for bench:site, booted in this process the way `npm start`
 * runs it (embedded Meilisearch, compiled server, production mode, seeding
 * on first start, queue workers in the app) on a fresh data folder, plus one
 * demo video made with ffmpeg, uploaded and published through the admin API.
 */
import { archive, requireSearch } from '../../../src/archive';
import { checkDrift, hasDrift } from '../../../src/search/ops/drift';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { makeVideo } from '../../../tests/helpers/media-fixtures';
import { writeSrt } from '../../../tests/helpers/site-media';
import { compileServer } from '../../lib/build';
import { freePort, type RunningSearch, startMeilisearch } from '../../lib/meilisearch-server';
import { APP_DIR, applyEmbeddedDefaults } from '../../lib/runtime-env';
import { uidOf } from '../../../src/content-model';

/** What the embedded default must not inherit from the caller's shell: the run measures a fresh archive. */
const FOREIGN_ENV = [
  'MEILI_HOST', 'MEILI_MASTER_KEY', 'MEILI_INDEX_PREFIX', 'DATABASE_URL', 'DATABASE_CLIENT', 'DATABASE_FILENAME',
  'S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'PUBLIC_URL', 'ALLOWED_HOSTS', 'SEED_ON_START',
];


async function until(what: string, probe: () => Promise<boolean>, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Boots the app; seeding on first start happens inside strapi.start(). */
export async function bootArchive(dataDir: string): Promise<{ strapi: Core.Strapi; baseUrl: string; search: RunningSearch }> {
  for (const name of FOREIGN_ENV) delete process.env[name];
  const port = await freePort();
  Object.assign(process.env, {
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    // Scripts default to queue-only (with-strapi.ts); here the app must process the demo video itself.
    WORKERS_IN_APP: 'true',
    ADMIN_EMAIL: 'bench@example.org',
    ADMIN_PASSWORD: `Bench-${randomBytes(9).toString('base64url')}-1a`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    STRAPI_STARTUP_MESSAGE: 'false',
  });
  applyEmbeddedDefaults();
  const search = await startMeilisearch({ dataDir, masterKey: process.env.MEILI_MASTER_KEY!, port: 0 });
  process.env.MEILI_HOST = search.host;
  try {
    compileServer();
    const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
    // The admin panel is not built: it is not part of what visitors load, and building it takes minutes.
    const strapi = createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist'), autoReload: false, serveAdminPanel: false });
    await strapi.start();
    return { strapi, baseUrl: `http://127.0.0.1:${port}`, search };
  } catch (error) {
    await search.stop();
    throw error;
  }
}

/** Every published record searchable, none extra: the search page then measures real results. */
export async function waitForSearchIndex(strapi: Core.Strapi, seconds = 300): Promise<void> {
  const client = requireSearch(archive(strapi));
  await until('the search index to catch up with the database', async () => !hasDrift(await checkDrift(strapi, client)), seconds);
}

/** A 20 s 720p clip with Vietnamese captions, attached to the Xên bản festival, processed and published. */
export async function addDemoVideo(strapi: Core.Strapi, baseUrl: string, workDir: string): Promise<string> {
  const call = async (method: string, route: string, body?: unknown, token?: string) => {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: { ...(token && { Authorization: `Bearer ${token}` }), ...(!(body instanceof FormData) && body !== undefined && { 'Content-Type': 'application/json' }) },
      body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, any>;
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(json).slice(0, 500)}`);
    return json;
  };
  const token = (await call('POST', '/admin/login', { email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD })).data.token as string;
  const upload = async (file: string, type: string) => {
    const form = new FormData();
    form.append('files', new Blob([readFileSync(file)], { type }), path.basename(file));
    return ((await call('POST', '/upload', form, token)) as unknown as Array<{ id: number }>)[0].id;
  };
  const video = await upload(makeVideo(workDir, 'xen-ban.mp4', { seconds: 20, size: '1280x720' }), 'video/mp4');
  const captions = await upload(
    writeSrt(path.join(workDir, 'xen-ban.vi.srt'), [
      { start: 1, end: 5, text: 'Sáng sớm, cả bản tập trung ở nhà văn hoá' },
      { start: 6, end: 11, text: 'Thầy mo dâng lễ vật lên thần bản' },
      { start: 12, end: 19, text: 'Mọi người cùng múa xoè mừng năm mới' },
    ]),
    'application/x-subrip',
  );
  const festival = (await strapi.documents(uidOf('festival')).findFirst({ filters: { slug: 'xen-ban-thai' }, locale: 'vi' } as never)) as { documentId: string } | null;
  if (!festival) throw new Error('the seed has no Xên bản festival (slug xen-ban-thai)');
  const CM = `/content-manager/collection-types/${uidOf('media-item')}`;
  const created = await call('POST', `${CM}?locale=vi`, {
    title: 'Lễ Xên bản của người Thái ở Noong Hẹt',
    description: 'Phim tư liệu ngắn về lễ cúng bản đầu năm.',
    kind: 'video',
    rightsUri: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
    accessLevel: 'public',
    consent: { givenBy: 'Bản Noong Hẹt', scope: 'public', givenOn: '2025-03-01' },
    files: [video],
    captions: [{ tag: 'vi', kind: 'captions', file: captions }],
    festivals: { connect: [{ documentId: festival.documentId, locale: 'vi' }] },
  }, token);
  const documentId = created.data.documentId as string;
  let failure = '';
  await until('the demo video to be processed', async () => {
    const row = await strapi.db.query(uidOf('media-item')).findOne({ where: { documentId }, select: ['processing'] });
    if (row?.processing?.state === 'failed') failure = String(row.processing.error);
    return row?.processing?.state === 'ready' || Boolean(failure);
  }, 600);
  if (failure) throw new Error(`the demo video failed to process: ${failure}`);
  await call('POST', `${CM}/${documentId}/actions/publish?locale=vi`, {}, token);
  return documentId;
}
