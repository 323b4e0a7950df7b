/**
 * OAI-PMH datestamps (pure). The repository's granularity is seconds
 * (YYYY-MM-DDThh:mm:ssZ, UTC, as the protocol requires); harvesters may ask
 * with days. `until` given as a day includes the whole of that day. A from
 * and until of different granularities, a finer one than the repository's,
 * or a from after the until are badArgument.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

export type Granularity = 'day' | 'second';

export interface DateBound {
  /** Milliseconds since the epoch (UTC). */
  at: number;
  granularity: Granularity;
}

/** A UTC datestamp at second granularity, as every response writes them. */
export const datestamp = (date: Date | string | number): string => new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');

function parse(value: string, edge: 'start' | 'end'): DateBound | null {
  const day = DAY.exec(value);
  const second = SECOND.exec(value);
  const parts = (day ?? second)?.slice(1).map(Number);
  if (!parts) return null;
  const [year, month, date, hours = 0, minutes = 0, seconds = 0] = parts;
  const at = Date.UTC(year, month - 1, date, hours, minutes, seconds);
  const back = new Date(at);
  // 2026-02-30 or 25:00:00 roll over in Date.UTC: not a real moment, so not a date.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date || back.getUTCHours() !== hours || back.getUTCMinutes() !== minutes || back.getUTCSeconds() !== seconds) {
    return null;
  }
  if (day) return { at: edge === 'end' ? at + 24 * 3600 * 1000 - 1000 : at, granularity: 'day' };
  return { at, granularity: 'second' };
}

export type DateRange = { ok: true; from?: number; until?: number } | { ok: false; message: string };

/** The from/until arguments as an inclusive range of whole seconds (epoch ms), or why not. */
export function parseDateRange(from: string | undefined, until: string | undefined): DateRange {
  const start = from === undefined ? undefined : parse(from, 'start');
  const end = until === undefined ? undefined : parse(until, 'end');
  if (start === null) return { ok: false, message: `"from" is not a date of the form YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ: "${from}".` };
  if (end === null) return { ok: false, message: `"until" is not a date of the form YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ: "${until}".` };
  if (start && end && start.granularity !== end.granularity) return { ok: false, message: '"from" and "until" must have the same granularity.' };
  if (start && end && start.at > end.at) return { ok: false, message: '"from" is later than "until".' };
  return { ok: true, from: start?.at, until: end?.at };
}
