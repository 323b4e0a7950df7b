/** Plain-text tables and verdicts for the benchmarks: readable in a terminal and in a CI log. */
import os from 'node:os';

export type Verdict = 'PASS' | 'WARN' | 'info';

export interface Metric {
  name: string;
  /** What the code under test did, formatted. */
  value: string;
  /** What the baseline did, formatted ('' when there is none). */
  baseline: string;
  /** value ÷ baseline in the unit named by `ratioOf` (e.g. "wall"), or null. */
  ratio: number | null;
  /** Highest ratio that passes; null = informational. */
  targetMax: number | null;
  /** One line a reader can act on, printed under the table. */
  summary: string;
}

export function verdictOf(metric: Pick<Metric, 'ratio' | 'targetMax'>): Verdict {
  if (metric.targetMax === null || metric.ratio === null) return 'info';
  return metric.ratio <= metric.targetMax ? 'PASS' : 'WARN';
}

export const seconds = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} s`;
export const cpuSeconds = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} CPU-s`;
export const times = (value: number) => `${value.toFixed(2)}×`;

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => (cell ?? '').padEnd(widths[i])).join('  ').trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function metricsTable(metrics: Metric[]): string {
  return table(
    ['metric', 'measured', 'baseline', 'ratio', 'target', 'verdict'],
    metrics.map((m) => [
      m.name,
      m.value,
      m.baseline,
      m.ratio === null ? '' : times(m.ratio),
      m.targetMax === null ? '' : `≤ ${m.targetMax.toFixed(2)}`,
      verdictOf(m),
    ]),
  );
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
}

export function machineLines(extra: Array<[string, string]>): string {
  const cpus = os.cpus();
  const rows: Array<[string, string]> = [
    ['cores', `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}`],
    ['load average (1/5/15 min)', `${loadAverage()} at start${os.loadavg()[0] > cpus.length * 0.5 ? '  (busy: figures run slow; compare ratios)' : ''}`],
    ['memory', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(os.freemem() / 2 ** 30).toFixed(1)} GiB free`],
    ['node', process.version],
    ...extra,
  ];
  const width = Math.max(...rows.map(([key]) => key.length));
  return rows.map(([key, value]) => `${key.padEnd(width)}  ${value}`).join('\n');
}

export function heading(title: string): string {
  return `\n== ${title} ${'='.repeat(Math.max(3, 76 - title.length))}`;
}

/** The metrics table, then one verdict line per metric. */
export function printMetrics(metrics: Metric[]): void {
  console.log(metricsTable(metrics));
  for (const metric of metrics) console.log(`- [${verdictOf(metric)}] ${metric.name}: ${metric.summary}`);
}

/** Runs a benchmark's main and exits with its code; an error is printed and exits 1. */
export function runBench(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
