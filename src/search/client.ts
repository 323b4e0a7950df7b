/**
 * The only module that talks to Meilisearch. The archive is not indexed yet
 * (that is the search issue); for now the app only needs to know that the
 * server named by MEILI_HOST is up, for /_health.
 */
export interface SearchConfig {
  host: string;
  apiKey: string;
}

export function searchConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SearchConfig | null {
  if (!env.MEILI_HOST) return null;
  return { host: env.MEILI_HOST.replace(/\/+$/, ''), apiKey: env.MEILI_MASTER_KEY ?? '' };
}

/** True when Meilisearch answers /health with "available" within the timeout. */
export async function isSearchHealthy(config: SearchConfig, timeoutMs = 2000): Promise<boolean> {
  try {
    const response = await fetch(`${config.host}/health`, {
      signal: AbortSignal.timeout(timeoutMs),
      // Compressed keep-alive responses stall the Node client ~44 ms (see README).
      headers: { 'accept-encoding': 'identity' },
    });
    if (!response.ok) return false;
    const body = (await response.json()) as { status?: string };
    return body.status === 'available';
  } catch {
    return false;
  }
}
