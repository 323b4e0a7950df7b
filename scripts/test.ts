/**
 * `npm test`: the whole suite on real parts. Compiles the server, starts a
 * real Meilisearch, a real PostgreSQL and a real S3 server (Swift), then runs
 *   1. unit, integration and browser tests on SQLite,
 *   2. the integration tests again on PostgreSQL,
 * with node's test runner, and ends with one "N passed, N failed" line.
 * The PostgreSQL pass leaves out integration files that never boot the app
 * (ffmpeg, sharp, the object stores: nothing there touches a database), and
 * runs the generated attack suites at half their budget (ATTACK_BUDGET=0.5,
 * with a seed of its own); the SQLite pass runs everything whole.
 * The two passes run at the same time, their lines prefixed with the
 * pass's name (each file has its own data folder, database, indexes and
 * bucket, so they share only the servers). A pass spends part of its time
 * waiting on servers, queues and ffmpeg: on two cores, 2,246 tests took
 * 50 min this way, where 2,087 had taken 55 one pass after the other.
 * TEST_PASSES=serial runs them one after the other, unprefixed.
 * Browser tests (tests/browser/, the public site in Debian's Chromium) run in
 * pass 1 only: what a browser does with a page does not depend on the
 * database, and a second pass would double their share of CI time.
 * Pass file paths to run only those (e.g. `npm test -- tests/unit/calendar/calendar.test.ts`).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileServer, ensureAdminBuilt } from './lib/build';
import { startMeilisearch } from './lib/meilisearch-server';
import { startPostgres } from './lib/postgres-server';
import { startSwift } from './lib/swift-server';
import { CHROMIUM_MISSING, CHROMIUM_PATH } from './lib/chromium';
import { APP_DIR } from './lib/runtime-env';

interface PassResult {
  name: string;
  passed: number;
  failed: number;
}

/** Every *.test.ts under tests/<kind>/ (tests mirror src/: tests/<kind>/<src folder>/<topic>.test.ts). */
/** Helpers whose code boots the app (so a test file using them reads and writes a database). */
const BOOTS_APP = /\bstart(TestApp|AttackArchive|SiteArchive)\b|\bmediaPipelineSuite\b/;

/** Whether a test file boots the app, directly or through a helper it imports (followed transitively). */
function bootsApp(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  if (BOOTS_APP.test(text)) return true;
  const imports = [...text.matchAll(/from '(\.{1,2}\/[^']*helpers[^']*)'/g)].map((m) => path.resolve(path.dirname(file), `${m[1]}.ts`));
  return imports.some((helper) => bootsApp(helper, seen));
}

const testFiles = (kind: string) => {
  const dir = path.join(APP_DIR, 'tests', kind);
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => path.join('tests', kind, name))
      .sort();
  } catch {
    return [];
  }
};

/** Copies a child's output line by line, each line prefixed, so two passes' lines stay readable side by side. */
function prefixLines(stream: NodeJS.ReadableStream, prefix: string, out: NodeJS.WriteStream): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => out.write(`${prefix}${line}\n`));
}

function runPass(name: string, files: string[], env: NodeJS.ProcessEnv, { prefix = '' } = {}): Promise<PassResult> {
  const tapFile = path.join(APP_DIR, '.tmp', `report-${process.pid}-${name}.tap`);
  process.stdout.write(`\n${prefix}=== ${name}: ${files.length} test files ===\n`);
  const args = [
    '--import', 'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
    ...files,
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: APP_DIR, stdio: ['ignore', prefix ? 'pipe' : 'inherit', prefix ? 'pipe' : 'inherit'], env });
    if (prefix) {
      prefixLines(child.stdout!, prefix, process.stdout);
      prefixLines(child.stderr!, prefix, process.stderr);
    }
    child.on('exit', (code) => {
      let tap = '';
      try {
        tap = readFileSync(tapFile, 'utf8');
      } catch {
        /* runner crashed before reporting */
      }
      const count = (key: string) => Number(tap.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
      const failed = count('fail') + count('cancelled') + (code !== 0 && count('fail') === 0 ? 1 : 0);
      resolve({ name, passed: count('pass'), failed });
    });
  });
}

