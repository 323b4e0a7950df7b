/**
 * Bulk data at /api/export against the real app: the three formats agree
 * with each other and with the column plan, pages are read by keyset (three
 * records a page here, so every list spans pages), and each audience gets
 * exactly what the access rule lets it see, linked records included.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { uidOf } from '../../../src/content-model';
import { columnNames } from '../../../src/export/columns';
import { startTestApp, type TestApp } from '../../helpers/app';
import { apiToken, userJwt } from '../../helpers/people';
import { createRecord } from '../../helpers/records';

let app: TestApp;
let researcherJwt: string;
let readOnlyToken: string;
const ids: Record<string, string> = {};
const publicFestivals: string[] = [];

async function exportAs(query: string, bearer?: string) {
  let request = app.http().get(`/api/export?${query}`).buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
  });
  if (bearer) request = request.set('Authorization', `Bearer ${bearer}`);
  const response = await request;
  return { status: response.status, headers: response.headers, text: response.body as string };
}

/** RFC 4180, written here rather than borrowed from the code under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

const jsonl = (text: string) => text.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

before(async () => {
  process.env.EXPORT_PAGE_SIZE = '3';
  app = await startTestApp();
  researcherJwt = await userJwt(app, 'researcher');
  readOnlyToken = await apiToken(app, 'read-only');
  ids.place = await createRecord(app, 'place', { name: 'Xã Mường Phăng', kind: 'commune', code: '03199', accessLevel: 'public' });
  ids.hiddenPlace = await createRecord(app, 'place', { name: 'Bản kín HIDDEN-PLACE', kind: 'village', accessLevel: 'restricted' });
  ids.group = await createRecord(app, 'ethnic-group', { name: 'Thái', gsoCode: '03', languageGroup: 'tay-thai', accessLevel: 'public' });
  ids.xen = await createRecord(
    app,
    'festival',
    {
      name: 'Lễ hội Xên bản',
      otherNames: [{ tag: 'blt', value: 'Xên bản' }],
      description: '=HYPERLINK("x") cúng bản, "mời" thần',
      ethnicGroups: [ids.group],
      places: [ids.place, ids.hiddenPlace],
      sources: [{ title: 'Lễ hội truyền thống các dân tộc tỉnh Điện Biên', url: 'https://example.org/le-hoi' }],
      accessLevel: 'public',
    },
    { en: { name: 'Xen Ban ceremony', description: 'A village rite.' } },
  );
  publicFestivals.push(ids.xen);
  for (let i = 1; i <= 6; i++) publicFestivals.push(await createRecord(app, 'festival', { name: `Lễ hội số ${i}`, accessLevel: 'public' }));
  ids.research = await createRecord(app, 'festival', { name: 'Lễ cúng rừng RESEARCH-ONLY', accessLevel: 'researcher' });
  ids.restricted = await createRecord(app, 'festival', { name: 'Nghi lễ kín HIDDEN-RITUAL', accessLevel: 'restricted' });
  ids.draft = await createRecord(app, 'festival', { name: 'Bản nháp DRAFT-ONLY', accessLevel: 'public' }, { publish: false });
  await app.drain();
});
after(async () => {
  delete process.env.EXPORT_PAGE_SIZE;
  await app?.stop();
});

describe('export: formats', () => {
  it('CSV: a byte-order mark, the plan\'s header, one row per visible record in documentId order, text kept whole', async () => {
    const answer = await exportAs('type=festival&format=csv');
    assert.equal(answer.status, 200);
    assert.match(String(answer.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(String(answer.headers['content-disposition']), /^attachment; filename="di-san-festival-vi-\d{4}-\d{2}-\d{2}\.csv"$/);
    assert.match(String(answer.headers['cache-control']), /no-store/);
    assert.ok(answer.text.startsWith('\uFEFF'));
    const [header, ...rows] = parseCsv(answer.text.slice(1));
    assert.deepEqual(header, columnNames('festival'));
    assert.deepEqual(rows.map((row) => row[0]), [...publicFestivals].sort());
    const xen = Object.fromEntries(header.map((name, i) => [name, rows.find((row) => row[0] === ids.xen)![i]]));
    assert.equal(xen.name_vi, 'Lễ hội Xên bản');
    assert.equal(xen.name_en, 'Xen Ban ceremony');
    assert.equal(xen.otherNames, 'Xên bản@blt');
    assert.equal(xen.description, '\'=HYPERLINK("x") cúng bản, "mời" thần', 'a formula-like cell is defused and quotes survive');
    assert.equal(xen.permalink, `/p/festival/${ids.xen}`);
    assert.match(xen.publishedAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('JSON and JSONL carry the same rows as the CSV, keys in column order', async () => {
    const csv = parseCsv((await exportAs('type=festival')).text.slice(1));
    const json = await exportAs('type=festival&format=json');
    assert.match(String(json.headers['content-type']), /^application\/json/);
    const array = JSON.parse(json.text) as Array<Record<string, unknown>>;
    const lines = await exportAs('type=festival&format=jsonl');
    assert.match(String(lines.headers['content-type']), /^application\/jsonl/);
    assert.deepEqual(jsonl(lines.text), array);
    assert.deepEqual(array.map((row) => Object.keys(row)), array.map(() => columnNames('festival')));
    assert.deepEqual(array.map((row) => row.documentId), csv.slice(1).map((row) => row[0]));
    const xen = array.find((row) => row.documentId === ids.xen)!;
    assert.deepEqual(xen.ethnicGroups_ids, [ids.group]);
    assert.deepEqual(xen.ethnicGroups_names, ['Thái']);
    assert.deepEqual(xen.sources, ['Lễ hội truyền thống các dân tộc tỉnh Điện Biên <https://example.org/le-hoi>']);
  });

  it('locale=en takes the English version where there is one, the Vietnamese one elsewhere', async () => {
    const rows = jsonl((await exportAs('type=festival&format=jsonl&locale=en')).text);
    const xen = rows.find((row) => row.documentId === ids.xen)!;
    assert.equal(xen.locale, 'en');
    assert.equal(xen.description, 'A village rite.');
    assert.equal(xen.permalink, `/en/p/festival/${ids.xen}`);
    const other = rows.find((row) => row.documentId === publicFestivals[1])!;
    assert.equal(other.locale, 'vi');
    assert.equal(other.name_en, null);
  });

  it('an empty type is a header alone (CSV), [] (JSON) and nothing (JSONL)', async () => {
    assert.deepEqual(parseCsv((await exportAs('type=story')).text.slice(1)), [columnNames('story')]);
    assert.deepEqual(JSON.parse((await exportAs('type=story&format=json')).text), []);
    assert.equal((await exportAs('type=story&format=jsonl')).text, '');
  });
});

describe('export: who sees what', () => {
  it('anonymous callers get published public records only, and linked records they may see', async () => {
    const answer = await exportAs('type=festival&format=jsonl');
    for (const secret of ['RESEARCH-ONLY', 'HIDDEN-RITUAL', 'DRAFT-ONLY', 'HIDDEN-PLACE', ids.research, ids.restricted, ids.draft, ids.hiddenPlace]) {
      assert.ok(!answer.text.includes(secret), `${secret} in the public export`);
    }
    const xen = jsonl(answer.text).find((row) => row.documentId === ids.xen)!;
    assert.deepEqual(xen.places_ids, [ids.place]);
    assert.deepEqual(xen.places_names, ['Xã Mường Phăng']);
    const places = jsonl((await exportAs('type=place&format=jsonl')).text);
    assert.deepEqual(places.map((row) => row.documentId), [ids.place]);
  });

  it('researchers (JWT) and API tokens also get researcher records, never restricted ones or drafts', async () => {
    for (const bearer of [researcherJwt, readOnlyToken]) {
      const answer = await exportAs('type=festival&format=jsonl', bearer);
      assert.equal(answer.status, 200);
      const documentIds = jsonl(answer.text).map((row) => row.documentId);
      assert.deepEqual(documentIds, [...publicFestivals, ids.research].sort());
      for (const secret of ['HIDDEN-RITUAL', 'DRAFT-ONLY', 'HIDDEN-PLACE']) assert.ok(!answer.text.includes(secret));
    }
  });

  it('a record hidden after publishing leaves the next export', async () => {
    const documents = app.strapi.documents(uidOf('festival') as never) as any;
    const id = publicFestivals[6];
    await documents.update({ documentId: id, locale: 'vi', data: { accessLevel: 'restricted' } });
    await documents.publish({ documentId: id, locale: 'vi' });
    try {
      const documentIds = jsonl((await exportAs('type=festival&format=jsonl')).text).map((row) => row.documentId);
      assert.ok(!documentIds.includes(id));
      assert.equal(documentIds.length, publicFestivals.length - 1);
    } finally {
      await documents.update({ documentId: id, locale: 'vi', data: { accessLevel: 'public' } });
      await documents.publish({ documentId: id, locale: 'vi' });
    }
  });
});

describe('export: bad requests', () => {
  for (const [query, parameter, english] of [
    ['format=csv', 'type', 'Missing parameter "type"'],
    ['type=lễ-hội', 'type', 'Invalid "type"'],
    ['type=festival&format=xlsx', 'format', 'Invalid "format"; use one of: csv, json, jsonl'],
    ['type=festival&locale=fr', 'locale', 'Invalid "locale"'],
    ['type=festival&type=story', 'type', 'Invalid "type"'],
    ['type=festival&filters[name][$eq]=x', 'other', 'Unsupported parameter'],
  ] as const) {
    it(`${query}: 400 naming the parameter, in Vietnamese and English`, async () => {
      const answer = await exportAs(query.replace('lễ', encodeURIComponent('lễ')));
      assert.equal(answer.status, 400);
      const body = JSON.parse(answer.text) as { error: { message: string; details: { parameter: string } } };
      assert.equal(body.error.details.parameter, parameter);
      assert.ok(body.error.message.includes(english), body.error.message);
      assert.match(body.error.message, /[ạảãáàâăấầẩẫậắằẳẵặđêếềểễệôơốồổỗộớờởỡợưứừửữự]/);
    });
  }

  it('a forged bearer is refused (401), not read as anonymous', async () => {
    const answer = await exportAs('type=festival', 'not-a-token');
    assert.equal(answer.status, 401);
  });
});
