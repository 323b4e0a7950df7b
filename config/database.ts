import path from 'path';
import type { Core } from '@strapi/strapi';

/**
 * SQLite in the data folder by default; PostgreSQL when DATABASE_CLIENT=postgres
 * or DATABASE_URL is set. A relative DATABASE_FILENAME is resolved against the
 * app folder (config compiles to dist/config, hence the two levels up).
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const appDir = path.join(__dirname, '..', '..');
  const url = env('DATABASE_URL', '');
  const client = env('DATABASE_CLIENT', url ? 'postgres' : 'sqlite');

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: url || undefined,
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'disan'),
          user: env('DATABASE_USERNAME', 'disan'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) && {
            rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
          },
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }
  if (client !== 'sqlite') {
    throw new Error(`Unsupported DATABASE_CLIENT "${client}". Use "sqlite" (default) or "postgres".`);
  }
  const dataDir = env('DATA_DIR', '.data');
  const filename = env('DATABASE_FILENAME', '') || path.join(dataDir, 'archive.db');
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(appDir, filename) },
      useNullAsDefault: true,
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};

export default config;
