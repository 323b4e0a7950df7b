/**
 * The embedded default keeps all runtime state in one data folder (DATA_DIR,
 * default ./.data): the SQLite database, Meilisearch's data, media files and
 * the secrets it generated for itself on first start. Anything already set in
 * the environment wins, so production passes its own secrets and services.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const APP_DIR = path.resolve(__dirname, '..', '..');

const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'MEILI_MASTER_KEY',
  'MEDIA_URL_SECRET',
] as const;

const newSecret = () => randomBytes(32).toString('base64url');
const generate = (name: string) =>
  name === 'APP_KEYS' ? Array.from({ length: 4 }, newSecret).join(',') : newSecret();

export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const dataDir = path.resolve(APP_DIR, env.DATA_DIR || '.data');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return dataDir;
}

/** Read the data folder's secrets file, adding any secret that is missing; mode 0600. */
export function loadOrCreateSecrets(dataDir: string): Record<string, string> {
  const file = path.join(dataDir, 'secrets.json');
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  let changed = false;
  for (const name of SECRET_NAMES) {
    if (!stored[name]) {
      stored[name] = generate(name);
      changed = true;
    }
  }
  if (changed) writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  return stored;
}

/** The addresses `npm start` answers on by default: loopback names and HOST, on PORT. */
export function defaultAllowedHosts(env: NodeJS.ProcessEnv = process.env): string[] {
  const port = env.PORT || '1337';
  const names = ['127.0.0.1', 'localhost'];
  const host = env.HOST ?? '127.0.0.1';
  // A wildcard listen address is no name a browser sends; the operator lists real names.
  if (!['0.0.0.0', '::', '', ...names].includes(host)) names.push(host.includes(':') ? `[${host}]` : host);
  return names.map((name) => `${name}:${port}`);
}

/** Fill process.env for the embedded default without overriding what the operator set. */
export function applyEmbeddedDefaults(env: NodeJS.ProcessEnv = process.env): { dataDir: string; usesEmbeddedSearch: boolean } {
  const dataDir = resolveDataDir(env);
  env.DATA_DIR = dataDir;
  const secrets = loadOrCreateSecrets(dataDir);
  const usesEmbeddedSearch = !env.MEILI_HOST;
  for (const name of SECRET_NAMES) {
    if (name === 'MEILI_MASTER_KEY' && !usesEmbeddedSearch) continue;
    if (!env[name]) env[name] = secrets[name];
  }
  env.STRAPI_TELEMETRY_DISABLED = 'true';
  env.STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE ??= 'vi';
  env.FLAG_NPS ??= 'false';
  env.FLAG_PROMOTE_EE ??= 'false';
  env.HOST ??= '127.0.0.1';
  // Production refuses hosts it was not told about (src/site/origin.ts); out of the box,
  // that is the address the app listens on. PUBLIC_URL, when set, makes this moot.
  if (!env.PUBLIC_URL && !env.ALLOWED_HOSTS) env.ALLOWED_HOSTS = defaultAllowedHosts(env).join(',');
  return { dataDir, usesEmbeddedSearch };
}
