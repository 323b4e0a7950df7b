/** The review queue's query string (pure). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQueueQuery } from '../../../src/curation/review/queue-query';
import { uidOf } from '../../../src/content-model';

const uids = [uidOf('festival')];

describe('review queue query', () => {
  it('defaults to the first page of submitted records of every type', () => {
    assert.deepEqual(parseQueueQuery({}, uids), { ok: true, query: { state: 'submitted', uid: null, page: 1, pageSize: 25 } });
  });

  it('takes a state, a type and a page', () => {
    const parsed = parseQueueQuery({ state: 'mine', uid: uids[0], page: '2', pageSize: '10' }, uids);
    assert.deepEqual(parsed, { ok: true, query: { state: 'mine', uid: uids[0], page: 2, pageSize: 10 } });
  });

  it('refuses an unknown state or type and a bad page, in both languages', () => {
    for (const raw of [{ state: 'approved' }, { uid: 'admin::user' }, { page: '0' }, { pageSize: '101' }, { page: 'x' }, { uid: ['a'] }]) {
      const parsed = parseQueueQuery(raw, uids);
      assert.equal(parsed.ok, false, JSON.stringify(raw));
      assert.ok((parsed as { vi: string }).vi && (parsed as { en: string }).en);
    }
  });
});
