/**
 * The embedded Meilisearch, kept running: if the process dies while the app
 * runs (a crash, the OOM killer, someone's `kill`), it is started again on the
 * same address with growing pauses, and the app's search jobs, which were
 * retrying meanwhile, catch up on their own.
 */
import { type RunningSearch, startMeilisearch } from './meilisearch-server';

type Options = Parameters<typeof startMeilisearch>[0];

/** @param log the supervisor's own messages (the server's output is not forwarded: it logs every request). */
export async function superviseMeilisearch(
  options: Omit<Options, 'log'>,
  { log = () => {} }: { log?: (line: string) => void } = {},
): Promise<Omit<RunningSearch, 'exited'>> {
  let current = await startMeilisearch(options);
  const port = Number(new URL(current.host).port);
  let isStopping = false;
  const watch = async () => {
    while (!isStopping) {
      await current.exited;
      if (isStopping) return;
      log('Meilisearch stopped unexpectedly; restarting it.');
      for (let pauseMs = 1000; !isStopping; pauseMs = Math.min(pauseMs * 2, 30_000)) {
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
        if (isStopping) return;
        try {
          current = await startMeilisearch({ ...options, port, isPortStrict: true });
          log(`Meilisearch is back on ${current.host}.`);
          break;
        } catch (error) {
          log(`Meilisearch restart failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); trying again.`);
        }
      }
    }
  };
  void watch();
  return {
    host: current.host,
    masterKey: current.masterKey,
    async stop() {
      isStopping = true;
      await current.stop();
    },
  };
}

/**
 * The embedded Meilisearch of `npm start` and `npm run develop`: supervised
 * under the data folder, on MEILI_PORT when set; MEILI_HOST then points at it.
 */
export async function startEmbeddedSearch(dataDir: string, log: (line: string) => void): Promise<Awaited<ReturnType<typeof superviseMeilisearch>>> {
  const search = await superviseMeilisearch(
    { dataDir, masterKey: process.env.MEILI_MASTER_KEY!, port: process.env.MEILI_PORT ? Number(process.env.MEILI_PORT) : undefined },
    { log },
  );
  process.env.MEILI_HOST = search.host;
  log(`Meilisearch is up on ${search.host}`);
  return search;
}
