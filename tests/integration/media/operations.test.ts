/**
 * Running the media archive: duplicates are pointed out, items can be
 * reprocessed (API and CLI), fixity catches changed or missing originals,
 * and the remaining bad inputs are refused or end in `failed` with a reason.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { APP_DIR, startTestApp, type TestApp } from '../../helpers/app';
import { makeImage, makeVideo, pngHeaderOnly } from '../../helpers/media-fixtures';
import { adminJwt } from '../../helpers/people';
import { archive } from '../../../src/archive';
import { checkFixity, isFixityClean } from '../../../src/media/fixity';
import { uidOf } from '../../../src/content-model';

const CM = `/content-manager/collection-types/${uidOf('media-item')}`;
const RIGHTS = 'https://creativecommons.org/licenses/by/4.0/';
const UPLOAD_LIMIT_BYTES = 40 * 1024 * 1024;

let app: TestApp;
let officer: string;
let dir: string;
const store = () => archive(app.strapi).storage;

before(async () => {
  process.env.UPLOAD_SIZE_LIMIT = String(UPLOAD_LIMIT_BYTES);
  app = await startTestApp();
  officer = await adminJwt(app, 'di-san-cultural-officer');
  dir = mkdtempSync(path.join(os.tmpdir(), 'di-san-ops-'));
});
after(async () => {
  delete process.env.UPLOAD_SIZE_LIMIT;
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const upload = (file: string, name = path.basename(file)) =>
  app.http().post('/upload').set('Authorization', `Bearer ${officer}`).attach('files', file, name);
const uploaded = async (file: string, name?: string) => {
  const response = await upload(file, name);
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body[0] as { id: number; name: string; url: string; hash: string };
};
const createItem = async (data: Record<string, unknown>) => {
  const response = await app.http().post(`${CM}?locale=vi`).set('Authorization', `Bearer ${officer}`).send({ rightsUri: RIGHTS, accessLevel: 'public', ...data });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body.data.documentId as string;
};
const row = (documentId: string) =>
  app.strapi.db.query(uidOf('media-item')).findOne({ where: { documentId }, select: ['processing', 'processingNotices', 'processingStatus', 'renditions'] });
/** Every queued job run; then the item's processing, which must have settled (after `since`). */
async function settle(documentId: string, { after: since = '' } = {}) {
  await app.drain({ timeoutSeconds: 120 });
  const { processing } = await row(documentId);
  if ((processing?.state === 'ready' || processing?.state === 'failed') && processing.updatedAt > since) return processing;
  throw new Error(`still ${JSON.stringify(processing)} once the queue drained`);
}

/** Where a top-level ISO-BMFF box starts (-1 if absent). */
function topLevelBoxOffset(data: Buffer, type: string): number {
  for (let offset = 0; offset + 8 <= data.length; offset += data.readUInt32BE(offset)) {
    if (data.toString('latin1', offset + 4, offset + 8) === type) return offset;
    if (data.readUInt32BE(offset) < 8) break;
  }
  return -1;
}

describe('duplicates', () => {
  it('the same photo in a second item is pointed out, with the item that holds it', async () => {
    const photo = await makeImage(dir, 'ban.jpg');
    const first = await createItem({ title: 'Bản Mường Luân', kind: 'image', files: [(await uploaded(photo)).id] });
    assert.equal((await settle(first)).state, 'ready');
    const second = await createItem({ title: 'Bản Mường Luân (lần 2)', kind: 'image', files: [(await uploaded(photo, 'ban-copy.jpg')).id] });
    assert.equal((await settle(second)).state, 'ready');
    const { processingNotices, processingStatus } = await row(second);
    assert.deepEqual(
      processingNotices.map((notice: { kind: string; documentId: string }) => [notice.kind, notice.documentId]),
      [['same-file', first]],
    );
    assert.match(processingNotices[0].message, /Bản Mường Luân/);
    assert.match(processingStatus, /^xong, 1 cảnh báo .* \/ ready, 1 notice$/);
  });
});

