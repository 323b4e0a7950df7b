/**
 * Resumable uploads (tus 1.0 at /api/tus) as an officer on a weak link meets
 * them: tus-js-client against the real server, in both storage modes. A
 * finished upload becomes a library file with the same bytes (and feeds the
 * media pipeline when it names a media item); a dropped upload resumes from
 * the server's offset; strangers, oversize files and expired leftovers are
 * refused or removed, leaving nothing behind.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as tus from 'tus-js-client';
import { startTestApp, type TestApp } from '../../helpers/app';
import { makeVideo } from '../../helpers/media-fixtures';
import { adminJwt, apiToken } from '../../helpers/people';
import { archive } from '../../../src/archive';
import { uidOf } from '../../../src/content-model';

const CM = `/content-manager/collection-types/${uidOf('media-item')}`;
const RIGHTS = 'https://creativecommons.org/licenses/by-nc-sa/4.0/';
/** Short enough to wait out in a test, long enough for the other uploads to finish first. */
const EXPIRY_SECONDS = 12;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tusSuite(storage: 'local' | 's3') {
  let app: TestApp;
  const tusRuntime = () => archive(app.strapi).tus;
  const objectStore = () => archive(app.strapi).storage;
  let officer: string;
  let endpoint: string;
  let dir: string;
  let video: Buffer;
  const previousExpiry = process.env.TUS_EXPIRY_HOURS;

  before(async () => {
    process.env.TUS_EXPIRY_HOURS = String(EXPIRY_SECONDS / 3600);
    app = await startTestApp({ storage });
    officer = await adminJwt(app, 'di-san-cultural-officer');
    dir = mkdtempSync(path.join(os.tmpdir(), 'di-san-tus-'));
    video = readFileSync(makeVideo(dir, 'xen-ban.mp4', { seconds: 6 }));
    // tus-js-client speaks real HTTP, so the app listens on a loopback port.
    await new Promise<void>((resolve) => app.strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(app.strapi.server.httpServer.address() as AddressInfo).port}/api/tus`;
  });
  after(async () => {
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
    if (previousExpiry === undefined) delete process.env.TUS_EXPIRY_HOURS;
    else process.env.TUS_EXPIRY_HOURS = previousExpiry;
  });

  /** Runs one tus-js-client upload to the end (or until `stopAfterChunks`), resolving with what it saw. */
  const runUpload = (options: tus.UploadOptions & { stopAfterChunks?: number; token?: string; body?: Buffer }) =>
    new Promise<{ upload: tus.Upload; fileId?: string; mediaItem?: string; headOffsets: number[]; stopped: boolean }>((resolve, reject) => {
      const headOffsets: number[] = [];
      let chunks = 0;
      const upload: tus.Upload = new tus.Upload(options.body ?? video, {
        endpoint,
        retryDelays: null,
        headers: { Authorization: `Bearer ${options.token ?? officer}` },
        onAfterResponse: (req, res) => {
          if (req.getMethod() === 'HEAD') headOffsets.push(Number(res.getHeader('Upload-Offset')));
        },
        onChunkComplete: () => {
          chunks += 1;
          // A dropped link: the client stops mid-file, with part of it on the server.
          if (options.stopAfterChunks !== undefined && chunks === options.stopAfterChunks) {
            upload.abort().then(() => resolve({ upload, headOffsets, stopped: true }), reject);
          }
        },
        onSuccess: ({ lastResponse }) =>
          resolve({
            upload,
            headOffsets,
            stopped: false,
            fileId: lastResponse.getHeader('Di-San-File-Id'),
            mediaItem: lastResponse.getHeader('Di-San-Media-Item'),
          }),
        onError: reject,
        ...options,
      });
      upload.start();
    });

  const storedBytesOf = async (fileId: string) => {
    const file = await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: Number(fileId) } });
    assert.ok(file, `library file ${fileId} exists`);
    const { stream } = await objectStore().getStream(`originals/${file.hash}${file.ext}`);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
    return { file, bytes: Buffer.concat(chunks) };
  };
  const leftovers = () => tusRuntime().storage.leftovers();

  describe(`resumable uploads (${storage} storage)`, () => {
    it('a finished upload becomes a library file with the same bytes, attached to its media item, which gets processed', async () => {
      const created = await app
        .http()
        .post(`${CM}?locale=vi`)
        .set('Authorization', `Bearer ${officer}`)
        .send({ title: 'Lễ Xên bản Noong Hẹt', kind: 'video', rightsUri: RIGHTS, accessLevel: 'public' });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const documentId = created.body.data.documentId as string;

      const result = await runUpload({
        chunkSize: 256 * 1024,
        metadata: { filename: 'Lễ Xên bản: ngày 1?.mp4', filetype: 'video/mp4', mediaItem: documentId },
      });
      assert.match(result.fileId ?? '', /^\d+$/, 'the final PATCH names the new file');
      assert.equal(result.mediaItem, documentId);
      const { file, bytes } = await storedBytesOf(result.fileId!);
      assert.equal(sha256(bytes), sha256(video));
      assert.equal(file.name, 'Lễ Xên bản_ ngày 1_.mp4', 'the name is made safe, diacritics kept');
      assert.equal(file.mime, 'video/mp4');
      assert.deepEqual(await leftovers(), [], 'no partial data stays behind');

      await app.drain();
      const row = await app.strapi.db.query(uidOf('media-item')).findOne({ where: { documentId }, select: ['processing'] });
      assert.equal(row?.processing?.state, 'ready', JSON.stringify(row?.processing));
      const item = await app.strapi.documents(uidOf('media-item')).findOne({ documentId, locale: 'vi', status: 'draft', populate: ['files'] } as never);
      assert.deepEqual(((item as unknown as { files: Array<{ id: number }> }).files ?? []).map((f) => f.id), [Number(result.fileId)]);
    });

    it('an upload cut off mid-way resumes from the offset the server reports', async () => {
      const chunkSize = 32 * 1024;
      const metadata = { filename: 'hat-khap.mp4', filetype: 'video/mp4' };
      const first = await runUpload({ chunkSize, metadata, stopAfterChunks: 3 });
      assert.equal(first.stopped, true);
      const uploadUrl = first.upload.url!;
      assert.match(uploadUrl, /\/api\/tus\/[0-9a-f]{32}$/);

      // Another officer cannot see or continue it.
      const other = await adminJwt(app, 'di-san-cultural-officer');
      const stranger = await app.http().head(new URL(uploadUrl).pathname).set('Authorization', `Bearer ${other}`).set('Tus-Resumable', '1.0.0');
      assert.equal(stranger.status, 404);

      // The rest in one request, as a client does once the link is good again.
      const resumed = await runUpload({ metadata, uploadUrl });
      assert.equal(resumed.headOffsets.length, 1, 'the client asked the server where to continue');
      assert.equal(resumed.headOffsets[0], 3 * chunkSize, 'the server kept the three chunks it received');
      assert.ok(resumed.headOffsets[0] > 0 && resumed.headOffsets[0] < video.length);
      const { bytes } = await storedBytesOf(resumed.fileId!);
      assert.equal(sha256(bytes), sha256(video));
      assert.deepEqual(await leftovers(), []);
    });

    it('refuses callers without the right credentials', async () => {
      const create = (token?: string) => {
        const request = app
          .http()
          .post('/api/tus')
          .set('Tus-Resumable', '1.0.0')
          .set('Upload-Length', '10')
          .set('Upload-Metadata', `filename ${Buffer.from('a.mp4').toString('base64')}`);
        return token ? request.set('Authorization', `Bearer ${token}`) : request;
      };
      const anonymous = await create();
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.body.error.details.code, 'sign-in-required');
      assert.match(anonymous.body.error.message, /đăng nhập/);
      assert.equal((await create('not-a-token')).status, 401);
      const readOnly = await create(await apiToken(app, 'read-only'));
      assert.equal(readOnly.status, 403);
      const partner = await apiToken(app, 'full-access');
      const accepted = await create(partner);
      assert.equal(accepted.status, 201, 'full-access API tokens may upload');
      const cancelled = await app.http().delete(accepted.headers.location).set('Authorization', `Bearer ${partner}`).set('Tus-Resumable', '1.0.0');
      assert.equal(cancelled.status, 204, 'and cancel their own upload');
      const english = await create().set('Accept-Language', 'en-GB,en;q=0.9,vi;q=0.5');
      assert.match(english.body.error.message, /Sign in/);
    });

    it('refuses a file over TUS_MAX_SIZE before any byte is stored', async () => {
      const before = await leftovers();
      const response = await app
        .http()
        .post('/api/tus')
        .set('Authorization', `Bearer ${officer}`)
        .set('Tus-Resumable', '1.0.0')
        .set('Upload-Length', String(4 * 1024 ** 3 + 1))
        .set('Upload-Metadata', `filename ${Buffer.from('le-hoi-ca-ngay.mp4').toString('base64')}`);
      assert.equal(response.status, 413);
      assert.equal(response.body.error.details.code, 'too-large');
      assert.match(response.body.error.message, /4 GiB/);
      assert.deepEqual(await leftovers(), before);
    });

    it('refuses metadata an officer can fix, saying why, and stores nothing', async () => {
      const before = await leftovers();
      const create = (metadata: Record<string, string>) =>
        app
          .http()
          .post('/api/tus')
          .set('Authorization', `Bearer ${officer}`)
          .set('Tus-Resumable', '1.0.0')
          .set('Upload-Length', '100')
          .set('Upload-Metadata', Object.entries(metadata).map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`).join(','));
      const cases: Array<[Record<string, string>, string]> = [
        [{ filetype: 'video/mp4' }, 'missing-filename'],
        [{ filename: '...' }, 'bad-filename'],
        [{ filename: 'a.mp4', mediaItem: 'khongcomucnaytrongkho0000' }, 'unknown-media-item'],
        [{ filename: 'phu-de.srt', captionTag: 'vi' }, 'bad-caption-tag'],
      ];
      for (const [metadata, code] of cases) {
        const response = await create(metadata);
        assert.equal(response.status, 400, `${code}: ${JSON.stringify(response.body)}`);
        assert.equal(response.body.error.details.code, code);
        assert.ok(response.body.error.details.messages.vi && response.body.error.details.messages.en);
      }
      assert.deepEqual(await leftovers(), before);
    });

    it('refuses an empty file (Upload-Length: 0) with 400, saying so, and keeps nothing', async () => {
      const leftoversBefore = await leftovers();
      const filesBefore = await app.strapi.db.query('plugin::upload.file').count();
      const response = await app
        .http()
        .post('/api/tus')
        .set('Authorization', `Bearer ${officer}`)
        .set('Tus-Resumable', '1.0.0')
        .set('Upload-Length', '0')
        .set('Upload-Metadata', `filename ${Buffer.from('rong.mp4').toString('base64')}`);
      assert.equal(response.status, 400, JSON.stringify(response.body));
      assert.equal(response.body.error.details.code, 'empty-file');
      assert.match(response.body.error.details.messages.vi, /rỗng/);
      assert.match(response.body.error.details.messages.en, /empty/);
      assert.deepEqual(await leftovers(), leftoversBefore);
      assert.equal(await app.strapi.db.query('plugin::upload.file').count(), filesBefore);
    });

    it('refuses an empty file whose length was deferred, and keeps nothing', async () => {
      const leftoversBefore = await leftovers();
      const filesBefore = await app.strapi.db.query('plugin::upload.file').count();
      const created = await app
        .http()
        .post('/api/tus')
        .set('Authorization', `Bearer ${officer}`)
        .set('Tus-Resumable', '1.0.0')
        .set('Upload-Defer-Length', '1')
        .set('Upload-Metadata', `filename ${Buffer.from('rong.mp4').toString('base64')}`);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const response = await app
        .http()
        .patch(created.headers.location)
        .set('Authorization', `Bearer ${officer}`)
        .set('Tus-Resumable', '1.0.0')
        .set('Upload-Offset', '0')
        .set('Upload-Length', '0')
        .set('Content-Type', 'application/offset+octet-stream')
        .send(Buffer.alloc(0));
      assert.equal(response.status, 400, response.text);
      assert.equal(JSON.parse(response.text).error.details.code, 'empty-file');
      assert.deepEqual(await leftovers(), leftoversBefore);
      assert.equal(await app.strapi.db.query('plugin::upload.file').count(), filesBefore);
    });

    it('a file of a refused type is not kept, neither in the library nor as partial data', async () => {
      const filesBefore = await app.strapi.db.query('plugin::upload.file').count();
      await assert.rejects(
        runUpload({ body: Buffer.from('#!/bin/sh\necho hi\n'), metadata: { filename: 'cai-dat.sh', filetype: 'application/x-sh' } }),
        (error: Error) => /response code: 415/.test(error.message) && /type-not-allowed/.test(error.message),
      );
      assert.equal(await app.strapi.db.query('plugin::upload.file').count(), filesBefore);
      assert.deepEqual(await leftovers(), []);
    });

    it('an unfinished upload past its expiry is cleaned up, leaving nothing behind', async () => {
      const { upload } = await runUpload({ chunkSize: 32 * 1024, metadata: { filename: 'bo-do.mp4', filetype: 'video/mp4' }, stopAfterChunks: 1 });
      const id = upload.url!.split('/').pop()!;
      const mine = async () => (await leftovers()).filter((entry) => entry.includes(id));
      assert.ok((await mine()).length > 0, 'the partial upload is stored');
      await sleep((EXPIRY_SECONDS + 2) * 1000);
      await tusRuntime().endpoint.cleanUpExpired();
      assert.deepEqual(await mine(), []);
      const head = await app.http().head(new URL(upload.url!).pathname).set('Authorization', `Bearer ${officer}`).set('Tus-Resumable', '1.0.0');
      assert.equal(head.status, 404);
    });
  });
}

describe('tus, local storage', () => tusSuite('local'));
// S3 mode needs the Swift server that `npm test` starts (TEST_S3_*).
describe('tus, S3 storage', { skip: !process.env.TEST_S3_ENDPOINT && 'TEST_S3_ENDPOINT is not set' }, () => tusSuite('s3'));
