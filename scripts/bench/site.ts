/**
 * `npm run bench:site`: the public site as a phone on a slow network sees it.
 * Boots the archive in this process the way `npm start` does, on a fresh
 * temporary data folder (embedded Meilisearch, seed on first start, queue
 * workers in the app), adds one processed demo video linked to the Xên bản
 * festival, then runs Lighthouse 12.8 (default config: mobile, simulated
 * throttling) in Debian's Chromium on: home, a search, the Xên bản festival
 * and the video page. A minimal static page on a plain node server is
 * measured first, as the floor of this machine and method.
 *
 * Budgets per page: scores ×100 — performance ≥ 90, accessibility, best
 * practices and SEO ≥ 95; bytes transferred while loading (every request
 * until the network is quiet, nothing clicked, so no media plays) ≤ 150 KB;
 * JavaScript transferred (gzip) ≤ 60 KB. 1 KB = 1000 bytes. FCP, LCP and TBT
 * are shown beside the baseline's.
 * Options: --keep keeps the data folder (its path is printed).
 * Exit code: 1 when a budget fails or the run broke, else 0.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_MISSING, CHROMIUM_PATH } from '../lib/chromium';
import { runScript } from '../lib/run-script';
import { progressBar } from '../lib/progress';
import { heading, machineLines, table } from './lib/report';
import { addDemoVideo, bootArchive, waitForSearchIndex } from './site/archive';
import { startBaseline } from './site/baseline';
import { type PageFigures, startLighthouse } from './site/lighthouse';

const KEEP = process.argv.includes('--keep');

interface Budget {
  label: string;
  value: (figures: PageFigures) => number;
  format: (value: number) => string;
  /** 'min': value must be ≥ limit; 'max': ≤ limit. */
  kind: 'min' | 'max';
  limit: number;
  /** The Lighthouse category behind a score, to list the audits that cost points. */
  category?: string;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : 'n/a');
const score = (value: number) => String(value);

const BUDGETS: Budget[] = [
  { label: 'performance', value: (f) => f.scores.performance, format: score, kind: 'min', limit: 90, category: 'performance' },
  { label: 'accessibility', value: (f) => f.scores.accessibility, format: score, kind: 'min', limit: 95, category: 'accessibility' },
  { label: 'best practices', value: (f) => f.scores.bestPractices, format: score, kind: 'min', limit: 95, category: 'best-practices' },
  { label: 'SEO', value: (f) => f.scores.seo, format: score, kind: 'min', limit: 95, category: 'seo' },
  { label: 'transfer on load', value: (f) => f.transferBytes, format: kb, kind: 'max', limit: 150_000 },
  { label: 'JavaScript transfer', value: (f) => f.scriptBytes, format: kb, kind: 'max', limit: 60_000 },
];

const TIMINGS: Array<{ label: string; value: (f: PageFigures) => number }> = [
  { label: 'FCP', value: (f) => f.fcpMs },
  { label: 'LCP', value: (f) => f.lcpMs },
  { label: 'TBT', value: (f) => f.tbtMs },
];

const passes = (budget: Budget, figures: PageFigures) => {
  const value = budget.value(figures);
  return budget.kind === 'min' ? value >= budget.limit : value <= budget.limit;
};

const ratio = (value: number, baseline: number) => (baseline > 0 && Number.isFinite(value) ? `${(value / baseline).toFixed(2)}×` : '–');

function pageTable(figures: PageFigures, baseline: PageFigures): string {
  const rows = BUDGETS.map((budget) => [
    budget.label,
    budget.format(budget.value(figures)),
    `${budget.kind === 'min' ? '≥' : '≤'} ${budget.format(budget.limit)}`,
    budget.label.includes('transfer') ? budget.format(budget.value(baseline)) : '',
    '',
    passes(budget, figures) ? 'PASS' : 'FAIL',
  ]);
  for (const timing of TIMINGS) {
    rows.push([timing.label, ms(timing.value(figures)), '', ms(timing.value(baseline)), ratio(timing.value(figures), timing.value(baseline)), 'info']);
  }
  return table(['metric', 'measured', 'budget', 'baseline', 'ratio', 'verdict'], rows);
}

