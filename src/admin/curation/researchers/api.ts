/** The review API (GET/POST /di-san/researcher-requests…, see docs/api.md). */
export type RequestStatus = 'pending' | 'approved' | 'declined';

export interface ResearcherRequest {
  id: number;
  status: RequestStatus;
  name: string;
  institution: string;
  email: string;
  purpose: string;
  locale: 'vi' | 'en';
  created_at: string;
  reviewed_at: string | null;
  decline_reason: string | null;
}

export const listPath = (status: RequestStatus | 'all') => `/di-san/researcher-requests?status=${status}`;
export const decisionPath = (id: number, decision: 'approve' | 'decline') => `/di-san/researcher-requests/${id}/${decision}`;

export interface ApproveResult {
  mailed: boolean;
  link: string | null;
}
