/** CSV cells for the audit export (pure): quoting, and no formula a spreadsheet would run. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell, csvRow } from '../../../src/curation/audit/csv';
import { changedFields, comparable, recordTarget } from '../../../src/curation/audit/record-details';

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
  const attributes = { name: { type: 'string' }, date: { type: 'date' }, places: { type: 'relation' }, timing: { type: 'component' }, updatedBy: { type: 'relation' } };

  it('names the submitted fields whose stored value changed, and nothing else', () => {
    const before = { name: 'Xên bản', date: '2026-12-07', places: [{ id: 1, documentId: 'a' }], timing: { id: 7, calendar: 'lunar', month: 1 } };
    const after = { name: 'Xên bản', date: '2026-12-08', places: [{ id: 1, documentId: 'a' }, { id: 2, documentId: 'b' }], timing: { id: 9, month: 1, calendar: 'lunar' } };
    const submitted = { name: 'Xên bản', date: '2026-12-08', places: ['a', 'b'], timing: {}, updatedBy: 3, id: 3 };
    assert.deepEqual(changedFields(attributes, before, after, submitted), ['date', 'places']);
  });

  it('compares dates and component rows by value, not by object or row id', () => {
    assert.deepEqual(comparable({ id: 4, at: new Date('2026-12-07T00:00:00Z'), list: [{ id: 5, x: 1 }] }), { at: '2026-12-07T00:00:00.000Z', list: [{ x: 1 }] });
  });

  it('names every submitted field when there is nothing stored to compare', () => {
    assert.deepEqual(changedFields(attributes, null, null, { name: 'x', updatedBy: 1 }), ['name']);
    assert.deepEqual(changedFields(attributes, null, null, undefined), []);
  });

  it('targets a record and locale, or every locale', () => {
    assert.equal(recordTarget('festival', 'abc', 'vi'), 'festival:abc:vi');
    assert.equal(recordTarget('festival', 'abc', undefined), 'festival:abc:*');
  });
});
