/**
 * The writers stream: JSON and JSONL parse back to the rows given, and a
 * writer asks for page n+1 only after it has handed out page n, so memory
 * holds one page whatever the export's size.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportRow, type Cell } from '../../../src/export/columns';
import { exportChunks, type ExportRowObject } from '../../../src/export/stream';
import type { ExportFormat } from '../../../src/export/params';
import { FESTIVAL } from './fixtures';

const row = (n: number) => exportRow('festival', { record: { ...FESTIVAL, documentId: `fst${n}`, name: `Lễ hội Xên bản ${n}` }, titles: { vi: `Lễ hội Xên bản ${n}`, en: 'Đ' }, locale: 'vi' });

/** Pages of rows that log when each is pulled. */
function pagesOf(sizes: number[], log: string[]): AsyncIterable<ExportRowObject[]> {
  return (async function* () {
    let n = 0;
    for (const [index, size] of sizes.entries()) {
      log.push(`pull ${index}`);
      yield Array.from({ length: size }, () => row(n++));
    }
  })();
}

async function collect(format: ExportFormat, sizes: number[]) {
  const log: string[] = [];
  let text = '';
  for await (const chunk of exportChunks({ type: 'festival', format, pages: pagesOf(sizes, log) })) text += chunk;
  return text;
}

describe('export writers', () => {
  it('JSON: one array that parses back to the rows, keys in column order', async () => {
    const text = await collect('json', [2, 0, 3]);
    const parsed = JSON.parse(text) as Record<string, Cell>[];
    assert.deepEqual(parsed, [0, 1, 2, 3, 4].map((n) => JSON.parse(JSON.stringify(row(n)))));
    assert.deepEqual(Object.keys(parsed[0]), Object.keys(row(0)));
    assert.equal(parsed[4].name_vi, 'Lễ hội Xên bản 4');
    assert.match(text, /^\[\{.*\},\n\{/s);
  });

  it('JSON: an empty export is an empty array', async () => {
    assert.deepEqual(JSON.parse(await collect('json', [])), []);
    assert.deepEqual(JSON.parse(await collect('json', [0, 0])), []);
  });

  it('JSONL: one object per line', async () => {
    const text = await collect('jsonl', [2, 1]);
    assert.ok(text.endsWith('\n'));
    const lines = text.split('\n').slice(0, -1);
    assert.deepEqual(lines.map((line) => JSON.parse(line).documentId), ['fst0', 'fst1', 'fst2']);
    assert.equal(JSON.parse(lines[2]).name_en, 'Đ');
    assert.equal(await collect('jsonl', []), '');
  });

  for (const format of ['csv', 'json', 'jsonl'] as const) {
    it(`${format}: pulls page n+1 only after handing out page n`, async () => {
      const log: string[] = [];
      const chunks = exportChunks({ type: 'festival', format, pages: pagesOf([1, 1, 1], log) });
      const seen: string[] = [];
      for await (const chunk of chunks) {
        const ids = [...new Set([...chunk.matchAll(/fst\d/g)].map((m) => m[0]))];
        if (ids.length) {
          seen.push(...ids);
          log.push(`got ${ids.join(',')}`);
        }
      }
      assert.deepEqual(seen, ['fst0', 'fst1', 'fst2']);
      assert.deepEqual(log, ['pull 0', 'got fst0', 'pull 1', 'got fst1', 'pull 2', 'got fst2']);
    });
  }

  it('stops reading when the client stops', async () => {
    const log: string[] = [];
    const chunks = exportChunks({ type: 'festival', format: 'jsonl', pages: pagesOf([1, 1, 1], log) });
    for await (const chunk of chunks) {
      assert.match(chunk, /fst0/);
      break;
    }
    assert.deepEqual(log, ['pull 0']);
  });
});
