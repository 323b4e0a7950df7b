/**
 * Export rows as CSV (pure): RFC 4180 with CRLF line ends, UTF-8 with a
 * byte-order mark, and formula-injection defence. The cell rules are the
 * audit export's (src/curation/audit/csv.ts), reused so the archive has one
 * answer to "what may a spreadsheet run".
 *
 * A list cell is its entries joined with ` | `. An entry may itself contain
 * `|` (a source title), so inside an entry `\` is written `\\` and `|` is
 * written `\|`: a reader splits on ` | ` not preceded by a backslash, then
 * unescapes. JSON and JSONL carry the same lists as arrays, unescaped.
 */
import { CSV_BOM, csvCell } from '../curation/audit/csv';
import type { Cell } from './columns';

export { CSV_BOM };

export const LIST_SEPARATOR = ' | ';

const escapeEntry = (entry: string) => entry.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

/** A cell as CSV text before quoting: lists joined, numbers as they are. */
function cellText(cell: Cell): string | null {
  if (Array.isArray(cell)) return cell.map(escapeEntry).join(LIST_SEPARATOR);
  if (cell === null || cell === undefined) return null;
  return String(cell);
}

/** One CSV line (with its CRLF). Numbers skip the formula defence: `-3.5` is a number to a spreadsheet, not a formula. */
export function exportCsvLine(cells: readonly Cell[]): string {
  return `${cells.map((cell) => (typeof cell === 'number' ? String(cell) : csvCell(cellText(cell)))).join(',')}\r\n`;
}
