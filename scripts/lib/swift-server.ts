/**
 * Runs a throw-away OpenStack Swift (Debian's swift-* packages) with its S3
 * API, for tests and local runs that need real S3 behaviour: SigV4 checks,
 * ranges, multipart, DeleteObjects, presigned URLs. No npm package ships a
 * trustworthy S3 server (see notes/stack-facts.md), so we drive Swift.
 *
 * Layout, all under one mkdtemp folder that `stop()` removes:
 *   proxy-server.conf, object-/container-/account-server.conf
 *   {object,container,account}.ring.gz  one ring per service, one device
 *   devices/d1/                         that device (mount_check = false)
 *
 * Choices, and why:
 * - Every server and memcached binds to 127.0.0.1 on a free port.
 * - `workers = 0` makes each Swift server a single process (no pre-fork), so
 *   the PIDs we spawn are all there is to stop.
 * - Each child runs under a tiny exec wrapper that sets PR_SET_PDEATHSIG, so
 *   even if this Node process is SIGKILLed (a test-runner timeout), the
 *   servers die with it instead of holding ports. process.once('exit') covers
 *   the ordinary exits and also removes the folder; a folder left by a
 *   SIGKILLed parent is removed by the next start (owner.pid names its owner).
 * - Swift drops privileges to `user`; we set it to whoever runs us (root on
 *   the dev and CI machines), so the 0700 temp folder stays usable and the
 *   parent-death signal is not cleared by a uid change.
 * - The rings are built in one Python process while the storage servers
 *   start (they need no ring to boot; only the proxy does). Nine separate
 *   swift-ring-builder runs were most of the old 9–24 s start-up.
 * - The object server waits up to 10 s (not 1 s) for its container update;
 *   we run no object-updater, so a missed update would leave the object out
 *   of bucket listings for good.
 * - Swift still reads /etc/swift/swift.conf (hash prefix/suffix, storage
 *   policy 0): servers take no flag for it. Debian installs that file.
 * - s3api keeps Swift's cap of 1,000 multipart parts (max_upload_part_num),
 *   so tests see the same limit as a production Swift.
 * The S3 user is tempauth's `test:tester` with a random secret per start.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './meilisearch-server';

export interface RunningS3 {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export interface RunningSwift extends RunningS3 {
  stop(): Promise<void>;
}

type Service = 'object' | 'container' | 'account';
const SERVICES: Service[] = ['object', 'container', 'account'];
const REGION = 'us-east-1';
const FOLDER_PREFIX = 'di-san-swift-';
const STARTUP_TIMEOUT_MS = 60_000;
const run = promisify(execFile);

/**
 * Makes the child die when its parent does (Linux prctl PR_SET_PDEATHSIG = 1),
 * then becomes the real program. argv: parent pid, program, its arguments.
 * The pid check covers a parent that died before prctl ran. Python is always
 * there: Swift needs it.
 */
const PDEATHSIG_EXEC = `
import ctypes, os, signal, sys
ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
if os.getppid() != int(sys.argv[1]): sys.exit(1)
os.execv(sys.argv[2], sys.argv[2:])
`;

/** Distinct free ports; freePort() alone may hand out the same one twice. */
async function distinctFreePorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

function storageServerConf(o: { service: Service; port: number; user: string; dir: string }): string {
  return `[DEFAULT]
bind_ip = 127.0.0.1
bind_port = ${o.port}
bind_timeout = 2
workers = 0
user = ${o.user}
swift_dir = ${o.dir}
devices = ${path.join(o.dir, 'devices')}
mount_check = false
disable_fallocate = true
log_name = ${o.service}-server

[pipeline:main]
pipeline = healthcheck ${o.service}-server

[filter:healthcheck]
use = egg:swift#healthcheck

[app:${o.service}-server]
use = egg:swift#${o.service}
log_requests = false
${o.service === 'object' ? 'container_update_timeout = 10\n' : ''}`;
}

function proxyServerConf(o: { port: number; memcachePort: number; user: string; dir: string; secret: string }): string {
  return `[DEFAULT]
bind_ip = 127.0.0.1
bind_port = ${o.port}
bind_timeout = 2
workers = 0
user = ${o.user}
swift_dir = ${o.dir}
log_name = proxy-server

[pipeline:main]
pipeline = catch_errors gatekeeper healthcheck proxy-logging cache listing_formats s3api tempauth copy slo dlo versioned_writes proxy-logging proxy-server

[app:proxy-server]
use = egg:swift#proxy
account_autocreate = true

[filter:s3api]
use = egg:swift#s3api
location = ${REGION}
max_upload_part_num = 1000

[filter:tempauth]
use = egg:swift#tempauth
user_test_tester = ${o.secret} .admin

[filter:cache]
use = egg:swift#memcache
memcache_servers = 127.0.0.1:${o.memcachePort}

[filter:catch_errors]
use = egg:swift#catch_errors

[filter:gatekeeper]
use = egg:swift#gatekeeper

[filter:healthcheck]
use = egg:swift#healthcheck

[filter:proxy-logging]
use = egg:swift#proxy_logging

[filter:listing_formats]
use = egg:swift#listing_formats

[filter:copy]
use = egg:swift#copy

[filter:slo]
use = egg:swift#slo

[filter:dlo]
use = egg:swift#dlo

# Swift inserts this itself when missing; listing it keeps the start-up log quiet.
[filter:versioned_writes]
use = egg:swift#versioned_writes
`;
}

