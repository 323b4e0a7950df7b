/**
 * Scratch space for one processing run, under DATA_DIR/scratch. Each folder
 * carries its process id, so folders left by a worker that was killed
 * (SIGKILL, power loss) are removed by the next run on this machine.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

function scratchRoot(): string {
  const root = path.resolve(process.env.DATA_DIR || '.data', 'scratch');
  mkdirSync(root, { recursive: true });
  return root;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Remove scratch folders of processes that no longer run. */
export async function sweepDeadScratch(): Promise<number> {
  const root = scratchRoot();
  let removed = 0;
  for (const name of await readdir(root)) {
    const pid = Number(/^media-(\d+)-/.exec(name)?.[1]);
    if (!pid || isAlive(pid)) continue;
    await rm(path.join(root, name), { recursive: true, force: true });
    removed += 1;
  }
  return removed;
}

export async function makeScratch(): Promise<string> {
  await sweepDeadScratch();
  return mkdtemp(path.join(scratchRoot(), `media-${process.pid}-`));
}
