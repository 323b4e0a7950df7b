/** Which keys a published version owns and which runs a prune keeps (pure). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { derivativePrefix, isKeyOfRenditions, newRunId, runOfKey } from '../../../src/media-access/keys';
import { unreferencedKeys } from '../../../src/media/strapi/prune';
import { referencedRuns, renditionInputs, type MediaVersion } from '../../../src/media/strapi/versions';

const renditions = { run: 'r2', files: [{ fileId: 7 }] };

describe('isKeyOfRenditions', () => {
  const cases: Array<[string, boolean]> = [
    ['derivatives/doc/7/r2/master.m3u8', true],
    ['derivatives/doc/7/r2/v1/segment-00001.ts', true],
    ['derivatives/doc/7/r1/master.m3u8', false], // a replaced run
    ['derivatives/doc/8/r2/master.m3u8', false], // another file of the same run id
    ['derivatives/other/7/r2/master.m3u8', false],
    ['derivatives/doc/7/r2x/master.m3u8', false],
  ];
  for (const [key, expected] of cases) it(`${key} → ${expected}`, () => assert.equal(isKeyOfRenditions({ key, documentId: 'doc', renditions }), expected));
  it('nothing belongs to a version without renditions', () => assert.equal(isKeyOfRenditions({ key: 'derivatives/doc/7/r2/a', documentId: 'doc', renditions: null }), false));
});

describe('run ids', () => {
  it('a key built for a run names that run', () => {
    const run = newRunId();
    assert.match(run, /^[0-9a-f]{8}$/);
    assert.equal(runOfKey(`${derivativePrefix({ documentId: 'doc', fileId: 7, run })}hls/master.m3u8`), run);
  });
  for (const key of ['originals/abc.jpg', 'derivatives/doc/7/r1', 'derivatives/doc/7']) {
    it(`${key} names no run`, () => assert.equal(runOfKey(key), undefined));
  }
});

describe('pruning', () => {
  const version = (run: string | null, pendingRun: string | null = null) =>
    ({ id: 1, documentId: 'doc', accessLevel: 'public', renditions: run ? { run, processedAt: '', inputs: '', files: [] } : null, pendingRun }) as MediaVersion;
  it('keeps runs that a version records or is writing, and only those', () => {
    const runs = referencedRuns([version('r1'), version('r2', 'r3'), version(null)]);
    assert.deepEqual([...runs].sort(), ['r1', 'r2', 'r3']);
    const keys = ['derivatives/doc/1/r0/a', 'derivatives/doc/1/r1/a', 'derivatives/doc/2/r3/b', 'derivatives/doc/2/r4/b'];
    assert.deepEqual(unreferencedKeys({ keys, runs }), ['derivatives/doc/1/r0/a', 'derivatives/doc/2/r4/b']);
  });
  it('a deleted item keeps nothing', () => {
    assert.deepEqual(unreferencedKeys({ keys: ['derivatives/doc/1/r1/a'], runs: referencedRuns([]) }), ['derivatives/doc/1/r1/a']);
  });
});

describe('renditionInputs', () => {
  const base = { accessLevel: 'public', files: [{ id: 4 }], captions: [{ tag: 'vi', kind: 'captions', file: { id: 9 } }] } as unknown as MediaVersion;
  it('is the stored format, so existing runs are not redone', () => {
    assert.equal(renditionInputs(base), '{"files":[4],"captions":[["vi","captions",9]],"isPublic":true}');
  });
  it('differs when the file or the audience differs', () => {
    assert.notEqual(renditionInputs({ ...base, files: [{ id: 5 }] } as MediaVersion), renditionInputs(base));
    assert.notEqual(renditionInputs({ ...base, accessLevel: 'restricted' }), renditionInputs(base));
  });
});
