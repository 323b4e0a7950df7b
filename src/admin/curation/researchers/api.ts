/** The review API (GET/POST /di-san/researcher-requests…, see docs/api.md). */
import type { RequestRow, RequestStatus } from '../../../researchers/request';

export type { RequestStatus };
/** A request as the admin page shows it. */
export type ResearcherRequest = RequestRow;

export const listPath = (status: RequestStatus | 'all') => `/di-san/researcher-requests?status=${status}`;
export const decisionPath = (id: number, decision: 'approve' | 'decline') => `/di-san/researcher-requests/${id}/${decision}`;

export interface ApproveResult {
  mailed: boolean;
  link: string | null;
}
