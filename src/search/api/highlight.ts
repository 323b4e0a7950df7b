import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from '../query';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Highlighted text as safe HTML: the record's text is escaped, and only the
 * match markers Meilisearch inserted (control characters no stored text has)
 * become <mark>…</mark>. Arrays (names) are mapped item by item.
 */
export function toHighlightHtml(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toHighlightHtml);
  if (typeof value !== 'string') return value ?? null;
  return value
    .replace(/[&<>"']/g, (c) => ESCAPES[c])
    .split(HIGHLIGHT_PRE).join('<mark>')
    .split(HIGHLIGHT_POST).join('</mark>');
}