function baselineTable(figures: PageFigures): string {
  return table(
    ['metric', 'measured'],
    [
      ...BUDGETS.map((budget) => [budget.label, budget.format(budget.value(figures))]),
      ...TIMINGS.map((timing) => [timing.label, ms(timing.value(figures))]),
    ],
  );
}

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING());
  // Outside the repository, so nothing of the run can be committed or picked up by the app's own .data.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'di-san-bench-site-'));
  const workDir = path.join(dataDir, 'bench-inputs');
  const steps = ['boot and seed', 'demo video', 'search index', 'baseline', 'home', 'search', 'festival', 'video'];
  const lighthouseVersion = (require('lighthouse/package.json') as { version: string }).version;
  console.log(heading('Site benchmark'));
  console.log(machineLines([
    ['browser', `${CHROMIUM_PATH} (Debian's Chromium)`],
    ['method', `Lighthouse ${lighthouseVersion}, default config: mobile (Moto G Power), simulated slow 4G, 4× CPU slowdown; one run per page`],
    ['data folder', `${dataDir}${KEEP ? ' (kept: --keep)' : ' (removed at the end)'}`],
  ]));
  const bar = progressBar('bench:site');
  let done = 0;
  const step = () => bar.update(++done, steps.length, steps[done] ?? '');
  bar.update(0, steps.length, steps[0]);

  let archive: Awaited<ReturnType<typeof bootArchive>> | undefined;
  let lighthouse: Awaited<ReturnType<typeof startLighthouse>> | undefined;
  let baselineServer: Awaited<ReturnType<typeof startBaseline>> | undefined;
  let failed = false;
  const report: string[] = [];
  try {
    mkdirSync(workDir, { recursive: true });
    archive = await bootArchive(dataDir);
    step();
    const videoId = await addDemoVideo(archive.strapi, archive.baseUrl, workDir);
    step();
    await waitForSearchIndex(archive.strapi);
    step();

    lighthouse = await startLighthouse();
    baselineServer = await startBaseline();
    const baseline = await lighthouse.measure(baselineServer.url);
    step();
    report.push(heading(`Baseline: minimal static page  ${baselineServer.url}`), `(measured in ${lighthouse.version})`, baselineTable(baseline));

    const pages = [
      { name: 'Home', path: '/' },
      { name: 'Search "xen ban"', path: '/tim-kiem?q=xen+ban' },
      { name: 'Festival: Xên bản', path: '/le-hoi/xen-ban-thai' },
      { name: 'Video page', path: `/tu-lieu/${videoId}` },
    ];
    for (const page of pages) {
      const figures = await lighthouse.measure(`${archive.baseUrl}${page.path}`);
      step();
      const misses = BUDGETS.filter((budget) => !passes(budget, figures));
      if (misses.length) failed = true;
      report.push(heading(`${page.name}  ${page.path}`), pageTable(figures, baseline), `(${figures.requests} requests)`);
      for (const warning of figures.warnings) report.push(`Lighthouse warning: ${warning}`);
      for (const budget of misses) {
        const audits = budget.category ? figures.lost[budget.category] ?? [] : [];
        if (audits.length) report.push(`${budget.label} lost points on: ${audits.join(', ')}`);
      }
    }
    bar.finish('Done.');
  } catch (error) {
    failed = true;
    bar.finish('Stopped by an error.');
    report.push(`\nFAILED: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    await lighthouse?.close();
    await baselineServer?.close();
    await archive?.strapi.destroy().catch(() => {});
    await archive?.search.stop();
    if (KEEP) report.push(`\nData folder kept: ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(report.join('\n'));
  console.log(`\n${failed ? 'FAIL: at least one budget missed (or the run broke).' : 'PASS: every page within every budget.'}`);
  return failed ? 1 : 0;
}

runScript(main);
