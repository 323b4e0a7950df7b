/** The review queue's query string, checked (pure): which list, which type, which page. */

export const QUEUE_STATES = ['submitted', 'changes-requested', 'draft', 'mine'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

export interface QueueQuery {
  state: QueueState;
  uid: string | null;
  page: number;
  pageSize: number;
}

export const MAX_QUEUE_PAGE_SIZE = 100;

export type Parsed = { ok: true; query: QueueQuery } | { ok: false; vi: string; en: string };

const positive = (value: unknown, fallback: number): number | null => {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 ? number : null;
};

/** state defaults to submitted (the curator's list); uid must be one of knownUids. */
export function parseQueueQuery(raw: Record<string, unknown>, knownUids: readonly string[]): Parsed {
  const state = (raw.state ?? 'submitted') as QueueState;
  if (!QUEUE_STATES.includes(state)) {
    return { ok: false, vi: `Trạng thái không hợp lệ (${QUEUE_STATES.join(', ')})`, en: `Invalid state (${QUEUE_STATES.join(', ')})` };
  }
  const uid = raw.uid === undefined || raw.uid === '' ? null : raw.uid;
  if (uid !== null && (typeof uid !== 'string' || !knownUids.includes(uid))) {
    return { ok: false, vi: 'Loại hồ sơ không hợp lệ', en: 'Unknown record type (uid)' };
  }
  const page = positive(raw.page, 1);
  const pageSize = positive(raw.pageSize, 25);
  if (page === null || pageSize === null || pageSize > MAX_QUEUE_PAGE_SIZE) {
    return { ok: false, vi: `page và pageSize phải là số nguyên dương (pageSize tối đa ${MAX_QUEUE_PAGE_SIZE})`, en: `page and pageSize must be positive integers (pageSize at most ${MAX_QUEUE_PAGE_SIZE})` };
  }
  return { ok: true, query: { state, uid, page, pageSize } };
}
