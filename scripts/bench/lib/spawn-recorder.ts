/**
 * Records the argv, wall time and CPU of every process the code under test
 * spawns, so a benchmark can replay exactly what the pipeline ran.
 *
 * fluent-ffmpeg copies `child_process.spawn` into a local variable when it is
 * first required, so the recorder must be installed BEFORE anything imports
 * src/media/ffmpeg.ts; media.ts therefore loads the media modules lazily.
 * `assertSawSpawns` catches a wrong load order instead of reporting zeros.
 */
import type { ChildProcess } from 'node:child_process';
import { sampleCpu, clockTicksPerSecond } from './cpu';

export interface SpawnRecord {
  file: string;
  args: string[];
  startedMs: number;
  endedMs?: number;
  /** Wall time from spawn to exit. */
  wallSeconds?: number;
  /** CPU of this child alone (reaped-children counter, read at spawn and at exit). */
  cpuSeconds?: number;
  exitCode?: number | null;
}

type Spawn = (...args: unknown[]) => ChildProcess;

export interface SpawnRecorder {
  /** Starts a fresh list; returns it (it fills as children exit). */
  start(): SpawnRecord[];
  stop(): SpawnRecord[];
}

let installed: SpawnRecorder | undefined;

export function installSpawnRecorder(): SpawnRecorder {
  if (installed) return installed;
  const childProcess = require('node:child_process') as { spawn: Spawn };
  const original = childProcess.spawn;
  let records: SpawnRecord[] | null = null;

  childProcess.spawn = function recordingSpawn(this: unknown, ...spawnArgs: unknown[]): ChildProcess {
    const list = records;
    const before = list ? sampleCpu() : null;
    const child = original.apply(this, spawnArgs);
    if (list && before) {
      const record: SpawnRecord = {
        file: String(spawnArgs[0]),
        args: Array.isArray(spawnArgs[1]) ? spawnArgs[1].map(String) : [],
        startedMs: before.wallMs,
      };
      list.push(record);
      child.once('exit', (code) => {
        // libuv has reaped the child by now, so its CPU is in the counter.
        const after = sampleCpu();
        record.endedMs = after.wallMs;
        record.wallSeconds = (after.wallMs - before.wallMs) / 1000;
        record.cpuSeconds = (after.childTicks - before.childTicks) / clockTicksPerSecond();
        record.exitCode = code;
      });
    }
    return child;
  } as Spawn;

  installed = {
    start() {
      records = [];
      return records;
    },
    stop() {
      const list = records ?? [];
      records = null;
      return list;
    },
  };
  return installed;
}

export function assertSawSpawns(records: SpawnRecord[], what: string): void {
  if (records.length === 0) {
    throw new Error(
      `${what} spawned nothing the recorder saw: fluent-ffmpeg was loaded before installSpawnRecorder() ` +
        '(load src/media lazily, after installing it).',
    );
  }
}
