/**
 * The audit log's tamper evidence, as pure functions. Each entry stores the
 * SHA-256 of the previous entry's hash together with its own content, so
 * altering, removing or reordering a row breaks every hash after it;
 * `npm run audit:verify` walks the chain with verifyChain() and names the
 * first entry that does not match.
 *
 * The content is hashed in a canonical form (keys sorted at every depth,
 * no whitespace), so the hash does not depend on how a database driver
 * orders JSON keys or formats it.
 */
import { createHash } from 'node:crypto';

/** The hash a chain starts from: the first entry's "previous". */
export const GENESIS = '0'.repeat(64);

export interface AuditContent {
  /** e.g. 'record.update', 'review.approve', 'auth.login-failed', 'file.download-restricted'. */
  action: string;
  /** `admin:<id>`, `token:<id>` or `anonymous`. */
  actor: string;
  /** `<type>:<documentId>[:<locale>]` (type as in src/content-model), or null for actions on no record (login). */
  target: string | null;
  /** ISO 8601 with a zone. */
  at: string;
  /** Client address as the app saw it. */
  ip: string | null;
  /** Action-specific facts (no secrets, no record content beyond ids). */
  details: Record<string, unknown>;
}

export interface AuditEntry extends AuditContent {
  seq: number;
  previousHash: string;
  hash: string;
}

/** JSON with sorted keys at every depth; undefined values are dropped, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

export function entryHash(previousHash: string, seq: number, content: AuditContent): string {
  const { action, actor, target, at, ip, details } = content;
  return createHash('sha256')
    .update(previousHash)
    .update('\n')
    .update(canonicalJson({ seq, action, actor, target, at, ip, details }))
    .digest('hex');
}

/** The entry to append after `last` (null for the first entry). */
export function nextEntry(last: Pick<AuditEntry, 'seq' | 'hash'> | null, content: AuditContent): AuditEntry {
  const seq = last ? last.seq + 1 : 1;
  const previousHash = last ? last.hash : GENESIS;
  return { ...content, seq, previousHash, hash: entryHash(previousHash, seq, content) };
}

export type ChainProblem =
  | { seq: number; kind: 'gap'; expectedSeq: number }
  | { seq: number; kind: 'link'; expected: string; found: string }
  | { seq: number; kind: 'content'; expected: string; found: string };

/**
 * Walks entries in seq order, carrying the running state, and returns the
 * first problem (null when the chain holds). A removed row shows as a gap,
 * an altered row as a content mismatch, a re-hashed row as a broken link in
 * the row after it.
 */
export function verifyChain(entries: Iterable<AuditEntry>, state = { seq: 0, hash: GENESIS }): ChainProblem | null {
  for (const entry of entries) {
    const expectedSeq = state.seq + 1;
    if (entry.seq !== expectedSeq) return { seq: entry.seq, kind: 'gap', expectedSeq };
    if (entry.previousHash !== state.hash) return { seq: entry.seq, kind: 'link', expected: state.hash, found: entry.previousHash };
    const expected = entryHash(entry.previousHash, entry.seq, entry);
    if (entry.hash !== expected) return { seq: entry.seq, kind: 'content', expected, found: entry.hash };
    state.seq = entry.seq;
    state.hash = entry.hash;
  }
  return null;
}
