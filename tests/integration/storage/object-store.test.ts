/**
 * One contract, two stores: every test below runs against the local-disk
 * store (a temp folder) and the S3 store (a real OpenStack Swift with s3api,
 * started here, or the server named by TEST_S3_ENDPOINT,
 * TEST_S3_ACCESS_KEY_ID, TEST_S3_SECRET_ACCESS_KEY and optional
 * TEST_S3_REGION when a runner provides one).
 * Run: node --import tsx --test tests/integration/storage/object-store.test.ts
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';

import { startSwift } from '../../../scripts/lib/swift-server';
import { freePort } from '../../../scripts/lib/meilisearch-server';
import { createLocalStore } from '../../../src/storage/local-store';
import {
  InvalidObjectKeyError,
  InvalidRangeError,
  ObjectNotFoundError,
  type ObjectStore,
  StorageUnavailableError,
} from '../../../src/storage/object-store';
import { bucketExists, createS3Client, deleteBucket, headObject, type S3Settings } from '../../../src/storage/s3-client';
import { createS3Store, type S3StoreOptions } from '../../../src/storage/s3-store';

const MiB = 1024 * 1024;

interface Harness {
  kind: 'local' | 's3';
  /** The store under test; S3 lists and deletes 2 keys per request, so every listing paginates and deletes batch. */
  store: ObjectStore;
  /** A store on the same place with other options (S3: multipart part size). */
  storeWith(options: S3StoreOptions): ObjectStore;
  /** Whether the bucket / folder exists. */
  containerExists(): Promise<boolean>;
  /** ETag of a stored object, S3 only: a multipart ETag ends in `-<parts>`. */
  etag?(key: string): Promise<string | undefined>;
  /** A store whose ensureReady must fail, and what its message must name. */
  brokenStores(): Promise<Array<{ store: ObjectStore; names: RegExp }>>;
  /** Folder that must hold no stray temp files after a failed write (local only). */
  folder?: string;
  dispose(): Promise<void>;
}

