/**
 * Export CSV is RFC 4180 a spreadsheet opens safely: read back by a small
 * parser here, every value (Vietnamese, quotes, commas, newlines, list
 * separators) comes back as written, and formulas come back as text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnNames, exportRow } from '../../../src/export/columns';
import { CSV_BOM, exportCsvLine } from '../../../src/export/csv';
import { csvChunks } from '../../../src/export/stream';
import { FESTIVAL } from './fixtures';

/** RFC 4180, strictly: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      while (!(text[i] === '"' && text[i + 1] !== '"')) {
        if (i >= text.length) throw new Error('unterminated quote');
        field += text[i] === '"' ? (i++, '"') : text[i];
        i++;
      }
      i++;
    } else if (text[i] === ',') {
      row.push(field), (field = ''), i++;
    } else if (text[i] === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    } else {
      assert.ok(text[i] !== '\n' && text[i] !== '\r' && text[i] !== '"', `bare ${JSON.stringify(text[i])} at ${i}`);
      field += text[i++];
    }
  }
  assert.equal(field + row.join(''), '', 'the last record ends with CRLF');
  return rows;
}

/** Splits a list cell on unescaped ` | ` and unescapes its entries. */
const splitList = (cell: string) => (cell === '' ? [] : cell.split(/(?<!\\) \| /).map((entry) => entry.replace(/\\(.)/g, '$1')));

async function collect(chunks: AsyncIterable<string>) {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe('export CSV', () => {
  it('round-trips a festival: header, Vietnamese text, quotes, newlines, lists, formulas', async () => {
    const row = exportRow('festival', { record: FESTIVAL, titles: { vi: 'Lễ hội Xên bản' }, locale: 'vi' });
    const text = await collect(csvChunks({ type: 'festival', pages: (async function* () { yield [row]; })() }));
    assert.ok(text.startsWith(CSV_BOM));
    const [header, line, ...rest] = parseCsv(text.slice(1));
    assert.deepEqual(rest, []);
    assert.deepEqual(header, columnNames('festival'));
    const cell = (name: string) => line[header.indexOf(name)];
    assert.equal(cell('name_vi'), 'Lễ hội Xên bản');
    assert.equal(cell('name_en'), '');
    assert.equal(cell('description'), 'Lễ cúng **bản** — "thần rừng", cầu mùa.\r\nDòng hai');
    assert.equal(cell('timing_note'), 'Tuỳ bản,\nthầy mo chọn ngày');
    assert.equal(cell('timing_month'), '3');
    assert.equal(cell('locationNote'), `'=HYPERLINK("http://evil.example")`);
    assert.deepEqual(splitList(cell('places_names')), ['Xã Thanh Nưa', 'Đ|iện "Biên"']);
    assert.deepEqual(splitList(cell('sources')), ['Văn hoá Thái | Điện Biên. NXB Văn hoá <https://example.vn/a> [uncertain]']);
    assert.deepEqual(splitList(cell('otherNames')), ['ꪹꪎꪾꪉ ꪚꪱꪙ@blt-Tavt', 'Xên bản, Xên mường@blt']);
  });

  it('defends every formula start, but writes numbers and booleans as they are', () => {
    const cells = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'Đ=ok'];
    assert.deepEqual(parseCsv(exportCsvLine(cells))[0], [`'=1+1`, `'+1`, `'-1`, `'@SUM(A1)`, `'\tx`, `'\rx`, 'Đ=ok']);
    assert.deepEqual(parseCsv(exportCsvLine([-3.5, 21.386, true, false, null]))[0], ['-3.5', '21.386', 'true', 'false', '']);
    assert.deepEqual(parseCsv(exportCsvLine([['=cmd', 'a\\b']]))[0], [`'=cmd | a\\\\b`]);
  });
});
