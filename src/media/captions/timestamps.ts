/**
 * Caption times are handled as whole milliseconds so that comparisons are exact.
 */

/** 3723500 → "01:02:03.500" (WebVTT style; SRT uses a comma instead of the dot). */
export function formatTimestamp(ms: number, decimalSeparator: '.' | ',' = '.'): string {
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / 60_000) % 60;
  const seconds = Math.floor(ms / 1000) % 60;
  const millis = ms % 1000;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${two(seconds)}${decimalSeparator}${String(millis).padStart(3, '0')}`;
}

/** Milliseconds from parts already checked by a regular expression. */
export function toMilliseconds(hours: string | undefined, minutes: string, seconds: string, millis: string): number {
  return ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(millis);
}
