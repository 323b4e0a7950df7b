/**
 * Section 2: how fast the HLS ladder runs, and what the one-run `split`
 * design saves. The 3-rung comparison is video-only (both sides drop audio)
 * so that it measures decode sharing alone: a separate run per rung would
 * otherwise also carry its own audio-only variant.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { progressBar } from '../../lib/progress';
import type { SourceInfo } from '../../../src/media/types';
import { runBare } from '../lib/bare-ffmpeg';
import { addSpans, measure, type CpuSpan } from '../lib/cpu';
import { cpuSeconds, seconds, table, times, type Metric } from '../lib/report';
import type { MediaModules } from './modules';
import type { StepTime } from './transcode';

const COMPARISON_RUNGS = [240, 480, 720];
/** What /work/shared/notes/stack-facts.md measured for three separate runs. */
const NOTES_SEPARATE_CPU_RATIO = 1.6;

export function ladderRealtimeMetrics({
  durationSeconds,
  pipelineSteps,
  bareSteps,
}: {
  durationSeconds: number;
  pipelineSteps: StepTime[];
  bareSteps: StepTime[];
}): Metric[] {
  const index = pipelineSteps.findIndex((step) => step.label.startsWith('HLS ladder'));
  if (index < 0) return [];
  const pipeline = pipelineSteps[index];
  const bare = bareSteps[index];
  const realtime = durationSeconds / pipeline.wallSeconds;
  const bareRealtime = durationSeconds / bare.wallSeconds;
  return [
    {
      name: `${pipeline.label}: realtime factor`,
      value: `${realtime.toFixed(2)}× realtime (${seconds(pipeline.wallSeconds)})`,
      baseline: `${bareRealtime.toFixed(2)}× realtime (${seconds(bare.wallSeconds)})`,
      ratio: null,
      targetMax: null,
      summary:
        `The full ladder the planner picks for ${durationSeconds.toFixed(0)} s of 1080p, ${pipeline.label}, ran at ${realtime.toFixed(2)}× realtime in the pipeline ` +
        `and ${bareRealtime.toFixed(2)}× bare (${cpuSeconds(pipeline.cpuSeconds)} in the pipeline)` +
        `${realtime < 1 ? ': SLOWER than realtime on this machine' : ''}.`,
    },
  ];
}

export async function benchSplitVersusSeparate({
  media,
  ffmpegPath,
  input,
  source,
  workDir,
}: {
  media: MediaModules;
  ffmpegPath: string;
  input: string;
  source: SourceInfo;
  workDir: string;
}): Promise<{ metrics: Metric[]; detail: string }> {
  const silent: SourceInfo = { ...source, hasAudio: false, audioCodec: null, audioChannels: 0, audioSampleRate: 0 };
  const runLadder = async (rungs: number[], dir: string, onTimeSeconds: (t: number) => void): Promise<CpuSpan> => {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const ladder = media.ladder.planVideoLadder({ source: silent, rungs });
    const args = media.videoArgs.hlsLadderArgs({ input, outputDir: dir, source: silent, ladder });
    const { span } = await measure(() => runBare({ file: ffmpegPath, args, onTimeSeconds }));
    await rm(dir, { recursive: true, force: true });
    return span;
  };
  const total = source.durationSeconds * (1 + COMPARISON_RUNGS.length);
  const bar = progressBar('  3-rung ladder: split, then separate');
  const split = await runLadder(COMPARISON_RUNGS, path.join(workDir, 'split'), (t) => bar.update(Math.floor(t), Math.ceil(total), 'split'));
  const separate: CpuSpan[] = [];
  for (const [i, rung] of COMPARISON_RUNGS.entries()) {
    const done = source.durationSeconds * (1 + i);
    separate.push(await runLadder([rung], path.join(workDir, `separate-${rung}`), (t) => bar.update(Math.floor(done + t), Math.ceil(total), `${rung}p alone`)));
  }
  const apart = addSpans(separate);
  bar.finish(`  3-rung ladder: split ${seconds(split.wallSeconds)} / ${cpuSeconds(split.cpuSeconds)}; separate ${seconds(apart.wallSeconds)} / ${cpuSeconds(apart.cpuSeconds)}`);

  const cpuRatio = apart.cpuSeconds / split.cpuSeconds;
  const wallRatio = apart.wallSeconds / split.wallSeconds;
  const rungNames = COMPARISON_RUNGS.map((rung) => `${rung}`).join('/');
  const realtime = (span: CpuSpan) => `${(source.durationSeconds / span.wallSeconds).toFixed(2)}×`;
  const detail = [
    `${rungNames}p ladder, video only (audio dropped on both sides), bare spawns of hlsLadderArgs; one rep, split first`,
    table(
      ['run', 'wall', 'CPU', 'realtime'],
      [
        ['one run, split=3', seconds(split.wallSeconds), cpuSeconds(split.cpuSeconds), realtime(split)],
        ...COMPARISON_RUNGS.map((rung, i) => [`${rung}p alone`, seconds(separate[i].wallSeconds), cpuSeconds(separate[i].cpuSeconds), realtime(separate[i])]),
        ['three runs together', seconds(apart.wallSeconds), cpuSeconds(apart.cpuSeconds), realtime(apart)],
      ],
    ),
  ].join('\n');
  const metrics: Metric[] = [
    {
      name: `${rungNames} ladder, one split run: realtime factor`,
      value: `${(source.durationSeconds / split.wallSeconds).toFixed(2)}× realtime (${seconds(split.wallSeconds)})`,
      baseline: '',
      ratio: null,
      targetMax: null,
      summary: `One split run of the ${rungNames} ladder (video only) encoded ${source.durationSeconds.toFixed(0)} s in ${seconds(split.wallSeconds)}: ${(source.durationSeconds / split.wallSeconds).toFixed(2)}× realtime.`,
    },
    {
      name: `${rungNames}: 3 separate runs ÷ 1 split run, CPU`,
      value: cpuSeconds(apart.cpuSeconds),
      baseline: cpuSeconds(split.cpuSeconds),
      ratio: cpuRatio,
      targetMax: null,
      summary:
        `Three single-rung runs used ${times(cpuRatio)} the CPU and ${times(wallRatio)} the wall time of one split run ` +
        `(notes: ${NOTES_SEPARATE_CPU_RATIO}× CPU); the split design ${cpuRatio > 1 ? `saves ${((1 - 1 / cpuRatio) * 100).toFixed(0)}% of the CPU` : 'saves nothing here'}.`,
    },
  ];
  return { metrics, detail };
}
