/**
 * Processing is per version: a draft's new file and access level stay in
 * the draft until a curator publishes, the public keeps seeing (and
 * playing) the published renditions meanwhile, and a run's objects are
 * deleted only once no version refers to them any more.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app';
import { makeVideo } from '../../helpers/media-fixtures';
import { adminJwt } from '../../helpers/people';
import { archive } from '../../../src/archive';
import { uidOf } from '../../../src/content-model';

const UID = uidOf('media-item');
const CM = `/content-manager/collection-types/${UID}`;
const RIGHTS = 'https://creativecommons.org/licenses/by-nc-sa/4.0/';

interface Renditions {
  run: string;
  files: Array<{ width?: number; height?: number; outputs: Array<{ key: string; role: string }> }>;
}

let app: TestApp;
let officer: string;
let curator: string;
let dir: string;

before(async () => {
  app = await startTestApp();
  officer = await adminJwt(app, 'di-san-cultural-officer');
  curator = await adminJwt(app, 'di-san-curator');
  dir = mkdtempSync(path.join(os.tmpdir(), 'di-san-versions-'));
});
after(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const as = (jwt: string) => ({ Authorization: `Bearer ${jwt}` });
const upload = async (file: string) => {
  const response = await app.http().post('/upload').set(as(officer)).attach('files', file);
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body[0].id as number;
};
const store = () => archive(app.strapi).storage;
const storedRuns = async (documentId: string) => new Set((await store().list(`derivatives/${documentId}/`)).map((key) => key.split('/')[3]));
const routeOf = (key: string) => `/media/d/${key.slice('derivatives/'.length)}`;
const get = (url: string) => app.http().get(url).buffer(true);

async function version(documentId: string, status: 'draft' | 'published') {
  return (await app.strapi.db.query(UID).findOne({
    where: { documentId, publishedAt: status === 'draft' ? null : { $notNull: true } },
    select: ['renditions', 'processing', 'accessLevel'],
  })) as { renditions: Renditions | null; processing: { state: string; error: string | null } | null; accessLevel: string } | null;
}

/** Every queued job run; then the draft's processing must have settled on a run other than `previousRun`. */
async function draftSettled(documentId: string, previousRun: string | null = null) {
  await app.drain({ timeoutSeconds: 120 });
  const draft = await version(documentId, 'draft');
  const state = draft?.processing?.state;
  if (state === 'failed') throw new Error(`processing failed: ${draft?.processing?.error}`);
  if (state === 'ready' && draft?.renditions && draft.renditions.run !== previousRun) return draft.renditions;
  throw new Error(`draft still ${JSON.stringify(draft?.processing)} once the queue drained`);
}

/** Every queued job run (the prune among them); then no object of `run` may be left. */
async function runGone(documentId: string, run: string) {
  await app.drain({ timeoutSeconds: 60 });
  if ((await storedRuns(documentId)).has(run)) throw new Error(`objects of run ${run} are still stored once the queue drained`);
}

const action = async (documentId: string, name: 'publish' | 'discard') => {
  const response = await app.http().post(`${CM}/${documentId}/actions/${name}?locale=vi`).set(as(curator)).send({});
  assert.equal(response.status, 200, JSON.stringify(response.body));
};
const saveDraft = async (documentId: string, data: Record<string, unknown>) => {
  const response = await app.http().put(`${CM}/${documentId}?locale=vi`).set(as(officer)).send(data);
  assert.equal(response.status, 200, JSON.stringify(response.body));
};

/** A published public 640×360 video, as the repro starts. */
async function publishedPublicVideo(title: string) {
  const fileId = await upload(makeVideo(dir, `${title}-640.mp4`, { size: '640x360', seconds: 2 }));
  const response = await app
    .http()
    .post(`${CM}?locale=vi`)
    .set(as(officer))
    .send({ title, kind: 'video', rightsUri: RIGHTS, accessLevel: 'public', consent: { givenBy: 'Bản Noong Hẹt', scope: 'public', givenOn: '2025-03-01' }, files: [fileId] });
  assert.equal(response.status, 201, JSON.stringify(response.body));
  const documentId = response.body.data.documentId as string;
  const renditions = await draftSettled(documentId);
  await action(documentId, 'publish');
  return { documentId, renditions };
}

