/**
 * Settings of the resumable upload endpoint, read once from the environment.
 * Pure: no Strapi, no I/O, so a wrong value fails at boot with the variable's name.
 */

export interface TusSettings {
  /** Largest upload accepted, in bytes. @default 4294967296 (4 GiB) */
  maxSizeBytes: number;
  /** Unfinished uploads are deleted this long after they were created, in milliseconds. @default 24 h */
  expiryMs: number;
  /** How often expired uploads are looked for, in milliseconds. @default 1 h */
  cleanupIntervalMs: number;
}

const HOUR_MS = 3600 * 1000;

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${env[name]}".`);
  return value;
}

export function tusSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): TusSettings {
  const maxSizeBytes = positiveNumber(env, 'TUS_MAX_SIZE', 4 * 1024 ** 3);
  if (!Number.isSafeInteger(maxSizeBytes)) throw new Error(`TUS_MAX_SIZE must be a whole number of bytes, got "${env.TUS_MAX_SIZE}".`);
  // Hours may be fractional (tests use a few seconds); anything shorter than a second is a typo.
  const expiryMs = Math.round(positiveNumber(env, 'TUS_EXPIRY_HOURS', 24) * HOUR_MS);
  if (expiryMs < 1000) throw new Error(`TUS_EXPIRY_HOURS is below one second ("${env.TUS_EXPIRY_HOURS}").`);
  const cleanupIntervalMs = Math.round(positiveNumber(env, 'TUS_CLEANUP_INTERVAL_HOURS', 1) * HOUR_MS);
  return { maxSizeBytes, expiryMs, cleanupIntervalMs };
}
