/**
 * The attack archive: the real app on a fresh database with a small archive
 * of public records of all eight types, linked to each other and to hidden
 * records of every kind (HIDDEN_KINDS), each hidden record carrying its marker
 * in every text field, its slug, its codes and its file names. Every hidden
 * record is linked from public records through every relation that can point
 * at its type (to-one relations through one public "linker" record each).
 * The search index has caught up with all of it when this returns.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARCHIVE_TYPES, type ArchiveType, uidOf } from '../../../src/content-model';
import { consentVisibleUntil, vietnamToday } from '../../../src/access/levels';
import { createSearchClient } from '../../../src/search/client';
import { catalogueIndexName, readMarker, transcriptsIndexName } from '../../../src/search/indexes';
import type { DriftReport } from '../../../src/search/ops/drift';
import { startTestApp, type TestApp } from '../app';
import { adminJwt } from '../people';
import { type Audience, type HiddenKind, isHiddenFrom, makeMarker, type Secrecy } from './markers';
import { makeSmallImage, settleDraft, uploader } from './media';
import { describeModels, type Shapes } from './model';
import { owningRelations, recordData, uniqueCodes } from './record-data';
import { buildPools, type Pools } from './pools';
import { checkDrift } from '../../../src/search/ops/drift';

export const TYPE_CODE: Record<ArchiveType, string> = {
  'ethnic-group': 'eg',
  language: 'la',
  festival: 'fe',
  custom: 'cu',
  place: 'pl',
  'media-item': 'mi',
  person: 'pe',
  story: 'st',
};

const CONSENT_TYPES = new Set<ArchiveType>(['person', 'media-item']);
/** Kinds made as records of their own (a translation is a draft of a public record). */
const RECORD_KINDS: HiddenKind[] = ['restricted', 'researcher', 'draft', 'newer-draft', 'consent-expired', 'archive-only', 'unpublished'];

export interface AttackRecord {
  type: ArchiveType;
  kind: HiddenKind | 'public';
  /** Hidden records: the marker in all their text. Public ones: their own word. */
  token: string;
  documentId: string;
  /** The slug of the version a hidden record hides (the draft's, for newer-draft). */
  slug: string;
  /** Media items processed from real files. */
  isProcessed?: boolean;
}

export interface AttackArchive {
  app: TestApp;
  seed: number;
  shapes: Shapes;
  records: AttackRecord[];
  /** Marker → how its record is hidden. */
  markers: Map<string, Secrecy>;
  pools: Pools;
  /** Strings no response to `audience` may contain: markers, and documentIds of records hidden whole. */
  secretsFor(audience: Audience): string[];
  /** Files of hidden media items as stored: derivative keys and upload file URLs. */
  hiddenFiles: Array<{ documentId: string; kind: HiddenKind; derivativeKeys: string[]; originals: string[] }>;
  stop(): Promise<void>;
}

const yesterdayInVietnam = () => vietnamToday(new Date(Date.now() - 24 * 3600 * 1000));

const driftSummary = (report: DriftReport) =>
  [...report.missing.map((i) => `missing ${i.id}`), ...report.stale.map((i) => `stale ${i.id}`), ...report.unexpected.map((i) => `unexpected ${i.id}`)];

/**
 * @param waitForSearch wait until the search index has caught up before consent expires (channels
 *   that search need it; REST does not). @default true
 */