describe('a draft with a new file and a new access level', () => {
  it('stays in the draft until a curator publishes it; then the old run is deleted', async () => {
    const { documentId, renditions: published } = await publishedPublicVideo('xen-ban');
    const before = await app.http().get(`/api/media-items/${documentId}`);
    assert.equal(before.status, 200);
    const [media] = before.body.data.media;
    assert.deepEqual([media.width, media.height], [640, 360]);

    await saveDraft(documentId, { files: [await upload(makeVideo(dir, 'new-320.mp4', { size: '320x240', seconds: 2 }))], accessLevel: 'restricted' });
    const drafted = await draftSettled(documentId, published.run);
    assert.deepEqual([drafted.files[0].width, drafted.files[0].height], [320, 240], 'the draft has its own renditions');

    const during = await app.http().get(`/api/media-items/${documentId}`);
    assert.equal(during.status, 200, 'the published version is still public');
    assert.deepEqual(during.body.data.media, before.body.data.media, 'anonymous REST still shows the published renditions');
    assert.equal(during.body.data.processing.state, 'ready');
    for (const url of [media.hls, media.poster, media.mp4]) assert.equal((await get(url)).status, 200, `published file ${url} still plays`);
    assert.equal((await version(documentId, 'published'))?.renditions?.run, published.run);
    for (const output of drafted.files[0].outputs.filter((output) => ['hls-master', 'poster', 'mp4'].includes(output.role))) {
      const status = (await get(routeOf(output.key))).status;
      assert.ok(status === 403 || status === 404, `the draft's ${output.role} is not served to anonymous callers (got ${status})`);
    }

    await action(documentId, 'publish');
    const after = await version(documentId, 'published');
    assert.equal(after?.renditions?.run, drafted.run, 'publishing promotes the draft renditions');
    assert.equal(after?.accessLevel, 'restricted');
    assert.equal((await app.http().get(`/api/media-items/${documentId}`)).status, 404, 'restricted now');
    await runGone(documentId, published.run);
    assert.deepEqual([...(await storedRuns(documentId))], [drafted.run]);
    assert.equal((await get(media.poster)).status, 403, 'the old public URL answers no more');
    const newPoster = drafted.files[0].outputs.find((output) => output.role === 'poster')!;
    assert.equal((await get(routeOf(newPoster.key))).status, 403, 'restricted files need a signature');
  });

  it('discarding the draft deletes its run and keeps the published one', async () => {
    const { documentId, renditions: published } = await publishedPublicVideo('discarded');
    await saveDraft(documentId, { files: [await upload(makeVideo(dir, 'discard-320.mp4', { size: '320x240', seconds: 2 }))] });
    const drafted = await draftSettled(documentId, published.run);
    assert.deepEqual([...(await storedRuns(documentId))].sort(), [drafted.run, published.run].sort(), 'both versions keep their run');
    await action(documentId, 'discard');
    await runGone(documentId, drafted.run);
    assert.deepEqual([...(await storedRuns(documentId))], [published.run]);
    assert.equal((await version(documentId, 'draft'))?.renditions?.run, published.run, 'the draft is the published version again');
    const [media] = (await app.http().get(`/api/media-items/${documentId}`)).body.data.media;
    assert.equal((await get(media.poster)).status, 200);
  });

  it('deleting the item deletes every run', async () => {
    const { documentId, renditions } = await publishedPublicVideo('deleted');
    const response = await app.http().delete(`${CM}/${documentId}?locale=vi`).set(as(curator));
    assert.equal(response.status, 200, JSON.stringify(response.body));
    await runGone(documentId, renditions.run);
    assert.deepEqual(await store().list(`derivatives/${documentId}/`), []);
  });
});

describe('caching of public media', () => {
  it('public files may be cached for a minute at most, then revalidated cheaply', async () => {
    const { documentId } = await publishedPublicVideo('cached');
    const [media] = (await app.http().get(`/api/media-items/${documentId}`)).body.data.media;
    const first = await get(media.poster);
    assert.equal(first.status, 200);
    assert.equal(first.headers['cache-control'], 'public, max-age=60, must-revalidate');
    assert.ok(first.headers.etag, 'an ETag to revalidate with');
    const again = await app.http().get(media.poster).set('If-None-Match', first.headers.etag);
    assert.equal(again.status, 304);
    assert.equal(again.headers.etag, first.headers.etag);

    // Once the item is restricted and published, revalidation answers no.
    await saveDraft(documentId, { accessLevel: 'restricted' });
    await action(documentId, 'publish');
    const revalidated = await app.http().get(media.poster).set('If-None-Match', first.headers.etag);
    assert.equal(revalidated.status, 403);
  });

  it('answers If-None-Match lists and Range headers as RFC 9110 says', async () => {
    const { documentId } = await publishedPublicVideo('ranges');
    const [media] = (await app.http().get(`/api/media-items/${documentId}`)).body.data.media;
    const whole = await app.http().get(media.poster).buffer(true);
    const { etag } = whole.headers;
    const size = whole.body.length;
    const withHeader = (name: string, value: string) => app.http().get(media.poster).set(name, value).buffer(true);
    assert.equal((await withHeader('If-None-Match', `"other", ${etag}`)).status, 304);
    assert.equal((await withHeader('If-None-Match', '*')).status, 304);
    assert.equal((await withHeader('If-None-Match', '"other"')).status, 200);

    const one = await withHeader('Range', 'bytes=10-19');
    assert.equal(one.status, 206);
    assert.equal(one.headers['content-range'], `bytes 10-19/${size}`);
    assert.deepEqual(one.body, whole.body.subarray(10, 20));
    // Several ranges, and an invalid (reversed) one: Range is ignored, the whole file comes back.
    for (const range of ['bytes=0-9, 100-109', 'bytes=50-10']) {
      const response = await withHeader('Range', range);
      assert.equal(response.status, 200, range);
      assert.equal(response.body.length, size, range);
    }
    const unsatisfiable = await withHeader('Range', `bytes=${size}-`);
    assert.equal(unsatisfiable.status, 416);
    assert.equal(unsatisfiable.headers['content-range'], `bytes */${size}`);
  });
});
