/** Which bytes /media answers for a Range header (RFC 9110 §14), on a 1000-byte file (pure). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rangeToServe } from '../../../src/middlewares/media-files';

describe('Range', () => {
  const cases: Array<[string | undefined, ReturnType<typeof rangeToServe>]> = [
    [undefined, 'whole'],
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=900-', { start: 900, end: 999 }],
    ['bytes=-100', { start: 900, end: 999 }],
    ['bytes=990-2000', { start: 990, end: 999 }],
    ['BYTES = 0-9', { start: 0, end: 9 }],
    // A suffix longer than the file is the whole file (§14.1.2), as a range.
    ['bytes=-5000', { start: 0, end: 999 }],
    // Overlapping or adjacent ranges are one range.
    ['bytes=0-9, 10-19, 5-15', { start: 0, end: 19 }],
    // Nothing satisfiable: 416.
    ['bytes=1000-', 'unsatisfiable'],
    ['bytes=5000-6000', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    // Invalid syntax is ignored (§14.1.1: last-pos below first-pos is invalid).
    ['bytes=500-100', 'whole'],
    ['bytes=0-9, 500-100', 'whole'],
    ['bytes=abc', 'whole'],
    ['bytes=', 'whole'],
    ['items=0-9', 'whole'],
    ['0-99', 'whole'],
    // Several disjoint ranges: the whole file, not multipart/byteranges (§14.2 lets a server ignore Range).
    ['bytes=0-9, 500-509', 'whole'],
  ];
  for (const [header, expected] of cases) {
    it(`${header ?? '(none)'} → ${JSON.stringify(expected)}`, () => assert.deepEqual(rangeToServe(header, 1000), expected));
  }
});
