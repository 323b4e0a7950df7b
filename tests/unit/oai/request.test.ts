import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRequest } from '../../../src/oai/request';
import { datestamp, parseDateRange } from '../../../src/oai/dates';
import { decodeToken, encodeToken, type ListState } from '../../../src/oai/token';
import { oaiIdentifier, parseOaiIdentifier, repositoryIdentifier } from '../../../src/oai/identifiers';

const codes = (params: Record<string, string[]>) => {
  const parsed = parseRequest(params);
  return parsed.ok ? [] : parsed.errors.map((e) => e.code);
};

describe('OAI-PMH requests', () => {
  it('takes each verb with its arguments', () => {
    assert.deepEqual(parseRequest({ verb: ['Identify'] }), { ok: true, verb: 'Identify', args: {} });
    assert.deepEqual(parseRequest({ verb: ['ListRecords'], metadataPrefix: ['oai_dc'], set: ['type:festival'], from: ['2026-01-01'] }), {
      ok: true,
      verb: 'ListRecords',
      args: { metadataPrefix: 'oai_dc', set: 'type:festival', from: '2026-01-01' },
    });
    assert.deepEqual(parseRequest({ verb: ['ListSets'], resumptionToken: ['abc'] }), { ok: true, verb: 'ListSets', args: { resumptionToken: 'abc' } });
    assert.ok(parseRequest({ verb: ['ListMetadataFormats'] }).ok);
    assert.ok(parseRequest({ verb: ['ListMetadataFormats'], identifier: ['oai:x.y:festival/a'] }).ok);
  });

  it('answers a missing, unknown or repeated verb with badVerb', () => {
    assert.deepEqual(codes({}), ['badVerb']);
    assert.deepEqual(codes({ verb: ['ListThings'] }), ['badVerb']);
    assert.deepEqual(codes({ verb: ['Identify', 'Identify'] }), ['badVerb']);
  });

  it('answers unknown, repeated, missing and non-exclusive arguments with badArgument', () => {
    assert.deepEqual(codes({ verb: ['Identify'], set: ['x'] }), ['badArgument']);
    assert.deepEqual(codes({ verb: ['ListRecords'] }), ['badArgument']);
    assert.deepEqual(codes({ verb: ['ListRecords'], metadataPrefix: ['oai_dc', 'oai_dc'] }), ['badArgument'], 'repeated, and reported once');
    assert.deepEqual(codes({ verb: ['ListRecords'], resumptionToken: ['t'], metadataPrefix: ['oai_dc'] }), ['badArgument']);
    assert.deepEqual(codes({ verb: ['GetRecord'], identifier: ['x'] }), ['badArgument']);
    assert.deepEqual(codes({ verb: ['GetRecord'], identifier: ['x'], metadataPrefix: [''] }), ['badArgument']);
  });
});

describe('OAI-PMH dates', () => {
  it('writes datestamps at second granularity, UTC', () => {
    assert.equal(datestamp('2026-12-07T17:01:02.345Z'), '2026-12-07T17:01:02Z');
  });

  it('reads day and second bounds; a day for until covers the whole day', () => {
    assert.deepEqual(parseDateRange('2026-01-01', '2026-01-31'), { ok: true, from: Date.UTC(2026, 0, 1), until: Date.UTC(2026, 0, 31, 23, 59, 59) });
    assert.deepEqual(parseDateRange('2026-01-01T10:00:00Z', undefined), { ok: true, from: Date.UTC(2026, 0, 1, 10), until: undefined });
  });

  it('refuses mixed granularities, impossible dates, finer granularity and from after until', () => {
    for (const [from, until] of [
      ['2026-01-01', '2026-01-31T00:00:00Z'],
      ['2026-02-30', undefined],
      ['2026-01-01T25:00:00Z', undefined],
      ['2026-01-01T10:00:00.5Z', undefined],
      ['2026-01-01T10:00:00+07:00', undefined],
      ['2026-02-01', '2026-01-01'],
      [undefined, 'yesterday'],
    ] as const) {
      assert.equal(parseDateRange(from, until).ok, false, `${from} – ${until}`);
    }
  });
});

describe('resumption tokens', () => {
  const key = Buffer.from('k'.repeat(32));
  const state: ListState = { verb: 'ListRecords', metadataPrefix: 'oai_dc', until: 1_800_000_000_000, after: [1_700_000_000_000, 'festival/abc'], cursor: 100, completeListSize: 250, expires: 2_000_000_000_000 };

  it('round-trips the state', () => {
    assert.deepEqual(decodeToken(key, encodeToken(key, state), 'ListRecords', 1_900_000_000_000), { ok: true, state });
  });

  it('refuses a forged, altered, expired or other-verb token', () => {
    const token = encodeToken(key, state);
    const [body] = token.split('.');
    const altered = `${Buffer.from(JSON.stringify({ ...state, set: 'x' })).toString('base64url')}.${token.split('.')[1]}`;
    for (const bad of [encodeToken(Buffer.from('other'), state), altered, `${body}.`, 'garbage', '', `${token}.x`]) {
      assert.equal(decodeToken(key, bad, 'ListRecords', 1_900_000_000_000).ok, false, bad);
    }
    assert.equal(decodeToken(key, token, 'ListRecords', 2_000_000_000_001).ok, false);
    assert.equal(decodeToken(key, token, 'ListIdentifiers', 1_900_000_000_000).ok, false);
  });
});

describe('OAI identifiers', () => {
  it('name a record by type and documentId, and read back only this repository’s', () => {
    const id = oaiIdentifier('disan.dienbien.gov.vn', 'festival', 'abc123');
    assert.equal(id, 'oai:disan.dienbien.gov.vn:festival/abc123');
    assert.deepEqual(parseOaiIdentifier('disan.dienbien.gov.vn', id), { type: 'festival', documentId: 'abc123' });
    for (const bad of ['oai:other.org:festival/abc123', 'oai:disan.dienbien.gov.vn:dragon/abc', 'oai:disan.dienbien.gov.vn:festival/', 'oai:disan.dienbien.gov.vn:festival/a/b', 'oai:disan.dienbien.gov.vn:festival/A-B']) {
      assert.equal(parseOaiIdentifier('disan.dienbien.gov.vn', bad), null, bad);
    }
  });

  it('take the repository identifier from the public host, with a valid fallback', () => {
    assert.equal(repositoryIdentifier('https://DiSan.DienBien.gov.vn:8443/'), 'disan.dienbien.gov.vn');
    assert.equal(repositoryIdentifier('http://127.0.0.1:1337'), 'di-san.localhost');
    assert.equal(repositoryIdentifier(undefined), 'di-san.localhost');
  });
});
