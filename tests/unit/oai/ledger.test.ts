import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planEntry, statusFor, tombstoneSets, type LedgerEntry, type RecordNow } from '../../../src/oai/ledger';
import { isKnownSetShape, joinSets, setPatterns, setsOf, splitSets } from '../../../src/oai/sets';

const key = { type: 'festival', documentId: 'abc' };
const live = (level: RecordNow['level'], hash = 'h1'): RecordNow => ({ level, sets: ['group:03', 'place:03199', 'type:festival', 'domain:social-practices'], visibleUntil: 99, hash });

describe('OAI ledger', () => {
  it('writes nothing for a record never disseminated', () => {
    assert.equal(planEntry(null, { level: 'none', sets: [], visibleUntil: 0, hash: 'none' }, 100, key), null);
  });

  it('records first dissemination, and who saw it', () => {
    const entry = planEntry(null, live('researcher'), 100, key)!;
    assert.deepEqual([entry.level, entry.publicSeen, entry.researcherSeen, entry.datestamp], ['researcher', false, true, 100]);
    const widened = planEntry(entry, live('public', 'h2'), 200, key)!;
    assert.deepEqual([widened.level, widened.publicSeen, widened.researcherSeen, widened.datestamp], ['public', true, true, 200]);
  });

  it('leaves an unchanged record alone, and bumps the datestamp on any change', () => {
    const entry = planEntry(null, live('public'), 100, key)!;
    assert.equal(planEntry(entry, live('public'), 500, key), null);
    assert.equal(planEntry(entry, live('public', 'h2'), 500, key)!.datestamp, 500);
    // Clocks of two workers: never backwards.
    assert.equal(planEntry({ ...entry, datestamp: 900 }, live('public', 'h3'), 500, key)!.datestamp, 900);
  });

  it('a deletion keeps who saw it, and only its type and domain sets', () => {
    const entry = planEntry(null, live('public'), 100, key)!;
    const deleted = planEntry(entry, { level: 'none', sets: [], visibleUntil: 0, hash: 'anything' }, 300, key)!;
    assert.deepEqual([deleted.level, deleted.publicSeen, deleted.researcherSeen, deleted.datestamp, deleted.hash], ['none', true, true, 300, 'none']);
    assert.deepEqual(deleted.sets, ['type:festival', 'domain:social-practices']);
    assert.equal(planEntry(deleted, { level: 'none', sets: [], visibleUntil: 0, hash: 'x' }, 400, key), null, 'still deleted: nothing to write');
  });

  it('tells each audience a record, a deletion, or nothing', () => {
    const at = (level: LedgerEntry['level'], publicSeen: boolean, researcherSeen: boolean) => ({ level, publicSeen, researcherSeen });
    assert.equal(statusFor(at('public', true, true), 'public'), 'live');
    assert.equal(statusFor(at('researcher', true, true), 'public'), 'deleted');
    assert.equal(statusFor(at('researcher', false, true), 'public'), 'absent');
    assert.equal(statusFor(at('researcher', false, true), 'researcher'), 'live');
    assert.equal(statusFor(at('none', false, true), 'researcher'), 'deleted');
    assert.equal(statusFor(at('none', false, true), 'public'), 'absent');
  });

  it('tombstone sets drop codes that are data', () => {
    assert.deepEqual(tombstoneSets(['group:03', 'type:custom', 'place:1', 'domain:craftsmanship']), ['type:custom', 'domain:craftsmanship']);
  });
});

describe('OAI sets', () => {
  it('puts a record in its type, its visible groups and places (with codes), and its domain', () => {
    assert.deepEqual(
      setsOf({ type: 'festival', record: {}, groups: [{ gsoCode: '03' }, { gsoCode: 'bad code' }], places: [{ code: '03199' }, { code: '' }] }),
      ['domain:social-practices', 'group:03', 'place:03199', 'type:festival'],
    );
    assert.deepEqual(setsOf({ type: 'custom', record: { domain: 'craftsmanship' }, groups: [], places: [] }), ['domain:craftsmanship', 'type:custom']);
    assert.deepEqual(setsOf({ type: 'custom', record: { domain: 'unknown' }, groups: [], places: [] }), ['type:custom']);
    assert.deepEqual(setsOf({ type: 'ethnic-group', record: { gsoCode: '04' }, groups: [], places: [] }), ['group:04', 'type:ethnic-group']);
  });

  it('stores sets so one LIKE finds a set and its members, with LIKE wildcards escaped', () => {
    assert.equal(joinSets(['a:b', 'c']), '|a:b|c|');
    assert.deepEqual(splitSets('|a:b|c|'), ['a:b', 'c']);
    assert.deepEqual(setPatterns('group'), ['%|group|%', '%|group:%']);
    assert.deepEqual(setPatterns('place:a_b%'), ['%|place:a\\_b\\%|%', '%|place:a\\_b\\%:%']);
  });

  it('knows which set shapes can exist', () => {
    for (const spec of ['type', 'type:festival', 'group:03', 'place:03199', 'domain:craftsmanship']) assert.ok(isKnownSetShape(spec), spec);
    for (const spec of ['type:unicorn', 'colour', 'domain:x', 'group:03:x', 'a b', '']) assert.ok(!isKnownSetShape(spec), spec);
  });
});
