/** diffSnapshots (pure), table-driven: each field kind, and what is not a change. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffSnapshots, sameValue, type FieldChange } from '../../../src/curation/history/diff';

const kinds = { name: 'text', timing: 'component', otherNames: 'components', ethnicGroups: 'relation', cover: 'media', gallery: 'media' } as const;
const base = {
  name: 'Lễ hội Xên bản',
  accessLevel: 'public',
  year: 1954,
  timing: { calendar: 'lunar', month: 3, day: 15 },
  otherNames: [{ tag: 'blt', value: 'Xên bản' }],
  ethnicGroups: ['thai', 'hmong'],
  cover: 7,
  gallery: [1, 2],
};

const cases: Array<{ name: string; change: Record<string, unknown>; expected: FieldChange[] }> = [
  { name: 'nothing changed', change: {}, expected: [] },
  { name: 'a plain value', change: { accessLevel: 'researcher' }, expected: [{ field: 'accessLevel', kind: 'value', before: 'public', after: 'researcher' }] },
  { name: 'a number', change: { year: 1955 }, expected: [{ field: 'year', kind: 'value', before: 1954, after: 1955 }] },
  { name: 'text', change: { name: 'Lễ Xên bản' }, expected: [{ field: 'name', kind: 'text', before: 'Lễ hội Xên bản', after: 'Lễ Xên bản' }] },
  {
    name: 'a field inside a component',
    change: { timing: { calendar: 'lunar', month: 3, day: 16 } },
    expected: [{ field: 'timing', kind: 'component', before: base.timing, after: { calendar: 'lunar', month: 3, day: 16 } }],
  },
  { name: 'key order inside a component is no change', change: { timing: { day: 15, month: 3, calendar: 'lunar' } }, expected: [] },
  {
    name: 'a repeatable component gains an entry',
    change: { otherNames: [...base.otherNames, { tag: 'hnj', value: 'Nox Pêx' }] },
    expected: [{ field: 'otherNames', kind: 'components', before: base.otherNames, after: [...base.otherNames, { tag: 'hnj', value: 'Nox Pêx' }] }],
  },
  {
    name: 'relations linked and unlinked',
    change: { ethnicGroups: ['thai', 'khmu'] },
    expected: [{ field: 'ethnicGroups', kind: 'relation', before: ['thai', 'hmong'], after: ['thai', 'khmu'], added: ['khmu'], removed: ['hmong'] }],
  },
  {
    name: 'relations reordered: a change, nothing linked or unlinked',
    change: { ethnicGroups: ['hmong', 'thai'] },
    expected: [{ field: 'ethnicGroups', kind: 'relation', before: ['thai', 'hmong'], after: ['hmong', 'thai'], added: [], removed: [] }],
  },
  { name: 'single media replaced', change: { cover: 9 }, expected: [{ field: 'cover', kind: 'media', before: 7, after: 9, added: [9], removed: [7] }] },
  { name: 'single media removed', change: { cover: null }, expected: [{ field: 'cover', kind: 'media', before: 7, after: null, added: [], removed: [7] }] },
  { name: 'media list', change: { gallery: [2, 3] }, expected: [{ field: 'gallery', kind: 'media', before: [1, 2], after: [2, 3], added: [3], removed: [1] }] },
  { name: 'a field that appears', change: { rituals: 'Cúng bản' }, expected: [{ field: 'rituals', kind: 'value', before: null, after: 'Cúng bản' }] },
  { name: 'null and missing are the same', change: { rituals: null }, expected: [] },
];

describe('diffSnapshots', () => {
  for (const { name, change, expected } of cases) {
    it(name, () => {
      assert.deepEqual(diffSnapshots({ kinds, data: base }, { kinds, data: { ...base, ...change } }), expected);
    });
  }

  it('a field the newer schema dropped is still shown, with the older kind', () => {
    const { ethnicGroups: _dropped, ...rest } = base;
    assert.deepEqual(diffSnapshots({ kinds, data: base }, { kinds: { ...kinds, ethnicGroups: undefined as never }, data: rest }), [
      { field: 'ethnicGroups', kind: 'relation', before: ['thai', 'hmong'], after: null, added: [], removed: ['thai', 'hmong'] },
    ]);
  });

  it('lists several changes in field order', () => {
    const fields = diffSnapshots({ kinds, data: base }, { kinds, data: { ...base, name: 'X', cover: 1, year: 2000 } }).map((c) => c.field);
    assert.deepEqual(fields, ['name', 'year', 'cover']);
  });

  it('sameValue: arrays keep order, objects do not', () => {
    assert.equal(sameValue([1, 2], [2, 1]), false);
    assert.equal(sameValue({ a: 1, b: [1] }, { b: [1], a: 1 }), true);
    assert.equal(sameValue({ a: undefined }, {}), true);
    assert.equal(sameValue([], {}), false);
  });
});
