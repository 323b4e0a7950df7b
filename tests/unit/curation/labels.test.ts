/** Every field an officer sees in the admin has a Vietnamese and an English label and help text. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ARCHIVE_TYPES, uidOf } from '../../../src/content-model';
import { COMPONENT_MAIN_FIELDS, COMPONENT_UIDS, fieldTranslations, fieldLabel } from '../../../src/curation/labels/fields';

const SRC = path.resolve(__dirname, '../../../src');
const attributesOf = (file: string): Record<string, { type: string }> => JSON.parse(readFileSync(file, 'utf8')).attributes;

const components = readdirSync(path.join(SRC, 'components')).flatMap((category) =>
  readdirSync(path.join(SRC, 'components', category))
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ uid: `${category}.${file.replace(/\.json$/, '')}`, file: path.join(SRC, 'components', category, file) })),
);
const types = ARCHIVE_TYPES.map((type) => ({
  uid: uidOf(type) as string,
  file: path.join(SRC, 'api', type, 'content-types', type, 'schema.json'),
}));

describe('admin field labels', () => {
  it('list every component of the model', () => {
    assert.deepEqual([...COMPONENT_UIDS].sort(), components.map((c) => c.uid).sort());
  });

  for (const { uid, file } of [...types, ...components]) {
    it(`cover every field of ${uid}, in Vietnamese with diacritics and in English`, () => {
      for (const field of Object.keys(attributesOf(file))) {
        const text = fieldLabel(uid, field);
        assert.ok(text, `${uid}.${field} has no label`);
        for (const value of [text.vi, text.en, text.viHelp, text.enHelp]) assert.ok(value.trim().length > 1, `${uid}.${field}`);
        assert.notEqual(text.vi, field, `${uid}.${field}: the Vietnamese label is the raw field name`);
        assert.equal(text.vi, text.vi.normalize('NFC'));
      }
    });
  }

  it('name the main field of components by a field that exists', () => {
    for (const [uid, field] of Object.entries(COMPONENT_MAIN_FIELDS)) {
      const component = components.find((c) => c.uid === uid);
      assert.ok(component && attributesOf(component.file)[field], `${uid}.${field}`);
    }
  });

  it('give translations in both languages under the ids the content-manager looks up', () => {
    const en = fieldTranslations([uidOf('festival'), uidOf('place')], 'en');
    const vi = fieldTranslations([uidOf('festival')], 'vi');
    assert.equal(vi[`content-manager.content-types.${uidOf('festival')}.otherNames`], 'Tên gọi khác');
    assert.deepEqual(Object.keys(vi).sort(), Object.keys(fieldTranslations([uidOf('festival')], 'en')).sort());
    assert.equal(en[`content-manager.content-types.${uidOf('festival')}.otherNames`], 'Other names');
    assert.equal(en['content-manager.components.shared.tagged-name.value'], 'Name');
    assert.equal(en['content-manager.components.media.consent.scope'], 'Consent scope');
    assert.equal(en[`content-manager.content-types.${uidOf('place')}.kind`], 'Level');
  });
});
