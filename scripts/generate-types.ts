/**
 * Regenerates types/generated/ (Strapi's typings of every content type and
 * component, which type `strapi.documents(uid)` and `strapi.db.query(uid)`)
 * from the schema.json files. Run it after changing a schema, and commit the
 * result: the files are committed, as Strapi does by default, so that a clean
 * clone type-checks (`npm run typecheck`) and builds without booting anything.
 * tests/unit/project/generated-types.test.ts fails while they lag behind a schema.
 *
 * Strapi generates them from a registered app: this recompiles dist/ and runs
 * the app's register phase (no database, no services), which only needs some
 * secret to be set, so placeholders stand in for the ones the environment
 * lacks. About a minute.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { APP_DIR } from './lib/runtime-env';

const PLACEHOLDERS: Record<string, string> = {
  APP_KEYS: 'typegen-a,typegen-b',
  API_TOKEN_SALT: 'typegen',
  ADMIN_JWT_SECRET: 'typegen',
  TRANSFER_TOKEN_SALT: 'typegen',
  JWT_SECRET: 'typegen',
  ENCRYPTION_KEY: 'typegen',
  MEDIA_URL_SECRET: 'typegen',
};

// Strapi's local upload provider refuses to register without its folder.
mkdirSync(path.join(APP_DIR, 'public', 'uploads'), { recursive: true });
const result = spawnSync(path.join(APP_DIR, 'node_modules', '.bin', 'strapi'), ['ts:generate-types'], {
  cwd: APP_DIR,
  stdio: 'inherit',
  env: { ...PLACEHOLDERS, ...process.env },
});
process.exit(result.status ?? 1);
