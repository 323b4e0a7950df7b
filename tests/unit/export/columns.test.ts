/**
 * The export's column plan holds to the schemas: every field of every type
 * and component is exported or excluded with a reason, nothing private or
 * internal to consent has a column, and a record becomes the row the data
 * dictionary describes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ARCHIVE_TYPES, MODEL } from '../../../src/content-model';
import { COLUMN_PLANS, columnNames, exportRow } from '../../../src/export/columns';
import { COMPONENT_PLANS } from '../../../src/export/components';
import { FESTIVAL } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..', '..');
type Attributes = Record<string, { type: string; private?: boolean; component?: string }>;
/** Read from disk here (the plan imports them), so the test sees the files Strapi builds from. */
const schemaAttributes = (type: string): Attributes =>
  JSON.parse(readFileSync(path.join(ROOT, 'src', 'api', type, 'content-types', type, 'schema.json'), 'utf8')).attributes;
const componentAttributes = (uid: string): Attributes => {
  const [category, name] = uid.split('.');
  return JSON.parse(readFileSync(path.join(ROOT, 'src', 'components', category, `${name}.json`), 'utf8')).attributes;
};

describe('export column plan', () => {
  for (const type of ARCHIVE_TYPES) {
    describe(type, () => {
      const plan = COLUMN_PLANS[type];
      const attributes = schemaAttributes(type);

      it('exports or excludes every schema field, each once, and nothing that is not in the schema', () => {
        const decided = [...plan.exported, ...Object.keys(plan.excluded)];
        assert.deepEqual([...decided].sort(), Object.keys(attributes).sort(), 'a schema field has no export decision (src/export/columns.ts)');
        assert.equal(new Set(decided).size, decided.length);
      });

      it('never exports a private field', () => {
        for (const [field, attribute] of Object.entries(attributes)) {
          if (!attribute.private) continue;
          assert.ok(field in plan.excluded, `${field} is private`);
          assert.ok(!columnNames(type).some((name) => name === field || name.startsWith(`${field}_`)), `${field} is private`);
        }
      });

      it('starts with the identity and title columns, ends with the datestamps, and has unique names', () => {
        const names = columnNames(type);
        const title = MODEL[type].titleField;
        assert.deepEqual(names.slice(0, 5), ['documentId', 'permalink', 'locale', `${title}_vi`, `${title}_en`]);
        assert.deepEqual(names.slice(-3), ['accessLevel', 'publishedAt', 'updatedAt']);
        assert.equal(new Set(names).size, names.length);
        for (const column of plan.columns) assert.ok(column.meaning.length > 10 && column.example, `${column.name} is documented`);
      });
    });
  }

  it('decides every field of every component the types use', () => {
    const used = new Set(ARCHIVE_TYPES.flatMap((type) => Object.values(schemaAttributes(type)).map((a) => a.component).filter(Boolean) as string[]));
    for (const uid of used) {
      const plan = COMPONENT_PLANS[uid];
      assert.ok(plan, `${uid} has no plan in src/export/components.ts`);
      const attributes = componentAttributes(uid);
      const privateFields = Object.keys(attributes).filter((field) => attributes[field].private);
      const decided = [...(plan.as === 'list' ? plan.uses : []), ...Object.keys(plan.excluded), ...privateFields];
      const expected = plan.as === 'list' ? Object.keys(attributes) : Object.keys(plan.excluded).concat(privateFields);
      assert.deepEqual([...new Set(decided)].sort(), [...new Set(expected)].sort(), `${uid}: every field used or excluded`);
      for (const field of Object.keys(plan.excluded)) assert.ok(field in attributes, `${uid}.${field} excluded but not in the component`);
    }
  });

  it('shows of consent only its scope and dates, never who gave it or a withdrawal', () => {
    for (const type of ['media-item', 'person'] as const) {
      const consentColumns = columnNames(type).filter((name) => name.startsWith('consent_'));
      assert.deepEqual(consentColumns, ['consent_scope', 'consent_givenOn', 'consent_expiresOn']);
    }
  });

  it('leaves out the media pipeline and the original files', () => {
    const names = columnNames('media-item');
    for (const field of ['files', 'renditions', 'processing', 'processingStatus', 'technical', 'capturedAt', 'gps', 'sha256', 'perceptualHash', 'pendingRun']) {
      assert.ok(!names.includes(field), field);
    }
    assert.deepEqual(COMPONENT_PLANS['media.caption'].as === 'list' && COMPONENT_PLANS['media.caption'].uses, ['kind', 'tag']);
  });

  it('turns a festival into its row, Vietnamese kept as written', () => {
    const row = exportRow('festival', { record: FESTIVAL, titles: { vi: 'Lễ hội Xên bản', en: 'Xên bản Festival' }, locale: 'en' });
    assert.deepEqual(Object.keys(row), columnNames('festival'));
    assert.equal(row.documentId, FESTIVAL.documentId);
    assert.equal(row.permalink, '/en/p/festival/fst0xenban00000000000001');
    assert.equal(row.name_vi, 'Lễ hội Xên bản');
    assert.equal(row.name_en, 'Xên bản Festival');
    assert.deepEqual(row.otherNames, ['ꪹꪎꪾꪉ ꪚꪱꪙ@blt-Tavt', 'Xên bản, Xên mường@blt']);
    assert.deepEqual(row.ethnicGroups_ids, ['grp0thai0000000000000003']);
    assert.deepEqual(row.places_names, ['Xã Thanh Nưa', 'Đ|iện "Biên"']);
    assert.equal(row.timing_calendar, 'lunar');
    assert.equal(row.timing_month, 3);
    assert.equal(row.timing_endDay, null);
    assert.deepEqual(row.occurrences, ['2027-04-01/2027-04-03']);
    assert.deepEqual(row.heritageStatus, ['national 2021 (QĐ 1234)']);
    assert.deepEqual(row.sources, ['Văn hoá Thái | Điện Biên. NXB Văn hoá <https://example.vn/a> [uncertain]']);
    assert.deepEqual(row.uncertainties, ['timing: Các bản tổ chức khác ngày']);
    assert.equal(row.rituals, null);
    assert.equal(row.publishedAt, '2026-11-02T03:15:00Z');
    assert.equal(row.updatedAt, '2026-12-01T09:40:12Z');
  });

  it('writes an empty title and empty lists where a record has none', () => {
    const row = exportRow('place', { record: { documentId: 'p1', locale: 'vi', name: 'Bản Mển', parent: null }, titles: { vi: 'Bản Mển' }, locale: 'vi' });
    assert.equal(row.name_en, null);
    assert.deepEqual(row.parent_ids, []);
    assert.deepEqual(row.formerUnits, []);
    assert.equal(row.coordinates_latitude, null);
    assert.equal(row.permalink, '/p/place/p1');
  });
});
