/** The review workflow's rules (pure): every state × action, self-approval, notes. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_NOTE_LENGTH, nextReviewState, type ReviewAction, type ReviewState } from '../../../src/curation/review/transitions';

const officer = { id: '7', canApprove: false };
const curator = { id: '2', canApprove: true };
const ask = (state: ReviewState, action: ReviewAction, actor = officer, extra: { note?: string; submittedBy?: string | null; forbidSelfApproval?: boolean } = {}) =>
  nextReviewState({ state, action, actor, submittedBy: extra.submittedBy ?? null, note: extra.note, forbidSelfApproval: extra.forbidSelfApproval ?? true });

describe('review transitions', () => {
  it('an officer submits a draft, or a record returned for changes, with a note', () => {
    assert.deepEqual(ask('draft', 'submit', officer, { note: '  Đã bổ sung nguồn  ' }), { ok: true, state: 'submitted', publish: false, note: 'Đã bổ sung nguồn' });
    assert.equal((ask('changes-requested', 'submit') as { state: string }).state, 'submitted');
  });

  it('only a curator approves, and approving publishes', () => {
    assert.deepEqual(ask('submitted', 'approve', curator, { submittedBy: '7' }), { ok: true, state: 'approved', publish: true, note: null });
    const refused = ask('submitted', 'approve', officer, { submittedBy: '9' });
    assert.equal(refused.ok, false);
    assert.equal((refused as { status: number }).status, 403);
  });

  it('a curator may not approve their own submission when that is forbidden, and may when it is not', () => {
    const own = ask('submitted', 'approve', curator, { submittedBy: '2' });
    assert.equal(own.ok, false);
    assert.equal((own as { status: number }).status, 400);
    assert.match((own as { vi: string }).vi, /tự duyệt/);
    assert.equal(ask('submitted', 'approve', curator, { submittedBy: '2', forbidSelfApproval: false }).ok, true);
  });

  it('a request for changes needs a comment and leaves the published version alone', () => {
    assert.equal((ask('submitted', 'request-changes', curator) as { status: number }).status, 400);
    assert.deepEqual(ask('submitted', 'request-changes', curator, { note: 'Thiếu nguồn cho ngày lễ' }), {
      ok: true,
      state: 'changes-requested',
      publish: false,
      note: 'Thiếu nguồn cho ngày lễ',
    });
  });

  it('refuses actions out of turn with 409 and names the state in both languages', () => {
    for (const [state, action] of [
      ['submitted', 'submit'],
      ['approved', 'submit'],
      ['draft', 'approve'],
      ['approved', 'approve'],
      ['changes-requested', 'approve'],
      ['draft', 'request-changes'],
    ] as Array<[ReviewState, ReviewAction]>) {
      const outcome = ask(state, action, curator, { note: 'x' });
      assert.equal(outcome.ok, false, `${state} + ${action}`);
      assert.equal((outcome as { status: number }).status, 409, `${state} + ${action}`);
      assert.ok((outcome as { vi: string; en: string }).vi.includes('trạng thái') && (outcome as { en: string }).en.includes('the record is'));
    }
  });

  it('an edit makes a new draft (withdrawing a submission), but keeps a request for changes', () => {
    for (const state of ['draft', 'submitted', 'approved'] as ReviewState[]) assert.equal((ask(state, 'edit') as { state: string }).state, 'draft');
    assert.equal((ask('changes-requested', 'edit') as { state: string }).state, 'changes-requested');
    assert.equal((ask('approved', 'edit') as { publish: boolean }).publish, false);
  });

  it('refuses a note that is too long, and drops NUL bytes', () => {
    assert.equal((ask('draft', 'submit', officer, { note: 'a'.repeat(MAX_NOTE_LENGTH + 1) }) as { status: number }).status, 400);
    assert.equal((ask('draft', 'submit', officer, { note: 'a\u0000b' }) as { note: string }).note, 'ab');
  });
});