/**
 * One ring per service, one device each, 2^0 partitions (plenty for one
 * device). This is the RingBuilder class that `swift-ring-builder` wraps
 * (create / add / rebalance / write_ring), called from ONE Python process:
 * the CLI needs nine Python start-ups, about 4.5 s of CPU on two cores.
 */
const BUILD_RINGS = `
import os, sys
from swift.common.ring import RingBuilder
folder = sys.argv[1]
for spec in sys.argv[2:]:
    service, port = spec.split('=')
    builder = RingBuilder(0, 1, 1)
    builder.add_dev({'region': 1, 'zone': 1, 'ip': '127.0.0.1', 'port': int(port), 'device': 'd1', 'weight': 1})
    builder.rebalance()
    builder.get_ring().save(os.path.join(folder, service + '.ring.gz'))
`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes folders whose owner died without cleaning up (SIGKILL skips 'exit' handlers). */
function removeAbandonedFolders(): void {
  for (const name of readdirSync(os.tmpdir())) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    const folder = path.join(os.tmpdir(), name);
    try {
      const owner = Number(readFileSync(path.join(folder, 'owner.pid'), 'utf8'));
      if (isRunning(owner)) continue;
    } catch {
      // No owner.pid yet: leave it unless it is old enough not to be starting up.
      const info = statSync(folder, { throwIfNoEntry: false });
      if (!info || Date.now() - info.mtimeMs < 60_000) continue;
    }
    rmSync(folder, { recursive: true, force: true });
  }
}

async function answersHealthcheck(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthcheck`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts Swift and resolves once the proxy and every storage server answer.
 * A free port can be taken by another process before Swift binds it (we
 * give up on a port after 2 s, not Swift's default 30 s); then it retries
 * once with new ports.
 */
export async function startSwift({ log }: { log?: (line: string) => void } = {}): Promise<RunningSwift> {
  try {
    return await startSwiftOnce({ log });
  } catch (error) {
    if (!/Address already in use|Could not bind/.test(String(error))) throw error;
    log?.('A Swift port was taken meanwhile; starting again on other ports.');
    return startSwiftOnce({ log });
  }
}

async function startSwiftOnce({ log }: { log?: (line: string) => void }): Promise<RunningSwift> {
  const started = Date.now();
  removeAbandonedFolders();
  const dir = mkdtempSync(path.join(os.tmpdir(), FOLDER_PREFIX));
  writeFileSync(path.join(dir, 'owner.pid'), String(process.pid));
  mkdirSync(path.join(dir, 'devices', 'd1'), { recursive: true });
  const user = os.userInfo().username;
  const secret = randomBytes(18).toString('hex');
  const [proxyPort, memcachePort, ...storagePorts] = await distinctFreePorts(5);
  const ports: Record<Service, number> = { object: storagePorts[0], container: storagePorts[1], account: storagePorts[2] };

  const children: ChildProcess[] = [];
  let output = '';
  let exitedEarly: string | null = null;
  let stopping = false;
  const killAll = () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const onParentExit = () => {
    killAll();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onParentExit);

  const launch = (name: string, argv: string[]) => {
    const child = spawn('/usr/bin/python3', ['-c', PDEATHSIG_EXEC, String(process.pid), ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-6000);
      if (log) for (const line of chunk.toString().split('\n')) if (line.trim()) log(`[${name}] ${line}`);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code, signal) => {
      if (!stopping) exitedEarly ??= `${name} exited (${signal ?? code})`;
    });
  };

  const stop = async () => {
    stopping = true;
    process.removeListener('exit', onParentExit);
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // memcached refuses to run as root unless told which user to be.
    const memcachedUser = process.getuid?.() === 0 ? ['-u', 'root'] : [];
    launch('memcached', ['/usr/bin/memcached', '-l', '127.0.0.1', '-p', String(memcachePort), '-U', '0', '-m', '64', ...memcachedUser]);
    for (const service of SERVICES) {
      const conf = path.join(dir, `${service}-server.conf`);
      writeFileSync(conf, storageServerConf({ service, port: ports[service], user, dir }));
      launch(`${service}-server`, [`/usr/bin/swift-${service}-server`, conf, '--verbose']);
    }
    await run('/usr/bin/python3', ['-c', BUILD_RINGS, dir, ...SERVICES.map((service) => `${service}=${ports[service]}`)]);
    const proxyConf = path.join(dir, 'proxy-server.conf');
    writeFileSync(proxyConf, proxyServerConf({ port: proxyPort, memcachePort, user, dir, secret }));
    launch('proxy-server', ['/usr/bin/swift-proxy-server', proxyConf, '--verbose']);

    const deadline = Date.now() + STARTUP_TIMEOUT_MS;
    const ready = async () =>
      (await acceptsConnections(memcachePort)) &&
      (await Promise.all([proxyPort, ...storagePorts].map(answersHealthcheck))).every(Boolean);
    while (!(await ready())) {
      if (exitedEarly || Date.now() > deadline) {
        throw new Error(`Swift did not start: ${exitedEarly ?? 'timed out'}. Last output:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }

  log?.(`Swift S3 API on http://127.0.0.1:${proxyPort} (started in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return {
    endpoint: `http://127.0.0.1:${proxyPort}`,
    region: REGION,
    accessKeyId: 'test:tester',
    secretAccessKey: secret,
    stop,
  };
}
