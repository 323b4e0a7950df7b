/**
 * A person's portrait as visitors and API clients meet it: an ordinary image
 * media item, processed by the media pipeline (metadata stripped, WebP/AVIF
 * derivatives served from /media/d/), never the original upload, and never
 * more open than the person it shows. Made the way officers make it: upload in
 * the admin, a media item, a person pointing at it, a curator publishing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gps as exifrGps } from 'exifr';
import sharp from 'sharp';
import { startTestApp, type TestApp } from '../../helpers/app';
import { makeVideo } from '../../helpers/media-fixtures';
import { adminJwt, userJwt } from '../../helpers/people';
import { archive } from '../../../src/archive';
import { uidOf } from '../../../src/content-model';

const MEDIA_CM = `/content-manager/collection-types/${uidOf('media-item')}`;
const PERSON_CM = `/content-manager/collection-types/${uidOf('person')}`;
const RIGHTS = 'https://creativecommons.org/licenses/by-nc-sa/4.0/';
const PUBLIC_CONSENT = { givenBy: 'Gia đình', scope: 'public', givenOn: '2025-03-01' };
/** Text in the fixture's EXIF: it must never come back in any served byte. */
const CAMERA = 'PortraitCam';

let app: TestApp;
let officer: string;
let curator: string;
let dir: string;

/** A phone-style JPEG with the camera's name and the GPS position of the sitter's house in its EXIF. */
async function makePortrait(name: string): Promise<string> {
  const file = path.join(dir, name);
  await sharp({ create: { width: 1200, height: 1600, channels: 3, background: { r: 120, g: 90, b: 60 } } })
    .composite([{ input: Buffer.from('<svg width="1200" height="1600"><circle cx="600" cy="600" r="350" fill="#f0c8a0"/></svg>') }])
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: CAMERA, Model: 'A15' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 23/1 2520/100', GPSLongitudeRef: 'E', GPSLongitude: '103/1 1/1 1200/100' },
    })
    .toFile(file);
  return file;
}

const upload = async (file: string) => {
  const response = await app.http().post('/upload').set('Authorization', `Bearer ${officer}`).attach('files', file, path.basename(file));
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body[0] as { id: number; url: string; hash: string; formats: unknown };
};
/** Every queued job run; then the item's processing state, which must have settled. */
const settle = async (documentId: string, seconds = 120) => {
  await app.drain({ timeoutSeconds: seconds });
  const row = await app.strapi.db.query(uidOf('media-item')).findOne({ where: { documentId }, select: ['processing'] });
  const state = row?.processing?.state;
  if (state === 'ready' || state === 'failed') return state as string;
  throw new Error(`still ${JSON.stringify(row?.processing)} once the queue drained`);
};
const asOfficer = (method: 'post' | 'put', url: string, body: Record<string, unknown>) =>
  app.http()[method](url).set('Authorization', `Bearer ${officer}`).send(body);
const publish = async (cm: string, documentId: string) => {
  const response = await app.http().post(`${cm}/${documentId}/actions/publish?locale=vi`).set('Authorization', `Bearer ${curator}`).send({});
  assert.equal(response.status, 200, JSON.stringify(response.body));
};

/** An image media item with the portrait fixture, processed (and published unless told otherwise). */
async function portraitItem(title: string, data: Record<string, unknown> = {}, { isPublished = true } = {}) {
  const photo = await upload(await makePortrait(`${title.replace(/\W+/g, '-')}.jpg`));
  const created = await asOfficer('post', `${MEDIA_CM}?locale=vi`, { title, kind: 'image', rightsUri: RIGHTS, accessLevel: 'public', consent: PUBLIC_CONSENT, files: [photo.id], ...data });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const documentId = created.body.data.documentId as string;
  assert.equal(await settle(documentId), 'ready');
  if (isPublished) await publish(MEDIA_CM, documentId);
  return { documentId, photo };
}

