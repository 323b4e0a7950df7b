/**
 * `npm test`: the whole suite on real parts. Compiles the server, starts a
 * real Meilisearch, a real PostgreSQL and a real S3 server (Swift), then runs
 *   1. unit, integration and browser tests on SQLite,
 *   2. the integration tests again on PostgreSQL,
 * with node's test runner, and ends with one "N passed, N failed" line.
 * Browser tests (tests/browser/, the public site in Debian's Chromium) run in
 * pass 1 only: what a browser does with a page does not depend on the
 * database, and a second pass would double their share of CI time.
 * Pass file paths to run only those (e.g. `npm test -- tests/unit/calendar/calendar.test.ts`).
 */
import { spawn } from 'node:child_process';
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

function runPass(name: string, files: string[], env: NodeJS.ProcessEnv): Promise<PassResult> {
  const tapFile = path.join(APP_DIR, '.tmp', `report-${process.pid}-${name}.tap`);
  process.stdout.write(`\n=== ${name}: ${files.length} test files ===\n`);
  const args = [
    '--import', 'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
    ...files,
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: APP_DIR, stdio: ['ignore', 'inherit', 'inherit'], env });
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

  const results: PassResult[] = [];
  try {
    if (unit.length || integration.length || browser.length) {
      results.push(await runPass('sqlite', [...unit, ...integration, ...browser], { ...baseEnv, TEST_DATABASE: 'sqlite' }));
    }
    if (postgres && integration.length) {
      results.push(await runPass('postgres', integration, { ...baseEnv, TEST_DATABASE: 'postgres', TEST_PG_URL: postgres.url }));
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
