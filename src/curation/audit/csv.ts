/**
 * CSV for the audit export (pure). UTF-8 with a byte-order mark, because
 * Excel reads a CSV without one in the machine's code page and mangles
 * Vietnamese; CRLF line ends (RFC 4180). A cell that starts with = + - @
 * (or a tab or carriage return) gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of running it as a formula.
 */
export const CSV_BOM = '\uFEFF';

export const AUDIT_CSV_COLUMNS = ['seq', 'at', 'action', 'actor', 'actorEmail', 'target', 'ip', 'details', 'hash'] as const;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
