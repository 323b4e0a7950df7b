/**
 * The archive as the public site's visitors meet it, for the browser tests:
 * the real app on a fresh database with the real seed data, the records the
 * tests ask for, a search index that has caught up with all of it, the app
 * listening on 127.0.0.1 and Debian's Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { seedReferenceData } from '../../src/seed/seed';
import { createSearchClient } from '../../src/search/client';
import { catalogueIndexName, readMarker } from '../../src/search/indexes';
import type { DriftReport } from '../../src/search/ops/drift';
import { startTestApp, type TestApp } from './app';
import { launchBrowser, listen } from './browser';
import { mediaMaker } from './site-media';
import { createHiddenRecords, createPersonAndStory, createXssRecords, XSS_SCRIPT } from './site-records';
import { checkDrift } from '../../src/search/ops/drift';
import { uidOf } from '../../src/content-model';

export interface SiteArchive {
  app: TestApp;
  baseUrl: string;
  browser: Browser;
  /** documentIds of the media items, by role. */
  media: { video?: string; audio?: string; xssAudio?: string };
  /** Absolute URL of a path on the app. */
  url(pathAndQuery: string): string;
  stop(): Promise<void>;
}

export interface SiteArchiveOptions {
  /** A 12 s video with Vietnamese subtitles linked to Xên bản, and a 12 s recording with a four-line transcript. */
  media?: boolean;
  /** Restricted, researcher-only and draft festivals. */
  hidden?: boolean;
  /** A festival and a short recording whose name, description, source and transcript carry XSS payloads. */
  xss?: boolean;
  /** A person and a story (types the seed has none of). */
  people?: boolean;
}

const driftSummary = (report: DriftReport) =>
  [...report.missing.map((i) => `missing ${i.id}`), ...report.stale.map((i) => `stale ${i.id}`), ...report.unexpected.map((i) => `unexpected ${i.id}`)];

export async function startSiteArchive(options: SiteArchiveOptions = {}): Promise<SiteArchive> {
  const host = process.env.MEILI_HOST;
  if (!host) throw new Error('run with `npm test` (it starts Meilisearch and sets MEILI_HOST)');
  const meili = createSearchClient({ host, apiKey: process.env.MEILI_MASTER_KEY ?? '' });
  // First, so a missing Chromium fails before minutes of setup.
  const browser = await launchBrowser();
  // The seed queues ~200 search sync jobs; four at a time settle the index in about half the time.
  process.env.JOB_CONCURRENCY ??= '4';
  const app = await startTestApp().catch(async (error) => {
    await browser.close();
    throw error;
  });
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'di-san-site-'));
  let server: Awaited<ReturnType<typeof listen>> | undefined;
  const stop = async () => {
    await browser.close();
    await server?.close();
    await app.stop();
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    // The boot full sync deletes documents the database lacks: write only after it.
    await app.drain({ timeoutSeconds: 90 });
    if (!(await readMarker(meili, catalogueIndexName()))?.fullSyncAt) throw new Error('the queue drained without the boot full sync');
    await seedReferenceData(app.strapi);
    if (options.hidden) await createHiddenRecords(app);
    if (options.people) await createPersonAndStory(app);
    if (options.xss) await createXssRecords(app);
    const media: SiteArchive['media'] = {};
    if (options.media || options.xss) {
      const make = await mediaMaker(app, scratch);
      const xenBan = (await app.strapi.documents(uidOf('festival')).findFirst({ filters: { slug: 'xen-ban-thai' }, locale: 'vi' } as never)) as { documentId: string };
      if (options.media) {
        media.video = await make.video({ title: 'Phim tư liệu lễ Xên bản', festival: xenBan.documentId });
        media.audio = await make.audio({ title: 'Ghi âm lời khấn Xên bản' });
      }
      if (options.xss) {
        media.xssAudio = await make.audio({
          title: `Ghi âm Bản Lác ${XSS_SCRIPT}`,
          seconds: 4,
          cues: [{ start: 0.5, end: 3, text: `Lời có mã ${XSS_SCRIPT}` }],
        });
      }
    }
    // Every published record in the index, none extra: what a visitor may find is settled.
    await app.drain({ timeoutSeconds: 300 });
    const drift = driftSummary(await checkDrift(app.strapi, meili));
    if (drift.length) throw new Error(`the queue drained, and the search index differs from the database: ${drift.slice(0, 5).join(', ')}`);
    server = await listen(app);
    const baseUrl = server.baseUrl;
    return { app, baseUrl, browser, media, url: (p: string) => new URL(p, baseUrl).toString(), stop };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}
