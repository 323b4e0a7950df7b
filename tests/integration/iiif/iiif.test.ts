/**
 * The IIIF channel on the real app: a photo and a captioned video go through
 * the real pipeline (sharp, ffmpeg, the S3 server), are published, and a
 * viewer on another origin reads their manifests, the festival's collection,
 * the level 0 image service and its tiles. A researcher-level item and an
 * unknown one get the same 404. Every document validates (JSON Schema and
 * @iiif/parser).
 */
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { startTestApp, type TestApp } from '../../helpers/app';
import { iiifProblems } from '../../helpers/iiif';
import { makeImage, makeSrt, makeVideo } from '../../helpers/media-fixtures';
import { adminJwt, userJwt } from '../../helpers/people';
import { createRecord } from '../../helpers/records';
import { uidOf } from '../../../src/content-model';

const CM = `/content-manager/collection-types/${uidOf('media-item')}`;
const RIGHTS = 'https://creativecommons.org/licenses/by-nc-sa/4.0/';
const CONSENT = { givenBy: 'Bản Noong Hẹt', scope: 'public', givenOn: '2025-03-01' };
const VIEWER = 'https://viewer.example.org';

type Any = Record<string, any>;

let app: TestApp;
let dir: string;
let officer: string;
let curator: string;
const ids: Record<'festival' | 'photo' | 'video' | 'hidden', string> = { festival: '', photo: '', video: '', hidden: '' };

// supertest listens on a new port per request: a fixed Host keeps the documents' absolute ids comparable.
const get = (url: string) => app.http().get(url).set('Origin', VIEWER).set('Host', 'disan.test').buffer(true);
const json = (response: { text: string }) => JSON.parse(response.text) as Any;

async function upload(file: string) {
  const response = await app.http().post('/upload').set('Authorization', `Bearer ${officer}`).attach('files', file, path.basename(file));
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body[0] as { id: number };
}

async function mediaItem(data: Record<string, unknown>): Promise<string> {
  const created = await app.http().post(`${CM}?locale=vi`).set('Authorization', `Bearer ${officer}`).send(data);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.data.documentId as string;
}

async function publish(documentId: string) {
  const response = await app.http().post(`${CM}/${documentId}/actions/publish?locale=vi`).set('Authorization', `Bearer ${curator}`).send({});
  assert.equal(response.status, 200, JSON.stringify(response.body));
}

before(async () => {
  app = await startTestApp({ storage: 's3' });
  dir = mkdtempSync(path.join(os.tmpdir(), 'di-san-iiif-'));
  officer = await adminJwt(app, 'di-san-cultural-officer');
  curator = await adminJwt(app, 'di-san-curator');
  ids.festival = await createRecord(
    app,
    'festival',
    { name: 'Lễ Xên bản', slug: 'xen-ban', accessLevel: 'public', otherNames: [{ tag: 'blt', value: 'Xên bản' }] },
    { en: { name: 'Xên bản village ceremony' } },
  );
  const photo = await upload(await makeImage(dir, 'tho-cam.jpg', { width: 1600, height: 1200 }));
  const video = await upload(makeVideo(dir));
  const srt = await upload(makeSrt(dir));
  const hidden = await upload(await makeImage(dir, 'kin.jpg', { width: 800, height: 600 }));
  const festivals = [ids.festival];
  ids.photo = await mediaItem({ title: 'Hoa văn thổ cẩm', kind: 'image', rightsUri: RIGHTS, rightsHolder: 'Lò Thị Dung', accessLevel: 'public', consent: CONSENT, files: [photo.id], festivals });
  ids.video = await mediaItem({
    title: 'Lễ hội Xên bản',
    kind: 'video',
    rightsUri: RIGHTS,
    accessLevel: 'public',
    consent: CONSENT,
    files: [video.id],
    captions: [{ tag: 'vi', kind: 'captions', file: srt.id }],
    festivals,
  });
  ids.hidden = await mediaItem({ title: 'Nghi lễ cho nhà nghiên cứu', kind: 'image', rightsUri: RIGHTS, accessLevel: 'researcher', files: [hidden.id], festivals });
  await app.drain({ timeoutSeconds: 240 });
  for (const documentId of [ids.photo, ids.video, ids.hidden]) await publish(documentId);
});

