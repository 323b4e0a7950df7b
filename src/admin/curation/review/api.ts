/**
 * The review admin API (docs/api.md#review) as RTK Query endpoints on the
 * admin's own store. Going through the store, not a bare fetch, is what lets
 * a transition refresh everything that shows it: the content manager's
 * document (its Published/Modified status after an approval), its list
 * views, this panel, the queue page, the list buttons and the home widget.
 */
import { adminApi } from '@strapi/strapi/admin';

// The shapes and limits are the server's own (pure modules, and types only from the glue).
import { MAX_NOTE_LENGTH, type ReviewState } from '../../../curation/review/transitions';
import { QUEUE_STATES, type QueueState } from '../../../curation/review/queue-query';
import type { Person } from '../../../curation/review/strapi/people';
import type { ReviewStatus } from '../../../curation/review/strapi/status';

export { MAX_NOTE_LENGTH, QUEUE_STATES };
export type { Person, QueueState, ReviewState, ReviewStatus };
export type ReviewAction = 'submit' | 'approve' | 'request-changes';

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