const portraitOf = (documentId: string) => ({ connect: [{ documentId, locale: 'vi' }] });
const personCount = () => app.strapi.db.query(uidOf('person')).count();
const derivativeKeys = (documentId: string) =>
  archive(app.strapi).storage.list(`derivatives/${documentId}/`);
const route = (key: string) => `/media/d/${key.slice('derivatives/'.length)}`;

before(async () => {
  app = await startTestApp();
  officer = await adminJwt(app, 'di-san-cultural-officer');
  curator = await adminJwt(app, 'di-san-curator');
  dir = mkdtempSync(path.join(os.tmpdir(), 'di-san-portrait-'));
});
after(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('portraits are processed images, never the original upload', () => {
  let portrait: Awaited<ReturnType<typeof portraitItem>>;
  const slug = 'ba-lo-thi-chan-dung';

  before(async () => {
    portrait = await portraitItem('Chân dung bà Lò Thị Chân');
    const person = await asOfficer('post', `${PERSON_CM}?locale=vi`, {
      name: 'Bà Lò Thị Chân',
      slug,
      accessLevel: 'public',
      consent: PUBLIC_CONSENT,
      portrait: portraitOf(portrait.documentId),
    });
    assert.equal(person.status, 201, JSON.stringify(person.body));
    await publish(PERSON_CM, person.body.data.documentId);
  });

  it('Strapi makes no thumbnail or responsive copies of an upload: only the original is stored', async () => {
    assert.ok(portrait.photo.formats === null || portrait.photo.formats === undefined || Object.keys(portrait.photo.formats as object).length === 0, JSON.stringify(portrait.photo.formats));
    const originals = await archive(app.strapi).storage.list('originals/');
    assert.deepEqual(originals.filter((key) => key.includes(portrait.photo.hash)), [`originals/${portrait.photo.hash}.jpg`]);
  });

  for (const query of ['populate=portrait', 'populate=*', 'populate[portrait][populate]=*', 'populate[portrait][populate][captions][populate]=*']) {
    it(`GET /api/people?${query} links no original, only processed derivatives`, async () => {
      const response = await app.http().get(`/api/people?${query}`);
      assert.equal(response.status, 200, JSON.stringify(response.body));
      const text = JSON.stringify(response.body);
      assert.doesNotMatch(text, /\/media\/o\//);
      assert.ok(!text.includes(portrait.photo.hash), 'the upload\'s hash (its storage name) is not in the response');
      assert.doesNotMatch(text, /"formats"|"provider_metadata"/);
      const person = response.body.data.find((entry: { slug: string }) => entry.slug === slug);
      assert.equal(person.portrait.documentId, portrait.documentId);
      assert.equal(person.portrait.files, undefined, 'the uploads behind the portrait are not listed');
      const images = person.portrait.media[0].images as Array<{ url: string; type: string }>;
      assert.ok(images.length > 0 && images.every((image) => image.url.startsWith(`/media/d/${portrait.documentId}/`)), JSON.stringify(images));
      assert.ok(images.some((image) => image.type === 'image/webp') && images.some((image) => image.type === 'image/avif'));
    });
  }

  for (const query of ['populate=*', 'populate[files]=true', 'populate[captions][populate]=*', 'populate[captions][populate][file]=true']) {
    it(`GET /api/media-items/:portrait?${query} links no original either`, async () => {
      const response = await app.http().get(`/api/media-items/${portrait.documentId}?${query}`);
      assert.ok(response.status === 200 || response.status === 400, `${response.status} ${JSON.stringify(response.body)}`);
      const text = JSON.stringify(response.body);
      assert.doesNotMatch(text, /\/media\/o\//);
      assert.ok(!text.includes(portrait.photo.hash));
    });
  }

  it('every served derivative is free of EXIF, GPS and the camera name', async () => {
    const response = await app.http().get(`/api/people?filters[slug][$eq]=${slug}&populate=portrait`);
    const images = response.body.data[0].portrait.media[0].images as Array<{ url: string; type: string }>;
    for (const image of images) {
      const served = await app.http().get(image.url).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
      assert.equal(served.status, 200, image.url);
      const bytes = served.body as Buffer;
      const meta = await sharp(bytes).metadata();
      assert.equal(meta.exif, undefined, `${image.url} carries EXIF`);
      assert.equal(meta.xmp, undefined, `${image.url} carries XMP`);
      assert.ok(!bytes.includes(Buffer.from('Exif\0')), `${image.url} contains an Exif block`);
      assert.ok(!bytes.includes(Buffer.from(CAMERA)), `${image.url} names the camera`);
      if (image.type !== 'image/webp') assert.equal(await exifrGps(bytes), undefined, `${image.url} leaks GPS`);
    }
  });

  it('the person page shows the portrait as a <picture> of derivatives', async () => {
    const page = await app.http().get(`/nhan-vat/${slug}`).set('Accept', 'text/html');
    assert.equal(page.status, 200);
    assert.match(page.text, /<picture>[\s\S]*<source type="image\/webp" srcset="\/media\/d\//);
    assert.match(page.text, new RegExp(`<img class="full" src="/media/d/${portrait.documentId}/[^"]+\\.jpg" alt="Bà Lò Thị Chân"`));
    assert.doesNotMatch(page.text, /\/media\/o\//);
    assert.ok(!page.text.includes(portrait.photo.hash));
  });

  it('the person\'s search document carries no file URL', async () => {
    await app.drain({ timeoutSeconds: 60 });
    const response = await app.http().get('/api/catalogue/search').query({ q: 'Lò Thị Chân', type: 'person' });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const hit = response.body.data.hits.find((h: { slug?: string }) => h.slug === slug);
    assert.ok(hit, 'the person became searchable');
    assert.doesNotMatch(JSON.stringify(hit), /\/media\//);
  });
});

describe('a portrait is never more open than its person', () => {
  it('refuses a portrait more open than the person, and writes nothing', async () => {
    const open = await portraitItem('Chân dung công khai');
    const before = await personCount();
    const response = await asOfficer('post', `${PERSON_CM}?locale=vi`, {
      name: 'Ông Quàng Văn Kín',
      accessLevel: 'restricted',
      consent: PUBLIC_CONSENT,
      portrait: portraitOf(open.documentId),
    });
    assert.equal(response.status, 400, JSON.stringify(response.body));
    assert.match(response.body.error.message, /chân dung/i);
    assert.match(response.body.error.message, /portrait/i);
    assert.equal(await personCount(), before);
  });

  it('refuses a portrait whose consent outlives the person\'s', async () => {
    const lasting = await portraitItem('Chân dung đồng ý dài hạn');
    const response = await asOfficer('post', `${PERSON_CM}?locale=vi`, {
      name: 'Bà Lường Thị Hạn',
      accessLevel: 'public',
      consent: { ...PUBLIC_CONSENT, expiresOn: '2030-12-31' },
      portrait: portraitOf(lasting.documentId),
    });
    assert.equal(response.status, 400, JSON.stringify(response.body));
    assert.match(response.body.error.message, /2030-12-31/);
  });

  it('refuses a video as a portrait', async () => {
    const video = await upload(makeVideo(dir, 'khong-phai-anh.mp4', { seconds: 1 }));
    const item = await asOfficer('post', `${MEDIA_CM}?locale=vi`, { title: 'Một đoạn phim', kind: 'video', rightsUri: RIGHTS, accessLevel: 'restricted', files: [video.id] });
    assert.equal(item.status, 201, JSON.stringify(item.body));
    const response = await asOfficer('post', `${PERSON_CM}?locale=vi`, { name: 'Ông Phim', accessLevel: 'restricted', portrait: portraitOf(item.body.data.documentId) });
    assert.equal(response.status, 400, JSON.stringify(response.body));
    assert.match(response.body.error.message, /ảnh|image/i);
  });

  describe('a restricted person\'s portrait is reachable by no anonymous route', () => {
    const slug = 'ong-lo-van-an';
    let portrait: { documentId: string; photo: { hash: string } };
    let keys: string[];

    before(async () => {
      portrait = await portraitItem('Chân dung ông Lò Văn Ẩn', { accessLevel: 'restricted' });
      const person = await asOfficer('post', `${PERSON_CM}?locale=vi`, {
        name: 'Ông Lò Văn Ẩn',
        slug,
        accessLevel: 'restricted',
        consent: PUBLIC_CONSENT,
        portrait: portraitOf(portrait.documentId),
      });
      assert.equal(person.status, 201, JSON.stringify(person.body));
      await publish(PERSON_CM, person.body.data.documentId);
      keys = await derivativeKeys(portrait.documentId);
      assert.ok(keys.length > 0);
    });

    it('REST people, media items and populate', async () => {
      for (const url of ['/api/people?populate=*', '/api/people?populate=portrait', '/api/media-items?populate=*', '/api/media-items?pagination[pageSize]=100']) {
        const response = await app.http().get(url);
        assert.equal(response.status, 200, url);
        const text = JSON.stringify(response.body);
        assert.ok(!text.includes(portrait.documentId) && !text.includes('Lò Văn Ẩn') && !text.includes(portrait.photo.hash), `${url} leaks the portrait`);
      }
      assert.equal((await app.http().get(`/api/media-items/${portrait.documentId}`)).status, 404);
      const researcher = await userJwt(app, 'researcher');
      assert.equal((await app.http().get(`/api/media-items/${portrait.documentId}`).set('Authorization', `Bearer ${researcher}`)).status, 404);
    });

    it('/media/d/ URLs guessed from the item, and the site page', async () => {
      for (const key of keys) assert.equal((await app.http().get(route(key))).status, 403, key);
      assert.equal((await app.http().get(`/nhan-vat/${slug}`).set('Accept', 'text/html')).status, 404);
      assert.equal((await app.http().get(`/en/people/${slug}`).set('Accept', 'text/html')).status, 404);
    });

    it('the portrait cannot be opened wider than its person afterwards', async () => {
      const response = await asOfficer('put', `${MEDIA_CM}/${portrait.documentId}?locale=vi`, { accessLevel: 'public' });
      assert.equal(response.status, 400, JSON.stringify(response.body));
      assert.match(response.body.error.message, /Lò Văn Ẩn/);
      const rows = await app.strapi.db.query(uidOf('media-item')).findMany({ where: { documentId: portrait.documentId }, select: ['accessLevel'] });
      assert.ok(rows.every((row: { accessLevel: string }) => row.accessLevel === 'restricted'), 'nothing was written');
    });
  });

  it('withdrawing a person at once withdraws their portrait on every channel', async () => {
    const portrait = await portraitItem('Chân dung bà Cà Thị Rút');
    const person = await asOfficer('post', `${PERSON_CM}?locale=vi`, {
      name: 'Bà Cà Thị Rút',
      slug: 'ba-ca-thi-rut',
      accessLevel: 'public',
      consent: PUBLIC_CONSENT,
      portrait: portraitOf(portrait.documentId),
    });
    assert.equal(person.status, 201, JSON.stringify(person.body));
    const personId = person.body.data.documentId as string;
    await publish(PERSON_CM, personId);
    const keys = await derivativeKeys(portrait.documentId);
    assert.equal((await app.http().get(route(keys[0]))).status, 200, 'public while the person is');

    // The family withdraws consent: the officer narrows the person; that is never refused.
    const withdrawn = await asOfficer('put', `${PERSON_CM}/${personId}?locale=vi`, { consent: { ...PUBLIC_CONSENT, scope: 'archive-only' } });
    assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
    assert.equal((await app.http().get(`/api/media-items/${portrait.documentId}`)).status, 404);
    for (const key of keys) assert.equal((await app.http().get(route(key))).status, 403, key);
  });
});
