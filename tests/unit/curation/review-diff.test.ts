/** The review's draft-vs-published diff (pure). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffVersions } from '../../../src/curation/review/diff';

const attributes = {
  name: { type: 'string' },
  description: { type: 'richtext' },
  timing: { type: 'component' },
  places: { type: 'relation' },
  updatedAt: { type: 'datetime' },
};

describe('review diff', () => {
  it('names the changed fields only, ignoring bookkeeping and component row ids', () => {
    const published = { name: 'Xên Bản', description: 'cũ', timing: { id: 1, month: 3 }, places: [{ documentId: 'b' }, { documentId: 'a' }], updatedAt: '1' };
    const draft = { name: 'Xên Bản', description: 'mới', timing: { id: 9, month: 3 }, places: [{ documentId: 'a' }, { documentId: 'b' }], updatedAt: '2' };
    assert.deepEqual(diffVersions(attributes, published, draft), [{ field: 'description', before: 'cũ', after: 'mới' }]);
  });

  it('compares components by content and relations by documentId', () => {
    const changes = diffVersions(attributes, { timing: { id: 1, month: 3 }, places: [] }, { timing: { id: 1, month: 4 }, places: [{ documentId: 'x' }] });
    assert.deepEqual(changes.map((change) => change.field), ['timing', 'places']);
    assert.deepEqual(changes[1], { field: 'places', before: [], after: ['x'] });
  });

  it('with no published version, every filled field is a change from null', () => {
    const changes = diffVersions(attributes, null, { name: 'Mới', places: [] });
    assert.deepEqual(changes, [
      { field: 'name', before: null, after: 'Mới' },
      { field: 'places', before: null, after: [] },
    ]);
  });
});
