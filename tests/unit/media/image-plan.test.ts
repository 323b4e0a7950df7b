/**
 * Table-driven tests for the still-image plan (pure, no sharp).
 * Run: node --import tsx --test tests/unit/media/image-plan.test.ts
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ImageShapeError,
  InvalidImageSizeError,
  MAX_LONG_SIDE,
  planImageDerivatives,
  type PlannedImage,
} from '../../../src/media/image-plan';

interface Case {
  name: string;
  width: number;
  height: number;
  isPublic: boolean;
  /** "WxH" per role, in plan order. */
  webp: string[];
  avif: string[];
  jpeg: string;
  placeholder: string;
}

const cases: Case[] = [
  {
    name: '12 MP landscape phone photo gets the full ladder',
    width: 4000,
    height: 3000,
    isPublic: true,
    webp: ['320x240', '640x480', '1280x960', '1920x1440'],
    avif: ['320x240', '640x480'],
    jpeg: '1280x960',
    placeholder: '32x24',
  },
  {
    name: '1000 px source: never upscaled, its own width becomes the top size',
    width: 1000,
    height: 750,
    isPublic: true,
    webp: ['320x240', '640x480', '1000x750'],
    avif: ['320x240', '640x480'],
    jpeg: '1000x750',
    placeholder: '32x24',
  },
  {
    name: 'smaller than the smallest rung: one size, the source',
    width: 300,
    height: 200,
    isPublic: true,
    webp: ['300x200'],
    avif: ['300x200'],
    jpeg: '300x200',
    placeholder: '32x21',
  },
  {
    name: 'portrait: long side capped at 1920, 1440 wide is < 20% over 1280 so 1280 tops it',
    width: 3000,
    height: 4000,
    isPublic: true,
    webp: ['320x427', '640x853', '1280x1707'],
    avif: ['320x427', '640x853'],
    jpeg: '1280x1707',
    placeholder: '24x32',
  },
  {
    name: 'restricted item: same ladder, no AVIF',
    width: 4000,
    height: 3000,
    isPublic: false,
    webp: ['320x240', '640x480', '1280x960', '1920x1440'],
    avif: [],
    jpeg: '1280x960',
    placeholder: '32x24',
  },
  {
    name: '700 px is < 20% wider than 640: no near-duplicate top size',
    width: 700,
    height: 525,
    isPublic: true,
    webp: ['320x240', '640x480'],
    avif: ['320x240', '640x480'],
    jpeg: '640x480',
    placeholder: '32x24',
  },
  {
    name: 'exactly a rung: no duplicate entry',
    width: 640,
    height: 480,
    isPublic: true,
    webp: ['320x240', '640x480'],
    avif: ['320x240', '640x480'],
    jpeg: '640x480',
    placeholder: '32x24',
  },
  {
    name: 'wide panorama keeps its width ladder with short heights',
    width: 8000,
    height: 1000,
    isPublic: true,
    webp: ['320x40', '640x80', '1280x160', '1920x240'],
    avif: ['320x40', '640x80'],
    jpeg: '1280x160',
    placeholder: '32x4',
  },
  {
    name: '40:1 strip: rungs whose short side would be under 32 px are left out',
    width: 8000,
    height: 200,
    isPublic: true,
    webp: ['1280x32', '1920x48'],
    avif: [],
    jpeg: '1280x32',
    placeholder: '160x4',
  },
  {
    name: 'a small thin source keeps its own size',
    width: 200,
    height: 10,
    isPublic: true,
    webp: ['200x10'],
    avif: ['200x10'],
    jpeg: '200x10',
    placeholder: '80x4',
  },
];

const sizes = (plan: PlannedImage[], role: PlannedImage['role']) =>
  plan.filter((item) => item.role === role).map((item) => `${item.width}x${item.height}`);

describe('planImageDerivatives', () => {
  for (const c of cases) {
    it(c.name, () => {
      const plan = planImageDerivatives({ width: c.width, height: c.height, isPublic: c.isPublic });
      assert.deepEqual(sizes(plan, 'webp'), c.webp);
      assert.deepEqual(sizes(plan, 'avif'), c.avif);
      assert.deepEqual(sizes(plan, 'jpeg'), [c.jpeg]);
      assert.deepEqual(sizes(plan, 'placeholder'), [c.placeholder]);

      for (const item of plan) {
        assert.ok(item.width <= c.width && item.height <= c.height, `${item.fileName} upscales`);
        assert.ok(Math.max(item.width, item.height) <= MAX_LONG_SIDE, `${item.fileName} is over the cap`);
        const shortest = item.role === 'placeholder' ? 4 : 32;
        assert.ok(Math.min(item.width, item.height) >= Math.min(shortest, c.width, c.height), `${item.fileName} is too thin`);
      }
      const names = plan.map((item) => item.fileName);
      assert.equal(new Set(names).size, names.length, 'file names must be unique');
      assert.ok(plan.filter((i) => i.format === 'jpeg').every((i) => i.fileName.endsWith('.jpg')));
    });
  }

  it('uses low-effort AVIF and the measured qualities', () => {
    const plan = planImageDerivatives({ width: 4000, height: 3000, isPublic: true });
    const avif = plan.find((item) => item.format === 'avif');
    const webp = plan.find((item) => item.format === 'webp');
    assert.equal(avif?.effort, 2);
    assert.equal(webp?.quality, 75);
  });

  for (const [width, height] of [
    [65535, 16],
    [16, 65535],
    [10000, 100],
  ]) {
    it(`refuses ${width}x${height} at once: no rendition would be readable`, () => {
      assert.throws(() => planImageDerivatives({ width, height, isPublic: true }), (error: Error) => {
        assert.ok(error instanceof ImageShapeError);
        assert.match(error.message, new RegExp(`${width}x${height} px .*too long and thin`));
        return true;
      });
    });
  }

  for (const [width, height] of [
    [0, 100],
    [100, -1],
    [10.5, 10],
    [Number.NaN, 10],
  ]) {
    it(`rejects ${width}x${height}`, () => {
      assert.throws(() => planImageDerivatives({ width, height, isPublic: true }), InvalidImageSizeError);
    });
  }
});
