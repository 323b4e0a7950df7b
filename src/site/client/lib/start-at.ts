/**
 * Parses a start offset as written in `data-start-at`, `data-seek` or a `?t=`
 * link: plain seconds ("42", "12.5"), clock form ("1:02", "1:02:03") or
 * YouTube-style ("1m2s", "1h2m3s"). Returns null for anything else, so a
 * malformed attribute never moves the playhead.
 */
export function parseStartAt(value: string | null | undefined): number | null {
  if (value == null) return null;
  const text = value.trim();
  let seconds: number;
  if (/^\d+(\.\d+)?$/.test(text)) {
    seconds = Number(text);
  } else if (/^\d+(:[0-5]?\d){1,2}(\.\d+)?$/.test(text)) {
    seconds = text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  } else {
    const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(text);
    if (!match || text === '') return null;
    seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
  }
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