describe('reprocess', () => {
  it('the admin API processes an item again and replaces its renditions, leaving no old objects', async () => {
    const documentId = await createItem({ title: 'Ảnh xử lý lại', kind: 'image', files: [(await uploaded(await makeImage(dir, 'lai.jpg'))).id] });
    const first = await settle(documentId);
    const { renditions: before } = await row(documentId);
    const response = await app.http().post(`/di-san/media-items/${documentId}/reprocess`).set('Authorization', `Bearer ${officer}`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal((await settle(documentId, { after: first.updatedAt })).state, 'ready');
    const { renditions: after } = await row(documentId);
    assert.notEqual(after.run, before.run);
    const keys = await store().list(`derivatives/${documentId}/`);
    assert.ok(keys.length > 0 && keys.every((key: string) => key.split('/')[3] === after.run));
  });

  it('needs an admin who may edit media items', async () => {
    const response = await app.http().post('/di-san/media-items/x/reprocess');
    assert.equal(response.status, 401);
  });
});

describe('fixity', () => {
  it('reports a changed and a missing original, and passes when all match', async () => {
    const files = () => app.strapi.db.query('plugin::upload.file').findMany({ select: ['id', 'name', 'hash', 'ext', 'provider_metadata'] });
    const clean = await checkFixity({ store: store(), files: await files() });
    assert.ok(clean.checked > 0);
    assert.ok(isFixityClean(clean), JSON.stringify(clean));
    const a = await uploaded(await makeImage(dir, 'fixity-a.jpg', { width: 400, height: 300 }));
    const b = await uploaded(await makeImage(dir, 'fixity-b.jpg', { width: 300, height: 400 }));
    await store().put({ key: `originals/${a.hash}.jpg`, body: Buffer.from('changed bytes') });
    await store().delete([`originals/${b.hash}.jpg`]);
    const report = await checkFixity({ store: store(), files: await files() });
    assert.deepEqual(report.mismatched.map((file) => file.id), [a.id]);
    assert.deepEqual(report.missing.map((file) => file.id), [b.id]);
    assert.equal(isFixityClean(report), false);
  });

  it('`npm run fixity` exits non-zero and names the files', { skip: process.env.TEST_DATABASE === 'postgres' }, () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/fixity.ts'], {
      cwd: APP_DIR,
      env: { ...process.env, LOG_LEVEL: 'error' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /CHANGED +#\d+ fixity-a\.jpg/);
    assert.match(result.stderr, /MISSING +#\d+ fixity-b\.jpg/);
  });
});

describe('bad input', () => {
  it('a zero-byte file is refused at upload or ends in failed', async () => {
    const empty = path.join(dir, 'empty.mp4');
    writeFileSync(empty, '');
    const response = await upload(empty);
    if (response.status >= 400) {
      assert.ok(response.status < 500, String(response.status));
      return;
    }
    const documentId = await createItem({ title: 'Rỗng', kind: 'video', files: [response.body[0].id] });
    const processing = await settle(documentId);
    assert.equal(processing.state, 'failed');
    assert.match(processing.error, /empty|0 bytes/);
  });

  it('a 30000×30000 PNG ends in failed, fast, without decoding it', async () => {
    // A real PNG header claiming 30000×30000: the pixel limit must stop it before any decode.
    const file = path.join(dir, 'bomb.png');
    writeFileSync(file, pngHeaderOnly(30_000, 30_000));
    const documentId = await createItem({ title: 'Bom giải nén', kind: 'image', files: [(await uploaded(file)).id] });
    const processing = await settle(documentId);
    assert.equal(processing.state, 'failed');
    assert.match(processing.error, /30000|too large|pixels/i);
    assert.deepEqual(await store().list(`derivatives/${documentId}/`), []);
  });

  it('a 65535×16 PNG fails at once, naming its shape, with nothing stored', async () => {
    const file = path.join(dir, 'strip.png');
    await sharp({ create: { width: 65_535, height: 16, channels: 3, background: '#a0522d' } }).png().toFile(file);
    const documentId = await createItem({ title: 'Dải ảnh', kind: 'image', files: [(await uploaded(file)).id] });
    // A retried failure would pass through `queued` and take 30 s of backoff per attempt; this one is final.
    const processing = await settle(documentId);
    assert.equal(processing.state, 'failed');
    assert.match(processing.error, /65535x16 px .*too long and thin/);
    assert.doesNotMatch(processing.error, /attempt/i);
    assert.deepEqual(await store().list(`derivatives/${documentId}/`), []);
  });

  it('an MP4 whose moov box was cut off says it looks truncated', async () => {
    const whole = readFileSync(makeVideo(dir, 'cut-moov.mp4', { seconds: 2, size: '320x240' }));
    const moov = topLevelBoxOffset(whole, 'moov');
    assert.ok(moov > 0, 'ffmpeg writes moov after mdat by default');
    const file = path.join(dir, 'moov-cut.mp4');
    writeFileSync(file, whole.subarray(0, moov + 64));
    const documentId = await createItem({ title: 'Video bị cắt', kind: 'video', files: [(await uploaded(file)).id] });
    const processing = await settle(documentId);
    assert.equal(processing.state, 'failed');
    assert.match(processing.error, /truncated or damaged/);
    assert.doesNotMatch(processing.error, /attempt/i);
    assert.deepEqual(await store().list(`derivatives/${documentId}/`), []);
  });

  it('a video in a codec the pipeline cannot convert ends in failed with the codec named', async () => {
    const file = path.join(dir, 'ffv1.mkv');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=160x120:rate=10:duration=1', '-c:v', 'ffv1', file]);
    const documentId = await createItem({ title: 'Mã hoá lạ', kind: 'video', files: [(await uploaded(file)).id] });
    const processing = await settle(documentId);
    assert.equal(processing.state, 'failed');
    assert.match(processing.error, /ffv1/);
  });

  it('an 8K video is processed with its ladder capped at 720p', async () => {
    const file = makeVideo(dir, '8k.mp4', { seconds: 1, size: '7680x4320', withAudio: false });
    const documentId = await createItem({ title: 'Video 8K', kind: 'video', files: [(await uploaded(file)).id] });
    const processing = await settle(documentId);
    assert.equal(processing.state, 'ready', processing.error);
    const { renditions } = await row(documentId);
    const heights = renditions.files[0].outputs.filter((o: { role: string }) => o.role === 'hls-variant').map((o: { height: number }) => o.height);
    assert.equal(Math.max(...heights), 720);
  });

  it('an SVG is refused at upload', async () => {
    const file = path.join(dir, 'hoa-van.svg');
    writeFileSync(file, '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>');
    const response = await upload(file);
    assert.ok(response.status >= 400 && response.status < 500, `${response.status} ${JSON.stringify(response.body)}`);
  });

  it('a file name with ../ or control characters is refused with 400, storing nothing', async () => {
    const image = await makeImage(dir, 'plain.jpg', { width: 200, height: 200 });
    for (const name of ['../../etc/pass\u0007wd.jpg', 'ảnh\u0000.jpg']) {
      const before = await app.strapi.db.query('plugin::upload.file').count();
      const response = await upload(image, name);
      assert.equal(response.status, 400, JSON.stringify(response.body));
      assert.match(response.body.error.message, /name/i);
      assert.equal(await app.strapi.db.query('plugin::upload.file').count(), before);
    }
  });

  it('an upload over the size limit gets 413 and stores nothing', async () => {
    const big = path.join(dir, 'big.mp4');
    writeFileSync(big, Buffer.alloc(UPLOAD_LIMIT_BYTES + 1024 * 1024, 1));
    const before = await app.strapi.db.query('plugin::upload.file').count();
    const response = await upload(big);
    assert.equal(response.status, 413, JSON.stringify(response.body));
    assert.equal(await app.strapi.db.query('plugin::upload.file').count(), before);
  });
});
