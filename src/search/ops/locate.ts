/**
 * Which Meilisearch a script talks to: MEILI_HOST when set (an external
 * server), else the embedded one of DATA_DIR — the one `npm start` runs
 * (found through DATA_DIR/meilisearch.pid and its --http-addr) or, when it
 * is not running, one started for the script's duration by `startEmbedded`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isSearchHealthy } from '../client';

export interface LocatedSearch {
  host: string;
  apiKey: string;
  source: 'external' | 'embedded (running)' | 'embedded (started for this run)';
  /** Stops the server if this run started it. */
  stop(): Promise<void>;
}

/** The address of the embedded Meilisearch whose pid file is in `dataDir`, if that process is alive. */
export function runningEmbeddedHost(dataDir: string): string | null {
  const pidFile = path.join(dataDir, 'meilisearch.pid');
  if (!existsSync(pidFile)) return null;
  try {
    const argv = readFileSync(`/proc/${Number(readFileSync(pidFile, 'utf8'))}/cmdline`, 'utf8').split('\0');
    if (!argv[0]?.includes('meilisearch')) return null;
    const address = argv[argv.indexOf('--http-addr') + 1];
    return argv.includes('--http-addr') && address ? `http://${address}` : null;
  } catch {
    return null; // the process is gone
  }
}

export async function locateSearch({
  env = process.env,
  startEmbedded,
}: {
  env?: NodeJS.ProcessEnv;
  startEmbedded: (options: { dataDir: string; masterKey: string }) => Promise<{ host: string; stop(): Promise<void> }>;
}): Promise<LocatedSearch> {
  const apiKey = env.MEILI_MASTER_KEY ?? '';
  if (env.MEILI_HOST) {
    const host = env.MEILI_HOST.replace(/\/+$/, '');
    if (!(await isSearchHealthy({ host, apiKey }))) throw new Error(`Meilisearch at MEILI_HOST=${host} does not answer /health.`);
    return { host, apiKey, source: 'external', stop: async () => {} };
  }
  if (!env.DATA_DIR || !apiKey) throw new Error('Neither MEILI_HOST nor DATA_DIR with its MEILI_MASTER_KEY is set.');
  const running = runningEmbeddedHost(env.DATA_DIR);
  let located: LocatedSearch;
  if (running) {
    // Never start a second one: startEmbedded would stop the app's server to reuse its folder.
    if (!(await isSearchHealthy({ host: running, apiKey }, 10_000))) throw new Error(`The embedded Meilisearch of ${env.DATA_DIR} runs on ${running} but does not answer /health.`);
    located = { host: running, apiKey, source: 'embedded (running)', stop: async () => {} };
  } else {
    const started = await startEmbedded({ dataDir: env.DATA_DIR, masterKey: apiKey });
    located = { host: started.host, apiKey, source: 'embedded (started for this run)', stop: () => started.stop() };
  }
  env.MEILI_HOST = located.host;
  env.MEILI_MASTER_KEY = apiKey;
  return located;
}
