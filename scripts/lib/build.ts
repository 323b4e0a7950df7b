/**
 * Compile the server (tsc → dist, a few seconds) on every start, and build the
 * admin panel (~2 minutes, ~2 GB of memory) only when it is missing or its
 * inputs changed. Tests never build the admin panel.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { APP_DIR } from './runtime-env';

const bin = (name: string) => path.join(APP_DIR, 'node_modules', '.bin', name);

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { cwd: APP_DIR, stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status ?? result.signal}).`);
}

export function compileServer(): void {
  run(bin('tsc'), ['-p', 'tsconfig.json'], 'Compiling the server (tsc)');
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** What the admin bundle depends on: installed packages, admin customisations and plugin config. */
function adminInputsHash(): string {
  const hash = createHash('sha256');
  const inputs = ['package-lock.json', 'config/admin.ts', 'config/plugins.ts', ...filesUnder(path.join(APP_DIR, 'src', 'admin'))];
  for (const input of inputs) {
    const file = path.resolve(APP_DIR, input);
    if (existsSync(file)) hash.update(input).update(readFileSync(file));
  }
  return hash.digest('hex');
}

export function ensureAdminBuilt(log: (line: string) => void): void {
  const stamp = path.join(APP_DIR, 'dist', 'build', '.inputs-hash');
  const expected = adminInputsHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === expected) return;
  log('Building the admin panel (first start or after an update: about 2 minutes)…');
  run(bin('strapi'), ['build', '--minify'], 'Building the admin panel (strapi build)');
  writeFileSync(stamp, expected);
}