async function localHarness(): Promise<Harness> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'di-san-store-'));
  const root = path.join(dir, 'media');
  const store = createLocalStore({ root });
  return {
    kind: 'local',
    store,
    storeWith: () => store,
    containerExists: async () => existsSync(root),
    brokenStores: async () => {
      const aFile = path.join(dir, 'not-a-folder');
      writeFileSync(aFile, '');
      return [{ store: createLocalStore({ root: path.join(aFile, 'media') }), names: /DATA_DIR/ }];
    },
    folder: root,
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function s3Harness(): Promise<Harness> {
  const provided = process.env.TEST_S3_ENDPOINT && process.env.TEST_S3_ACCESS_KEY_ID && process.env.TEST_S3_SECRET_ACCESS_KEY;
  const swift = provided ? null : await startSwift();
  const settings: S3Settings = {
    endpoint: provided ? process.env.TEST_S3_ENDPOINT! : swift!.endpoint,
    region: provided ? (process.env.TEST_S3_REGION ?? 'us-east-1') : swift!.region,
    accessKeyId: provided ? process.env.TEST_S3_ACCESS_KEY_ID! : swift!.accessKeyId,
    secretAccessKey: provided ? process.env.TEST_S3_SECRET_ACCESS_KEY! : swift!.secretAccessKey,
    bucket: `di-san-test-${randomBytes(4).toString('hex')}`,
    forcePathStyle: true,
  };
  const client = createS3Client(settings);
  const small = { listPageSize: 2, deleteBatchSize: 2 };
  const store = createS3Store(settings, small);
  return {
    kind: 's3',
    store,
    storeWith: (options) => createS3Store(settings, { ...small, ...options }),
    containerExists: () => bucketExists({ client, bucket: settings.bucket }),
    etag: async (key) => (await headObject({ client, bucket: settings.bucket, key }))?.etag,
    brokenStores: async () => [
      { store: createS3Store({ ...settings, secretAccessKey: 'not-the-secret' }), names: /S3_ACCESS_KEY_ID.*S3_SECRET_ACCESS_KEY/ },
      { store: createS3Store({ ...settings, accessKeyId: 'nobody:nobody' }), names: /S3_ACCESS_KEY_ID.*S3_SECRET_ACCESS_KEY/ },
      { store: createS3Store({ ...settings, endpoint: `http://127.0.0.1:${await freePort()}` }), names: /S3_ENDPOINT/ },
    ],
    dispose: async () => {
      try {
        if (await bucketExists({ client, bucket: settings.bucket })) {
          await store.delete(await store.list(''));
          await deleteBucket({ client, bucket: settings.bucket });
        }
      } finally {
        client.destroy();
        await swift?.stop();
      }
    },
  };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

for (const makeHarness of [localHarness, s3Harness]) {
  describe(`ObjectStore contract: ${makeHarness === localHarness ? 'local' : 's3'}`, () => {
    let h: Harness;
    let scratch: string;
    before(async () => {
      h = await makeHarness();
      scratch = mkdtempSync(path.join(os.tmpdir(), 'di-san-store-src-'));
    });
    after(async () => {
      rmSync(scratch, { recursive: true, force: true });
      await h?.dispose();
    });

    it('ensureReady creates the bucket or folder, and is safe to repeat', async () => {
      assert.equal(await h.containerExists(), false);
      await h.store.ensureReady();
      assert.equal(await h.containerExists(), true);
      await h.store.ensureReady();
    });

    it('stores a buffer and returns it with its content type', async () => {
      const body = Buffer.from('Xên bản của người Thái đen');
      await h.store.put({ key: 'media/1/caption.txt', body, contentType: 'text/plain; charset=utf-8' });
      assert.deepEqual(await h.store.head('media/1/caption.txt'), { size: body.length, contentType: 'text/plain; charset=utf-8' });
      const got = await h.store.getStream('media/1/caption.txt');
      assert.equal(got.size, body.length);
      assert.equal(got.contentLength, body.length);
      assert.equal(got.contentType, 'text/plain; charset=utf-8');
      assert.deepEqual(await readAll(got.stream), body);
    });

    it('stores a stream and a file from disk', async () => {
      const parts = [Buffer.from('first '), Buffer.from('second '), Buffer.from('third')];
      await h.store.put({ key: 'media/2/stream.bin', body: Readable.from(parts), contentType: 'application/octet-stream' });
      assert.deepEqual(await readAll((await h.store.getStream('media/2/stream.bin')).stream), Buffer.concat(parts));

      const file = path.join(scratch, 'photo.jpg');
      const bytes = randomBytes(300_000);
      writeFileSync(file, bytes);
      await h.store.put({ key: 'media/2/photo.jpg', body: file, contentType: 'image/jpeg' });
      assert.deepEqual(await h.store.head('media/2/photo.jpg'), { size: bytes.length, contentType: 'image/jpeg' });
      assert.equal(sha256(await readAll((await h.store.getStream('media/2/photo.jpg')).stream)), sha256(bytes));
    });

    it('overwrites an object, content type included', async () => {
      await h.store.put({ key: 'media/3/a.txt', body: Buffer.from('old'), contentType: 'text/plain' });
      await h.store.put({ key: 'media/3/a.txt', body: Buffer.from('newer'), contentType: 'text/markdown' });
      assert.deepEqual(await h.store.head('media/3/a.txt'), { size: 5, contentType: 'text/markdown' });
      assert.equal((await readAll((await h.store.getStream('media/3/a.txt')).stream)).toString(), 'newer');
    });

    it('reports a missing object as null on head and ObjectNotFoundError on get', async () => {
      assert.equal(await h.store.head('media/none/missing.jpg'), null);
      assert.equal(await h.store.head('media/1'), null); // a "folder" is not an object
      await assert.rejects(h.store.getStream('media/none/missing.jpg'), ObjectNotFoundError);
      await assert.rejects(h.store.getStream('media/none/missing.jpg', { start: 0, end: 1 }), ObjectNotFoundError);
    });

    it('reads byte ranges', async () => {
      const body = Buffer.from('0123456789');
      await h.store.put({ key: 'media/4/digits.txt', body, contentType: 'text/plain' });
      const middle = await h.store.getStream('media/4/digits.txt', { start: 2, end: 5 });
      assert.equal(middle.size, 10);
      assert.equal(middle.contentLength, 4);
      assert.equal((await readAll(middle.stream)).toString(), '2345');
      const tail = await h.store.getStream('media/4/digits.txt', { start: 7 });
      assert.equal(tail.contentLength, 3);
      assert.equal((await readAll(tail.stream)).toString(), '789');
      const clamped = await h.store.getStream('media/4/digits.txt', { start: 8, end: 100 });
      assert.equal((await readAll(clamped.stream)).toString(), '89');
      await assert.rejects(h.store.getStream('media/4/digits.txt', { start: 10 }), InvalidRangeError);
      await assert.rejects(h.store.getStream('media/4/digits.txt', { start: 5, end: 2 }), InvalidRangeError);
      await assert.rejects(h.store.getStream('media/4/digits.txt', { start: -1 }), InvalidRangeError);
    });

    it('lists by prefix across pages, in byte order', async () => {
      const keys = ['list/a/3.jpg', 'list/a/1.jpg', 'list/a/2.jpg', 'list/a/đ.jpg', 'list/a/sub/4.jpg', 'list/b/1.jpg', 'listing.txt'];
      for (const key of keys) await h.store.put({ key, body: Buffer.from(key) });
      assert.deepEqual(await h.store.list('list/a/'), ['list/a/1.jpg', 'list/a/2.jpg', 'list/a/3.jpg', 'list/a/sub/4.jpg', 'list/a/đ.jpg']);
      assert.deepEqual(await h.store.list('list/'), ['list/a/1.jpg', 'list/a/2.jpg', 'list/a/3.jpg', 'list/a/sub/4.jpg', 'list/a/đ.jpg', 'list/b/1.jpg']);
      assert.deepEqual(await h.store.list('list'), [...(await h.store.list('list/')), 'listing.txt']);
      assert.deepEqual(await h.store.list('list/a/su'), ['list/a/sub/4.jpg']);
      assert.deepEqual(await h.store.list('nothing/here/'), []);
      await h.store.delete(keys);
    });

    it('deletes in batches, ignoring missing keys', async () => {
      const keys = ['del/1.txt', 'del/2.txt', 'del/3.txt', 'del/keep.txt'];
      for (const key of keys) await h.store.put({ key, body: Buffer.from(key) });
      // Seven keys, four of them never stored: four DeleteObjects requests on S3.
      await h.store.delete(['del/missing-1.txt', 'del/1.txt', 'del/missing-2.txt', 'del/2.txt', 'del/missing-3.txt', 'del/missing-4.txt', 'del/3.txt']);
      for (const key of keys.slice(0, 3)) assert.equal(await h.store.head(key), null);
      assert.deepEqual(await h.store.list('del/'), ['del/keep.txt']);
      await h.store.delete(['del/keep.txt', 'del/keep.txt']);
      await h.store.delete([]);
      assert.deepEqual(await h.store.list('del/'), []);
    });

    it('uploads a 20 MB stream in parts and stores it intact', async () => {
      const total = 20_000_000;
      const hash = createHash('sha256');
      async function* generate() {
        for (let sent = 0; sent < total; sent += MiB) {
          const chunk = randomBytes(Math.min(MiB, total - sent));
          hash.update(chunk);
          yield chunk;
        }
      }
      const store = h.storeWith({ partSizeBytes: 5 * MiB });
      await store.put({ key: 'big/stream.bin', body: Readable.from(generate()), contentType: 'video/mp4' });
      assert.deepEqual(await store.head('big/stream.bin'), { size: total, contentType: 'video/mp4' });
      const got = createHash('sha256');
      for await (const chunk of (await store.getStream('big/stream.bin')).stream) got.update(chunk as Buffer);
      assert.equal(got.digest('hex'), hash.digest('hex'));
      // 20,000,000 bytes in 5 MiB parts: 4 parts.
      if (h.etag) assert.match((await h.etag('big/stream.bin')) ?? '', /-4"?$/);
      await store.delete(['big/stream.bin']);
    });

    it('stores nothing when the input stream fails part-way', async () => {
      async function* failing() {
        yield randomBytes(64 * 1024);
        throw new Error('camera card unplugged');
      }
      await assert.rejects(h.store.put({ key: 'broken/clip.mp4', body: Readable.from(failing()) }), /camera card unplugged/);
      assert.equal(await h.store.head('broken/clip.mp4'), null);
      assert.deepEqual(await h.store.list('broken/'), []);
      if (h.folder) {
        assert.deepEqual(readdirSync(path.join(h.folder, 'broken')), []); // no temp file left
        assert.equal(existsSync(path.join(h.folder, '.meta', 'broken')), false); // nor metadata
      }
      await assert.rejects(h.store.put({ key: 'broken/missing.jpg', body: path.join(scratch, 'no-such-file.jpg') }), /ENOENT/);
      assert.equal(await h.store.head('broken/missing.jpg'), null);
    });

    it('signs GET URLs that work, expire, and break when tampered with', async () => {
      const body = Buffer.from('signed bytes');
      await h.store.put({ key: 'signed/a b+ư.txt', body, contentType: 'text/plain' });
      const url = await h.store.presignedGetUrl('signed/a b+ư.txt', 60);
      if (h.kind === 'local') {
        assert.equal(url, null);
        return;
      }
      assert.ok(url);
      const ok = await fetch(url);
      assert.equal(ok.status, 200);
      assert.equal(ok.headers.get('content-type'), 'text/plain');
      assert.deepEqual(Buffer.from(await ok.arrayBuffer()), body);

      const tampered = new URL(url);
      const signature = tampered.searchParams.get('X-Amz-Signature')!;
      tampered.searchParams.set('X-Amz-Signature', (signature[0] === 'a' ? 'b' : 'a') + signature.slice(1));
      assert.equal((await fetch(tampered)).status, 403);
      const otherKey = url.replace('signed/', 'signed/x');
      assert.equal((await fetch(otherKey)).status, 403);

      const shortLived = await h.store.presignedGetUrl('signed/a b+ư.txt', 1);
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const expired = await fetch(shortLived!);
      assert.equal(expired.status, 403);
      await assert.rejects(h.store.presignedGetUrl('signed/a b+ư.txt', 0), RangeError);
    });

    it('rejects invalid keys before writing anything', async () => {
      const before = await h.store.list('');
      const badKeys = ['', '/media/1.jpg', 'media//1.jpg', 'media/../secret', '../outside', 'media/./1.jpg', 'media/.hidden', 'media/1.jpg/', 'a\nb', 'tab\there', 'nul\u0000', 'back\\slash', 'x'.repeat(1025)];
      for (const key of badKeys) {
        await assert.rejects(h.store.put({ key, body: Buffer.from('x') }), InvalidObjectKeyError, `put ${JSON.stringify(key)}`);
        await assert.rejects(h.store.getStream(key), InvalidObjectKeyError);
        await assert.rejects(h.store.head(key), InvalidObjectKeyError);
        await assert.rejects(h.store.delete(['media/1/caption.txt', key]), InvalidObjectKeyError);
        await assert.rejects(h.store.presignedGetUrl(key, 60), InvalidObjectKeyError);
      }
      await assert.rejects(h.store.list('../'), InvalidObjectKeyError);
      await assert.rejects(h.store.list('/'), InvalidObjectKeyError);
      assert.deepEqual(await h.store.list(''), before); // the valid key in each delete batch survived too
    });

    it('fails ensureReady with a message naming the setting to fix', async () => {
      for (const { store, names } of await h.brokenStores()) {
        await assert.rejects(store.ensureReady(), (error: Error) => {
          assert.ok(error instanceof StorageUnavailableError, String(error));
          assert.match(error.message, names);
          return true;
        });
      }
    });
  });
}
