/** A record's review state when it has a row, and when it has none (pure). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentSubmitter, effectiveState } from '../../../src/curation/review/state';

describe('review state', () => {
  it('without a row: a draft until published, then approved', () => {
    assert.equal(effectiveState(null, false), 'draft');
    assert.equal(effectiveState(undefined, true), 'approved');
  });

  it('a row says what it says, published or not', () => {
    assert.equal(effectiveState({ state: 'submitted' }, false), 'submitted');
    assert.equal(effectiveState({ state: 'draft' }, true), 'draft');
  });

  it('the submitter counts only while the record is under review', () => {
    assert.equal(currentSubmitter({ state: 'submitted', submitted_by: 7 }), '7');
    assert.equal(currentSubmitter({ state: 'draft', submitted_by: 7 }), null);
    assert.equal(currentSubmitter({ state: 'approved', submitted_by: 7 }), null);
    assert.equal(currentSubmitter(null), null);
  });
});
