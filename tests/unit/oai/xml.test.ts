import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertValidOai } from '../../helpers/oai';
import { dcMetadata, document, escape, header, identifyBody, recordElement, resumptionToken } from '../../../src/oai/xml';

const envelope = { responseDate: '2026-12-07T10:00:00Z', baseUrl: 'https://disan.example.vn/oai', request: { verb: 'GetRecord' as const, args: { identifier: 'oai:disan.example.vn:festival/abc', metadataPrefix: 'oai_dc' } } };

describe('OAI-PMH XML', () => {
  it('escapes markup and drops characters XML 1.0 cannot carry', () => {
    assert.equal(escape('a<b & "c"\u0001\uFFFE'), 'a&lt;b &amp; &quot;c&quot;');
    assert.equal(escape('Xên bản 𠀀'), 'Xên bản 𠀀');
  });

  it('writes a record that validates against OAI-PMH.xsd and oai_dc.xsd, with diacritics and language tags kept', async () => {
    const metadata = dcMetadata([
      { element: 'title', value: 'Lễ hội Xên bản <ritual> & "more"', lang: 'vi' },
      { element: 'title', value: 'Xên bản', lang: 'blt' },
      { element: 'identifier', value: 'https://disan.example.vn/p/festival/abc' },
    ]);
    const xml = document(envelope, `<GetRecord>${recordElement({ identifier: 'oai:disan.example.vn:festival/abc', datestamp: '2026-12-07T09:00:00Z', sets: ['type:festival', 'group:03'], deleted: false }, metadata)}</GetRecord>`);
    await assertValidOai(xml);
    assert.match(xml, /<dc:title xml:lang="vi">Lễ hội Xên bản &lt;ritual&gt; &amp; &quot;more&quot;<\/dc:title>/);
  });

  it('a deleted record has a header with status="deleted" and no metadata', async () => {
    const h = { identifier: 'oai:disan.example.vn:festival/abc', datestamp: '2026-12-07T09:00:00Z', sets: [], deleted: true };
    const xml = document(envelope, `<GetRecord>${recordElement(h, '<never/>')}</GetRecord>`);
    await assertValidOai(xml);
    assert.doesNotMatch(xml, /<metadata>|never/);
    assert.match(header(h), /^<header status="deleted">/);
  });

  it('Identify with the oai-identifier description validates', async () => {
    const body = identifyBody({
      repositoryName: 'Di Sản Điện Biên',
      baseUrl: 'https://disan.example.vn/oai',
      adminEmails: ['luu-tru@disan.example.vn'],
      earliestDatestamp: '2026-01-01T00:00:00Z',
      repositoryIdentifier: 'disan.example.vn',
      sampleIdentifier: 'oai:disan.example.vn:festival/abc',
    });
    await assertValidOai(document({ ...envelope, request: { verb: 'Identify' } }, body));
  });

  it('an ending resumption token is empty and keeps the list size', () => {
    assert.equal(resumptionToken({ token: null, expires: null, completeListSize: 5, cursor: 4 }), '<resumptionToken completeListSize="5" cursor="4"></resumptionToken>');
  });
});

describe('OAI-PMH request echo', () => {
  it('leaves out arguments that are not valid attribute values, so the answer stays valid', async () => {
    const xml = document(
      { responseDate: '2026-12-07T10:00:00Z', baseUrl: 'https://disan.example.vn/oai', request: { verb: 'ListIdentifiers', args: { metadataPrefix: 'marc21', until: 'yesterday', set: 'a b', from: '2026-01-01' } } },
      '<error code="cannotDisseminateFormat">no</error>',
    );
    await assertValidOai(xml);
    assert.match(xml, /<request verb="ListIdentifiers" metadataPrefix="marc21" from="2026-01-01">/);
    const odd = document({ responseDate: '2026-12-07T10:00:00Z', baseUrl: 'https://disan.example.vn/oai', request: { verb: 'GetRecord', args: { identifier: 'not an id', metadataPrefix: 'oai_dc' } } }, '<error code="idDoesNotExist">no</error>');
    await assertValidOai(odd);
  });
});
