/** Markdown/richtext → plain text for indexing, share descriptions and short snippets for result lists. */
import MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];

const SNIPPET_LENGTH = 200;

// A parser, not a renderer: html on so raw tags become html_* tokens and are dropped; the words around them stay.
const parser = new MarkdownIt({ html: true, linkify: false, typographer: false });

// Blocks whose end separates words (a paragraph, a heading, a list item, a table cell, a code block).
const BLOCK_END = /_close$|^(fence|code_block|hr)$/;

function inlineText(children: Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    // An image keeps its alt text: markdown-it puts the alt words in its children.
    else if (child.type === 'image') text += inlineText(child.children ?? []);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
  }
  return text;
}

/**
 * The words of a markdown field, as a reader sees them: link text and image
 * alt text kept, syntax and raw HTML dropped, entities decoded, whitespace
 * collapsed, NFC. Parsed by markdown-it, the renderer the site uses, so the
 * text matches what the page shows.
 */
export function markdownToText(markdown: unknown): string {
  if (typeof markdown !== 'string' || !markdown.trim()) return '';
  const parts: string[] = [];
  for (const token of parser.parse(markdown.normalize('NFC'), {})) {
    if (token.type === 'inline') parts.push(inlineText(token.children ?? []));
    else if (token.type === 'fence' || token.type === 'code_block') parts.push(token.content);
    if (BLOCK_END.test(token.type)) parts.push(' ');
  }
  return parts.join('').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * At most `max` characters (code points, so a Vietnamese letter is never
 * split), cut at a word boundary, with an ellipsis when cut.
 */
export function snippetOf(text: string, max = SNIPPET_LENGTH): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** A markdown field as a short plain-text preview: the search snippet and the page's share description are both this. */
export const markdownSnippet = (markdown: unknown, max = SNIPPET_LENGTH) => snippetOf(markdownToText(markdown), max);

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
