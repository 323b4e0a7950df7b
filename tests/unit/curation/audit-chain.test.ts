/** The audit log's hash chain (pure): appending, and finding the first altered, removed or re-hashed entry. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson, entryHash, GENESIS, nextEntry, verifyChain, type AuditContent, type AuditEntry } from '../../../src/curation/audit/chain';

const content = (n: number): AuditContent => ({
  action: n % 2 ? 'record.update' : 'review.approve',
  actor: `admin:${n}`,
  target: `festival:doc${n}:vi`,
  at: `2026-12-07T10:0${n}:00+07:00`,
  ip: '203.0.113.7',
  details: { note: `Ghi chú ${n} — Xên bản`, fields: ['name', 'timing'] },
});

function chain(length: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let n = 1; n <= length; n += 1) entries.push(nextEntry(entries.at(-1) ?? null, content(n)));
  return entries;
}

describe('audit chain', () => {
  it('canonical JSON sorts keys at every depth, so driver key order does not change a hash', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'ộ' } }), '{"a":{"c":"ộ","d":[1,{"y":2,"z":1}]},"b":1}');
    const one = content(1);
    const reordered = { details: { fields: one.details.fields, note: one.details.note }, ip: one.ip, at: one.at, target: one.target, actor: one.actor, action: one.action };
    assert.equal(entryHash(GENESIS, 1, reordered), entryHash(GENESIS, 1, one));
  });

  it('a chain built by nextEntry verifies, from the start or from a checkpoint', () => {
    const entries = chain(5);
    assert.equal(entries[0].previousHash, GENESIS);
    assert.equal(verifyChain(entries), null);
    assert.equal(verifyChain(entries.slice(3), { seq: 3, hash: entries[2].hash }), null);
  });

  it('an altered row is named by its seq', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2], details: { ...entries[2].details, note: 'sửa lén' } };
    assert.deepEqual(verifyChain(entries), { seq: 3, kind: 'content', expected: entryHash(entries[2].previousHash, 3, entries[2]), found: chain(5)[2].hash });
  });

  it('a removed row is a gap; a row re-hashed to hide an edit breaks the link after it', () => {
    const removed = chain(5).filter((entry) => entry.seq !== 4);
    assert.deepEqual(verifyChain(removed), { seq: 5, kind: 'gap', expectedSeq: 4 });
    const rehashed = chain(5);
    const forged = { ...rehashed[1], actor: 'admin:999' };
    rehashed[1] = { ...forged, hash: entryHash(forged.previousHash, 2, forged) };
    const problem = verifyChain(rehashed);
    assert.equal(problem?.seq, 3);
    assert.equal(problem?.kind, 'link');
  });
});
