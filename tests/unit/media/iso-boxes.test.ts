/** Telling a cut-off MP4 from one with no sound or picture, by its top-level boxes (pure). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoMediaDamage, type BoxHeader } from '../../../src/media/iso-boxes';

const box = (type: string, offset: number, size: number): BoxHeader => ({ type, offset, size });
const cases: Array<{ name: string; boxes: BoxHeader[]; fileSize: number; reason: RegExp | null }> = [
  { name: 'a whole file', boxes: [box('ftyp', 0, 32), box('mdat', 32, 1000), box('moov', 1032, 500)], fileSize: 1532, reason: null },
  { name: 'moov first (faststart)', boxes: [box('ftyp', 0, 32), box('moov', 32, 500), box('mdat', 532, 1000)], fileSize: 1532, reason: null },
  { name: 'mdat to the end of the file (size 0)', boxes: [box('ftyp', 0, 32), box('moov', 32, 500), box('mdat', 532, Infinity)], fileSize: 9000, reason: null },
  {
    name: 'moov cut off',
    boxes: [box('ftyp', 0, 32), box('mdat', 32, 1000), box('moov', 1032, 500)],
    fileSize: 1100,
    reason: /truncated or damaged: it ends inside its "moov" box, 432 bytes short/,
  },
  { name: 'cut inside mdat', boxes: [box('ftyp', 0, 32), box('mdat', 32, 1000)], fileSize: 600, reason: /ends inside its "mdat" box/ },
  { name: 'moov never written', boxes: [box('ftyp', 0, 32), box('mdat', 32, 1000)], fileSize: 1032, reason: /no "moov" index/ },
  { name: 'an impossible box size', boxes: [box('ftyp', 0, 32), box('mdat', 32, 3)], fileSize: 1032, reason: /impossible size/ },
];

describe('isoMediaDamage', () => {
  for (const c of cases) {
    it(c.name, () => {
      const reason = isoMediaDamage({ boxes: c.boxes, fileSize: c.fileSize, fileName: 'clip.mp4' });
      if (c.reason === null) assert.equal(reason, null);
      else assert.match(reason ?? '', c.reason);
    });
  }
});
