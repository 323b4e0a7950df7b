/**
 * HTML built by a tagged template that escapes every interpolated value.
 * Only values already wrapped as SafeHtml (the output of `html` itself, or
 * `raw()` for text escaped elsewhere such as search highlights) pass through,
 * so record text can never become markup by accident.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Html = SafeHtml;
type Part = SafeHtml | string | number | boolean | null | undefined | Part[];

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function render(part: Part): string {
  if (part === null || part === undefined || part === false || part === true) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < parts.length; i += 1) out += render(parts[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Trusted markup: use only for strings escaped by our own code (search highlights, rendered markdown). */
export const raw = (value: string): SafeHtml => new SafeHtml(value);

export const join = (parts: Part[], separator: Part = ''): SafeHtml =>
  new SafeHtml(parts.map(render).filter(Boolean).join(render(separator)));

/**
 * A link target from record data (source URLs, rights URIs): only http(s)
 * and mailto survive; anything else (javascript:, data:, vbscript:…) becomes
 * null and the caller renders plain text instead of a link.
 */
export function safeExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** JSON inside <script type="application/ld+json">: `<` escaped so no text can close the element. */
export function jsonForScript(value: unknown): SafeHtml {
  return raw(JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'));
}
