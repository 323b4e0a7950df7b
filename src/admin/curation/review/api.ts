/**
 * The review admin API (docs/api.md#review) as RTK Query endpoints on the
 * admin's own store. Going through the store, not a bare fetch, is what lets
 * a transition refresh everything that shows it: the content manager's
 * document (its Published/Modified status after an approval), its list
 * views, this panel, the queue page, the list buttons and the home widget.
 */
import { adminApi } from '@strapi/strapi/admin';

export type ReviewState = 'draft' | 'submitted' | 'changes-requested' | 'approved';
export type QueueState = 'submitted' | 'changes-requested' | 'draft' | 'mine';
export type ReviewAction = 'submit' | 'approve' | 'request-changes';

export const QUEUE_STATES: QueueState[] = ['submitted', 'changes-requested', 'draft', 'mine'];
/** Longest note the server keeps (src/curation/review/transitions.ts, MAX_NOTE_LENGTH). */
export const MAX_NOTE_LENGTH = 2000;

export interface Person {
  id: number;
  name: string;
  email: string;
}

export interface ReviewStatus {
  state: ReviewState;
  note: string | null;
  noteBy: Person | null;
  submittedBy: Person | null;
  submittedAt: string | null;
  updatedAt: string | null;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ReviewDiff {
  isPublished: boolean;
  changes: FieldChange[];
}

export interface QueueItem extends Omit<ReviewStatus, 'noteBy'> {
  uid: string;
  type: string;
  documentId: string;
  locale: string;
  title: string | null;
}

export interface QueueAnswer {
  data: QueueItem[];
  meta: {
    counts: { submitted: number; 'changes-requested': number };
    pagination: { page: number; pageSize: number; total: number };
  };
}

interface Target {
  uid: string;
  documentId: string;
  locale: string;
  /** Not sent: part of the cache key, so a saved draft (new updatedAt) reads the status again. */
  version?: string;
}

const path = ({ uid, documentId }: Target) => `/di-san/review/${encodeURIComponent(uid)}/${encodeURIComponent(documentId)}`;

const reviewApi = adminApi.enhanceEndpoints({ addTagTypes: ['Document', 'DiSanReview'] }).injectEndpoints({
  endpoints: (builder) => ({
    diSanReviewStatus: builder.query<ReviewStatus, Target>({
      query: (target) => ({ url: path(target), config: { params: { locale: target.locale } } }),
      transformResponse: (answer: { data: ReviewStatus }) => answer.data,
      providesTags: ['DiSanReview'],
    }),
    diSanReviewDiff: builder.query<ReviewDiff, Target>({
      query: (target) => ({ url: `${path(target)}/diff`, config: { params: { locale: target.locale } } }),
      transformResponse: (answer: { data: ReviewDiff }) => answer.data,
      providesTags: ['DiSanReview'],
    }),
    diSanReviewQueue: builder.query<QueueAnswer, { state: QueueState; uid?: string; page?: number; pageSize?: number }>({
      query: ({ state, uid, page = 1, pageSize = 25 }) => ({
        url: '/di-san/review/queue',
        config: { params: { state, page, pageSize, ...(uid ? { uid } : {}) } },
      }),
      providesTags: ['DiSanReview'],
    }),
    diSanReviewTransition: builder.mutation<ReviewStatus, Target & { action: ReviewAction; note?: string }>({
      query: ({ action, note, ...target }) => ({
        url: `${path(target)}/${action}`,
        method: 'POST',
        data: { locale: target.locale, ...(note ? { note } : {}) },
      }),
      transformResponse: (answer: { data: ReviewStatus }) => answer.data,
      // The content manager's own tags (see its services/documents): the record and its lists.
      invalidatesTags: (_result, _error, { uid, documentId }) => [
        'DiSanReview',
        { type: 'Document', id: `${uid}_${documentId}` },
        { type: 'Document', id: `${uid}_LIST` },
        { type: 'Document', id: `${uid}_ALL_ITEMS` },
      ],
    }),
  }),
});

export const {
  useDiSanReviewStatusQuery: useReviewStatus,
  useDiSanReviewDiffQuery: useReviewDiff,
  useDiSanReviewQueueQuery: useReviewQueue,
  useDiSanReviewTransitionMutation: useReviewTransition,
} = reviewApi;

/**
 * RTK Query hands back the server's error body ({ name, message, status }),
 * not an Error; shared/errors.ts errorText() reads Error messages, so wrap it.
 */
export function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  const message = (error as { message?: unknown } | null)?.message;
  return new Error(typeof message === 'string' ? message : '');
}
