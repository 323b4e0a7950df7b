/** The protocol logic of src/oai/answer.ts over an in-memory ledger (the app's side is tested in tests/integration/oai). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer, type OaiPort } from '../../../src/oai/answer';
import type { LedgerEntry } from '../../../src/oai/ledger';
import { assertValidOai } from '../../helpers/oai';

const entries: LedgerEntry[] = Array.from({ length: 600 }, (_, i) => ({
  type: 'festival',
  documentId: `doc${String(i).padStart(4, '0')}`,
  level: 'public',
  publicSeen: true,
  researcherSeen: true,
  datestamp: 1_800_000_000 + i,
  visibleUntil: 253_402_300_799,
  sets: ['type:festival'],
  hash: 'h',
}));

function port(readSizes: number[]): OaiPort {
  const inRange = (q: { from?: number; until: number }) => entries.filter((e) => e.datestamp <= q.until && (q.from === undefined || e.datestamp >= q.from));
  return {
    audience: 'public',
    baseUrl: 'https://disan.example.vn/oai',
    repositoryName: 'Di Sản',
    repositoryIdentifier: 'disan.example.vn',
    tokenKey: Buffer.from('key'),
    pageSize: { records: 100, headers: 250 },
    now: () => 1_900_000_000_000,
    adminEmails: async () => ['a@disan.example.vn'],
    ledger: {
      get: async (_type, id) => entries.find((e) => e.documentId === id) ?? null,
      list: async (q) => inRange(q).filter((e) => !q.after || e.datestamp * 1000 > q.after[0] * 1000 || (e.datestamp === q.after[0] && `${e.type}/${e.documentId}` > q.after[1])).slice(0, q.limit),
      count: async (q) => inRange(q).length,
      earliest: async () => entries[0].datestamp,
      sweepExpired: async () => 0,
    },
    records: async (_type, ids) => {
      readSizes.push(ids.length);
      return new Map(ids.map((id) => [id, [{ element: 'title' as const, value: `Lễ hội ${id}`, lang: 'vi' }]]));
    },
    setMembers: async () => [],
  };
}

describe('OAI-PMH answers', () => {
  it('pages 600 headers by 250 through tokens, reading records in slices the guard accepts', async () => {
    const sizes: number[] = [];
    const p = port(sizes);
    let xml = await answer({ verb: ['ListIdentifiers'], metadataPrefix: ['oai_dc'] }, p);
    const ids: string[] = [];
    for (;;) {
      await assertValidOai(xml);
      ids.push(...[...xml.matchAll(/<identifier>([^<]+)<\/identifier>/g)].map((m) => m[1]));
      const token = /<resumptionToken[^>]*>([^<]*)<\/resumptionToken>/.exec(xml)?.[1];
      if (!token) break;
      xml = await answer({ verb: ['ListIdentifiers'], resumptionToken: [token] }, p);
    }
    assert.equal(ids.length, 600);
    assert.equal(new Set(ids).size, 600);
    assert.ok(Math.max(...sizes) <= 100, `slices of ${Math.max(...sizes)}`);
  });
});
