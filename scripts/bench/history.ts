/**
 * `npm run bench:history`: what record history costs.
 *   1. storage: bytes of versions per 1,000 edits of one seeded festival
 *      (the sum of the snapshots' sizes, and the table's size on disk when the
 *      database can tell it cheaply: SQLite's dbstat, PostgreSQL's
 *      pg_total_relation_size)
 *   2. time per edit (documents().update of one field, as the admin panel's
 *      save) with capture, against a baseline of the same edits with
 *      HISTORY_CAPTURE=false; the ratio is printed
 * Boots the real app the way the tests do: a fresh SQLite database, or with
 * --postgres a fresh database on an embedded PostgreSQL (as `npm test`
 * starts). Uses MEILI_HOST/MEILI_MASTER_KEY when set, else a Meilisearch
 * started in a temporary folder.
 * Options: --edits=N (default 1000), --postgres.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileServer } from '../lib/build';
import { startMeilisearch, type RunningSearch } from '../lib/meilisearch-server';
import { startPostgres, type RunningPostgres } from '../lib/postgres-server';
import { startTestApp, type TestApp } from '../../tests/helpers/app';
import { createRecord } from '../../tests/helpers/records';
import { uidOf } from '../../src/content-model';
import { heading, machineLines, table } from './lib/report';

const option = (name: string) => process.argv.slice(2).find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const EDITS = Number(option('edits') ?? 1000);
const POSTGRES = process.argv.includes('--postgres');
const WARMUP = 20;
const UID = uidOf('festival');

const DESCRIPTION = Array.from({ length: 12 }, (_, i) =>
  `Đoạn ${i + 1}: Lễ hội Xên bản của người Thái ở Mường Thanh được tổ chức vào tháng ba âm lịch, cúng thần bản, thần mường, cầu mưa thuận gió hoà.`,
).join('\n\n');

async function seedFestival(app: TestApp): Promise<string> {
  return createRecord(app, 'festival', {
    name: 'Lễ hội Xên bản',
    accessLevel: 'public',
    description: DESCRIPTION,
    locationNote: 'Bản Noong Bua, phường Noong Bua, Điện Biên Phủ',
    otherNames: [{ tag: 'blt', value: 'Xên bản' }, { tag: 'vi', value: 'Lễ cúng bản' }],
    timing: { calendar: 'lunar', month: 3, day: 15 },
    sources: [{ url: 'https://example.org/xen-ban', title: 'Phỏng vấn ông Lò Văn X., 2024', publisher: 'Bảo tàng tỉnh Điện Biên' }],
  });
}

/** Milliseconds per edit for `count` edits of the festival's locationNote. */
async function editLoop(app: TestApp, documentId: string, count: number, label: string): Promise<number> {
  const documents = app.strapi.documents(UID as never);
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    await documents.update({ documentId, locale: 'vi', data: { locationNote: `Bản Noong Bua (${label} ${i})` } } as never);
  }
  return (performance.now() - start) / count;
}

async function tableBytes(app: TestApp): Promise<number | null> {
  const knex = app.strapi.db.connection;
  try {
    if (app.strapi.db.dialect.client === 'postgres') {
      const result = await knex.raw(`SELECT pg_total_relation_size('di_san_versions') AS bytes`);
      return Number(result.rows[0].bytes);
    }
    const rows = await knex.raw(`SELECT SUM(pgsize) AS bytes FROM dbstat WHERE name LIKE 'di_san_versions%'`);
    return Number(rows[0]?.bytes ?? NaN);
  } catch {
    return null; // dbstat is not compiled in everywhere
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<number> {
  let search: RunningSearch | undefined;
  let scratch: string | undefined;
  if (!process.env.MEILI_HOST) {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'di-san-bench-history-'));
    const masterKey = randomBytes(16).toString('hex');
    search = await startMeilisearch({ dataDir: scratch, masterKey, port: 0 });
    Object.assign(process.env, { MEILI_HOST: search.host, MEILI_MASTER_KEY: masterKey });
  }
  process.env.LOG_LEVEL ??= 'error';
  let postgres: RunningPostgres | undefined;
  if (POSTGRES) {
    postgres = await startPostgres();
    Object.assign(process.env, { TEST_DATABASE: 'postgres', TEST_PG_URL: postgres.url });
  }
  compileServer();
  const app = await startTestApp();
  try {
    console.log(heading('History benchmark'));
    console.log(machineLines([
      ['database', app.strapi.db.dialect.client],
      ['edits', `${EDITS} per run (after ${WARMUP} warm-up edits), one field of one seeded festival`],
    ]));
    const documentId = await seedFestival(app);
    const versions = () => app.strapi.db.connection('di_san_versions').where({ document_id: documentId });

    process.env.HISTORY_CAPTURE = 'false';
    await editLoop(app, documentId, WARMUP, 'warm-up');
    const baseline = await editLoop(app, documentId, EDITS, 'baseline');
    await app.drain();
    delete process.env.HISTORY_CAPTURE;

    const before = (await versions().sum({ bytes: 'size' }).count({ count: 'id' }))[0] as { bytes: number | string | null; count: number | string };
    const bytesBefore = await tableBytes(app);
    const captured = await editLoop(app, documentId, EDITS, 'captured');
    await app.drain();
    const after = (await versions().sum({ bytes: 'size' }).count({ count: 'id' }))[0] as { bytes: number | string | null; count: number | string };
    const bytesAfter = await tableBytes(app);

    const made = Number(after.count) - Number(before.count);
    const snapshotBytes = ((Number(after.bytes) - Number(before.bytes ?? 0)) / made) * 1000;
    const onDisk = bytesAfter !== null && bytesBefore !== null ? ((bytesAfter - bytesBefore) / made) * 1000 : null;
    console.log(heading('1. Storage per 1,000 edits'));
    console.log(table(['measure', 'per 1,000 edits', 'per version'], [
      ['snapshot JSON (sum of size)', kb(snapshotBytes), `${Math.round(snapshotBytes / 1000)} B`],
      ['table on disk (with index)', onDisk === null ? 'n/a' : kb(onDisk), onDisk === null ? 'n/a' : `${Math.round(onDisk / 1000)} B`],
    ]));
    console.log(`versions made: ${made} for ${EDITS} edits`);
    console.log(heading('2. Time per edit'));
    console.log(table(['run', 'ms per edit'], [
      ['baseline (HISTORY_CAPTURE=false)', baseline.toFixed(2)],
      ['with capture', captured.toFixed(2)],
    ]));
    console.log(`ratio: ${(captured / baseline).toFixed(2)}× (capture adds ${(captured - baseline).toFixed(2)} ms per edit)`);
    return made === EDITS ? 0 : 1;
  } finally {
    await app.stop();
    await postgres?.stop();
    await search?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
