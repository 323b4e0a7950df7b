import type { Core } from '@strapi/strapi';
import { titleFieldOf, typeOf } from '../../../content-model';
import type { QueueQuery } from '../queue-query';
import { effectiveState, type ReviewRow } from '../state';
import type { ReviewState } from '../transitions';
import { adminPeople, type Person } from './people';
import { normalize, withReviewTable } from './store';

export interface QueueItem {
  uid: string;
  type: string;
  documentId: string;
  locale: string;
  title: string | null;
  state: ReviewState;
  submittedBy: Person | null;
  submittedAt: string | null;
  note: string | null;
  updatedAt: string | null;
}

interface Candidate {
  uid: string;
  documentId: string;
  locale: string;
  title: string | null;
  updatedAt: string | null;
  createdBy: number | null;
  row: ReviewRow | null;
  state: ReviewState;
}

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

/**
 * Every draft of the given types with its state. The "draft" and "mine" lists
 * need records that have no row (never submitted), so they read each type's
 * drafts; the submitted and changes-requested lists start from the rows.
 */
async function candidates(strapi: Core.Strapi, uids: string[], rowFilter?: ReviewState): Promise<Candidate[]> {
  const rows = (await withReviewTable(strapi, async (table) => {
    const query = table().whereIn('uid', uids);
    return rowFilter ? query.andWhere({ state: rowFilter }) : query;
  })) as ReviewRow[];
  const rowOf = new Map(rows.map((row) => [`${row.uid}|${row.document_id}|${row.locale}`, normalize(row)]));
  const result: Candidate[] = [];
  for (const uid of uids) {
    const titleField = titleFieldOf(typeOf(uid));
    const where = rowFilter ? { publishedAt: null, documentId: { $in: rows.filter((row) => row.uid === uid).map((row) => row.document_id) } } : { publishedAt: null };
    if (rowFilter && (where.documentId as { $in: string[] }).$in.length === 0) continue;
    const drafts = (await strapi.db.query(uid as never).findMany({
      where,
      select: ['documentId', 'locale', titleField, 'updatedAt'],
      populate: { createdBy: { select: ['id'] } },
    })) as Array<Record<string, unknown> & { documentId: string; locale: string; createdBy?: { id: number } | null }>;
    const published = rowFilter
      ? new Set<string>()
      : new Set(
          ((await strapi.db.query(uid as never).findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId', 'locale'] })) as Array<{ documentId: string; locale: string }>).map(
            (entry) => `${entry.documentId}|${entry.locale}`,
          ),
        );
    for (const draft of drafts) {
      const row = rowOf.get(`${uid}|${draft.documentId}|${draft.locale}`) ?? null;
      if (rowFilter && !row) continue;
      const state = effectiveState(row, published.has(`${draft.documentId}|${draft.locale}`));
      const createdBy = draft.createdBy?.id != null ? Number(draft.createdBy.id) : null;
      result.push({ uid, documentId: draft.documentId, locale: draft.locale, title: (draft[titleField] as string) ?? null, updatedAt: iso(row?.updated_at ?? draft.updatedAt), createdBy, row, state });
    }
  }
  return result;
}

/** Counts of the two lists a curator and an officer watch, over the given types. */
async function counts(strapi: Core.Strapi, uids: string[]): Promise<Record<'submitted' | 'changes-requested', number>> {
  const rows = (await withReviewTable(strapi, async (table) =>
    table().whereIn('uid', uids).whereIn('state', ['submitted', 'changes-requested']).select('state').count({ n: '*' }).groupBy('state'),
  )) as Array<{ state: string; n: number | string }>;
  const of = (state: string) => Number(rows.find((row) => row.state === state)?.n ?? 0);
  return { submitted: of('submitted'), 'changes-requested': of('changes-requested') };
}

/** GET /di-san/review/queue, for the types the caller may read. */
export async function reviewQueue(strapi: Core.Strapi, callerId: number, uids: string[], query: QueueQuery) {
  const rowFilter = query.state === 'submitted' || query.state === 'changes-requested' ? query.state : undefined;
  const all = uids.length ? await candidates(strapi, uids, rowFilter) : [];
  const listed = all
    .filter((item) =>
      query.state === 'mine' ? item.createdBy === callerId || item.row?.submitted_by === callerId : item.state === query.state,
    )
    .sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''));
  const page = listed.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const people = await adminPeople(strapi, page.map((item) => item.row?.submitted_by));
  const data: QueueItem[] = page.map((item) => ({
    uid: item.uid,
    type: typeOf(item.uid),
    documentId: item.documentId,
    locale: item.locale,
    title: item.title,
    state: item.state,
    submittedBy: (item.row?.submitted_by != null && people.get(item.row.submitted_by)) || null,
    submittedAt: item.row?.submitted_at ?? null,
    note: item.row?.note ?? null,
    updatedAt: item.updatedAt,
  }));
  return {
    data,
    meta: { counts: uids.length ? await counts(strapi, uids) : { submitted: 0, 'changes-requested': 0 }, pagination: { page: query.page, pageSize: query.pageSize, total: listed.length } },
  };
}
