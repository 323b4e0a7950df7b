import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExportParamsError, parseExportParams } from '../../../src/export/params';

const refusal = (query: Record<string, unknown>) => {
  try {
    parseExportParams(query);
  } catch (error) {
    assert.ok(error instanceof ExportParamsError);
    return error;
  }
  assert.fail('accepted');
};

describe('export parameters', () => {
  it('takes a type, a format and a locale, csv and vi by default', () => {
    assert.deepEqual(parseExportParams({ type: 'festival' }), { type: 'festival', format: 'csv', locale: 'vi' });
    assert.deepEqual(parseExportParams({ type: 'media-item', format: 'jsonl', locale: 'en' }), { type: 'media-item', format: 'jsonl', locale: 'en' });
    assert.deepEqual(parseExportParams({ type: 'person', format: 'json', locale: '' }), { type: 'person', format: 'json', locale: 'vi' });
  });

  it('refuses an unknown or missing type in Vietnamese and English, echoing nothing the caller sent', () => {
    const missing = refusal({});
    assert.equal(missing.parameter, 'type');
    assert.equal(missing.message, 'Thiếu tham số "type" (một trong: ethnic-group, language, festival, custom, place, media-item, person, story) / Missing parameter "type" (one of: ethnic-group, language, festival, custom, place, media-item, person, story)');
    const unknown = refusal({ type: '<script>' });
    assert.equal(unknown.parameter, 'type');
    assert.match(unknown.vi, /^Giá trị "type" không hợp lệ; dùng một trong: ethnic-group/);
    assert.match(unknown.en, /^Invalid "type"; use one of: ethnic-group/);
    assert.ok(!unknown.message.includes('<script>'));
  });

  it('refuses an unknown format or locale, and repeated or nested values', () => {
    assert.equal(refusal({ type: 'festival', format: 'xlsx' }).en, 'Invalid "format"; use one of: csv, json, jsonl');
    assert.equal(refusal({ type: 'festival', locale: 'fr' }).vi, 'Giá trị "locale" không hợp lệ; dùng một trong: vi, en');
    assert.equal(refusal({ type: ['festival', 'story'] }).parameter, 'type');
    assert.equal(refusal({ type: 'festival', format: { $ne: 'csv' } }).parameter, 'format');
    assert.equal(refusal({ type: 'Festival' }).parameter, 'type');
  });

  it('refuses any other parameter rather than ignore a filter the caller believes applied', () => {
    const other = refusal({ type: 'festival', filters: { name: { $eq: 'x' } } });
    assert.equal(other.parameter, 'other');
    assert.equal(other.en, 'Unsupported parameter; the export takes only type, format and locale');
    assert.equal(refusal({ type: 'festival', '<b>secret</b>': '1' }).message.includes('secret'), false);
  });
});
