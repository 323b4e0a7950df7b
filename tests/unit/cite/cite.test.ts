/**
 * The citation of a record in each format, from fixture records of every
 * type: the CSL type, the institutional author, dates, and Vietnamese
 * letters kept intact in every output (parsed back with citation-js).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Cite } from '@citation-js/core';
import { ARCHIVE_TYPES, type ArchiveType } from '../../../src/content-model';
import { dateParts, toCslItem, vietnamDateParts } from '../../../src/cite/csl';
import { citationTexts, toBibtex, toCslJson, toRis } from '../../../src/cite/formats';

const PUBLISHER = 'Di Sản Điện Biên';
const TITLE = 'Lễ hội Xên bản của người Thái Đen – Đồi A1';
const PERMALINK = 'https://disan.example.vn/p/festival/abc123';

const recordOf = (type: ArchiveType, extra: Record<string, unknown> = {}) => ({
  documentId: 'abc123',
  [type === 'media-item' || type === 'story' ? 'title' : 'name']: TITLE,
  locale: 'vi',
  publishedAt: '2026-11-02T20:00:00.000Z', // 3 November in Vietnam
  ethnicGroups: [{ name: 'Thái' }],
  ...extra,
});
const itemOf = (type: ArchiveType, extra: Record<string, unknown> = {}, locale: 'vi' | 'en' = 'vi') =>
  toCslItem({ type, record: recordOf(type, extra), locale, permalink: PERMALINK, accessed: '2026-12-07', publisher: PUBLISHER });

const EXPECTED_TYPE: Record<ArchiveType, string> = {
  'ethnic-group': 'entry-encyclopedia', language: 'entry-encyclopedia', festival: 'entry-encyclopedia', custom: 'entry-encyclopedia',
  place: 'entry-encyclopedia', person: 'entry-encyclopedia', story: 'webpage', 'media-item': 'document',
};

describe('cite: CSL-JSON item', () => {
  for (const type of ARCHIVE_TYPES) {
    it(`${type}: CSL type, the archive as author and publisher, Vietnam publication date, permalink`, () => {
      const item = itemOf(type);
      assert.equal(item.type, EXPECTED_TYPE[type]);
      assert.equal(item.id, `disan-${type}-abc123`);
      assert.equal(item.title, TITLE);
      assert.deepEqual(item.author, [{ literal: PUBLISHER }]);
      assert.equal(item.publisher, PUBLISHER);
      assert.deepEqual(item.issued, { 'date-parts': [[2026, 11, 3]] });
      assert.deepEqual(item.accessed, { 'date-parts': [[2026, 12, 7]] });
      assert.equal(item.URL, PERMALINK);
      assert.equal(item.language, 'vi');
      assert.equal(item.keyword, 'Thái');
    });
  }

  it('media items: CSL type and genre by kind, the creator as author, their own date', () => {
    const cases = [['video', 'motion_picture', 'Video'], ['audio', 'song', 'Bản ghi âm'], ['image', 'graphic', 'Ảnh'], ['document', 'document', 'Tài liệu']];
    for (const [kind, cslType, genre] of cases) {
      const item = itemOf('media-item', { kind, creator: 'Lò Văn Pọm', date: '2019-03' });
      assert.equal(item.type, cslType);
      assert.equal(item.genre, genre);
      assert.deepEqual(item.author, [{ literal: 'Lò Văn Pọm' }]);
      assert.deepEqual(item.issued, { 'date-parts': [[2019, 3]] });
    }
    assert.equal(itemOf('media-item', { kind: 'audio' }, 'en').genre, 'Audio recording');
  });

  it('dates: plain EDTF days, months and years only; instants by the Vietnam date', () => {
    assert.deepEqual(dateParts('2019'), [2019]);
    assert.deepEqual(dateParts('2019-03-08'), [2019, 3, 8]);
    assert.equal(dateParts('2019?'), null);
    assert.equal(dateParts('2019/2020'), null);
    assert.deepEqual(vietnamDateParts('2026-12-31T17:00:00Z'), [2027, 1, 1]);
    assert.equal(vietnamDateParts(undefined), null);
    // An uncertain media date falls back to the publication date.
    assert.deepEqual(itemOf('media-item', { kind: 'video', date: '2019?' }).issued, { 'date-parts': [[2026, 11, 3]] });
  });
});

describe('cite: formats', () => {
  const item = itemOf('festival');

  it('APA names the archive once, with the year, title and permanent link', () => {
    const { apa } = citationTexts(item);
    assert.equal(apa, `${PUBLISHER}. (2026). ${TITLE}. ${PERMALINK}`);
  });

  it('Chicago author-date gives the site, the date accessed and the permanent link', () => {
    const { chicago } = citationTexts(item);
    assert.equal(chicago, `${PUBLISHER}. 2026. “${TITLE}.” ${PUBLISHER}. Accessed December 7, 2026. ${PERMALINK}.`);
    const media = citationTexts(itemOf('media-item', { kind: 'video', creator: 'Lò Văn Pọm', date: '2019' }));
    assert.equal(media.chicago, `Lò Văn Pọm. 2019. “${TITLE}.” Video. ${PUBLISHER}. Accessed December 7, 2026. ${PERMALINK}.`);
    assert.match(media.apa, /^Lò Văn Pọm\. \(2019\)\. .+ \[Video\]\. Di Sản Điện Biên\. https:/);
  });

  it('BibTeX is UTF-8: every Vietnamese letter survives, and parses back to the same title', () => {
    const bib = toBibtex(item);
    assert.match(bib, /^@inreference\{disanfestivalabc123,/);
    assert.match(bib, /author = \{\{Di Sản Điện Biên\}\}/);
    assert.doesNotMatch(bib, /\\[`'^~"]/, 'no LaTeX accent escapes');
    const [back] = new Cite(bib).data as Array<Record<string, any>>;
    assert.equal(back.title, TITLE);
    assert.equal(back.URL, PERMALINK);
    assert.deepEqual(back.accessed['date-parts'], [[2026, 12, 7]]);
  });

  it('RIS parses back to the same title, publisher and URL', () => {
    const ris = toRis(item);
    assert.match(ris, /^TY {2}- ENCYC$/m);
    const [back] = new Cite(ris).data as Array<Record<string, any>>;
    assert.equal(back.title, TITLE);
    assert.equal(back.publisher, PUBLISHER);
    assert.equal(back.URL, PERMALINK);
  });

  it('CSL-JSON is the item itself', () => {
    assert.deepEqual(JSON.parse(toCslJson(item)), [item]);
  });
});