async function main(): Promise<number> {
  const requested = process.argv.slice(2);
  mkdirSync(path.join(APP_DIR, '.tmp'), { recursive: true });
  process.stdout.write('Compiling the server…\n');
  compileServer();

  const pick = (files: string[]) => (requested.length ? files.filter((file) => requested.some((r) => file.includes(r))) : files);
  const unit = pick(testFiles('unit'));
  const integration = pick(testFiles('integration'));
  const browser = pick(testFiles('browser'));
  // The admin browser tests need the built admin panel (about 2 minutes the first time; then only when its inputs change).
  if (browser.some((file) => file.includes(`${path.sep}admin${path.sep}`))) ensureAdminBuilt((line) => process.stdout.write(`${line}\n`));
  // Fail, not skip: CI installs Chromium, and a skipped suite would hide a missing install step.
  if (browser.length && !existsSync(CHROMIUM_PATH)) {
    throw new Error(`The browser tests cannot run. ${CHROMIUM_MISSING()} Or run other tests only, e.g. \`npm test -- tests/unit tests/integration\`.`);
  }

  const searchDir = mkdtempSync(path.join(os.tmpdir(), 'di-san-meili-'));
  const search = await startMeilisearch({ dataDir: searchDir, masterKey: 'test-master-key-0123456789abcdef' });
  const postgres = integration.length ? await startPostgres() : undefined;
  // A real S3 server (OpenStack Swift's S3 API) for the object-store and pipeline tests.
  const swift = integration.length ? await startSwift() : undefined;
  const baseEnv = {
    ...process.env,
    MEILI_HOST: search.host,
    MEILI_MASTER_KEY: search.masterKey,
    NODE_ENV: 'test',
    ...(swift && {
      TEST_S3_ENDPOINT: swift.endpoint,
      TEST_S3_REGION: swift.region,
      TEST_S3_ACCESS_KEY_ID: swift.accessKeyId,
      TEST_S3_SECRET_ACCESS_KEY: swift.secretAccessKey,
    }),
  };

  const passes: Array<{ name: string; files: string[]; env: NodeJS.ProcessEnv }> = [];
  if (unit.length || integration.length || browser.length) {
    passes.push({ name: 'sqlite', files: [...unit, ...integration, ...browser], env: { ...baseEnv, TEST_DATABASE: 'sqlite' } });
  }
  if (postgres && integration.some((file) => bootsApp(path.join(APP_DIR, file)))) {
    const onDatabase = integration.filter((file) => bootsApp(path.join(APP_DIR, file)));
    passes.push({
      name: 'postgres',
      files: onDatabase,
      env: { ...baseEnv, TEST_DATABASE: 'postgres', TEST_PG_URL: postgres.url, ATTACK_BUDGET: process.env.ATTACK_BUDGET ?? '0.5' },
    });
  }
  const isSerial = process.env.TEST_PASSES === 'serial' || passes.length < 2;
  let results: PassResult[] = [];
  try {
    if (isSerial) {
      for (const pass of passes) results.push(await runPass(pass.name, pass.files, pass.env));
    } else {
      const width = Math.max(...passes.map((pass) => pass.name.length));
      results = await Promise.all(passes.map((pass) => runPass(pass.name, pass.files, pass.env, { prefix: `${pass.name.padEnd(width)} │ ` })));
    }
  } finally {
    await postgres?.stop();
    await swift?.stop();
    await search.stop();
    rmSync(searchDir, { recursive: true, force: true });
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  for (const r of results) process.stdout.write(`${r.name}: ${r.passed} passed, ${r.failed} failed\n`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