export async function startAttackArchive({ seed, waitForSearch = true }: { seed: number; waitForSearch?: boolean }): Promise<AttackArchive> {
  const host = process.env.MEILI_HOST;
  if (!host) throw new Error('run with `npm test` (it starts Meilisearch and sets MEILI_HOST)');
  const meili = createSearchClient({ host, apiKey: process.env.MEILI_MASTER_KEY ?? '' });
  process.env.JOB_CONCURRENCY ??= '4';
  const app = await startTestApp();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'di-san-attack-'));
  const stop = async () => {
    await app.stop();
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    // The boot full sync deletes documents the database lacks: write only after it.
    await app.drain({ timeoutSeconds: 90 });
    if (!(await readMarker(meili, catalogueIndexName()))?.fullSyncAt) throw new Error('the queue drained without the boot full sync');
    const started = Date.now();
    const built = await buildRecords(app, seed, scratch);
    process.stdout.write(`[attack] archive of ${built.records.length} records built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    if (waitForSearch) {
      await settleSearch(app, meili);
      process.stdout.write(`[attack] search index settled after ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    }
    // A day passes: consent that was valid when indexed expired yesterday (Vietnam time). Written
    // underneath the app, as the calendar would, so nothing is re-indexed.
    // The index is aged the same way: its documents carry the expiry they had when built, as they
    // would have if they were indexed before yesterday ended (visibleUntil is fixed at indexing time).
    const expired = built.records.filter((r) => r.kind === 'consent-expired');
    for (const record of expired) {
      await app.strapi.db.query('media.consent' as never).updateMany({ where: { givenBy: { $contains: record.token } }, data: { expiresOn: yesterdayInVietnam() } } as never);
    }
    if (waitForSearch) await ageSearchDocuments(meili, expired.map((r) => r.documentId), consentVisibleUntil({ expiresOn: yesterdayInVietnam() }));
    const shapes = describeModels(app.strapi, ARCHIVE_TYPES.map(uidOf));
    const markers = new Map(built.records.filter((r) => r.kind !== 'public').map((r) => [r.token, r.kind as Secrecy]));
    const pools = await buildPools({ app, shapes, records: built.records, markers });
    return {
      app,
      seed,
      shapes,
      records: built.records,
      markers,
      pools,
      hiddenFiles: built.hiddenFiles,
      secretsFor: (audience) => [
        ...[...markers].filter(([, secrecy]) => isHiddenFrom(secrecy, audience)).map(([marker]) => marker),
        ...built.records
          .filter((r) => r.kind !== 'public' && r.kind !== 'newer-draft' && r.kind !== 'draft-translation' && isHiddenFrom(r.kind, audience))
          .map((r) => r.documentId),
      ],
      stop,
    };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}

/**
 * Settled: every queued job has run (the queue drained), and then nothing is missing or
 * unexpected. Stale documents are printed, not failed on. (Records whose media items were
 * linked by a republish used to stay stale on mediaKinds; since trust-kinds the index
 * converges, see tests/integration/search/media-kinds.test.ts, and stale ones here would be
 * a new bug.)
 */
async function settleSearch(app: TestApp, meili: ReturnType<typeof createSearchClient>): Promise<void> {
  await app.drain({ timeoutSeconds: 300 });
  const report = await checkDrift(app.strapi, meili);
  if (report.missing.length || report.unexpected.length) {
    throw new Error(`the queue drained, and the search index differs from the database: ${driftSummary(report).slice(0, 8).join(', ')}`);
  }
  if (report.stale.length) process.stdout.write(`[attack] search index settled with ${report.stale.length} stale documents (e.g. ${report.stale[0].id}: ${report.stale[0].detail})\n`);
}

/** Set `visibleUntil` on every indexed document of these records, in both indexes, and wait for it. */
async function ageSearchDocuments(meili: ReturnType<typeof createSearchClient>, documentIds: string[], visibleUntil: number): Promise<void> {
  if (documentIds.length === 0) return;
  for (const name of [catalogueIndexName(), transcriptsIndexName()]) {
    const index = meili.index(name);
    const field = name === catalogueIndexName() ? 'documentId' : 'mediaDocumentId';
    const filter = `${field} IN [${documentIds.map((id) => JSON.stringify(id)).join(', ')}]`;
    const found = await index.getDocuments({ filter, fields: ['id'], limit: 1000 }).catch(() => ({ results: [] as Array<{ id: string }> }));
    if (found.results.length === 0) continue;
    const done = await index.updateDocuments(found.results.map((doc) => ({ id: doc.id, visibleUntil }))).waitTask({ timeout: 30_000 });
    if (done.status !== 'succeeded') throw new Error(`ageing ${name} failed: ${JSON.stringify(done.error)}`);
  }
}

