/** Markdown/richtext → plain text for indexing, and short snippets for result lists. */

const SNIPPET_LENGTH = 200;

/** Strips markdown syntax and HTML, keeps the words (link text, image alt text), collapses whitespace. */
export function markdownToText(markdown: string | null | undefined): string {
  if (!markdown) return '';
  return markdown
    .normalize('NFC')
    .replace(/```[^\n]*\n([\s\S]*?)```/g, '$1') // fenced code: keep the content
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, '') // link definitions
    .replace(/<[^>]+>/g, ' ') // HTML tags
    .replace(/^\s{0,3}#{1,6}\s+/gm, '') // headings
    .replace(/^\s{0,3}>\s?/gm, '') // block quotes
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '') // list markers
    .replace(/^\s*(?:[-*_]\s*){3,}$/gm, ' ') // rules
    .replace(/(\*\*|__|\*|_|~~|`)(?=\S)([^\n]*?\S)\1/g, '$2') // emphasis, code spans
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** At most `max` characters, cut at a word boundary, with an ellipsis when cut. */
export function snippetOf(text: string, max = SNIPPET_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** Joins text parts (already plain or markdown) with a blank between them. */
export const joinText = (...parts: Array<string | null | undefined>) =>
  parts.map((part) => markdownToText(part)).filter(Boolean).join(' ');

/** Non-empty, NFC, de-duplicated (case-insensitively), in first-seen order. */
export function uniqueStrings(values: Array<string | null | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw?.normalize('NFC').trim();
    if (!value) continue;
    const key = value.toLocaleLowerCase('vi');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

export const uniqueNumbers = (values: Array<number | null | undefined>) =>
  [...new Set(values.filter((value): value is number => Number.isInteger(value)))].sort((a, b) => a - b);
