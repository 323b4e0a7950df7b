/** docs/export.md carries the data dictionary the code generates, so the docs cannot drift from the columns. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ARCHIVE_TYPES } from '../../../src/content-model';
import { columnNames } from '../../../src/export/columns';
import { dataDictionary, withDictionary } from '../../../src/export/dictionary';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const doc = readFileSync(path.join(ROOT, 'docs', 'export.md'), 'utf8');

describe('export data dictionary', () => {
  it('is in docs/export.md exactly as generated', () => {
    assert.ok(doc.includes('\n## Bulk data (export)\n'));
    assert.equal(doc, withDictionary(doc), 'docs/export.md is out of date: run `npx tsx scripts/export-dictionary.ts` and review the change');
  });

  it('has a table per type listing every column in order', () => {
    const text = dataDictionary();
    for (const type of ARCHIVE_TYPES) {
      const section = text.split(`### ${type}\n`)[1].split('\n### ')[0];
      const listed = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
      assert.deepEqual(listed, columnNames(type));
    }
  });

  it('is linked from the README', () => {
    assert.match(readFileSync(path.join(ROOT, 'README.md'), 'utf8'), /\(docs\/export\.md#bulk-data-export\)/);
  });
});
