/**
 * Consent withdrawal, the pure part: what a curator's request must say, and
 * what happens to the original files. src/curation/consent/strapi/ applies it.
 */
import { vietnamToday } from '../../access/levels';

export interface Withdrawal {
  /** YYYY-MM-DD: the day the person or family withdrew consent (not in the future). */
  date: string;
  /** Who asked: the person or their family. */
  withdrawnBy: string;
  reason: string;
  locale: string | null;
}

export interface WithdrawalProblem {
  field: 'date' | 'withdrawnBy' | 'reason' | 'locale';
  vi: string;
  en: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/**
 * Reads the request body. "Today" is Vietnam's, as for consent expiry, so a
 * withdrawal recorded early in the morning in Điện Biên may carry that day.
 */
export function parseWithdrawal(body: unknown, today: string = vietnamToday()): { withdrawal: Withdrawal } | { problems: WithdrawalProblem[] } {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const problems: WithdrawalProblem[] = [];
  const date = text(input.date);
  if (!date || !isCalendarDate(date)) {
    problems.push({ field: 'date', vi: 'Ngày rút phải có dạng YYYY-MM-DD', en: 'The withdrawal date must be YYYY-MM-DD' });
  } else if (date > today) {
    problems.push({ field: 'date', vi: 'Ngày rút không được ở tương lai', en: 'The withdrawal date cannot be in the future' });
  }
  const withdrawnBy = text(input.withdrawnBy);
  if (!withdrawnBy || withdrawnBy.length > 255) {
    problems.push({ field: 'withdrawnBy', vi: 'Cần ghi ai yêu cầu rút (người đó hoặc gia đình), tối đa 255 ký tự', en: 'Say who asked to withdraw (the person or their family), at most 255 characters' });
  }
  const reason = text(input.reason);
  if (!reason) problems.push({ field: 'reason', vi: 'Cần ghi lý do rút', en: 'A reason is required' });
  const locale = input.locale === undefined || input.locale === null ? null : text(input.locale);
  if (input.locale !== undefined && input.locale !== null && !locale) {
    problems.push({ field: 'locale', vi: 'Ngôn ngữ không hợp lệ', en: 'The locale is not valid' });
  }
  if (problems.length) return { problems };
  return { withdrawal: { date: date!, withdrawnBy: withdrawnBy!, reason: reason!, locale } };
}

/** The original is kept only when the consent allowed keeping it in the archive alone; otherwise it goes too. */
export const keepsOriginals = (scope: string | null | undefined): boolean => scope === 'archive-only';

/** One message for several problems, each `'<vi> / <en>'`, as Strapi shows a single error message. */
export const problemMessage = (problems: WithdrawalProblem[]): string =>
  `${problems.map((problem) => problem.vi).join('; ')} / ${problems.map((problem) => problem.en).join('; ')}`;
