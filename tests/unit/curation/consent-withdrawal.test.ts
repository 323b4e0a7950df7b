import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCalendarDate, keepsOriginals, parseWithdrawal, problemMessage } from '../../../src/curation/consent/withdrawal';

const TODAY = '2026-12-07';
const good = { date: '2026-12-01', withdrawnBy: 'Gia đình ông Lò Văn Pọm', reason: 'Gia đình không muốn chia sẻ' };
const fields = (body: unknown) => {
  const result = parseWithdrawal(body, TODAY);
  return 'problems' in result ? result.problems.map((problem) => problem.field) : [];
};

describe('parseWithdrawal', () => {
  it('accepts a complete request, trimmed, today included', () => {
    assert.deepEqual(parseWithdrawal({ ...good, withdrawnBy: '  Bà Lò Thị Xuân ', date: TODAY, locale: 'vi' }, TODAY), {
      withdrawal: { date: TODAY, withdrawnBy: 'Bà Lò Thị Xuân', reason: good.reason, locale: 'vi' },
    });
  });
  it('refuses a missing, malformed, impossible or future date', () => {
    assert.deepEqual(fields({ ...good, date: undefined }), ['date']);
    assert.deepEqual(fields({ ...good, date: '01/12/2026' }), ['date']);
    assert.deepEqual(fields({ ...good, date: '2026-02-30' }), ['date']);
    assert.deepEqual(fields({ ...good, date: '2026-12-08' }), ['date']);
  });
  it('requires who asked and why; names every problem at once', () => {
    assert.deepEqual(fields({ date: good.date, withdrawnBy: ' ', reason: 3 }), ['withdrawnBy', 'reason']);
    assert.deepEqual(fields(null), ['date', 'withdrawnBy', 'reason']);
    assert.deepEqual(fields({ ...good, withdrawnBy: 'x'.repeat(256) }), ['withdrawnBy']);
    assert.deepEqual(fields({ ...good, locale: '' }), ['locale']);
  });
  it('says each problem in Vietnamese, then English', () => {
    const result = parseWithdrawal({}, TODAY);
    assert.ok('problems' in result);
    assert.match(problemMessage(result.problems), /^Ngày rút .* \/ The withdrawal date/);
  });
});

describe('isCalendarDate', () => {
  it('knows leap years', () => {
    assert.equal(isCalendarDate('2024-02-29'), true);
    assert.equal(isCalendarDate('2026-02-29'), false);
  });
});

describe('keepsOriginals', () => {
  it('keeps the original only for archive-only consent', () => {
    assert.equal(keepsOriginals('archive-only'), true);
    assert.equal(keepsOriginals('public'), false);
    assert.equal(keepsOriginals('research'), false);
    assert.equal(keepsOriginals(null), false);
  });
});
