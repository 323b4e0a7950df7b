/**
 * `npm run bench:export`: does a bulk export stream in constant memory?
 *   1. GET /api/export?type=festival&format=csv over N festivals (default
 *      100,000; --quick 10,000): peak RSS growth over the process's RSS just
 *      before, records/s and MiB;
 *   2. the same for jsonl;
 * against a baseline in the same run: the same export over N/10 customs,
 * after one unmeasured run of it (so the heap has reached its working size).
 * Constant memory means the ratio of the two growths stays near 1 however
 * large N is (target ≤ 2×, growths under 16 MiB counted as 16: below that
 * it is the collector's noise); an export that buffered would grow ~10×.
 * Boots the real app the way the tests do (fresh SQLite, no search). Writes
 * one festival and one custom through the document service (with a group, a
 * place, sources, another name and an English version), then copies their
 * database rows, links and component links N times in SQL: 100,000 records
 * through the document service would take hours and measure the writes.
 * The HTTP client runs in the same process and discards what it reads, so
 * the RSS measured is the server's streaming plus a reader's constant cost.
 * Options: --quick, --records=N.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { uidOf } from '../../src/content-model';
import { compileServer } from '../lib/build';
import { progressBar } from '../lib/progress';
import { startTestApp, type TestApp } from '../../tests/helpers/app';
import { createRecord } from '../../tests/helpers/records';
import { cloneRecord } from './lib/clone-rows';
import { heading, machineLines, printMetrics, runBench, seconds, type Metric } from './lib/report';

const argv = process.argv.slice(2);
const option = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const RECORDS = Number(option('records') ?? (argv.includes('--quick') ? 10_000 : 100_000));
const BASELINE_RECORDS = Math.max(100, Math.round(RECORDS / 10));
const MiB = 2 ** 20;

interface ExportRun {
  wall: number;
  bytes: number;
  lines: number;
  peakGrowth: number;
  before: number;
}

// A full collection before each export, so each starts from the same floor and the growth is the export's own.
v8.setFlagsFromString('--expose_gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Reads one export to the end, discarding it, sampling RSS every 20 ms. */
async function measureExport(base: string, path: string, label: string, expected: number): Promise<ExportRun> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const bar = progressBar(label);
  const start = performance.now();
  const response = await fetch(`${base}${path}`);
  if (response.status !== 200 || !response.body) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
    if (lines % 1000 < 100) bar.update(Math.min(lines, expected), expected, 'lines');
  }
  const wall = (performance.now() - start) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  bar.finish(`${label}: ${lines} lines, ${(bytes / MiB).toFixed(1)} MiB in ${wall.toFixed(1)} s.`);
  return { wall, bytes, lines, peakGrowth: peak - before, before };
}

async function main(): Promise<number> {
  Object.assign(process.env, { LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
  delete process.env.MEILI_HOST;
  delete process.env.TEST_DATABASE;
  compileServer();
  const app = await startTestApp();
  try {
    const place = await createRecord(app, 'place', { name: 'Xã Mường Phăng', kind: 'commune', code: '03199', accessLevel: 'public' });
    const group = await createRecord(app, 'ethnic-group', { name: 'Thái', gsoCode: '03', languageGroup: 'tay-thai', accessLevel: 'public' });
    const common = {
      description: 'Lễ cúng bản mường của người Thái ở Mường Phăng, tổ chức vào tháng ba âm lịch, cầu mưa thuận gió hoà, mùa màng tươi tốt.',
      otherNames: [{ tag: 'blt', value: 'Xên bản' }],
      ethnicGroups: [group],
      places: [place],
      sources: [{ title: 'Lễ hội truyền thống các dân tộc tỉnh Điện Biên', url: 'https://example.org/le-hoi' }],
      accessLevel: 'public',
    };
    const english = { description: 'A village rite of the Thái in Mường Phăng.' };
    const festival = await createRecord(app, 'festival', { ...common, name: 'Lễ hội Xên bản' }, { en: { ...english, name: 'Xen Ban ceremony' } });
    const custom = await createRecord(app, 'custom', { ...common, name: 'Tục buộc chỉ cổ tay', domain: 'social-practices' }, { en: { ...english, name: 'Wrist-tying custom' } });
    await app.drain();
    await cloneRecord(app, uidOf('custom'), custom, BASELINE_RECORDS - 1, 'Copying customs');
    await cloneRecord(app, uidOf('festival'), festival, RECORDS - 1, 'Copying festivals');

    const server = app.strapi.server.httpServer;
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    // A first run warms the code paths and the heap, so the baseline does not pay for loading them.
    await measureExport(base, '/api/export?type=custom&format=jsonl', 'Warm-up', BASELINE_RECORDS);
    const baseline = await measureExport(base, '/api/export?type=custom&format=csv', `Export ${BASELINE_RECORDS} customs (baseline)`, BASELINE_RECORDS + 1);
    const csv = await measureExport(base, '/api/export?type=festival&format=csv', `Export ${RECORDS} festivals, CSV`, RECORDS + 1);
    const lines = await measureExport(base, '/api/export?type=festival&format=jsonl', `Export ${RECORDS} festivals, JSONL`, RECORDS);
    if (csv.lines !== RECORDS + 1 || lines.lines !== RECORDS) throw new Error(`expected ${RECORDS} records, got ${csv.lines - 1} (CSV) and ${lines.lines} (JSONL)`);

    const mib = (value: number) => `${(value / MiB).toFixed(1)} MiB`;
    const growth = (run: ExportRun, records: number) =>
      `+${mib(run.peakGrowth)} peak RSS (from ${mib(run.before)}), ${Math.round(records / run.wall)} rec/s, ${mib(run.bytes)} in ${seconds(run.wall)}`;
    const floor = Math.max(baseline.peakGrowth, 16 * MiB);
    console.log(heading('bench:export'));
    console.log(machineLines([['records', `${RECORDS} festivals (baseline ${BASELINE_RECORDS} customs), vi + en, linked to a group and a place, SQLite`]]));
    const metrics: Metric[] = [
      {
        name: `CSV export, ${RECORDS} records`,
        value: growth(csv, RECORDS),
        baseline: growth(baseline, BASELINE_RECORDS),
        ratio: csv.peakGrowth / floor,
        targetMax: 2,
        summary: `Peak memory growth against the export of ${BASELINE_RECORDS} records: near 1× means the export holds one page at a time, whatever its size.`,
      },
      {
        name: `JSONL export, ${RECORDS} records`,
        value: growth(lines, RECORDS),
        baseline: growth(baseline, BASELINE_RECORDS),
        ratio: lines.peakGrowth / floor,
        targetMax: 2,
        summary: 'The same for JSON lines.',
      },
    ];
    printMetrics(metrics);
    return 0;
  } finally {
    await app.stop();
  }
}

runBench(main);
