/**
 * Lighthouse 12.8 with its default config (mobile emulation, simulated
 * throttling) in Debian's Chromium, reduced to the figures bench:site judges.
 * Lighthouse and chrome-launcher are ESM-only, hence the dynamic imports;
 * chrome-launcher comes with lighthouse.
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../lib/chromium';

export interface PageFigures {
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  /** Bytes over the wire for every request until the network was quiet, nothing clicked. */
  transferBytes: number;
  scriptBytes: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  requests: number;
  /** Lighthouse's own warnings (e.g. a page that redirected), shown under the table. */
  warnings: string[];
  /** Weighted audits that cost points, per category: what to fix when a score misses its budget. */
  lost: Record<string, string[]>;
}

export interface Lighthouse {
  version: string;
  measure(url: string): Promise<PageFigures>;
  close(): Promise<void>;
}

export async function startLighthouse(): Promise<Lighthouse> {
  const chromeLauncher = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS,
    logLevel: 'silent',
  });
  let version = 'lighthouse';
  return {
    get version() {
      return version;
    },
    async measure(url) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      version = `Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}`;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const summary = (lhr.audits['resource-summary']?.details as { items?: Array<{ resourceType: string; transferSize: number; requestCount: number }> } | undefined)?.items ?? [];
      const of = (type: string) => summary.find((item) => item.resourceType === type);
      return {
        scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
        transferBytes: of('total')?.transferSize ?? numeric('total-byte-weight'),
        scriptBytes: of('script')?.transferSize ?? 0,
        fcpMs: numeric('first-contentful-paint'),
        lcpMs: numeric('largest-contentful-paint'),
        tbtMs: numeric('total-blocking-time'),
        requests: of('total')?.requestCount ?? 0,
        warnings: lhr.runWarnings ?? [],
        lost: Object.fromEntries(
          Object.entries(lhr.categories).map(([id, category]) => [
            id,
            category.auditRefs
              .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
              .map((ref) => `${ref.id} (${lhr.audits[ref.id].displayValue ?? `score ${lhr.audits[ref.id].score}`})`),
          ]),
        ),
      };
    },
    async close() {
      chrome.kill();
    },
  };
}

