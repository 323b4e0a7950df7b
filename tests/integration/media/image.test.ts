/**
 * Still-image pipeline on real files: sharp derivatives, EXIF reading,
 * the pixel-limit guard and near-duplicate hashing. Fixtures are generated
 * here with sharp (a few hundred ms) in a temp dir that is always removed.
 * Run: node --import tsx --test tests/integration/media/image.test.ts
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { gps as exifrGps } from 'exifr';
import { thumbHashToApproximateAspectRatio } from 'thumbhash';
import { ImageTooLargeError, TILE_SIZE, deriveImages, deriveTiles, probeImage } from '../../../src/media/image';
import { pngHeaderOnly } from '../../helpers/media-fixtures';
import { planImageDerivatives } from '../../../src/media/image-plan';
import { readImageMetadata } from '../../../src/media/exif';
import { differenceHash, isNearDuplicate } from '../../../src/media/dhash';
import { tilesFor } from '../../../src/site/client/lib/iiif-tiles';

let dir: string;

/** A busy synthetic picture (overlapping shapes) so hashes and encoders have detail to work on. */
function scene({ width, height, seed, leftStrip = false }: { width: number; height: number; seed: number; leftStrip?: boolean }): Buffer {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  let shapes = '';
  for (let i = 0; i < 60; i++) {
    const colour = `rgb(${Math.floor(rnd() * 255)},${Math.floor(rnd() * 255)},${Math.floor(rnd() * 255)})`;
    shapes += `<circle cx="${Math.floor(rnd() * width)}" cy="${Math.floor(rnd() * height)}" r="${Math.floor(10 + (rnd() * width) / 6)}" fill="${colour}"/>`;
  }
  // A pure red strip along the STORED left edge: after EXIF orientation 6 it must be on top.
  const strip = leftStrip ? `<rect x="0" y="0" width="${width / 20}" height="${height}" fill="#ff0000"/>` : '';
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#4a6"/>${shapes}${strip}</svg>`,
  );
}