after(async () => {
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Sizes a viewer downloads, for the closing notes (printed, not asserted: they vary with the fixtures). */
const reportSize = (what: string, text: string) =>
  process.stdout.write(`[iiif] ${what}: ${Buffer.byteLength(text)} B, ${gzipSync(text).length} B gzipped\n`);

describe('IIIF channel', () => {
  it("a public photo's manifest validates, for any origin, with a level 0 service a viewer zooms through", async () => {
    const response = await get(`/iiif/media/${ids.photo}/manifest`);
    assert.equal(response.status, 200, response.text);
    reportSize('photo manifest', response.text);
    assert.equal(response.headers['access-control-allow-origin'], '*');
    assert.match(response.headers['content-type'], /^application\/ld\+json;profile="http:\/\/iiif\.io\/api\/presentation\/3\/context\.json"/);
    const manifest = json(response);
    assert.deepEqual(iiifProblems(manifest), []);
    assert.equal(manifest.rights, 'http://creativecommons.org/licenses/by-nc-sa/4.0/');
    assert.match(manifest.requiredStatement.value.vi[0], /Chủ sở hữu quyền: Lò Thị Dung/);
    const canvas = manifest.items[0];
    assert.deepEqual([canvas.width, canvas.height], [1600, 1200]);
    const body = canvas.items[0].items[0].body;
    assert.equal((await get(new URL(body.id).pathname)).status, 200, 'the painted JPEG is served');
    const service = body.service[0];
    assert.equal(service.profile, 'level0');

    const info = await get(`${new URL(service.id).pathname}/info.json`);
    assert.equal(info.status, 200);
    assert.equal(info.headers['access-control-allow-origin'], '*');
    const infoJson = json(info);
    assert.equal(service.id, `http://disan.test/iiif/image/${ids.photo}/${new URL(service.id).pathname.split('/').at(-1)}`);
    assert.equal(infoJson.id, service.id, 'info.json names the service where it is served, not where it was made');
    assert.deepEqual([infoJson.width, infoJson.height, infoJson.profile], [1600, 1200, 'level0']);

    const tile = await get(`${new URL(service.id).pathname}/512,512,512,512/512,512/0/default.jpg`);
    assert.equal(tile.status, 200);
    assert.equal(tile.headers['content-type'], 'image/jpeg');
    assert.equal(tile.headers['access-control-allow-origin'], '*');
    const meta = await sharp(tile.body as Buffer).metadata();
    assert.deepEqual([meta.width, meta.height], [512, 512]);
    const zoomedOut = await get(`${new URL(service.id).pathname}/full/400,300/0/default.jpg`);
    assert.equal(zoomedOut.status, 200);
  });

  it("a video's manifest has its duration, the MP4 and HLS, the poster and the Vietnamese captions", async () => {
    const response = await get(`/iiif/media/${ids.video}/manifest`);
    assert.equal(response.status, 200, response.text);
    reportSize('video manifest', response.text);
    const manifest = json(response);
    assert.deepEqual(iiifProblems(manifest), []);
    const canvas = manifest.items[0];
    assert.ok(canvas.duration > 3 && canvas.duration < 5, `duration ${canvas.duration}`);
    const choices = canvas.items[0].items[0].body.items as Any[];
    assert.deepEqual(choices.map((choice) => choice.format), ['video/mp4', 'application/vnd.apple.mpegurl']);
    assert.equal((await get(new URL(choices[0].id).pathname)).status, 200);
    assert.equal((await get(new URL(canvas.thumbnail[0].id).pathname)).headers['content-type'], 'image/jpeg');
    const caption = canvas.annotations[0].items[0];
    assert.deepEqual([caption.motivation, caption.body.language, caption.body.format], ['supplementing', 'vi', 'text/vtt']);
    assert.match((await get(new URL(caption.body.id).pathname)).text, /^WEBVTT/);
  });

  it("the festival's collection lists the public items and names the researcher-level one nowhere", async () => {
    const response = await get('/iiif/festival/xen-ban/collection');
    assert.equal(response.status, 200, response.text);
    reportSize('festival collection (2 items)', response.text);
    assert.equal(response.headers['access-control-allow-origin'], '*');
    const collection = json(response);
    assert.deepEqual(iiifProblems(collection), []);
    assert.deepEqual(collection.label, { vi: ['Lễ Xên bản'], en: ['Xên bản village ceremony'], blt: ['Xên bản'] });
    const members = (collection.items as Any[]).map((item) => new URL(item.id).pathname).sort();
    assert.deepEqual(members, [`/iiif/media/${ids.photo}/manifest`, `/iiif/media/${ids.video}/manifest`].sort());
    assert.ok(!response.text.includes(ids.hidden));
  });

  it('a researcher-level item answers exactly like an unknown one, on every IIIF path', async () => {
    const hiddenFile = (await app.strapi.db.query(uidOf('media-item')).findOne({ where: { documentId: ids.hidden, publishedAt: { $notNull: true } }, select: ['renditions'] }))
      .renditions.files[0].fileId as number;
    const pairs = [
      [`/iiif/media/${ids.hidden}/manifest`, '/iiif/media/nosuchitem0000000000000/manifest'],
      [`/iiif/image/${ids.hidden}/${hiddenFile}/info.json`, `/iiif/image/nosuchitem0000000000000/${hiddenFile}/info.json`],
      [`/iiif/image/${ids.hidden}/${hiddenFile}/0,0,512,512/512,512/0/default.jpg`, `/iiif/image/nosuchitem0000000000000/${hiddenFile}/0,0,512,512/512,512/0/default.jpg`],
      ['/iiif/festival/no-such-festival/collection', '/iiif/custom/xen-ban/collection'],
    ];
    const shape = (response: Any) => [response.status, response.text, response.headers['content-type'], response.headers['cache-control'], response.headers['access-control-allow-origin']];
    for (const [hidden, unknown] of pairs) {
      const [a, b] = [await get(hidden), await get(unknown)];
      assert.equal(a.status, 404, hidden);
      assert.deepEqual(shape(a), shape(b), `${hidden} vs ${unknown}`);
    }
  });

  it('a researcher gets a signed manifest through REST, whose files and image service are signed too, and nothing without it', async () => {
    const researcher = await userJwt(app, 'researcher');
    const rest = await app.http().get(`/api/media-items/${ids.hidden}`).set('Authorization', `Bearer ${researcher}`);
    assert.equal(rest.status, 200, JSON.stringify(rest.body));
    const link = rest.body.data.iiif.manifest as string;
    assert.match(link, new RegExp(`^/iiif/media/${ids.hidden}/manifest\\?exp=\\d+&sig=`));
    assert.equal((await app.http().get(`/api/media-items/${ids.photo}`)).body.data.iiif.manifest, `/iiif/media/${ids.photo}/manifest`, 'public items get the plain link');

    const response = await get(link);
    assert.equal(response.status, 200, response.text);
    assert.match(response.headers['cache-control'], /^private/);
    const manifest = json(response);
    assert.deepEqual(iiifProblems(manifest), []);
    const body = manifest.items[0].items[0].items[0].body;
    assert.match(body.id, /\/media\/d\/.+\?exp=\d+&sig=/, 'file URLs are signed');
    assert.equal((await get(body.id.replace('http://disan.test', ''))).status, 200);
    const service = new URL(body.service[0].id).pathname;
    assert.match(service, new RegExp(`^/iiif/image/${ids.hidden}/\\d+/s/\\d+/[A-Za-z0-9_-]+$`));
    const info = await get(`${service}/info.json`);
    assert.equal(info.status, 200);
    assert.equal(json(info).id, body.service[0].id, 'info.json names the signed service, so tiles built from it stay signed');
    assert.equal((await get(`${service}/0,0,512,512/512,512/0/default.jpg`)).status, 200);

    // Tampered or moved signatures find nothing, exactly like an unknown item.
    const unknown = await get('/iiif/media/nosuchitem0000000000000/manifest');
    for (const bad of [link.replace(/sig=./, 'sig=A'), link.replace(/exp=(\d+)/, (_m, exp: string) => `exp=${Number(exp) + 60}`)]) {
      const answer = await get(bad);
      assert.deepEqual([answer.status, answer.text], [unknown.status, unknown.text], bad);
    }
    const otherFile = service.replace(/\/(\d+)\/s\//, (_m, fileId: string) => `/${Number(fileId) + 1}/s/`);
    assert.equal((await get(`${otherFile}/info.json`)).status, 404, 'a signature is for one service only');
  });

  it("the item's page on the site links its manifest", async () => {
    for (const [page, label] of [[`/tu-lieu/${ids.photo}`, 'Xem trong trình xem IIIF'], [`/en/media/${ids.photo}`, 'Open in a IIIF viewer']]) {
      const response = await app.http().get(page).set('Accept', 'text/html');
      assert.equal(response.status, 200, page);
      assert.ok(response.text.includes(`href="/iiif/media/${ids.photo}/manifest"`), `${page} links the manifest`);
      assert.ok(response.text.includes(label), `${page} says "${label}"`);
    }
  });

  it('answers a CORS preflight and refuses writes', async () => {
    const preflight = await app.http().options(`/iiif/media/${ids.photo}/manifest`).set('Origin', VIEWER).set('Access-Control-Request-Method', 'GET');
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers['access-control-allow-origin'], '*');
    assert.equal((await app.http().post(`/iiif/media/${ids.photo}/manifest`).send({})).status, 405);
  });

  it('unpublishing the photo takes its manifest and tiles away at once', async () => {
    const manifest = json(await get(`/iiif/media/${ids.photo}/manifest`));
    const service = new URL(manifest.items[0].items[0].items[0].body.service[0].id).pathname;
    const response = await app.http().post(`${CM}/${ids.photo}/actions/unpublish?locale=vi`).set('Authorization', `Bearer ${curator}`).send({});
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal((await get(`/iiif/media/${ids.photo}/manifest`)).status, 404);
    assert.equal((await get(`${service}/info.json`)).status, 404);
    assert.equal((await get(`${service}/0,0,512,512/512,512/0/default.jpg`)).status, 404);
  });
});
