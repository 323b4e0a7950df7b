/**
 * The small amount of orchestration video.ts and audio.ts share: weighted
 * progress over sequential steps, and removing partial output on failure.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

import type { ProgressListener } from './types';

export interface Step {
  /** Share of the whole job, roughly proportional to its wall time. */
  weight: number;
  run(onProgress: (percent: number) => void): Promise<void>;
}

/** Runs steps in order; reports 0–100 overall, never going backwards. */
export async function runSteps(steps: Step[], onProgress?: ProgressListener): Promise<void> {
  const total = steps.reduce((sum, step) => sum + step.weight, 0) || 1;
  let done = 0;
  let reported = -1;
  const report = (value: number) => {
    const percent = Math.min(100, Math.round((value / total) * 1000) / 10);
    if (percent > reported) {
      reported = percent;
      onProgress?.(percent);
    }
  };
  report(0);
  for (const step of steps) {
    await step.run((percent) => report(done + (step.weight * percent) / 100));
    done += step.weight;
    report(done);
  }
}

/**
 * Runs `work` in a fresh output directory; if it fails, deletes every entry it
 * (or ffmpeg) added there before rethrowing, so a failed job leaves nothing
 * for the storage step to pick up. The directory itself belongs to the caller.
 */
export async function cleanOnFailure<T>(outputDir: string, work: () => Promise<T>): Promise<T> {
  const before = new Set(await readdir(outputDir));
  try {
    return await work();
  } catch (error) {
    const after = await readdir(outputDir).catch(() => [] as string[]);
    await Promise.all(
      after.filter((name) => !before.has(name)).map((name) => rm(path.join(outputDir, name), { recursive: true, force: true })),
    );
    throw error;
  }
}

export async function fileSize(file: string): Promise<number> {
  return (await stat(file)).size;
}

export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile() && s.size > 0,
    () => false,
  );
}