const phonePhoto = () => path.join(dir, 'phone.jpg');

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'media-image-'));
  // 4000x3000 stored pixels, EXIF says "rotate 90° clockwise" (a phone held upright).
  const small = await sharp(scene({ width: 800, height: 600, seed: 7, leftStrip: true })).png().toBuffer();
  await sharp(small)
    .resize(4000, 3000)
    .withExif({
      IFD0: { Make: 'Samsung', Model: 'Galaxy A15' },
      IFD2: { DateTimeOriginal: '2024:02:10 08:30:00' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '21/1 23/1 2520/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '103/1 1/1 1200/100',
        GPSAltitudeRef: '0',
        GPSAltitude: '48200/100',
      },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 90 })
    .toFile(phonePhoto());
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('deriveImages', () => {
  it('writes the planned, oriented, metadata-free derivatives of a 12 MP phone photo', async () => {
    // The fixture really carries what must not leak.
    assert.ok((await exifrGps(phonePhoto()))?.latitude, 'fixture should have GPS');

    const probe = await probeImage({ input: phonePhoto() });
    assert.deepEqual([probe.width, probe.height], [3000, 4000], 'probe reports the displayed (portrait) size');
    const plan = planImageDerivatives({ width: probe.width, height: probe.height, isPublic: true });
    const progress: number[] = [];
    const outDir = path.join(dir, 'out');
    const result = await deriveImages({ input: phonePhoto(), outputDir: outDir, plan, onProgress: (p) => progress.push(p) });

    assert.deepEqual(
      result.manifest.map((m) => `${m.role} ${m.width}x${m.height} ${m.contentType}`),
      plan.map((p) => `${p.role} ${p.width}x${p.height} image/${p.format}`),
    );
    assert.deepEqual(
      result.manifest.filter((m) => m.role === 'webp').map((m) => m.width),
      [320, 640, 1280],
    );
    assert.deepEqual((await readdir(outDir)).sort(), plan.map((p) => p.fileName).sort());

    for (const item of result.manifest) {
      const file = path.join(outDir, item.path);
      const bytes = await readFile(file);
      assert.equal(item.bytes, (await stat(file)).size);
      const meta = await sharp(file).metadata();
      assert.deepEqual([meta.width, meta.height], [item.width, item.height]);
      assert.ok(meta.height > meta.width, `${item.path} should be portrait`);
      assert.equal(meta.exif, undefined, `${item.path} has EXIF`);
      assert.equal(meta.xmp, undefined, `${item.path} has XMP`);
      assert.equal(meta.icc, undefined, `${item.path} has an ICC profile`);
      assert.equal((meta.orientation ?? 1), 1);
      assert.ok(!bytes.includes(Buffer.from('Exif\0')), `${item.path} contains an Exif block`);
      assert.ok(!bytes.includes(Buffer.from('Samsung')), `${item.path} contains camera text`);
      if (item.contentType !== 'image/webp') {
        // exifr reads JPEG and AVIF (not WebP, covered by the checks above).
        assert.equal(await exifrGps(file), undefined, `${item.path} leaks GPS`);
      }
    }

    // Orientation applied to pixels: the stored left strip is now the top rows.
    const w320 = path.join(outDir, 'w320.webp');
    const { data, info } = await sharp(w320).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
    const [r, g, b] = pixel(Math.floor(info.width / 2), 3);
    assert.ok(r > 200 && g < 60 && b < 60, `top centre should be red, got ${[r, g, b]}`);

    assert.ok(Buffer.from(result.thumbhash, 'base64').length >= 5);
    const aspect = thumbHashToApproximateAspectRatio(Buffer.from(result.thumbhash, 'base64'));
    assert.ok(Math.abs(aspect - 0.75) < 0.1, `thumbhash aspect ${aspect}`);
    assert.match(result.dominantColor, /^#[0-9a-f]{6}$/);

    assert.equal(progress.at(-1), 100);
    assert.ok(progress.every((p, i) => i === 0 || p >= progress[i - 1]), `progress went backwards: ${progress}`);
  });

  it('never upscales a small source', async () => {
    const input = path.join(dir, 'small.png');
    await sharp(scene({ width: 300, height: 200, seed: 3 })).png().toFile(input);
    const plan = planImageDerivatives({ ...(await probeImage({ input })), isPublic: true });
    const { manifest } = await deriveImages({ input, outputDir: path.join(dir, 'small'), plan });
    assert.ok(manifest.every((m) => m.width <= 300 && m.height <= 200));
    assert.ok(manifest.some((m) => m.role === 'webp' && m.width === 300));
  });

  it('rejects a 30000x30000 PNG from its header, fast, writing nothing', async () => {
    const input = path.join(dir, 'bomb.png');
    await writeFile(input, pngHeaderOnly(30_000, 30_000));
    assert.ok((await stat(input)).size < 200_000);
    const outputDir = path.join(dir, 'bomb-out');
    const plan = planImageDerivatives({ width: 30_000, height: 30_000, isPublic: true });

    const started = Date.now();
    await assert.rejects(deriveImages({ input, outputDir, plan }), (error: unknown) => {
      assert.ok(error instanceof ImageTooLargeError);
      assert.equal(error.code, 'IMAGE_TOO_LARGE');
      assert.match(error.message, /30000x30000 \(900 MP\).*limit is 100 MP/);
      return true;
    });
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    await assert.rejects(stat(outputDir), { code: 'ENOENT' });
  });
});

describe('deriveTiles', () => {
  it('writes IIIF level 0 tiles of the whole oriented photo at full size, with an info.json and no metadata', async () => {
    const outDir = path.join(dir, 'tiles');
    const tiles = await deriveTiles({ input: phonePhoto(), outputDir: outDir });
    const info = tiles.find((tile) => tile.role === 'iiif-info')!;
    assert.deepEqual([info.path, info.width, info.height], ['iiif/info.json', 3000, 4000], 'full size, portrait after EXIF orientation');
    const json = JSON.parse(await readFile(path.join(outDir, info.path), 'utf8'));
    assert.equal(json.type, 'ImageService3');
    assert.equal(json.profile, 'level0');
    assert.deepEqual([json.width, json.height, json.tiles[0].width], [3000, 4000, TILE_SIZE]);
    assert.ok(json.tiles[0].scaleFactors.includes(8), 'zoomed-out levels exist');
    // Every tile a viewer asks for at scale factor 1 exists: ceil(3000/512) x ceil(4000/512).
    const fullSize = tiles.filter((tile) => /^iiif\/\d+,\d+,512,512\/512,512\/0\/default\.jpg$/.test(tile.path));
    assert.ok(fullSize.length >= 5 * 7, `${fullSize.length} full-resolution tiles`);
    assert.deepEqual((await readdir(outDir)).sort(), ['iiif'], 'only the tile tree is left (no vips-properties.xml)');
    const corner = path.join(outDir, 'iiif/0,0,512,512/512,512/0/default.jpg');
    const meta = await sharp(corner).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height, meta.exif], ['jpeg', 512, 512, undefined]);
    assert.equal(await exifrGps(corner), undefined, 'a tile leaks GPS');
    // The site's viewer asks for exactly the files sharp wrote, at every level.
    const written = new Set(tiles.map((tile) => tile.path));
    for (const scaleFactor of json.tiles[0].scaleFactors as number[]) {
      for (const tile of tilesFor({ info: json, serviceId: 'iiif', scaleFactor, area: { x: 0, y: 0, w: json.width, h: json.height } })) {
        assert.ok(written.has(tile.url), `the viewer would ask for ${tile.url}, which sharp did not write`);
      }
    }
    // Orientation applied: the stored left strip is the top row of the first tile.
    const { data } = await sharp(corner).raw().toBuffer({ resolveWithObject: true });
    const [r, g, b] = [...data.subarray((3 * 512 + 256) * 3, (3 * 512 + 256) * 3 + 3)];
    assert.ok(r > 200 && g < 60 && b < 60, `top of the first tile should be red, got ${[r, g, b]}`);
  });

  it('a file sharp cannot read writes no tiles', async () => {
    const bad = path.join(dir, 'bad.jpg');
    await writeFile(bad, Buffer.from('not a picture'));
    const outDir = path.join(dir, 'bad-tiles');
    await assert.rejects(deriveTiles({ input: bad, outputDir: outDir }), /Image cannot be read/);
    assert.deepEqual(await readdir(outDir).catch(() => []), []);
  });
});

