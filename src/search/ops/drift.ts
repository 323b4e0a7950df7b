/**
 * Drift between the database and the search indexes: what every published
 * record's documents should be (buildRecordDocuments, as sync writes them)
 * against what the live indexes hold.
 *
 * - missing: expected but not in the index;
 * - stale: in the index but different (compared field by field on what the
 *   index returns; `updatedAt` as an instant, not as text);
 * - unexpected: in the index but not expected (a deleted, unpublished or
 *   restricted record, or a document nobody wrote).
 */
import type { Core } from '@strapi/strapi';
import type { CatalogueDocument, TranscriptSegmentDocument } from '../catalogue';
import { allDocuments, type SearchClient } from '../client';
import { catalogueIndexName, transcriptsIndexName } from '../indexes';
import type { IndexKind } from '../settings';
import { buildRecordDocuments } from '../sync/build';
import { mapWithLimit, publishedRecords } from './records';

/** Compared catalogue fields: all but hiddenNames, which the index never returns. */
export const CATALOGUE_COMPARED = [
  'id', 'documentId', 'type', 'locale', 'accessLevel', 'slug', 'title', 'names', 'taggedNames', 'description', 'snippet',
  'ethnicGroups', 'ethnicGroupCodes', 'languages', 'languageCodes', 'places', 'placeCodes', 'lunarMonths', 'solarMonths',
  'heritage', 'mediaKinds', 'year', 'decade', 'updatedAt',
] as const satisfies ReadonlyArray<keyof CatalogueDocument>;
export const TRANSCRIPT_COMPARED = ['id', 'mediaDocumentId', 'mediaTitle', 'tag', 'locale', 'accessLevel', 'start', 'end', 'text'] as const satisfies ReadonlyArray<keyof TranscriptSegmentDocument>;

export interface DriftItem {
  index: IndexKind;
  id: string;
  /** Stale: the fields that differ. Unexpected: the document's accessLevel. */
  detail?: string;
}

export interface DriftReport {
  records: number;
  expected: number;
  indexed: number;
  missing: DriftItem[];
  stale: DriftItem[];
  unexpected: DriftItem[];
}

export const hasDrift = (report: DriftReport) => report.missing.length + report.stale.length + report.unexpected.length > 0;

/** One field as compared: key order and date formatting do not count, a missing value equals null. */
export function comparable(field: string, value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (field === 'updatedAt' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) return String(Date.parse(value));
  return stableJson(value);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Names of the fields that differ between the expected document and the indexed one. */
export function differingFields(fields: readonly string[], expected: Record<string, unknown>, indexed: Record<string, unknown>): string[] {
  return fields.filter((field) => comparable(field, expected[field]) !== comparable(field, indexed[field]));
}

export async function checkDrift(
  strapi: Core.Strapi,
  client: SearchClient,
  { onProgress = () => {}, concurrency = 4 }: { onProgress?: (done: number, total: number) => void; concurrency?: number } = {},
): Promise<DriftReport> {
  const records = await publishedRecords(strapi);
  const expected: Record<IndexKind, Map<string, Record<string, unknown>>> = { catalogue: new Map(), transcripts: new Map() };
  const BATCH = 100;
  onProgress(0, records.length);
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = records.slice(start, start + BATCH);
    for (const built of await mapWithLimit(batch, concurrency, (record) => buildRecordDocuments(strapi, record))) {
      for (const doc of built.catalogue) expected.catalogue.set(doc.id, doc as unknown as Record<string, unknown>);
      for (const doc of built.transcripts ?? []) expected.transcripts.set(doc.id, doc as unknown as Record<string, unknown>);
    }
    onProgress(start + batch.length, records.length);
  }

  const report: DriftReport = { records: records.length, expected: expected.catalogue.size + expected.transcripts.size, indexed: 0, missing: [], stale: [], unexpected: [] };
  const sources: Array<[IndexKind, string, readonly string[]]> = [
    ['catalogue', catalogueIndexName(), CATALOGUE_COMPARED],
    ['transcripts', transcriptsIndexName(), TRANSCRIPT_COMPARED],
  ];
  for (const [kind, index, fields] of sources) {
    const seen = new Set<string>();
    for await (const page of allDocuments<Record<string, unknown>>(client, index, [...fields])) {
      for (const doc of page) {
        const id = String(doc.id);
        seen.add(id);
        report.indexed++;
        const want = expected[kind].get(id);
        if (!want) {
          report.unexpected.push({ index: kind, id, detail: `accessLevel ${String(doc.accessLevel)}` });
          continue;
        }
        const differing = differingFields(fields, want, doc);
        if (differing.length) report.stale.push({ index: kind, id, detail: differing.join(', ') });
      }
    }
    for (const id of expected[kind].keys()) if (!seen.has(id)) report.missing.push({ index: kind, id });
  }
  return report;
}
