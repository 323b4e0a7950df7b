/**
 * The media pipeline end to end, as officers and visitors meet it: upload in
 * the admin, attach to a media item, wait for processing, publish, then play
 * it over plain HTTP. Run once per storage mode (local files, S3 on Swift).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from './app';
import { makeAudio, makeImage, makeSrt, makeVideo, truncate } from './media-fixtures';
import { adminJwt, userJwt } from './people';
import { archive } from '../../src/archive';
import { uidOf } from '../../src/content-model';

const CM = `/content-manager/collection-types/${uidOf('media-item')}`;
const RIGHTS = 'https://creativecommons.org/licenses/by-nc-sa/4.0/';

export function mediaPipelineSuite(storage: 'local' | 's3') {
  let app: TestApp;
  let officer: string;
  let curator: string;
  let dir: string;

  before(async () => {
    app = await startTestApp({ storage });
    officer = await adminJwt(app, 'di-san-cultural-officer');
    curator = await adminJwt(app, 'di-san-curator');
    dir = mkdtempSync(path.join(os.tmpdir(), 'di-san-fixtures-'));
  });
  after(async () => {
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const upload = async (file: string, name = path.basename(file)) => {
    const response = await app.http().post('/upload').set('Authorization', `Bearer ${officer}`).attach('files', file, name);
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body[0] as { id: number; url: string };
  };
  const createItem = async (data: Record<string, unknown>) => {
    const response = await app.http().post(`${CM}?locale=vi`).set('Authorization', `Bearer ${officer}`).send(data);
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body.data.documentId as string;
  };
  const publish = async (documentId: string) => {
    const response = await app.http().post(`${CM}/${documentId}/actions/publish?locale=vi`).set('Authorization', `Bearer ${curator}`).send({});
    assert.equal(response.status, 200, JSON.stringify(response.body));
  };
  const processingOf = async (documentId: string) => {
    const row = await app.strapi.db.query(uidOf('media-item')).findOne({ where: { documentId }, select: ['processing'] });
    return row?.processing as { state: string; progress: number; error: string | null } | null;
  };
  /** Every queued job run (the item's processing among them), then the item's processing state. */
  const settle = async (documentId: string, seconds = 120) => {
    await app.drain({ timeoutSeconds: seconds });
    const processing = await processingOf(documentId);
    if (processing?.state !== 'ready' && processing?.state !== 'failed') throw new Error(`still ${JSON.stringify(processing)} once the queue drained`);
    return processing;
  };
  const get = (url: string) => app.http().get(url).buffer(true);
  const objectStore = () => archive(app.strapi).storage;
  const storedKeys = (documentId: string) => objectStore().list(`derivatives/${documentId}/`);

  describe(`media pipeline (${storage} storage)`, () => {
    let videoItem: string;

    it('an uploaded phone video becomes playable HLS with a poster and captions', async () => {
      const video = await upload(makeVideo(dir));
      const srt = await upload(makeSrt(dir));
      videoItem = await createItem({
        title: 'Lễ hội Xên bản',
        kind: 'video',
        rightsUri: RIGHTS,
        accessLevel: 'public',
        consent: { givenBy: 'Bản Noong Hẹt', scope: 'public', givenOn: '2025-03-01' },
        files: [video.id],
        captions: [{ tag: 'vi', kind: 'captions', file: srt.id }],
      });
      const processing = await settle(videoItem);
      assert.deepEqual([processing.state, processing.progress, processing.error], ['ready', 100, null]);
      await publish(videoItem);

      const response = await app.http().get(`/api/media-items/${videoItem}`);
      assert.equal(response.status, 200);
      assert.equal(response.body.data.processing.state, 'ready');
      assert.equal(response.body.data.files, undefined, 'originals are not listed');
      const [media] = response.body.data.media;
      assert.equal(media.kind, 'video');
      const master = await get(media.hls);
      assert.equal(master.status, 200);
      const playlist = master.text ?? master.body.toString();
      assert.match(playlist, /#EXT-X-STREAM-INF:.*RESOLUTION=/);
      const variant = playlist.split('\n').find((line: string) => line.endsWith('.m3u8'))!;
      const variantUrl = media.hls.replace(/[^/]+$/, variant);
      const variantText = (await get(variantUrl)).text;
      assert.match(variantText, /#EXT-X-TARGETDURATION:[1-7]\b/);
      const segment = variantText.split('\n').find((line: string) => line.endsWith('.ts'))!;
      const segmentResponse = await get(variantUrl.replace(/[^/]+$/, segment));
      assert.equal(segmentResponse.status, 200);
      assert.ok(segmentResponse.body.length > 1000);
      const poster = await get(media.poster);
      assert.equal(poster.status, 200);
      assert.equal(poster.headers['content-type'], 'image/jpeg');
      const range = await app.http().get(media.mp4).set('Range', 'bytes=0-99').buffer(true);
      assert.equal(range.status, 206);
      assert.equal(range.body.length, 100);
      assert.equal(media.captions.length, 1);
      assert.equal(media.captions[0].label.vi, 'Tiếng Việt');
      const captions = await get(media.captions[0].url);
      assert.match(captions.text, /^WEBVTT/);
      assert.match(captions.text, /Xin chào bà con bản Noong Hẹt/);
    });

    it('saving the item again without changing its files does not reprocess it', async () => {
      const before = await storedKeys(videoItem);
      const response = await app
        .http()
        .put(`${CM}/${videoItem}?locale=vi`)
        .set('Authorization', `Bearer ${officer}`)
        .send({ description: 'Sửa mô tả.' });
      assert.equal(response.status, 200, JSON.stringify(response.body));
      // Had the save queued processing, the job would have run by the time the queue drains.
      await app.drain();
      assert.equal((await processingOf(videoItem))?.state, 'ready');
      assert.deepEqual(await storedKeys(videoItem), before);
    });

    it('a restricted photo: derivatives never served, the original only to the admin by signature, no GPS anywhere', async () => {
      const photo = await upload(await makeImage(dir));
      const documentId = await createItem({ title: 'Nghi lễ kín', kind: 'image', rightsUri: RIGHTS, accessLevel: 'restricted', files: [photo.id] });
      assert.equal((await settle(documentId)).state, 'ready', JSON.stringify(await processingOf(documentId)));
      await publish(documentId);
      assert.equal((await app.http().get(`/api/media-items/${documentId}`)).status, 404);
      const keys = await storedKeys(documentId);
      assert.ok(keys.some((key) => key.endsWith('.webp')));
      const webp = keys.find((key) => key.endsWith('.webp'))!;
      const route = `/media/d/${webp.slice('derivatives/'.length)}`;
      assert.equal((await get(route)).status, 403, 'unsigned');
      assert.equal((await get(`${route}?exp=9999999999&sig=guessed`)).status, 403, 'guessed signature');
      const { mediaUrlSecret, signPath } = await import('../../src/media-access/signing');
      const expired = signPath({ secret: mediaUrlSecret(), path: route, ttlSeconds: -10 });
      assert.equal((await get(expired)).status, 403, 'expired');
      // Signed links are issued to researchers; restricted is admin-only, so even a valid one gets nothing.
      const signed = signPath({ secret: mediaUrlSecret(), path: route });
      assert.equal((await get(signed)).status, 403, 'restricted derivatives are never served, signed or not');
      assert.match(photo.url, /^\/media\/o\/.+\?exp=\d+&sig=/, 'the admin gets a signed link to the original');
      assert.equal((await get(photo.url)).status, 200);
      assert.equal((await get(photo.url.split('?')[0])).status, 403, 'the original needs a signature');
      const row = await app.strapi.db.query(uidOf('media-item')).findOne({ where: { documentId }, select: ['gps'] });
      assert.ok(row.gps?.latitude > 21, `GPS is kept privately on the record: ${JSON.stringify(row)}`);
      const asResearcher = await app.http().get(`/api/media-items/${documentId}`).set('Authorization', `Bearer ${await userJwt(app, 'researcher')}`);
      assert.equal(asResearcher.status, 404, 'restricted is admin-only');
    });

    it('a researcher-level recording gets signed URLs, and its playlists are signed line by line', async () => {
      const audio = await upload(makeAudio(dir));
      const documentId = await createItem({ title: 'Hát khắp', kind: 'audio', rightsUri: RIGHTS, accessLevel: 'researcher', files: [audio.id] });
      assert.equal((await settle(documentId)).state, 'ready', JSON.stringify(await processingOf(documentId)));
      await publish(documentId);
      const response = await app.http().get(`/api/media-items/${documentId}`).set('Authorization', `Bearer ${await userJwt(app, 'researcher')}`);
      assert.equal(response.status, 200);
      const [media] = response.body.data.media;
      assert.match(media.hls, /\?exp=\d+&sig=/);
      const playlist = (await get(media.hls)).text;
      const uris = playlist.split('\n').filter((line: string) => line && !line.startsWith('#'));
      assert.ok(uris.length > 0 && uris.every((uri: string) => /\?exp=\d+&sig=/.test(uri)), playlist);
      const unsigned = media.hls.split('?')[0];
      assert.equal((await get(unsigned)).status, 403);
      const peaks = await get(media.audio.peaks);
      assert.equal(peaks.status, 200);
      // Restricting the item stops the links already handed out at once, not when their signatures expire.
      await app.strapi.documents(uidOf('media-item')).update({ documentId, locale: 'vi', data: { accessLevel: 'restricted' } } as never);
      await publish(documentId);
      assert.equal((await get(media.audio.peaks)).status, 403, 'a signed link of a now restricted item');
    });

    describe('bad input ends in failed with a reason, and leaves nothing behind', () => {
      const cases: Array<{ name: string; make: () => string; reason: RegExp }> = [
        {
          name: 'a PNG renamed .mp4',
          make: () => {
            const file = path.join(dir, 'not-a-video.mp4');
            writeFileSync(file, Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
            return file;
          },
          reason: /PNG|png|image/i,
        },
        { name: 'a truncated MP4', make: () => truncate(makeVideo(dir, 'whole.mp4'), path.join(dir, 'truncated.mp4')), reason: /damaged|truncated|read/i },
      ];
      for (const bad of cases) {
        it(bad.name, async () => {
          const file = await upload(bad.make());
          const documentId = await createItem({ title: bad.name, kind: 'video', rightsUri: RIGHTS, accessLevel: 'public', files: [file.id] });
          const processing = await settle(documentId);
          assert.equal(processing.state, 'failed');
          assert.match(processing.error ?? '', bad.reason);
          assert.deepEqual(await storedKeys(documentId), []);
        });
      }
    });
  });
}
