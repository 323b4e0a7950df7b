import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dublinCore, type DcContext } from '../../../src/oai/dublin-core';

const context: DcContext = {
  permalink: 'https://disan.example.vn/r/fest1',
  publisher: 'Sở Văn hoá, Thể thao và Du lịch tỉnh Điện Biên',
  defaultRights: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  linkOf: (type, documentId) => `https://disan.example.vn/r/${documentId}#${type}`,
};
const values = (record: ReturnType<typeof dublinCore>, element: string) => record.filter((e) => e.element === element).map((e) => (e.lang ? `${e.value}@${e.lang}` : e.value));

describe('oai_dc mapping', () => {
  it('maps a festival in Vietnamese and English, with tagged minority names, subjects, coverage and sources', () => {
    const record = dublinCore(
      'festival',
      {
        name: 'Lễ hội Xên bản',
        otherNames: [{ tag: 'blt', value: 'Xên bản' }],
        description: '**Lễ cúng** bản của người Thái.\n\nTổ chức vào tháng Giêng.',
        locationNote: 'Bản Mường Phăng',
        ethnicGroups: [{ documentId: 'thai1', name: 'Thái' }],
        places: [{ documentId: 'mp1', name: 'Xã Mường Phăng' }],
        sources: [{ title: 'Lễ hội truyền thống Điện Biên', publisher: 'NXB Văn hoá', url: 'https://example.org/a' }],
      },
      { name: 'Xen Ban ceremony', description: 'A village rite of the Thái.' },
      context,
    );
    assert.deepEqual(values(record, 'title'), ['Lễ hội Xên bản@vi', 'Xen Ban ceremony@en', 'Xên bản@blt']);
    assert.deepEqual(values(record, 'description'), ['Lễ cúng bản của người Thái. Tổ chức vào tháng Giêng.@vi', 'A village rite of the Thái.@en']);
    assert.deepEqual(values(record, 'subject'), ['Thái@vi']);
    assert.deepEqual(values(record, 'coverage'), ['Bản Mường Phăng@vi', 'Xã Mường Phăng@vi']);
    assert.deepEqual(values(record, 'type'), ['Event', 'Lễ hội@vi', 'Festival@en']);
    assert.deepEqual(values(record, 'identifier'), ['https://disan.example.vn/r/fest1']);
    assert.deepEqual(values(record, 'language'), ['vi', 'en']);
    assert.deepEqual(values(record, 'rights'), ['https://creativecommons.org/licenses/by-nc-sa/4.0/']);
    assert.deepEqual(values(record, 'source'), ['Lễ hội truyền thống Điện Biên. NXB Văn hoá. https://example.org/a']);
    assert.deepEqual(values(record, 'relation'), ['https://disan.example.vn/r/thai1#ethnic-group', 'https://disan.example.vn/r/mp1#place']);
    assert.deepEqual(values(record, 'publisher'), ['Sở Văn hoá, Thể thao và Du lịch tỉnh Điện Biên']);
  });

  it('maps a video media item to MovingImage with its own rights, creator, date, formats and languages', () => {
    const record = dublinCore(
      'media-item',
      {
        title: 'Múa xoè',
        kind: 'video',
        creator: 'Lò Văn A',
        date: '2024-02-20',
        rightsUri: 'https://creativecommons.org/licenses/by/4.0/',
        rightsHolder: 'Trung tâm Văn hoá tỉnh',
        files: [{ mime: 'video/mp4' }],
        languages: [{ documentId: 'l1', name: 'Tiếng Thái Đen', bcp47: 'blt' }],
      },
      null,
      context,
    );
    assert.deepEqual(values(record, 'type'), ['MovingImage', 'Tư liệu media@vi', 'Media item@en']);
    assert.deepEqual(values(record, 'rights'), ['https://creativecommons.org/licenses/by/4.0/', 'Trung tâm Văn hoá tỉnh']);
    assert.deepEqual(values(record, 'creator'), ['Lò Văn A']);
    assert.deepEqual(values(record, 'date'), ['2024-02-20']);
    assert.deepEqual(values(record, 'format'), ['video/mp4']);
    assert.deepEqual(values(record, 'language'), ['blt']);
    assert.deepEqual(values(record, 'subject'), ['Tiếng Thái Đen@vi']);
  });

  it('maps a custom’s UNESCO domain in both languages and a place’s code and coordinates', () => {
    const custom = dublinCore('custom', { name: 'Nghề dệt thổ cẩm', domain: 'craftsmanship' }, null, context);
    assert.deepEqual(values(custom, 'subject'), ['Nghề thủ công truyền thống@vi', 'Traditional craftsmanship@en']);
    const place = dublinCore('place', { name: 'Xã Mường Phăng', code: '03214', coordinates: { latitude: 21.45, longitude: 103.1 }, parent: { documentId: 'db', name: 'Tỉnh Điện Biên' } }, null, context);
    assert.deepEqual(values(place, 'identifier'), ['https://disan.example.vn/r/fest1', '03214']);
    assert.deepEqual(values(place, 'coverage'), ['Tỉnh Điện Biên@vi', '21.45, 103.1']);
  });
});