async function buildRecords(app: TestApp, seed: number, scratch: string) {
  const { strapi } = app;
  const codes = uniqueCodes();
  const records: AttackRecord[] = [];
  const docs = (type: ArchiveType) => strapi.documents(uidOf(type) as never) as unknown as {
    create(p: unknown): Promise<{ documentId: string }>;
    update(p: unknown): Promise<unknown>;
    publish(p: unknown): Promise<unknown>;
    unpublish(p: unknown): Promise<unknown>;
  };
  const officer = await adminJwt(app, 'di-san-cultural-officer');
  const files = uploader(app, officer);
  const consentFor = (kind: HiddenKind | 'public', token: string) => ({
    givenBy: `givenBy ${token} givenBy`,
    note: `note ${token} note`,
    scope: kind === 'archive-only' ? 'archive-only' : 'public',
    givenOn: '2024-01-01',
    ...(kind === 'consent-expired' && { expiresOn: vietnamToday() }),
  });
  const accessOf = (kind: HiddenKind | 'public') => (kind === 'restricted' ? 'restricted' : kind === 'researcher' ? 'researcher' : 'public');
  const create = async (type: ArchiveType, kind: HiddenKind | 'public', token: string, extra: Record<string, unknown> = {}) => {
    const data: Record<string, unknown> = { ...recordData({ strapi, type, token, codes }), accessLevel: accessOf(kind), ...extra };
    if (CONSENT_TYPES.has(type)) data.consent = consentFor(kind, token);
    const { documentId } = await docs(type).create({ locale: 'vi', data });
    const record: AttackRecord = { type, kind, token, documentId, slug: String(data.slug) };
    records.push(record);
    return record;
  };
  const publish = (record: AttackRecord) => docs(record.type).publish({ documentId: record.documentId, locale: 'vi' });

  // 1. Two public records of each type, published, not yet linked.
  const mains = new Map<ArchiveType, AttackRecord[]>();
  for (const type of ARCHIVE_TYPES) {
    const made = [await create(type, 'public', `pb${TYPE_CODE[type]}1`), await create(type, 'public', `pb${TYPE_CODE[type]}2`)];
    for (const record of made) await publish(record);
    mains.set(type, made);
  }
  // Relations a hidden record owns towards public ones, where the public side sees them (speakingGroups, children).
  const inverseLinks = (type: ArchiveType) =>
    Object.fromEntries(
      owningRelations(strapi, type)
        .filter((relation) => relation.isInverseKnown)
        .map((relation) => {
          const targets = mains.get(relation.target as ArchiveType)!.map((r) => r.documentId);
          return [relation.name, relation.isToMany ? targets : targets[0]];
        }),
    );

  // 2. Hidden records of every kind and type, published where their kind says so.
  const hidden: AttackRecord[] = [];
  for (const type of ARCHIVE_TYPES) {
    for (const kind of RECORD_KINDS) {
      if ((kind === 'consent-expired' || kind === 'archive-only') && !CONSENT_TYPES.has(type)) continue;
      const marker = makeMarker({ seed, kind, typeCode: TYPE_CODE[type], index: 0 });
      // A newer draft's published version is public text; the marker arrives with the draft (step 5).
      const token = kind === 'newer-draft' ? `pb${TYPE_CODE[type]}nd` : marker;
      const record = await create(type, kind, token, inverseLinks(type));
      if (kind !== 'draft') await publish(record);
      record.token = marker;
      if (kind === 'newer-draft') record.slug = `slug-${marker}`;
      hidden.push(record);
    }
  }

  // Hidden image items processed for real: restricted, unpublished (later), and a newer draft with a new file.
  const hiddenFiles: AttackArchive['hiddenFiles'] = [];
  const processed: Array<{ record: AttackRecord; fileId: number }> = [];
  for (const kind of ['restricted', 'unpublished', 'newer-draft'] as const) {
    const marker = makeMarker({ seed, kind, typeCode: TYPE_CODE['media-item'], index: 1 });
    const token = kind === 'newer-draft' ? 'pbmind1' : marker;
    const fileId = await files.upload(await makeSmallImage(scratch, `photo-${token}.jpg`));
    const record = await create('media-item', kind, token, { kind: 'image', files: [fileId] });
    await settleDraft(app, record.documentId, fileId);
    await publish(record);
    record.token = marker;
    record.isProcessed = true;
    if (kind === 'newer-draft') record.slug = `slug-${marker}`;
    hidden.push(record);
    processed.push({ record, fileId });
  }

  // 3. Public linkers: one public record per to-one relation and hidden target.
  let linker = 0;
  for (const type of ARCHIVE_TYPES) {
    for (const relation of owningRelations(strapi, type).filter((r) => !r.isToMany)) {
      for (const target of hidden.filter((r) => r.type === relation.target)) {
        const record = await create(type, 'public', `pb${TYPE_CODE[type]}l${++linker}`, { [relation.name]: target.documentId });
        await publish(record);
      }
    }
  }

  // 4. The public records link to every hidden record and to each other; published again.
  for (const type of ARCHIVE_TYPES) {
    const [first, second] = mains.get(type)!;
    for (const record of [first, second]) {
      const data: Record<string, unknown> = {};
      for (const relation of owningRelations(strapi, type)) {
        const publicTargets = mains.get(relation.target as ArchiveType)!.filter((r) => r !== record).map((r) => r.documentId);
        if (relation.isToMany) data[relation.name] = [...publicTargets, ...hidden.filter((r) => r.type === relation.target).map((r) => r.documentId)];
        else if (record === first) data[relation.name] = publicTargets[0];
      }
      await docs(type).update({ documentId: record.documentId, locale: 'vi', data });
      await publish(record);
    }
  }

  // 5. What makes the rest hidden: newer drafts get their marker, unpublished ones go, translations stay drafts.
  for (const record of hidden) {
    if (record.kind === 'newer-draft') {
      const data: Record<string, unknown> = recordData({ strapi, type: record.type, token: record.token, codes });
      for (const key of ['gsoCode', 'iso6393', 'bcp47']) delete data[key];
      if (CONSENT_TYPES.has(record.type)) data.consent = consentFor('public', record.token);
      if (record.isProcessed) {
        const fileId = await files.upload(await makeSmallImage(scratch, `photo-${record.token}.jpg`, { r: 200, g: 30, b: 30 }));
        Object.assign(data, { kind: 'image', files: [fileId] });
        await docs(record.type).update({ documentId: record.documentId, locale: 'vi', data });
        await settleDraft(app, record.documentId, fileId);
        processed.find((entry) => entry.record === record)!.fileId = fileId;
      } else {
        await docs(record.type).update({ documentId: record.documentId, locale: 'vi', data });
      }
    }
    if (record.kind === 'unpublished') await docs(record.type).unpublish({ documentId: record.documentId, locale: 'vi' });
  }
  for (const type of ARCHIVE_TYPES) {
    const [first] = mains.get(type)!;
    const marker = makeMarker({ seed, kind: 'draft-translation', typeCode: TYPE_CODE[type], index: 0 });
    await docs(type).update({ documentId: first.documentId, locale: 'en', data: recordData({ strapi, type, token: marker, codes, isTranslation: true }) });
    records.push({ type, kind: 'draft-translation', token: marker, documentId: first.documentId, slug: first.slug });
  }

  for (const { record, fileId } of processed) {
    const rows = (await strapi.db.query(uidOf('media-item')).findMany({ where: { documentId: record.documentId }, populate: { files: true } })) as Array<{
      renditions?: { files?: Array<{ fileId: number; outputs: Array<{ key: string }> }> } | null;
      files?: Array<{ url: string }>;
    }>;
    // Only what was made from the file carrying the marker is hidden (a newer draft's published file is public).
    hiddenFiles.push({
      documentId: record.documentId,
      kind: record.kind as HiddenKind,
      derivativeKeys: [...new Set(rows.flatMap((row) => row.renditions?.files?.filter((file) => file.fileId === fileId).flatMap((file) => file.outputs.map((output) => output.key)) ?? []))],
      originals: [...new Set(rows.flatMap((row) => row.files?.map((file) => file.url) ?? []))].filter((url) => url.includes(record.token)),
    });
  }
  return { records, hiddenFiles };
}
