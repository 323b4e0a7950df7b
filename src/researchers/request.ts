/** A researcher's access request as stored and as the review API lists it (shared by the server and the admin page). */
export type RequestStatus = 'pending' | 'approved' | 'declined';

export interface RequestRow {
  id: number;
  status: RequestStatus;
  name: string;
  institution: string;
  email: string;
  purpose: string;
  locale: 'vi' | 'en';
  terms_accepted_at: string;
  created_at: string;
  reviewed_at: string | null;
  reviewed_by: number | null;
  decline_reason: string | null;
  user_id: number | null;
}
