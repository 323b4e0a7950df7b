import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isInScope, isScoped, scopeFilter } from '../../../src/curation/scope/plan';

const scope = { userId: 7, places: new Set(['commune-a', 'village-a1']) };

describe('commune scope', () => {
  const cases: Array<[string, { places: string[]; createdBy: number | null }, boolean]> = [
    ['a record in the commune', { places: ['commune-a'], createdBy: 1 }, true],
    ['a record in a village of the commune', { places: ['village-a1'], createdBy: 1 }, true],
    ['a record in two communes, one of them theirs', { places: ['commune-b', 'commune-a'], createdBy: 1 }, true],
    ['a record in another commune', { places: ['commune-b'], createdBy: 1 }, false],
    ['a record in another commune that they created', { places: ['commune-b'], createdBy: 7 }, false],
    ['their own unplaced draft', { places: [], createdBy: 7 }, true],
    ['someone else’s unplaced draft', { places: [], createdBy: 8 }, false],
    ['an unplaced record nobody created (seed)', { places: [], createdBy: null }, false],
  ];
  for (const [name, record, expected] of cases) it(`${expected ? 'allows' : 'refuses'} ${name}`, () => assert.equal(isInScope(record, scope), expected));

  it('scopes officers only, never curators or super admins', () => {
    assert.equal(isScoped(['di-san-cultural-officer']), true);
    assert.equal(isScoped(['di-san-cultural-officer', 'di-san-curator']), false);
    assert.equal(isScoped(['strapi-super-admin']), false);
    assert.equal(isScoped(['strapi-editor']), false);
  });

  it('builds the RBAC filter on the type’s own place field', () => {
    const ids = { userId: 7, places: ['commune-a'] };
    assert.deepEqual(scopeFilter('festival', ids), { $or: [{ 'places.documentId': { $in: ['commune-a'] } }, { 'createdBy.id': 7 }] });
    assert.deepEqual(scopeFilter('media-item', ids), { $or: [{ 'place.documentId': { $in: ['commune-a'] } }, { 'createdBy.id': 7 }] });
    assert.deepEqual(scopeFilter('place', ids), { $or: [{ documentId: { $in: ['commune-a'] } }, { 'createdBy.id': 7 }] });
    assert.deepEqual(scopeFilter('language', ids), { 'createdBy.id': 7 });
  });
});
