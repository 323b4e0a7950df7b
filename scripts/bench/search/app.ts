/**
 * The real app (tests/helpers: fresh SQLite, queue workers in this process)
 * serving GET /api/catalogue/search from the bench index, over HTTP with
 * keep-alive, and the publish-to-searchable measurement.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../../../tests/helpers/app';
import { createRecord } from '../../../tests/helpers/records';
import { createSearchClient, deleteIndex, indexName } from '../../../src/search/client';
import { catalogueIndexName, readMarker, transcriptsIndexName } from '../../../src/search/indexes';

export interface BenchApp {
  app: TestApp;
  base: string;
  stop(): Promise<void>;
}

/** Boots the app, lets its boot full sync finish on its own prefix, then points it at `benchPrefix`. */
export async function startBenchApp({ host, apiKey, benchPrefix }: { host: string; apiKey: string; benchPrefix: string }): Promise<BenchApp> {
  Object.assign(process.env, { MEILI_HOST: host, MEILI_MASTER_KEY: apiKey, LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
  delete process.env.WORKERS_IN_APP;
  const app = await startTestApp();
  const client = createSearchClient({ host, apiKey });
  // Its full sync deletes documents the database lacks: it must run (on the app's own prefix) before the switch.
  const deadline = Date.now() + 120_000;
  while (!(await readMarker(client, catalogueIndexName()))?.fullSyncAt) {
    if (Date.now() > deadline) throw new Error('the app’s boot full sync did not finish within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const ownIndexes = [catalogueIndexName(), transcriptsIndexName(), indexName('di_san_meta')];
  process.env.MEILI_INDEX_PREFIX = benchPrefix;
  const server = app.strapi.server.httpServer;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    app,
    base: `http://127.0.0.1:${port}`,
    async stop() {
      for (const name of ownIndexes) await deleteIndex(client, name);
      await app.stop();
    },
  };
}

export async function apiSearch(base: string, query: Record<string, string>): Promise<{ status: number; processingTimeMs: number; hits: Array<{ documentId: string }> }> {
  // Node's fetch keeps the connection alive between calls.
  const response = await fetch(`${base}/api/catalogue/search?${new URLSearchParams(query)}`, { headers: { 'accept-encoding': 'identity' } });
  const body = (await response.json()) as { data?: { processingTimeMs: number; hits: Array<{ documentId: string }> } };
  return { status: response.status, processingTimeMs: body.data?.processingTimeMs ?? NaN, hits: body.data?.hits ?? [] };
}

/** Creates and publishes festivals one by one; milliseconds from create until the API finds each. */
export async function publishToSearchable({ bench, count, timeoutMs = 30_000 }: { bench: BenchApp; count: number; timeoutMs?: number }): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const token = `kx${[...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;
    const start = performance.now();
    const documentId = await createRecord(bench.app, 'festival', { name: `Lễ hội đo giờ ${token}`, accessLevel: 'public', timing: { calendar: 'lunar', month: 1, day: 15 } });
    for (;;) {
      const { hits } = await apiSearch(bench.base, { q: token });
      if (hits.some((hit) => hit.documentId === documentId)) break;
      if (performance.now() - start > timeoutMs) throw new Error(`festival ${documentId} was not searchable within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    times.push(performance.now() - start);
  }
  return times;
}
