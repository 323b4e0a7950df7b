/**
 * OAI-PMH 2.0 at /oai against the real app: every response validated against
 * the protocol's XML Schemas, lists harvested through their resumption tokens,
 * the access rule applied per audience, and deletions reported as tombstones
 * that never carry metadata.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app';
import { adminJwt, apiToken, userJwt } from '../../helpers/people';
import { createRecord } from '../../helpers/records';
import { harvest, oaiRequest, parseOai, type OaiPage } from '../../helpers/oai';
import { uidOf, type ArchiveType } from '../../../src/content-model';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { listen } from '../../helpers/browser';

let app: TestApp;
let researcherJwt: string;
let readOnlyToken: string;
let curator: string;
const ids: Record<string, string> = {};
const REPO = 'di-san.localhost';
const oaiId = (type: ArchiveType, documentId: string) => `oai:${REPO}:${type}/${documentId}`;

const fetchAs = (bearer?: string) => async (query: string) => {
  let request = app.http().get(`/oai?${query}`);
  if (bearer) request = request.set('Authorization', `Bearer ${bearer}`);
  const response = await request;
  return { status: response.status, type: String(response.headers['content-type'] ?? ''), text: response.text };
};
const publicFetch = fetchAs();
const errorsOf = (page: OaiPage) => page.errors.map((e) => e.code);

async function update(type: ArchiveType, documentId: string, data: Record<string, unknown>) {
  const documents = app.strapi.documents(uidOf(type) as never) as any;
  await documents.update({ documentId, locale: 'vi', data });
  await documents.publish({ documentId, locale: 'vi' });
}

before(async () => {
  // Small pages, so lists take several resumption tokens.
  process.env.OAI_RECORDS_PER_PAGE = '2';
  process.env.OAI_HEADERS_PER_PAGE = '3';
  process.env.OAI_ADMIN_EMAIL = 'luu-tru@disan.example.vn';
  app = await startTestApp();
  researcherJwt = await userJwt(app, 'researcher');
  readOnlyToken = await apiToken(app, 'read-only');
  curator = await adminJwt(app, 'di-san-curator');

  ids.place = await createRecord(app, 'place', { name: 'Xã Mường Phăng', kind: 'commune', code: '03199', accessLevel: 'public' });
  ids.group = await createRecord(app, 'ethnic-group', { name: 'Thái', gsoCode: '03', languageGroup: 'tay-thai', accessLevel: 'public', places: [ids.place] });
  ids.xen = await createRecord(
    app,
    'festival',
    { name: 'Lễ hội Xên bản', otherNames: [{ tag: 'blt', value: 'Xên bản' }], ethnicGroups: [ids.group], places: [ids.place], accessLevel: 'public' },
    { en: { name: 'Xen Ban ceremony' } },
  );
  ids.xoe = await createRecord(app, 'custom', { name: 'Nghệ thuật Xòe Thái', domain: 'performing-arts', ethnicGroups: [ids.group], accessLevel: 'public' });
  ids.research = await createRecord(app, 'festival', { name: 'Lễ cúng rừng nghiên cứu', accessLevel: 'researcher' });
  ids.restricted = await createRecord(app, 'festival', { name: 'Nghi lễ kín HIDDEN-RITUAL', accessLevel: 'restricted' });
  ids.draft = await createRecord(app, 'festival', { name: 'Bản nháp DRAFT-ONLY', accessLevel: 'public' }, { publish: false });
  ids.person = await createRecord(app, 'person', {
    name: 'Lò Văn Mến',
    ethnicGroups: [ids.group],
    consent: { givenBy: 'Lò Văn Mến', scope: 'public', givenOn: '2025-03-01' },
    accessLevel: 'public',
  });
  await app.drain();
});
after(async () => {
  delete process.env.OAI_RECORDS_PER_PAGE;
  delete process.env.OAI_HEADERS_PER_PAGE;
  delete process.env.OAI_ADMIN_EMAIL;
  await app?.stop();
});

describe('OAI-PMH: the six verbs', () => {
  it('Identify names the repository, its admin email, persistent deletions and second granularity', async () => {
    const page = await oaiRequest(publicFetch, 'verb=Identify');
    const value = (name: string) => page.root.getElementsByTagNameNS('http://www.openarchives.org/OAI/2.0/', name)[0]?.textContent;
    assert.equal(value('adminEmail'), 'luu-tru@disan.example.vn');
    assert.equal(value('deletedRecord'), 'persistent');
    assert.equal(value('granularity'), 'YYYY-MM-DDThh:mm:ssZ');
    assert.equal(value('protocolVersion'), '2.0');
    assert.match(value('baseURL') ?? '', /^http:\/\/127\.0\.0\.1(:\d+)?\/oai$/);
    assert.match(value('earliestDatestamp') ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.match(page.xml, /<repositoryIdentifier>di-san\.localhost<\/repositoryIdentifier>/);
  });

  it('POST with a form body answers as GET does', async () => {
    const response = await app.http().post('/oai').type('form').send({ verb: 'Identify' });
    assert.equal(response.status, 200);
    assert.match(response.headers['content-type'], /^text\/xml/);
    assert.match(response.text, /<Identify>/);
  });

  it('ListMetadataFormats offers oai_dc, for the repository and for a record', async () => {
    for (const query of ['verb=ListMetadataFormats', `verb=ListMetadataFormats&identifier=${encodeURIComponent(oaiId('festival', ids.xen))}`]) {
      const page = await oaiRequest(publicFetch, query);
      assert.match(page.xml, /<metadataPrefix>oai_dc<\/metadataPrefix>/);
    }
  });

  it('ListSets lists the families, every type, the visible groups and places, and the UNESCO domains', async () => {
    const page = await oaiRequest(publicFetch, 'verb=ListSets');
    const specs = [...page.xml.matchAll(/<setSpec>([^<]+)<\/setSpec>/g)].map((m) => m[1]);
    for (const spec of ['type', 'group', 'place', 'domain', 'type:festival', 'type:media-item', 'group:03', 'place:03199', 'domain:performing-arts']) {
      assert.ok(specs.includes(spec), `${spec} in ${specs.join(' ')}`);
    }
    assert.match(page.xml, /<setName>Thái<\/setName>/);
  });

  it('GetRecord returns oai_dc with diacritics, language tags, sets and a permanent link', async () => {
    const page = await oaiRequest(publicFetch, `verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(oaiId('festival', ids.xen))}`);
    const dc = page.metadata.get(oaiId('festival', ids.xen)) ?? [];
    assert.ok(dc.includes('title=Lễ hội Xên bản@vi'), dc.join('\n'));
    assert.ok(dc.includes('title=Xen Ban ceremony@en'));
    assert.ok(dc.includes('title=Xên bản@blt'));
    assert.ok(dc.includes('subject=Thái@vi'));
    assert.ok(dc.includes(`identifier=http://127.0.0.1/p/festival/${ids.xen}`) || dc.some((v) => v.startsWith('identifier=http') && v.endsWith(`/p/festival/${ids.xen}`)), dc.join('\n'));
    assert.deepEqual(page.headers[0].sets.sort(), ['domain:social-practices', 'group:03', 'place:03199', 'type:festival']);
    assert.match(page.headers[0].datestamp, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('ListRecords and ListIdentifiers harvest every public record through resumption tokens, and nothing else', async () => {
    const records = await harvest(publicFetch, 'verb=ListRecords&metadataPrefix=oai_dc');
    const identifiers = await harvest(publicFetch, 'verb=ListIdentifiers&metadataPrefix=oai_dc');
    const expected = [oaiId('place', ids.place), oaiId('ethnic-group', ids.group), oaiId('festival', ids.xen), oaiId('custom', ids.xoe), oaiId('person', ids.person)].sort();
    assert.deepEqual(records.headers.map((h) => h.identifier).sort(), expected);
    assert.deepEqual(identifiers.headers.map((h) => h.identifier).sort(), expected);
    assert.ok(records.pages.length >= 3, `pages: ${records.pages.length}`);
    const first = records.pages[0].token!;
    assert.equal(first.completeListSize, 5);
    assert.equal(first.cursor, 0);
    assert.ok(Date.parse(first.expirationDate!) > Date.now());
    assert.equal(records.pages.at(-1)!.token?.value, '', 'the last page ends the list with an empty token');
    for (const page of records.pages) assert.doesNotMatch(page.xml, /HIDDEN-RITUAL|DRAFT-ONLY|nghiên cứu/);
  });

  it("an independent harvester (Debian's HTTP::OAI oai_pmh) follows the tokens and gets every public record", async () => {
    const server = await listen(app);
    try {
      for (const verb of ['ListRecords', 'ListIdentifiers']) {
        const { stdout } = await promisify(execFile)('oai_pmh', ['--metadataPrefix', 'oai_dc', '-X', verb, `${server.baseUrl}/oai`], { maxBuffer: 16 * 1024 * 1024 });
        for (const id of [ids.place, ids.group, ids.xen, ids.xoe, ids.person]) assert.ok(stdout.includes(id), `${verb}: ${id} in\n${stdout.slice(0, 2000)}`);
        for (const id of [ids.research, ids.restricted, ids.draft]) assert.ok(!stdout.includes(id), `${verb}: ${id} must not be harvested`);
        if (verb === 'ListRecords') assert.ok(stdout.includes('Lễ hội Xên bản'), 'diacritics intact through a Perl harvester');
      }
    } finally {
      await server.close();
    }
  });

  it('sets select records, a family selects all its members', async () => {
    const harvestSet = async (set: string) => (await harvest(publicFetch, `verb=ListIdentifiers&metadataPrefix=oai_dc&set=${set}`)).headers.map((h) => h.identifier).sort();
    assert.deepEqual(await harvestSet('type:custom'), [oaiId('custom', ids.xoe)]);
    assert.deepEqual(await harvestSet('domain:performing-arts'), [oaiId('custom', ids.xoe)]);
    assert.deepEqual(await harvestSet('group:03'), [oaiId('ethnic-group', ids.group), oaiId('festival', ids.xen), oaiId('custom', ids.xoe), oaiId('person', ids.person)].sort());
    assert.deepEqual(await harvestSet('place:03199'), [oaiId('place', ids.place), oaiId('ethnic-group', ids.group), oaiId('festival', ids.xen)].sort());
    assert.equal((await harvestSet('domain')).length, 2);
    assert.equal((await harvestSet('type')).length, 5);
  });

  it('researchers (JWT) and API tokens also harvest researcher records; restricted and drafts stay out for everyone', async () => {
    for (const bearer of [researcherJwt, readOnlyToken]) {
      const records = await harvest(fetchAs(bearer), 'verb=ListRecords&metadataPrefix=oai_dc');
      const found = records.headers.map((h) => h.identifier);
      assert.ok(found.includes(oaiId('festival', ids.research)));
      assert.ok(!found.includes(oaiId('festival', ids.restricted)));
      assert.ok(!found.includes(oaiId('festival', ids.draft)));
      for (const page of records.pages) assert.doesNotMatch(page.xml, /HIDDEN-RITUAL|DRAFT-ONLY/);
    }
  });
});

describe('OAI-PMH: errors are the protocol\'s, in valid XML', () => {
  const cases: Array<[string, string]> = [
    ['', 'badVerb'],
    ['verb=Launch', 'badVerb'],
    ['verb=Identify&verb=Identify', 'badVerb'],
    ['verb=ListRecords', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc', 'badArgument'],
    ['verb=Identify&colour=red', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2026-13-01', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01&until=2026-01-02T00:00:00Z', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=marc21', 'cannotDisseminateFormat'],
    ['verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:di-san.localhost:festival/nosuchrecord', 'idDoesNotExist'],
    ['verb=GetRecord&metadataPrefix=oai_dc&identifier=not-an-identifier', 'idDoesNotExist'],
    ['verb=ListIdentifiers&metadataPrefix=oai_dc&from=2999-01-01', 'noRecordsMatch'],
    ['verb=ListIdentifiers&metadataPrefix=oai_dc&set=type:unicorn', 'noRecordsMatch'],
    ['verb=ListRecords&resumptionToken=forged', 'badResumptionToken'],
    ['verb=ListSets&resumptionToken=anything', 'badResumptionToken'],
    ['verb=ListRecords&resumptionToken=x&metadataPrefix=oai_dc', 'badArgument'],
  ];
  for (const [query, code] of cases) {
    it(`${query || '(no arguments)'} → ${code}`, async () => {
      const page = await oaiRequest(publicFetch, query);
      assert.deepEqual(errorsOf(page), [code], page.xml);
      if (code === 'badVerb' || code === 'badArgument') assert.doesNotMatch(page.xml, /<request [^>]*verb=/, 'no arguments echoed');
    });
  }

  it('a restricted, draft or researcher-only record is idDoesNotExist to the public, as an unknown one is', async () => {
    for (const [type, id] of [['festival', ids.restricted], ['festival', ids.draft], ['festival', ids.research]] as const) {
      const page = await oaiRequest(publicFetch, `verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(oaiId(type, id))}`);
      assert.deepEqual(errorsOf(page), ['idDoesNotExist']);
      const unknown = await oaiRequest(publicFetch, `verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(oaiId(type, 'nosuchrecordx'))}`);
      // Same answer but for the identifier itself, the time and the test server's port.
      const normal = (xml: string, documentId: string) => xml.replace(/<responseDate>[^<]+</, '').replaceAll(documentId, 'X').replace(/127\.0\.0\.1:\d+/, 'host');
      assert.equal(normal(page.xml, id), normal(unknown.xml, 'nosuchrecordx'));
    }
  });

  it('a token of one verb is refused by another, and a tampered one is refused', async () => {
    const first = await oaiRequest(publicFetch, 'verb=ListIdentifiers&metadataPrefix=oai_dc');
    const token = first.token!.value;
    assert.deepEqual(errorsOf(await oaiRequest(publicFetch, `verb=ListRecords&resumptionToken=${encodeURIComponent(token)}`)), ['badResumptionToken']);
    const [body, signature] = token.split('.');
    const state = JSON.parse(Buffer.from(body, 'base64url').toString());
    const widened = Buffer.from(JSON.stringify({ ...state, cursor: 0, after: undefined })).toString('base64url');
    assert.deepEqual(errorsOf(await oaiRequest(publicFetch, `verb=ListIdentifiers&resumptionToken=${encodeURIComponent(`${widened}.${signature}`)}`)), ['badResumptionToken']);
  });

  it('answers XML, never an HTML page, to a browser too', async () => {
    const response = await app.http().get('/oai?verb=Nope').set('Accept', 'text/html');
    assert.equal(response.status, 200);
    assert.match(response.headers['content-type'], /^text\/xml/);
    assert.deepEqual(errorsOf(parseOai(response.text)), ['badVerb']);
  });
});

describe('OAI-PMH: changes while harvesting, and tombstones', () => {
  it('a harvest under way sends every record once although records change and appear meanwhile', async () => {
    const first = await oaiRequest(publicFetch, 'verb=ListIdentifiers&metadataPrefix=oai_dc');
    const seen = first.headers.map((h) => h.identifier);
    // Change a record already sent and one not yet sent, and add one.
    await update('festival', ids.xen, { description: 'Lễ cúng bản mường của người Thái.' });
    await update('ethnic-group', ids.group, { description: 'Dân tộc đông nhất tỉnh.' });
    ids.added = await createRecord(app, 'custom', { name: 'Tục buộc chỉ cổ tay', domain: 'social-practices', accessLevel: 'public' });
    await app.drain();
    let page = first;
    while (page.token?.value) {
      page = await oaiRequest(publicFetch, `verb=ListIdentifiers&resumptionToken=${encodeURIComponent(page.token.value)}`);
      seen.push(...page.headers.map((h) => h.identifier));
      assert.ok((page.token?.completeListSize ?? 0) >= first.token!.completeListSize!);
    }
    // Nothing skipped; only a record changed during the harvest may come again (its newest version).
    const changedMeanwhile = [oaiId('festival', ids.xen), oaiId('ethnic-group', ids.group), oaiId('custom', ids.added)];
    for (const id of [oaiId('place', ids.place), oaiId('custom', ids.xoe), oaiId('person', ids.person)]) assert.equal(seen.filter((s) => s === id).length, 1, `${id} once in ${seen.join(' ')}`);
    for (const id of seen) if (!changedMeanwhile.includes(id)) assert.equal(seen.filter((s) => s === id).length, 1, `sent twice: ${id}`);
    // What changed after the harvest began belongs to the next incremental harvest.
    const since = await harvest(publicFetch, `verb=ListIdentifiers&metadataPrefix=oai_dc&from=${first.root.getElementsByTagNameNS('http://www.openarchives.org/OAI/2.0/', 'responseDate')[0].textContent}`);
    const changed = since.headers.map((h) => h.identifier);
    for (const id of [oaiId('festival', ids.xen), oaiId('ethnic-group', ids.group), oaiId('custom', ids.added)]) assert.ok(changed.includes(id), `${id} in ${changed.join(' ')}`);
  });

  it('a record restricted, unpublished or whose consent is withdrawn is reported deleted, without metadata', async () => {
    const start = new Date(Date.now() - 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const documents = (type: ArchiveType) => app.strapi.documents(uidOf(type) as never) as any;
    await update('festival', ids.xen, { accessLevel: 'restricted' });
    await documents('custom').unpublish({ documentId: ids.xoe, locale: '*' });
    const withdrawn = await app
      .http()
      .post(`/di-san/consent/${uidOf('person')}/${ids.person}/withdraw`)
      .set('Authorization', `Bearer ${curator}`)
      .send({ date: '2026-01-05', withdrawnBy: 'Con trai ông Lò Văn Mến', reason: 'Gia đình không muốn chia sẻ nữa' });
    assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
    await app.drain();

    const gone = [oaiId('festival', ids.xen), oaiId('custom', ids.xoe), oaiId('person', ids.person)];
    const since = await harvest(publicFetch, `verb=ListRecords&metadataPrefix=oai_dc&from=${start}`);
    for (const id of gone) {
      const header = since.headers.find((h) => h.identifier === id);
      assert.ok(header?.deleted, `${id} deleted in ${since.pages.map((p) => p.xml).join('\n')}`);
      assert.ok(!since.metadata.has(id));
      const record = await oaiRequest(publicFetch, `verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(id)}`);
      assert.equal(record.headers[0].deleted, true);
      assert.equal(record.metadata.size, 0);
      assert.doesNotMatch(record.xml, /<metadata>/);
    }
    // A deleted record stays in its type and domain sets, so set harvesters hear of it; codes of places and groups are dropped.
    const inDomain = await harvest(publicFetch, `verb=ListIdentifiers&metadataPrefix=oai_dc&set=domain:social-practices&from=${start}`);
    const tombstone = inDomain.headers.find((h) => h.identifier === oaiId('festival', ids.xen));
    assert.ok(tombstone?.deleted);
    assert.deepEqual(tombstone.sets, ['domain:social-practices', 'type:festival']);
    for (const page of since.pages) assert.doesNotMatch(page.xml, /Xên bản|Xòe|Lò Văn Mến/);
  });

  it('narrowed to researchers: deleted for the public, still live for researchers', async () => {
    await update('ethnic-group', ids.group, { accessLevel: 'researcher' });
    await app.drain();
    const id = encodeURIComponent(oaiId('ethnic-group', ids.group));
    const forPublic = await oaiRequest(publicFetch, `verb=GetRecord&metadataPrefix=oai_dc&identifier=${id}`);
    assert.equal(forPublic.headers[0].deleted, true);
    const forResearcher = await oaiRequest(fetchAs(researcherJwt), `verb=GetRecord&metadataPrefix=oai_dc&identifier=${id}`);
    assert.equal(forResearcher.headers[0].deleted, false);
    assert.ok((forResearcher.metadata.get(oaiId('ethnic-group', ids.group)) ?? []).includes('title=Thái@vi'));
  });

  it('records never shown to an audience leave no tombstone for it', async () => {
    const all = await harvest(publicFetch, 'verb=ListIdentifiers&metadataPrefix=oai_dc');
    const found = all.headers.map((h) => h.identifier);
    for (const id of [ids.restricted, ids.draft, ids.research]) assert.ok(!found.includes(oaiId('festival', id)));
  });
});
