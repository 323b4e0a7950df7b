/**
 * SRT cue text → WebVTT cue text. SRT players accept loose HTML; WebVTT's
 * parser is strict. <i>, <b> and <u> are kept (lower-cased, balanced within
 * the cue), <font> is dropped, ASS override codes like {\an8} are dropped,
 * and every other "<", ">" and "&" is escaped so that it shows as written
 * (a transcriber's "<unclear>" stays visible rather than vanishing).
 */

const KEPT_TAGS = new Set(['i', 'b', 'u']);
const TOKEN = /<\s*(\/?)\s*([a-zA-Z]+)\b[^<>]*>|[<>&]/g;

function escapeChar(char: string): string {
  return char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;';
}

/** Convert the text lines of one cue. Lines that end up empty are dropped (an empty line would end the cue). */
export function srtCueTextToVtt(lines: string[]): string[] {
  const open: string[] = [];
  const out = lines.map((raw) =>
    raw
      .replace(/\{\\[^}]*\}/g, '')
      .replace(TOKEN, (match: string, slash: string | undefined, name: string | undefined) => {
        if (name === undefined) return escapeChar(match);
        const tag = name.toLowerCase();
        if (tag === 'font') return '';
        if (!KEPT_TAGS.has(tag)) return match.replace(/[<>&]/g, escapeChar);
        if (!slash) {
          open.push(tag);
          return `<${tag}>`;
        }
        const at = open.lastIndexOf(tag);
        if (at === -1) return ''; // a closing tag with nothing to close
        // Close anything opened inside it first, so tags nest properly.
        const closing = open.splice(at).reverse();
        return closing.map((t) => `</${t}>`).join('');
      })
      .trimEnd(),
  );
  const kept = out.filter((text) => text.trim() !== '');
  if (kept.length > 0 && open.length > 0) {
    kept[kept.length - 1] += open.reverse().map((t) => `</${t}>`).join('');
  }
  return kept;
}
