/**
 * Bad input gets 400 with a message a person can act on, and nothing is written.
 * Writes go through the admin panel's HTTP API as a curator: the content API is
 * read-only, so the admin panel (and the seed) are the ways in.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../helpers/app';
import { adminJwt } from '../../helpers/people';
import { countRows } from '../../helpers/records';
import { uidOf, type ArchiveType } from '../../../src/content-model';

let app: TestApp;
let token: string;

before(async () => {
  app = await startTestApp();
  token = await adminJwt(app, 'di-san-curator');
});
after(() => app?.stop());

const adminPath = (type: ArchiveType) => `/content-manager/collection-types/${uidOf(type)}`;
const post = (type: ArchiveType, data: unknown) =>
  app.http().post(`${adminPath(type)}?locale=vi`).set('Authorization', `Bearer ${token}`).send(data as object);

const badInputs: Array<{ name: string; type: ArchiveType; data: Record<string, unknown>; message: RegExp }> = [
  {
    name: 'an unknown ISO 639-3 code',
    type: 'language',
    data: { name: 'Tiếng không có', iso6393: 'zzq', bcp47: 'vi' },
    message: /ISO 639-3.*"zzq"/,
  },
  {
    name: 'a malformed BCP 47 tag',
    type: 'language',
    data: { name: 'Tiếng Thái Đen', iso6393: 'blt', bcp47: 'blt_Tavt' },
    message: /BCP 47|blt_Tavt/,
  },
  {
    name: 'a malformed tag on a minority-language name',
    type: 'festival',
    data: { name: 'Xên bản', otherNames: [{ tag: 'tavt', value: 'ꪎꪴꪙ ꪚꪱꪙ' }] },
    message: /otherNames\.0\.tag/,
  },
  {
    name: 'lunar month 13',
    type: 'festival',
    data: { name: 'Lễ sai tháng', timing: { calendar: 'lunar', month: 13, day: 1 } },
    message: /month/i,
  },
  {
    name: 'lunar day 31',
    type: 'festival',
    data: { name: 'Lễ sai ngày', timing: { calendar: 'lunar', month: 2, day: 31 } },
    message: /day/i,
  },
  {
    name: 'a rights value that is not a known URI',
    type: 'media-item',
    data: { title: 'Ảnh', kind: 'image', rightsUri: 'all rights reserved' },
    message: /rightsUri/,
  },
  {
    name: 'an invalid EDTF date',
    type: 'media-item',
    data: { title: 'Ảnh', kind: 'image', rightsUri: 'https://creativecommons.org/licenses/by/4.0/', date: 'last year' },
    message: /date/,
  },
  {
    name: 'a missing name',
    type: 'ethnic-group',
    data: { gsoCode: '03' },
    message: /name/,
  },
  {
    name: 'a blank name',
    type: 'festival',
    data: { name: '   ' },
    message: /name/,
  },
];

describe('bad input is refused with 400 and nothing is written', () => {
  for (const bad of badInputs) {
    it(bad.name, async () => {
      const before = await countRows(app, bad.type);
      const response = await post(bad.type, bad.data);
      assert.equal(response.status, 400, JSON.stringify(response.body));
      assert.equal(response.body.error.name, 'ValidationError');
      assert.match(response.body.error.message, bad.message);
      assert.equal(await countRows(app, bad.type), before);
    });
  }

  it('an invalid update leaves the record as it was', async () => {
    const created = await post('language', { name: 'Tiếng Thái Đen', iso6393: 'blt', bcp47: 'blt' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.data.documentId;
    const response = await app
      .http()
      .put(`${adminPath('language')}/${id}?locale=vi`)
      .set('Authorization', `Bearer ${token}`)
      .send({ iso6393: 'xxx' });
    assert.equal(response.status, 400);
    const stored = await app.strapi.documents(uidOf('language')).findOne({ documentId: id } as never);
    assert.equal((stored as unknown as { iso6393: string }).iso6393, 'blt');
  });

  it('good input is accepted, and decomposed Vietnamese is stored as NFC', async () => {
    const decomposed = 'Xên bản'.normalize('NFD');
    const response = await post('festival', {
      name: decomposed,
      otherNames: [{ tag: 'blt-Tavt', value: 'ꪎꪴꪙ ꪚꪱꪙ' }],
      timing: { calendar: 'lunar', month: 2, day: 22, endDay: 25 },
    });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    assert.equal(response.body.data.name, 'Xên bản'.normalize('NFC'));
  });
});
