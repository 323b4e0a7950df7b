/** Records as IIIF Collections of their visible media items' Manifests. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordCollection } from '../../../src/iiif/collection';
import { COLLECTION_TYPES } from '../../../src/iiif/paths';
import { iiifProblems, schemaProblems } from '../../helpers/iiif';
import { ORIGIN } from './fixtures';

type Any = Record<string, any>;

const festival = {
  vi: { documentId: 'f1', slug: 'xen-ban', name: 'Lễ Xên bản', description: 'Lễ cúng **bản** của người Thái.', otherNames: [{ tag: 'blt-Tavt', value: 'ꪹꪎꪙ ꪚꪮꪣ' }, { tag: 'es-419', value: 'x' }] },
  en: { documentId: 'f1', slug: 'xen-ban', name: 'Xên bản village ceremony', description: 'The village rite of the Tai.' },
};
const items = [
  { vi: { documentId: 'img1', title: 'Hoa văn thổ cẩm' }, en: { documentId: 'img1', title: 'Brocade pattern' } },
  { vi: { documentId: 'vid1', title: 'Lễ hội Xên bản' }, en: null },
];
const context = {
  origin: ORIGIN,
  pageOf: (locale: 'vi' | 'en') => `${ORIGIN}${locale === 'en' ? '/en/festivals' : '/le-hoi'}/xen-ban`,
  thumbnailOf: (row: Any) => (row.documentId === 'img1' ? { id: `${ORIGIN}/media/d/img1/7/r1/w320.webp`, type: 'Image', format: 'image/webp' } : undefined),
};

describe('recordCollection', () => {
  for (const type of COLLECTION_TYPES) {
    it(`a ${type}'s collection validates`, () => {
      const collection = recordCollection({ type, record: festival, items, context });
      assert.deepEqual(iiifProblems(collection as { type: string }), []);
    });
  }

  it('lists the visible items as Manifest references, in order, with thumbnails where known', () => {
    const collection = recordCollection({ type: 'festival', record: festival, items, context }) as Any;
    assert.equal(collection.id, `${ORIGIN}/iiif/festival/xen-ban/collection`);
    assert.deepEqual(
      collection.items.map((item: Any) => [item.id, item.type, item.label]),
      [
        [`${ORIGIN}/iiif/media/img1/manifest`, 'Manifest', { vi: ['Hoa văn thổ cẩm'], en: ['Brocade pattern'] }],
        [`${ORIGIN}/iiif/media/vid1/manifest`, 'Manifest', { vi: ['Lễ hội Xên bản'] }],
      ],
    );
    assert.equal(collection.items[0].thumbnail[0].id, `${ORIGIN}/media/d/img1/7/r1/w320.webp`);
    assert.equal('thumbnail' in collection.items[1], false);
  });

  it('names the record in Vietnamese, English and its minority names by BCP 47 tag, leaving out tags the schema cannot key', () => {
    const collection = recordCollection({ type: 'festival', record: festival, items, context }) as Any;
    assert.deepEqual(collection.label, { vi: ['Lễ Xên bản'], en: ['Xên bản village ceremony'], 'blt-Tavt': ['ꪹꪎꪙ ꪚꪮꪣ'] });
    assert.deepEqual(collection.summary, { vi: ['Lễ cúng bản của người Thái.'], en: ['The village rite of the Tai.'] });
  });

  it('an empty collection (every item hidden) is still a valid document', () => {
    const collection = recordCollection({ type: 'story', record: { vi: { documentId: 's1', slug: 'chuyen', title: 'Chuyện bản Mường', summary: 'Tóm tắt' } }, items: [], context });
    assert.deepEqual(iiifProblems(collection as { type: string }), []);
  });

  it('the schema check does catch a broken document (this test file can fail)', () => {
    const collection = recordCollection({ type: 'festival', record: festival, items, context }) as Any;
    assert.notDeepEqual(schemaProblems({ ...collection, label: 'Lễ Xên bản' }), []);
    assert.notDeepEqual(schemaProblems({ ...collection, items: [{ id: 'not a uri', type: 'Manifest' }] }), []);
  });
});
