/** CSV cells for the audit export (pure): quoting, and no formula a spreadsheet would run. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell, csvRow } from '../../../src/curation/audit/csv';
import { changedFields, recordTarget } from '../../../src/curation/audit/record-details';

describe('audit CSV', () => {
  it('leaves plain text (Vietnamese included) as it is', () => {
    assert.equal(csvCell('Lễ hội Xên bản'), 'Lễ hội Xên bản');
    assert.equal(csvCell(42), '42');
    assert.equal(csvCell(null), '');
  });

  it('quotes commas, quotes and line breaks', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
  });

  it('defuses cells a spreadsheet would read as a formula', () => {
    assert.equal(csvCell('=HYPERLINK("http://evil")'), `"'=HYPERLINK(""http://evil"")"`);
    for (const start of ['+', '-', '@', '\t']) assert.equal(csvCell(`${start}1`).replace(/^"|"$/g, '').startsWith(`'${start}`), true, start);
  });

  it('writes objects as JSON and ends rows with CRLF', () => {
    assert.equal(csvRow([1, { fields: ['name'] }]), '1,"{""fields"":[""name""]}"\r\n');
  });
});

describe('record audit details', () => {
  const attributes = { name: { type: 'string' }, date: { type: 'date' }, places: { type: 'relation' }, timing: { type: 'component' } };

  it('names only scalar fields that changed, and every submitted component or relation', () => {
    const before = { name: 'Xên bản', date: '2026-12-07', notAField: 1 };
    const data = { name: 'Xên bản', date: '2026-12-08', places: [1], timing: { calendar: 'lunar' }, id: 3 };
    assert.deepEqual(changedFields(attributes, before, data), ['date', 'places', 'timing']);
  });

  it('leaves out what Strapi sets on every save', () => {
    const withBookkeeping = { ...attributes, updatedBy: { type: 'relation' }, updatedAt: { type: 'datetime' } };
    assert.deepEqual(changedFields(withBookkeeping, { name: 'x' }, { name: 'x', updatedBy: 3, updatedAt: new Date() }), []);
  });

  it('names every submitted field when there is nothing stored to compare', () => {
    assert.deepEqual(changedFields(attributes, null, { name: 'x' }), ['name']);
    assert.deepEqual(changedFields(attributes, null, undefined), []);
  });

  it('targets a record and locale, or every locale', () => {
    assert.equal(recordTarget('festival', 'abc', 'vi'), 'festival:abc:vi');
    assert.equal(recordTarget('festival', 'abc', undefined), 'festival:abc:*');
  });
});
