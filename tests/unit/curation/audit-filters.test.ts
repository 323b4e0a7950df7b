/** The audit API's query string (pure): accepted forms, normalized bounds, and bilingual refusals. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AuditFilterError, parseAuditFilters } from '../../../src/curation/audit/filters';

describe('parseAuditFilters', () => {
  it('defaults to the first page of 25', () => {
    assert.deepEqual(parseAuditFilters({}), { page: 1, pageSize: 25 });
  });

  it('reads an exact action and a prefix', () => {
    assert.deepEqual(parseAuditFilters({ action: 'record.update' }).action, { value: 'record.update', isPrefix: false });
    assert.deepEqual(parseAuditFilters({ action: 'record.*' }).action, { value: 'record.', isPrefix: true });
  });

  it('reads an actor id, system, or an email (lower-cased)', () => {
    assert.deepEqual(parseAuditFilters({ actor: 'admin:12' }).actor, { kind: 'actor', value: 'admin:12' });
    assert.deepEqual(parseAuditFilters({ actor: 'system' }).actor, { kind: 'actor', value: 'system' });
    assert.deepEqual(parseAuditFilters({ actor: 'Can.Bo@Example.org' }).actor, { kind: 'email', email: 'can.bo@example.org' });
  });

  it('turns dates into UTC bounds: from inclusive, a to date through the end of that day', () => {
    const filters = parseAuditFilters({ from: '2026-12-01', to: '2026-12-07' });
    assert.equal(filters.from, '2026-12-01T00:00:00.000Z');
    assert.equal(filters.before, '2026-12-08T00:00:00.000Z');
    const zoned = parseAuditFilters({ from: '2026-12-07T08:00:00+07:00', to: '2026-12-07T09:00:00Z' });
    assert.equal(zoned.from, '2026-12-07T01:00:00.000Z');
    assert.equal(zoned.before, '2026-12-07T09:00:00.001Z');
  });

  it('keeps a target prefix and paging', () => {
    assert.deepEqual(parseAuditFilters({ target: 'festival:abc', page: '3', pageSize: '100' }), { target: 'festival:abc', page: 3, pageSize: 100 });
  });

  for (const [name, query] of Object.entries({
    'page size over 100': { pageSize: '101' },
    'page 0': { page: '0' },
    'a non-number page': { page: 'two' },
    'a malformed action': { action: 'record update' },
    'an upper-case action': { action: 'RECORD.*' },
    'an unknown actor form': { actor: 'root' },
    'a date that is not ISO': { from: '07/12/2026' },
    'an impossible date': { to: '2026-13-45' },
    'from after to': { from: '2026-12-08', to: '2026-12-01' },
    'a repeated parameter': { action: ['record.create', 'record.update'] },
    'a very long target': { target: 'x'.repeat(256) },
  })) {
    it(`refuses ${name}, in Vietnamese and English`, () => {
      assert.throws(
        () => parseAuditFilters(query),
        (error: unknown) => error instanceof AuditFilterError && / \/ /.test(error.message),
      );
    });
  }
});
