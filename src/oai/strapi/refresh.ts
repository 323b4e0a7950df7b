/**
 * Brings one record's ledger entry up to date with the database: what level
 * the access rule gives its published version now, which sets its visible
 * links put it in, and a hash of what it disseminates. Internal reads (no
 * request context), decided by `isVisibleTo`, the same rule as every channel.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { consentVisibleUntil, isVisibleTo, NO_EXPIRY, vietnamToday } from '../../access/levels';
import { typeOf } from '../../content-model';
import { loadPublished, type LoadedRecord } from '../../search/sync/load';
import { relatedRecords } from '../../search/sync/related';
import { planEntry, type Level, type RecordNow } from '../ledger';
import { setsOf } from '../sets';
import { ledgerStore } from './store';

type Row = Record<string, unknown>;
const list = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : value && typeof value === 'object' ? [value as Row] : []);

/** Set codes only come from links the public may see: a hidden place must not name a set. */
const publicLinks = (rows: Row[], today: string) => rows.filter((row) => isVisibleTo({ record: row, audience: 'public', today }));

function withParents(places: Row[], today: string): Row[] {
  const out: Row[] = [];
  for (let place of publicLinks(places, today)) {
    for (let depth = 0; place && depth < 4; depth++) {
      out.push(place);
      const parent = place.parent as Row | null | undefined;
      if (!parent || !isVisibleTo({ record: parent, audience: 'public', today })) break;
      place = parent;
    }
  }
  return out;
}

/**
 * What a version disseminates, without the bookkeeping a republish rewrites (row ids,
 * timestamps): republishing a linked group must not re-date every record naming it.
 */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy']);
function content(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(content);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Row).filter(([key]) => !BOOKKEEPING.has(key)).map(([key, inner]) => [key, content(inner)]));
}

export function recordNow(uid: string, versions: Record<'vi' | 'en', LoadedRecord | null>, today = vietnamToday()): RecordNow {
  const type = typeOf(uid);
  const primary = versions.vi ?? versions.en;
  const level: Level = !primary ? 'none' : isVisibleTo({ record: primary, audience: 'public', today }) ? 'public' : isVisibleTo({ record: primary, audience: 'researcher', today }) ? 'researcher' : 'none';
  if (!primary || level === 'none') return { level: 'none', sets: [], visibleUntil: 0, hash: 'none' };
  const present = [versions.vi, versions.en].filter(Boolean) as unknown as Row[];
  const groups = publicLinks(present.flatMap((row) => [...list(row.ethnicGroups), ...list(row.speakingGroups)]), today);
  const places = withParents(present.flatMap((row) => [...list(row.places), ...list(row.place), ...list(row.parent)]), today);
  const sets = setsOf({ type, record: primary as unknown as Row, groups, places });
  const hash = createHash('sha256').update(JSON.stringify({ level, sets, vi: content(versions.vi), en: content(versions.en) })).digest('hex');
  const until = consentVisibleUntil(primary.consent);
  return { level, sets, visibleUntil: Number.isFinite(until) ? until : NO_EXPIRY, hash };
}

/** Types whose codes name other records' sets (group:, place:). */
const NAMES_SETS = new Set(['ethnic-group', 'place']);

/**
 * Re-reads one record and writes its ledger entry when it changed. A group or
 * place that changed may have left (or joined) what the public sees, so the
 * records linking to it are refreshed too: their sets must stop naming a code
 * the public may no longer see.
 */
export async function refreshEntry(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  { now = Date.now(), refreshLater }: { now?: number; refreshLater(uid: string, documentId: string): Promise<void> },
): Promise<void> {
  const type = typeOf(uid);
  const store = ledgerStore(strapi);
  const current = recordNow(uid, await loadPublished(strapi, uid, documentId));
  const next = planEntry(await store.get(type, documentId), current, Math.floor(now / 1000), { type, documentId });
  if (!next) return;
  await store.put(next);
  if (NAMES_SETS.has(type)) for (const record of await relatedRecords(strapi, { type, documentId })) await refreshLater(record.uid, record.documentId);
}
