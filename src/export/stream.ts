/**
 * Export writers (pure): each turns pages of export rows, read elsewhere
 * through the access guard, into text chunks for the response, one chunk per
 * page. They pull the next page only when the consumer asks for the next
 * chunk, so a 100,000-record export holds one page at a time and a client
 * that stops reading stops the reads (backpressure through the generator).
 *
 * - csv: byte-order mark and header line first, then one line per row;
 * - json: one array, `[`, rows separated by `,\n`, `]`;
 * - jsonl: one JSON object per line.
 * Keys and columns follow the type's column plan (src/export/columns.ts).
 */
import type { ArchiveType } from '../content-model';
import { columnNames, type Cell } from './columns';
import { CSV_BOM, exportCsvLine } from './csv';
import type { ExportFormat } from './params';

export type ExportRowObject = Record<string, Cell>;
export type Pages = AsyncIterable<readonly ExportRowObject[]>;

/** The Content-Type of each format; the endpoint also names the file. */
export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
};

export async function* csvChunks({ type, pages }: { type: ArchiveType; pages: Pages }): AsyncGenerator<string> {
  const names = columnNames(type);
  yield CSV_BOM + exportCsvLine(names);
  for await (const page of pages) {
    if (page.length) yield page.map((row) => exportCsvLine(names.map((name) => row[name] ?? null))).join('');
  }
}

export async function* jsonChunks({ pages }: { pages: Pages }): AsyncGenerator<string> {
  let isFirst = true;
  yield '[';
  for await (const page of pages) {
    if (!page.length) continue;
    yield (isFirst ? '' : ',\n') + page.map((row) => JSON.stringify(row)).join(',\n');
    isFirst = false;
  }
  yield ']\n';
}

export async function* jsonlChunks({ pages }: { pages: Pages }): AsyncGenerator<string> {
  for await (const page of pages) {
    if (page.length) yield page.map((row) => `${JSON.stringify(row)}\n`).join('');
  }
}

/** The writer of a format. */
export function exportChunks({ type, format, pages }: { type: ArchiveType; format: ExportFormat; pages: Pages }): AsyncGenerator<string> {
  if (format === 'csv') return csvChunks({ type, pages });
  return format === 'json' ? jsonChunks({ pages }) : jsonlChunks({ pages });
}
