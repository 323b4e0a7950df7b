import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildQuery, withQuery } from '../../../src/site/client/lib/query';
import { parseStartAt } from '../../../src/site/client/lib/start-at';
import { currentCueIndex, toCues } from '../../../src/site/client/lib/transcript-time';

describe('search query string', () => {
  it('keeps repeated facets in form order and drops blank values', () => {
    const entries: Array<[string, unknown]> = [
      ['q', 'xòe thái'],
      ['type', 'festival'],
      ['type', 'custom'],
      ['ethnicGroup', ''],
      ['language', '   '],
      ['month', '3'],
    ];
    assert.equal(buildQuery(entries), 'q=x%C3%B2e+th%C3%A1i&type=festival&type=custom&month=3');
  });

  it('ignores non-string entries such as files', () => {
    assert.equal(buildQuery([['q', 'a'], ['upload', { name: 'f.png' }]]), 'q=a');
  });

  it('builds the shareable URL without a dangling question mark', () => {
    assert.equal(withQuery('/tim-kiem', ''), '/tim-kiem');
    assert.equal(withQuery('/en/search', 'q=gong'), '/en/search?q=gong');
  });
});

describe('start offsets', () => {
  it('reads seconds, clock times and 1m2s forms', () => {
    assert.equal(parseStartAt('42'), 42);
    assert.equal(parseStartAt(' 12.5 '), 12.5);
    assert.equal(parseStartAt('1:02'), 62);
    assert.equal(parseStartAt('1:02:03'), 3723);
    assert.equal(parseStartAt('1m2s'), 62);
    assert.equal(parseStartAt('1h'), 3600);
    assert.equal(parseStartAt('0'), 0);
  });

  it('rejects anything else', () => {
    for (const bad of [null, undefined, '', 'abc', '-5', '1:75', 'Infinity', '1e3', '12s5', ':30']) {
      assert.equal(parseStartAt(bad), null, String(bad));
    }
  });
});

describe('current transcript line', () => {
  const cues = toCues([
    { start: 0, end: 4 },
    { start: 5, end: 9 },
    { start: 9, end: null },
    { start: 20, end: null },
  ]);

  it('fills missing ends from the next start', () => {
    assert.deepEqual(cues.map((c) => c.end), [4, 9, 20, Infinity]);
  });

  it('finds the line whose [start, end) holds the time', () => {
    assert.equal(currentCueIndex(cues, 0), 0);
    assert.equal(currentCueIndex(cues, 3.99), 0);
    assert.equal(currentCueIndex(cues, 5), 1);
    assert.equal(currentCueIndex(cues, 9), 2, 'end is exclusive');
    assert.equal(currentCueIndex(cues, 500), 3);
  });

  it('keeps the last started line in a gap, and none before the first', () => {
    assert.equal(currentCueIndex(cues, 4.5), 0);
    assert.equal(currentCueIndex(toCues([{ start: 2, end: 3 }]), 1), -1);
  });

  it('prefers the later line when lines overlap, and skips lines without a start', () => {
    const overlapping = toCues([
      { start: 0, end: 10 },
      { start: 3, end: 5 },
      { start: null, end: null },
    ]);
    assert.equal(currentCueIndex(overlapping, 4), 1);
    assert.equal(currentCueIndex(overlapping, 6), 0);
  });

  it('handles an empty transcript', () => {
    assert.equal(currentCueIndex([], 3), -1);
  });
});
