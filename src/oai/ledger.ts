/**
 * The OAI ledger (pure): one entry per record that was ever disseminated, so
 * the repository can report deletions persistently, as Identify promises.
 *
 * An entry holds the record's level now ("public", "researcher" or "none"),
 * whether the public or researchers ever saw it, its sets and its datestamp.
 * A harvester of an audience lists exactly the entries that audience saw:
 * - live when the level now includes the audience (metadata is then read
 *   through the access rule, never from the ledger);
 * - deleted (a header with status="deleted", never metadata) when it does
 *   not: unpublished, deleted, restricted, narrowed to researchers (for the
 *   public), consent withdrawn or expired.
 * A record never seen by an audience is not in its lists at all, not even as
 * a deletion: a tombstone must not reveal that a hidden record exists.
 */
import type { Audience } from '../access/levels';

export type Level = 'public' | 'researcher' | 'none';

export interface LedgerEntry {
  type: string;
  documentId: string;
  level: Level;
  publicSeen: boolean;
  researcherSeen: boolean;
  /** Unix seconds: when the entry last changed (the OAI datestamp). */
  datestamp: number;
  /** Unix seconds: when consent stops the record being shown (NO_EXPIRY when never). */
  visibleUntil: number;
  sets: string[];
  /** Hash of what the record disseminates; a change bumps the datestamp. */
  hash: string;
}

export interface RecordNow {
  level: Level;
  sets: string[];
  visibleUntil: number;
  hash: string;
}

export const NONE_HASH = 'none';

/**
 * The entry to store after a record changed, or null when nothing needs writing:
 * a record never disseminated that still is not, or one whose disseminated
 * content, level and sets are what the entry already says.
 */
export function planEntry(previous: LedgerEntry | null, now: RecordNow, at: number, key: { type: string; documentId: string }): LedgerEntry | null {
  const hash = now.level === 'none' ? NONE_HASH : now.hash;
  if (!previous && now.level === 'none') return null;
  if (previous && previous.level === now.level && previous.hash === hash) return null;
  return {
    ...key,
    level: now.level,
    publicSeen: Boolean(previous?.publicSeen) || now.level === 'public',
    researcherSeen: Boolean(previous?.researcherSeen) || now.level !== 'none',
    // Never backwards (clocks of several workers): an incremental harvest from the last datestamp must see the change.
    datestamp: Math.max(at, previous?.datestamp ?? 0),
    visibleUntil: now.level === 'none' ? (previous?.visibleUntil ?? 0) : now.visibleUntil,
    sets: now.level === 'none' && previous ? tombstoneSets(previous.sets) : now.sets,
    hash,
  };
}

/**
 * The sets a deletion stays in, so set-selective harvesters hear of it: its
 * type and its UNESCO domain, which are vocabulary. Group and place sets are
 * named by codes that are data, and the deleted record may be what made a
 * code visible (a restricted place's own code): a tombstone must not name it.
 */
export const tombstoneSets = (sets: readonly string[]): string[] => sets.filter((spec) => spec.startsWith('type:') || spec.startsWith('domain:'));

/** What an audience is told about an entry: its record, its deletion, or nothing. */
export function statusFor(entry: Pick<LedgerEntry, 'level' | 'publicSeen' | 'researcherSeen'>, audience: Audience): 'live' | 'deleted' | 'absent' {
  if (audience === 'public') return entry.level === 'public' ? 'live' : entry.publicSeen ? 'deleted' : 'absent';
  return entry.level !== 'none' ? 'live' : entry.researcherSeen ? 'deleted' : 'absent';
}

/** The ledger column an audience's lists are drawn from (every entry it ever saw). */
export const seenColumn = (audience: Audience): 'public_seen' | 'researcher_seen' => (audience === 'public' ? 'public_seen' : 'researcher_seen');
