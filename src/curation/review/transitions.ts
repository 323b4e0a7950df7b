/**
 * The review workflow of one document in one locale, as pure rules: given the
 * state, who acts and what they ask, the next state and whether the draft is
 * published — or why not, in Vietnamese and English. The admin routes, the
 * content-manager hooks and bulk actions all ask this one function, so no
 * path publishes without a curator's approval.
 *
 * States: draft → submitted → (changes-requested → submitted …) → approved.
 * "approved" is the published version; an edit after that is a new draft,
 * which goes through review again.
 */

export type ReviewState = 'draft' | 'submitted' | 'changes-requested' | 'approved';
export type ReviewAction = 'submit' | 'approve' | 'request-changes' | 'edit';

export interface Actor {
  /** Admin user id (or `token:<id>` for an API token). */
  id: string;
  /** Holds the curator's right: may approve (publish) and request changes. */
  canApprove: boolean;
}

export interface ReviewRequest {
  state: ReviewState;
  action: ReviewAction;
  actor: Actor;
  /** Who submitted the draft now under review (null when it is not under review). */
  submittedBy: string | null;
  /** The officer's note on submit; the curator's comment on a request for changes. */
  note?: string;
  /** When true, a curator may not approve a draft they submitted themselves. */
  forbidSelfApproval: boolean;
}

export type ReviewOutcome =
  | { ok: true; state: ReviewState; publish: boolean; note: string | null }
  | { ok: false; status: 400 | 403 | 409; vi: string; en: string };

/** Longest note or comment kept with a transition (a paragraph, not a document). */
export const MAX_NOTE_LENGTH = 2000;

const refuse = (status: 400 | 403 | 409, vi: string, en: string): ReviewOutcome => ({ ok: false, status, vi, en });

const STATE_NAMES: Record<ReviewState, [string, string]> = {
  draft: ['bản nháp', 'a draft'],
  submitted: ['đang chờ duyệt', 'waiting for review'],
  'changes-requested': ['được yêu cầu sửa', 'returned for changes'],
  approved: ['đã duyệt và công bố', 'approved and published'],
};

function cleanNote(note: string | undefined): string | null | ReviewOutcome {
  const text = (note ?? '').replace(/\u0000/g, '').trim();
  if (text.length > MAX_NOTE_LENGTH) {
    return refuse(400, `Ghi chú dài quá ${MAX_NOTE_LENGTH} ký tự`, `The note is longer than ${MAX_NOTE_LENGTH} characters`);
  }
  return text || null;
}

const wrongState = (state: ReviewState, vi: string, en: string) =>
  refuse(409, `${vi}: hồ sơ đang ở trạng thái "${STATE_NAMES[state][0]}"`, `${en}: the record is ${STATE_NAMES[state][1]}`);

export function nextReviewState(request: ReviewRequest): ReviewOutcome {
  const { state, action, actor } = request;
  const note = cleanNote(request.note);
  if (note !== null && typeof note === 'object') return note;

  switch (action) {
    case 'submit':
      if (state !== 'draft' && state !== 'changes-requested') return wrongState(state, 'Không thể gửi duyệt', 'Cannot submit');
      return { ok: true, state: 'submitted', publish: false, note };

    case 'approve':
      if (!actor.canApprove) return refuse(403, 'Chỉ người duyệt mới được duyệt và công bố', 'Only a curator may approve and publish');
      if (state !== 'submitted') return wrongState(state, 'Không thể duyệt', 'Cannot approve');
      // 400, not 403 (issue 11): the curator holds the right; this one request is what is wrong.
      if (request.forbidSelfApproval && request.submittedBy === actor.id) {
        return refuse(400, 'Không được tự duyệt hồ sơ mình đã gửi', 'You may not approve a record you submitted yourself');
      }
      return { ok: true, state: 'approved', publish: true, note };

    case 'request-changes':
      if (!actor.canApprove) return refuse(403, 'Chỉ người duyệt mới được yêu cầu sửa', 'Only a curator may request changes');
      if (state !== 'submitted') return wrongState(state, 'Không thể yêu cầu sửa', 'Cannot request changes');
      if (!note) return refuse(400, 'Hãy ghi rõ cần sửa gì', 'Say what needs to change (a comment is required)');
      return { ok: true, state: 'changes-requested', publish: false, note };

    case 'edit':
      // An edit to a submitted draft withdraws it, so a curator never approves
      // something other than what they reviewed; an edit to the published
      // version is a new draft, reviewed again before the public sees it. A
      // record returned for changes stays so, with its comment, until resubmitted.
      return { ok: true, state: state === 'changes-requested' ? state : 'draft', publish: false, note: null };
  }
}