describe('readImageMetadata', () => {
  it('reads capture time (UTC+7 assumed), GPS, camera and orientation from the original', async () => {
    assert.deepEqual(await readImageMetadata(phonePhoto()), {
      capturedAt: '2024-02-10T01:30:00.000Z',
      capturedAtOffset: '+07:00',
      isCapturedAtOffsetAssumed: true,
      gps: { latitude: 21 + 23 / 60 + 25.2 / 3600, longitude: 103 + 1 / 60 + 12 / 3600, altitude: 482 },
      cameraMake: 'Samsung',
      cameraModel: 'Galaxy A15',
      orientation: 6,
    });
  });

  it('uses OffsetTimeOriginal and the hemisphere letters when present', async () => {
    const input = path.join(dir, 'offset.jpg');
    await sharp({ create: { width: 16, height: 16, channels: 3, background: '#888' } })
      .withExif({
        IFD2: { DateTimeOriginal: '2023:12:31 23:00:00', OffsetTimeOriginal: '-05:00' },
        IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '10/1 0/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '20/1 30/1 0/1' },
      })
      .jpeg()
      .toFile(input);
    const meta = await readImageMetadata(input);
    assert.equal(meta.capturedAt, '2024-01-01T04:00:00.000Z');
    assert.equal(meta.isCapturedAtOffsetAssumed, false);
    assert.deepEqual(meta.gps, { latitude: -10, longitude: -20.5, altitude: null });
  });

  it('returns nulls for files without EXIF, and for non-images, without throwing', async () => {
    const png = path.join(dir, 'plain.png');
    await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).png().toFile(png);
    const text = path.join(dir, 'notes.txt');
    await writeFile(text, 'not an image');
    for (const file of [png, text, path.join(dir, 'out', 'w1280.jpg')]) {
      const meta = await readImageMetadata(file);
      assert.equal(meta.capturedAt, null);
      assert.equal(meta.gps, null);
      assert.equal(meta.cameraMake, null);
    }
  });
});

describe('differenceHash', () => {
  it('flags a resized, recompressed copy as a near-duplicate but not a different picture', async () => {
    const original = path.join(dir, 'scene-a.jpg');
    const copy = path.join(dir, 'scene-a-copy.jpg');
    const other = path.join(dir, 'scene-b.jpg');
    await sharp(scene({ width: 1200, height: 900, seed: 11 })).jpeg({ quality: 92 }).toFile(original);
    await sharp(original).resize(600).jpeg({ quality: 40 }).toFile(copy);
    await sharp(scene({ width: 1200, height: 900, seed: 12 })).jpeg({ quality: 92 }).toFile(other);

    const [a, aCopy, b] = await Promise.all([differenceHash(original), differenceHash(copy), differenceHash(other)]);
    assert.match(a, /^[0-9a-f]{16}$/);
    assert.ok(isNearDuplicate(a, aCopy), `copy should match: ${a} vs ${aCopy}`);
    assert.ok(!isNearDuplicate(a, b), `different scenes should not match: ${a} vs ${b}`);
  });

  it('matches an uploaded photo with its own derivative (orientation-aware)', async () => {
    const [original, derivative] = await Promise.all([
      differenceHash(phonePhoto()),
      differenceHash(path.join(dir, 'out', 'w640.webp')),
    ]);
    assert.ok(isNearDuplicate(original, derivative), `${original} vs ${derivative}`);
  });
});
