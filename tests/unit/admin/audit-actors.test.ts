import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionName, ACTION_GROUPS } from '../../../src/admin/curation/audit/actions';
import { actorKind } from '../../../src/admin/curation/audit/describe';

describe('the audit page names researcher entries', () => {
  it('a users-permissions actor (user:<id>) reads as a researcher or user, not a raw code', () => {
    assert.deepEqual(actorKind('user:5'), { id: 'user', value: '5' });
    assert.deepEqual(actorKind('token:2'), { id: 'token', value: '2' });
  });

  it('every researcher action has a name in both languages, and the filter offers the group', () => {
    for (const action of ['request', 'approve', 'decline', 'password-set', 'sign-in', 'sign-in-failed', 'token-create', 'token-revoke', 'token-use'].map((a) => `researcher.${a}`)) {
      assert.notEqual(actionName(action, 'vi'), action, action);
      assert.notEqual(actionName(action, 'en'), action, action);
    }
    assert.equal(actionName('researcher.token-use', 'vi'), 'Dùng khoá nhà nghiên cứu');
    assert.ok(ACTION_GROUPS['researcher.*']);
  });
});
