/**
 * The researcher access request (docs/researchers.md): what a valid form is,
 * and what a person is told, in Vietnamese and English, about each field that
 * is not. Pure: the site page renders the problems, the store saves the value.
 */

export interface AccessRequest {
  name: string;
  institution: string;
  email: string;
  purpose: string;
}

export type RequestField = keyof AccessRequest | 'terms';

export interface Problem {
  vi: string;
  en: string;
}

export type FormResult =
  | { ok: true; value: AccessRequest }
  | { ok: false; problems: Partial<Record<RequestField, Problem>>; value: Partial<AccessRequest> }
  /** The hidden field a person never sees was filled: a bot. Answered like a success, saved nowhere. */
  | { ok: false; isBot: true };

export const LIMITS = {
  name: { min: 2, max: 120 },
  institution: { min: 2, max: 200 },
  email: { max: 254 },
  purpose: { min: 20, max: 2000 },
} as const;

/** The honeypot's field name: plausible for a bot to fill, hidden from people and screen readers. */
export const HONEYPOT = 'website';

// One @, no spaces, a dot in the domain: the mail server is the real check, this catches typing slips.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

const text = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '');
/** Trimmed, inner runs of white space kept (a purpose may have paragraphs), control characters dropped. */
const clean = (value: unknown): string => text(value).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();

function lengthProblem(field: 'name' | 'institution' | 'purpose', value: string): Problem | undefined {
  const { min, max } = LIMITS[field];
  const label = { name: { vi: 'Họ và tên', en: 'Name' }, institution: { vi: 'Cơ quan', en: 'Institution' }, purpose: { vi: 'Mục đích nghiên cứu', en: 'Purpose' } }[field];
  if (value.length === 0) return { vi: `Vui lòng nhập ${label.vi.toLowerCase()}.`, en: `Please enter your ${label.en.toLowerCase()}.` };
  if (value.length < min) return { vi: `${label.vi} cần ít nhất ${min} ký tự.`, en: `${label.en} needs at least ${min} characters.` };
  if (value.length > max) return { vi: `${label.vi} dài tối đa ${max} ký tự (hiện có ${value.length}).`, en: `${label.en} may be at most ${max} characters long (it has ${value.length}).` };
  return undefined;
}

/** Validates a submitted form body (strings from a urlencoded POST). */
export function parseAccessRequest(body: Record<string, unknown> | null | undefined): FormResult {
  const input = body ?? {};
  if (clean(input[HONEYPOT]) !== '') return { ok: false, isBot: true };
  const value: AccessRequest = {
    name: clean(input.name).replace(/\s+/g, ' '),
    institution: clean(input.institution).replace(/\s+/g, ' '),
    email: clean(input.email).toLowerCase(),
    purpose: clean(input.purpose),
  };
  const problems: Partial<Record<RequestField, Problem>> = {};
  for (const field of ['name', 'institution', 'purpose'] as const) {
    const problem = lengthProblem(field, value[field]);
    if (problem) problems[field] = problem;
  }
  if (value.email === '') problems.email = { vi: 'Vui lòng nhập địa chỉ email.', en: 'Please enter your email address.' };
  else if (value.email.length > LIMITS.email.max || !EMAIL.test(value.email)) {
    problems.email = { vi: 'Địa chỉ email chưa đúng, ví dụ: ten@truong.edu.vn.', en: 'This email address does not look right, e.g. name@university.edu.' };
  }
  const terms = clean(input.terms);
  if (!['on', 'yes', '1', 'true'].includes(terms)) {
    problems.terms = { vi: 'Vui lòng đọc và đồng ý với điều khoản sử dụng.', en: 'Please read and accept the terms of use.' };
  }
  return Object.keys(problems).length ? { ok: false, problems, value } : { ok: true, value };
}

/** A curator's reason for declining: required, so the researcher learns why. */
export function parseDeclineReason(value: unknown): { ok: true; reason: string } | { ok: false; problem: Problem } {
  const reason = clean(value);
  if (reason.length < 5) return { ok: false, problem: { vi: 'Cần ghi lý do từ chối (ít nhất 5 ký tự).', en: 'A reason for declining is required (at least 5 characters).' } };
  if (reason.length > 1000) return { ok: false, problem: { vi: 'Lý do dài tối đa 1000 ký tự.', en: 'The reason may be at most 1000 characters long.' } };
  return { ok: true, reason };
}

/** A new password (set through the one-time link): users-permissions hashes it; this is the length rule. */
export function passwordProblem(password: unknown, confirmation: unknown): Problem | null {
  const value = typeof password === 'string' ? password : '';
  if (value.length < 10) return { vi: 'Mật khẩu cần ít nhất 10 ký tự.', en: 'The password needs at least 10 characters.' };
  // bcrypt reads 72 bytes; a longer password would silently be cut.
  if (Buffer.byteLength(value, 'utf8') > 72) return { vi: 'Mật khẩu dài tối đa 72 byte.', en: 'The password may be at most 72 bytes long.' };
  if (value !== confirmation) return { vi: 'Hai lần nhập mật khẩu không khớp.', en: 'The two passwords do not match.' };
  return null;
}
