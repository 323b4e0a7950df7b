/** The one locale-fallback rule that REST and the site share (readers are fakes over a table of rows). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readManyWithFallback, readOneWithFallback } from '../../../src/locale/fallback';

type Row = { documentId: string; locale: string };
const rows: Row[] = [
  { documentId: 'a', locale: 'vi' },
  { documentId: 'b', locale: 'vi' },
  { documentId: 'c', locale: 'vi' },
  { documentId: 'b', locale: 'en' },
];
const inLocale = (locale: string) => rows.filter((row) => row.locale === locale);

describe('readManyWithFallback', () => {
  it('keeps the Vietnamese order and swaps in the translations there are', async () => {
    const asked: string[][] = [];
    const result = await readManyWithFallback({
      requested: 'en',
      readBase: async () => inLocale('vi'),
      readTranslations: async (ids) => {
        asked.push(ids);
        return inLocale('en').filter((row) => ids.includes(row.documentId));
      },
    });
    assert.deepEqual(result.rows.map((row) => `${row.documentId}-${row.locale}`), ['a-vi', 'b-en', 'c-vi']);
    assert.deepEqual(result.fellBack, ['a', 'c']);
    assert.deepEqual(asked, [['a', 'b', 'c']]);
  });
  it('asks for no translations in Vietnamese, nor for an empty list', async () => {
    const never = async () => assert.fail('no translations needed');
    assert.deepEqual(await readManyWithFallback({ requested: 'vi', readBase: async () => inLocale('vi'), readTranslations: never }), { rows: inLocale('vi'), fellBack: [] });
    assert.deepEqual(await readManyWithFallback({ requested: 'en', readBase: async () => [], readTranslations: never }), { rows: [], fellBack: [] });
  });
});

describe('readOneWithFallback', () => {
  const read = (documentId: string) => async (locale: string) => rows.find((row) => row.documentId === documentId && row.locale === locale) ?? null;
  const cases: Array<[string, string, string | null, boolean]> = [
    ['b', 'en', 'b-en', false],
    ['a', 'en', 'a-vi', true],
    ['a', 'vi', 'a-vi', false],
    ['z', 'en', null, false],
  ];
  for (const [documentId, requested, expected, fellBack] of cases) {
    it(`${documentId} in ${requested} → ${expected}${fellBack ? ' (fell back)' : ''}`, async () => {
      const found = await readOneWithFallback({ requested, read: read(documentId), isFound: Boolean });
      assert.equal(found.result ? `${found.result.documentId}-${found.result.locale}` : null, expected);
      assert.equal(found.fellBack, fellBack);
    });
  }
});
