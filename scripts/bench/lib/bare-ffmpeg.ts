/**
 * The baseline: one argv, spawned directly, as little around it as possible.
 * stdout is discarded; stderr is drained (ffmpeg blocks on a full pipe) and
 * only its last few KB kept for an error message.
 */
import { spawn } from 'node:child_process';

const STDERR_KEEP_BYTES = 4096;
const TIME_IN_STATS = /time=\s*(\d+):(\d\d):(\d\d(?:\.\d+)?)/g;

/** `onTimeSeconds` reads the `-stats` line (every ~0.5 s) for a progress bar; it costs microseconds. */
export function runBare({
  file,
  args,
  onTimeSeconds,
}: {
  file: string;
  args: string[];
  onTimeSeconds?: (seconds: number) => void;
}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let tail = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      tail = (tail + chunk).slice(-STDERR_KEEP_BYTES);
      if (!onTimeSeconds) return;
      const last = [...chunk.matchAll(TIME_IN_STATS)].at(-1);
      if (last) onTimeSeconds(Number(last[1]) * 3600 + Number(last[2]) * 60 + Number(last[3]));
    });
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${file} exited ${code ?? signal}: ${tail.trim().split(/\r|\n/).slice(-3).join(' | ')}`));
    });
  });
}
