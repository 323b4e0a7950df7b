/**
 * Wall and CPU time of this process plus the child processes it has waited
 * for. Node's own time (libvips threads included) comes from
 * process.cpuUsage() in µs. Children's time comes from cutime + cstime in
 * /proc/self/stat: the kernel adds a child's user and system time there when
 * its parent reaps it, and libuv reaps every spawned ffmpeg before 'exit'
 * fires. So, unlike sampling /proc/<pid>/stat while a child runs, nothing is
 * missed at the end of a run, and fluent-ffmpeg's spawns and bare spawns are
 * counted by the same kernel counter. Resolution: one clock tick (10 ms).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface CpuSample {
  /** performance.now(), ms. */
  wallMs: number;
  /** This process, user + system, µs. */
  selfMicros: number;
  /** Reaped children, user + system, clock ticks. */
  childTicks: number;
}

export interface CpuSpan {
  wallSeconds: number;
  selfCpuSeconds: number;
  childCpuSeconds: number;
  /** self + children. */
  cpuSeconds: number;
}

let ticksPerSecond: number | undefined;

/** sysconf(_SC_CLK_TCK): 100 on every Linux we run on, but ask. */
export function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function reapedChildTicks(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // The command name (field 2) is in parentheses and may hold spaces; count fields after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Field 3 (state) is index 0, so cutime (16) and cstime (17) are 13 and 14.
  return Number(fields[13]) + Number(fields[14]);
}

export function sampleCpu(): CpuSample {
  const { user, system } = process.cpuUsage();
  return { wallMs: performance.now(), selfMicros: user + system, childTicks: reapedChildTicks() };
}

export function cpuBetween(start: CpuSample, end: CpuSample = sampleCpu()): CpuSpan {
  const selfCpuSeconds = (end.selfMicros - start.selfMicros) / 1e6;
  const childCpuSeconds = (end.childTicks - start.childTicks) / clockTicksPerSecond();
  return {
    wallSeconds: (end.wallMs - start.wallMs) / 1000,
    selfCpuSeconds,
    childCpuSeconds,
    cpuSeconds: selfCpuSeconds + childCpuSeconds,
  };
}

export async function measure<T>(work: () => Promise<T>): Promise<{ result: T; span: CpuSpan }> {
  const start = sampleCpu();
  const result = await work();
  return { result, span: cpuBetween(start) };
}

/** Sums spans (e.g. repetitions) field by field. */
export function addSpans(spans: CpuSpan[]): CpuSpan {
  const sum = (key: keyof CpuSpan) => spans.reduce((total, span) => total + span[key], 0);
  return {
    wallSeconds: sum('wallSeconds'),
    selfCpuSeconds: sum('selfCpuSeconds'),
    childCpuSeconds: sum('childCpuSeconds'),
    cpuSeconds: sum('cpuSeconds'),
  };
}
