/**
 * `npm run bench:search`: Meilisearch with the archive's settings on a
 * synthetic Vietnamese catalogue, and what the app adds on top.
 *   1. indexing throughput (100,000 documents; 10,000 with --quick)
 *   2. search latency p50/p95/p99 for four query kinds, (a) the same
 *      multi-search body sent straight to Meilisearch with the app's client
 *      settings, (b) GET /api/catalogue/search on the real app over HTTP
 *      keep-alive; target: API p95 ≤ 1.3 × direct p95 + 5 ms; any API
 *      request over 40 ms while Meilisearch took < 5 ms is flagged
 *   3. publish-to-searchable p95 (create + publish a festival until the API
 *      finds it; target < 2 s)
 * Uses MEILI_HOST/MEILI_MASTER_KEY when set, else a Meilisearch started in a
 * temporary folder. Indexes go under a throwaway prefix and are deleted.
 * Options: --quick, --docs=N, --samples=N (per query kind and path).
 * Exit code: 0 when every section ran (WARN included), 1 when one failed.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileServer } from '../lib/build';
import { startMeilisearch, type RunningSearch } from '../lib/meilisearch-server';
import { progressBar } from '../lib/progress';
import { createSearchClient, deleteIndex, indexName, settle, type SearchClient } from '../../src/search/client';
import { applySettings, catalogueIndexName, transcriptsIndexName } from '../../src/search/indexes';
import { buildSearchRequest, parseSearchParams } from '../../src/search/query';
import { heading, machineLines, table } from './lib/report';
import { apiSearch, publishToSearchable, startBenchApp, type BenchApp } from './search/app';
import { generateCorpus, QUERY_KINDS, queriesOf, type QueryKind } from './search/corpus';
import { fmt, summarize, timed } from './search/latency';

const argv = process.argv.slice(2);
const isQuick = argv.includes('--quick');
const option = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const DOCS = Number(option('docs') ?? (isQuick ? 10_000 : 100_000));
const SAMPLES = Number(option('samples') ?? (isQuick ? 100 : 400));
const WARMUP = 10;
const PUBLISH_COUNT = isQuick ? 10 : 20;
const BATCH = 5_000;

async function indexCorpus(client: SearchClient): Promise<string> {
  const docs = generateCorpus(DOCS);
  const bar = progressBar('Indexing');
  const start = performance.now();
  let done = 0;
  // All batches enqueued at once: Meilisearch batches them itself, as a bulk import would.
  await Promise.all(
    Array.from({ length: Math.ceil(docs.length / BATCH) }, (_, i) =>
      settle(client.index(catalogueIndexName()).addDocuments(docs.slice(i * BATCH, (i + 1) * BATCH), { primaryKey: 'id' })).then(() => {
        done += Math.min(BATCH, docs.length - i * BATCH);
        bar.update(done, docs.length, 'documents');
      }),
    ),
  );
  const seconds = (performance.now() - start) / 1000;
  bar.finish(`Indexed ${docs.length} documents in ${seconds.toFixed(1)} s.`);
  return `${Math.round(docs.length / seconds)} docs/s (${docs.length} documents, ${seconds.toFixed(1)} s, batches of ${BATCH})`;
}

interface KindResult {
  kind: QueryKind;
  direct: number[];
  api: number[];
  flagged: string[];
  failures: number;
}

async function measureKind(client: SearchClient, bench: BenchApp, kind: QueryKind): Promise<KindResult> {
  const queries = queriesOf(kind);
  const bodies = queries.map((query) => buildSearchRequest({ params: parseSearchParams(query), audience: 'public', indexes: { catalogue: catalogueIndexName(), transcripts: transcriptsIndexName() } }));
  const result: KindResult = { kind, direct: [], api: [], flagged: [], failures: 0 };
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    const q = i % queries.length;
    // Alternating which goes first keeps a busy machine's noise even between the two.
    const runDirect = () => timed(() => client.multiSearch(bodies[q] as never));
    const runApi = () => timed(() => apiSearch(bench.base, queries[q]));
    const [direct, api] = i % 2 ? [await runDirect(), await runApi()] : (([a, d]) => [d, a])([await runApi(), await runDirect()] as const);
    if (i < WARMUP) continue;
    result.direct.push(direct.ms);
    result.api.push(api.ms);
    if (api.result.status !== 200) result.failures++;
    if (api.ms > 40 && api.result.processingTimeMs < 5) result.flagged.push(`${fmt(api.ms)} for ${JSON.stringify(queries[q])} (Meilisearch ${api.result.processingTimeMs} ms)`);
  }
  return result;
}

async function main(): Promise<number> {
  let search: RunningSearch | undefined;
  let scratch: string | undefined;
  let host = process.env.MEILI_HOST;
  let apiKey = process.env.MEILI_MASTER_KEY ?? '';
  if (!host) {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'di-san-bench-search-'));
    apiKey = randomBytes(16).toString('hex');
    search = await startMeilisearch({ dataDir: scratch, masterKey: apiKey, port: 0 });
    host = search.host;
  }
  const benchPrefix = `bench${randomBytes(3).toString('hex')}_`;
  console.log(heading('Search benchmark'));
  console.log(machineLines([
    ['meilisearch', `${host} (${search ? 'started in a temporary folder' : 'MEILI_HOST'})`],
    ['corpus', `${DOCS} documents, ${SAMPLES} samples per query kind and path${isQuick ? ' (--quick)' : ''}`],
  ]));
  const client = createSearchClient({ host, apiKey });
  let bench: BenchApp | undefined;
  let failed = false;
  const benchIndexes = () => [catalogueIndexName(), transcriptsIndexName(), indexName('di_san_meta')];
  try {
    process.env.MEILI_INDEX_PREFIX = benchPrefix;
    await applySettings(client, { kind: 'catalogue', force: true });
    await applySettings(client, { kind: 'transcripts', force: true });
    console.log(heading('1. Indexing'));
    console.log(`throughput: ${await indexCorpus(client)}`);

    console.log(heading('2. Search latency: direct vs through the API'));
    compileServer();
    bench = await startBenchApp({ host, apiKey, benchPrefix });
    const rows: string[][] = [];
    const flagged: string[] = [];
    for (const kind of QUERY_KINDS) {
      const r = await measureKind(client, bench, kind);
      const d = summarize(r.direct);
      const a = summarize(r.api);
      const limit = 1.3 * d.p95 + 5;
      const verdict = r.failures ? 'FAIL' : a.p95 <= limit ? 'PASS' : 'WARN';
      if (r.failures) failed = true;
      rows.push([kind, fmt(d.p50), fmt(d.p95), fmt(d.p99), fmt(a.p50), fmt(a.p95), fmt(a.p99), `${(a.p95 / d.p95).toFixed(2)}×`, `≤ ${fmt(limit)}`, verdict]);
      flagged.push(...r.flagged.map((line) => `${kind}: ${line}`));
    }
    console.log(table(['query', 'direct p50', 'p95', 'p99', 'API p50', 'p95', 'p99', 'API/direct p95', 'target', 'verdict'], rows));
    console.log(flagged.length ? `\nWARN ${flagged.length} API requests over 40 ms while Meilisearch took < 5 ms:\n  ${flagged.slice(0, 10).join('\n  ')}` : '\nNo API request over 40 ms while Meilisearch took < 5 ms.');

    console.log(heading('3. Publish to searchable'));
    const times = await publishToSearchable({ bench, count: PUBLISH_COUNT });
    const p = summarize(times);
    console.log(table(['festivals', 'p50', 'p95', 'max', 'target', 'verdict'], [[String(p.n), fmt(p.p50), fmt(p.p95), fmt(Math.max(...times)), '< 2000 ms', p.p95 < 2000 ? 'PASS' : 'WARN']]));
    console.log('(create + publish through the document service, sync job by the app’s queue worker, found through GET /api/catalogue/search; polled every 20 ms)');
  } catch (error) {
    failed = true;
    console.error(`\nFAILED: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    process.env.MEILI_INDEX_PREFIX = benchPrefix;
    for (const name of benchIndexes()) await deleteIndex(client, name).catch(() => {});
    await bench?.stop();
    await search?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (error) => {
  console.error(error);
  process.exit(1);
});
