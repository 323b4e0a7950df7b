/**
 * Section 1: transcodeVideo (fluent-ffmpeg, progress parsing, playlist
 * collection, master playlist) against the very argv it spawned, replayed
 * bare in the same order. Repetitions alternate P B B P … so neither side
 * always runs first on a machine whose load drifts.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { progressBar } from '../../lib/progress';
import type { SourceInfo } from '../../../src/media/types';
import { runBare } from '../lib/bare-ffmpeg';
import { addSpans, cpuBetween, measure, sampleCpu, type CpuSpan } from '../lib/cpu';
import { cpuSeconds, seconds, table, times, type Metric } from '../lib/report';
import { assertSawSpawns, type SpawnRecorder } from '../lib/spawn-recorder';
import type { MediaModules } from './modules';

export interface StepTime {
  label: string;
  wallSeconds: number;
  cpuSeconds: number;
}

interface Pass {
  span: CpuSpan;
  steps: StepTime[];
}

export interface TranscodeResult {
  metrics: Metric[];
  detail: string;
  /** Mean per-step times, for the ladder's realtime factor. */
  pipelineSteps: StepTime[];
  bareSteps: StepTime[];
}

/** "HLS ladder 5 rungs 144–720p + audio", "MP4", "poster", "storyboard", from the output the argv writes. */
export function stepLabel(args: string[]): string {
  const output = path.basename(args[args.length - 1] ?? '');
  if (args.includes('hls')) {
    const graph = args[args.indexOf('-filter_complex') + 1] ?? '';
    const shortSides = [...graph.matchAll(/scale=(\d+):(\d+)/g)].map((m) => Math.min(Number(m[1]), Number(m[2])));
    const audio = (args[args.indexOf('-var_stream_map') + 1] ?? '').includes('a:') ? ' + audio' : '';
    return `HLS ladder ${shortSides.length} rungs ${shortSides[0]}–${shortSides.at(-1)}p${audio}`;
  }
  if (output.endsWith('.mp4')) return 'MP4 (top rung)';
  if (output.startsWith('poster')) return 'poster';
  if (output.startsWith('storyboard')) return 'storyboard';
  return output;
}

const CAPABILITY_CHECKS = 'fluent-ffmpeg -formats/-encoders';

const withoutOverwriteFlag = (args: string[]) => args.filter((arg) => arg !== '-y');

/** The argv the plan functions produce, in video.ts's order (poster fallback aside). */
function plannedArgv({ media, input, outputDir, source }: { media: MediaModules; input: string; outputDir: string; source: SourceInfo }): string[][] {
  const ladder = media.ladder.planVideoLadder({ source });
  const top = ladder.rungs[ladder.rungs.length - 1];
  const { hlsLadderArgs, mp4Args, posterArgs, posterSeconds, storyboardArgs } = media.videoArgs;
  const at = (name: string) => path.join(outputDir, name);
  const files = media.video.VIDEO_FILES;
  return [
    hlsLadderArgs({ input, outputDir, source, ladder }),
    mp4Args({ input, output: at(files.mp4), source, ladder, rung: top }),
    posterArgs({ input, output: at(files.poster), width: top.width, height: top.height, atSeconds: posterSeconds(source.durationSeconds) }),
    storyboardArgs({
      input: at(files.mp4),
      output: at(files.storyboard),
      plan: media.storyboard.planStoryboard({ durationSeconds: source.durationSeconds, displayWidth: top.width, displayHeight: top.height }),
    }),
  ];
}

function meanSteps(passes: Pass[]): StepTime[] {
  return passes[0].steps.map((step, i) => ({
    label: step.label,
    wallSeconds: passes.reduce((sum, pass) => sum + pass.steps[i].wallSeconds, 0) / passes.length,
    cpuSeconds: passes.reduce((sum, pass) => sum + pass.steps[i].cpuSeconds, 0) / passes.length,
  }));
}

export async function benchTranscode({
  media,
  recorder,
  input,
  source,
  workDir,
  reps,
  clipName,
}: {
  media: MediaModules;
  recorder: SpawnRecorder;
  input: string;
  source: SourceInfo;
  workDir: string;
  reps: number;
  clipName: string;
}): Promise<TranscodeResult> {
  // One path for every pass, so the recorded argv (absolute paths) replay as they are.
  const outputDir = path.join(workDir, 'transcode-out');
  const freshOutputDir = async () => {
    await rm(outputDir, { recursive: true, force: true });
    await mkdir(outputDir);
  };
  let argv: Array<{ file: string; args: string[] }> = [];

  const pipelinePass = async (rep: number): Promise<Pass> => {
    await freshOutputDir();
    const bar = progressBar(`  transcodeVideo, rep ${rep + 1}/${reps}`);
    const records = recorder.start();
    try {
      const { span } = await measure(() =>
        media.video.transcodeVideo({ input, outputDir, source, onProgress: (percent) => bar.update(Math.floor(percent), 100) }),
      );
      bar.finish(`  transcodeVideo, rep ${rep + 1}: ${seconds(span.wallSeconds)}, ${cpuSeconds(span.cpuSeconds)}`);
      assertSawSpawns(records, 'transcodeVideo');
      // fluent-ffmpeg runs `ffmpeg -formats` / `-encoders` once per process to
      // check the output format: pipeline overhead, not part of the job's argv.
      const jobs = records.filter((record) => record.args.includes('-i'));
      const checks = records.filter((record) => !record.args.includes('-i'));
      if (argv.length === 0) argv = jobs.map(({ file, args }) => ({ file, args }));
      const steps = jobs.map((record) => ({
        label: stepLabel(record.args),
        wallSeconds: record.wallSeconds ?? 0,
        cpuSeconds: record.cpuSeconds ?? 0,
      }));
      steps.push({
        label: CAPABILITY_CHECKS,
        wallSeconds: checks.reduce((sum, record) => sum + (record.wallSeconds ?? 0), 0),
        cpuSeconds: checks.reduce((sum, record) => sum + (record.cpuSeconds ?? 0), 0),
      });
      return { span, steps };
    } finally {
      recorder.stop();
    }
  };

  const barePass = async (rep: number): Promise<Pass> => {
    await freshOutputDir();
    const bar = progressBar(`  bare spawn,     rep ${rep + 1}/${reps}`);
    const steps: StepTime[] = [];
    const start = sampleCpu();
    for (const [i, run] of argv.entries()) {
      const label = stepLabel(run.args);
      const stepStart = sampleCpu();
      await runBare({
        ...run,
        onTimeSeconds: (t) => bar.update(Math.floor((i + Math.min(1, t / source.durationSeconds)) * 100), argv.length * 100, label),
      });
      const step = cpuBetween(stepStart);
      steps.push({ label, wallSeconds: step.wallSeconds, cpuSeconds: step.childCpuSeconds });
    }
    steps.push({ label: CAPABILITY_CHECKS, wallSeconds: 0, cpuSeconds: 0 });
    const span = cpuBetween(start);
    bar.finish(`  bare spawn,     rep ${rep + 1}: ${seconds(span.wallSeconds)}, ${cpuSeconds(span.cpuSeconds)}`);
    return { span, steps };
  };

  const pipeline: Pass[] = [];
  const bare: Pass[] = [];
  for (let rep = 0; rep < reps; rep += 1) {
    // P B, then B P, …: the first pass must be the pipeline, which records the argv.
    if (rep % 2 === 0) {
      pipeline.push(await pipelinePass(rep));
      bare.push(await barePass(rep));
    } else {
      bare.push(await barePass(rep));
      pipeline.push(await pipelinePass(rep));
    }
  }
  await rm(outputDir, { recursive: true, force: true });

  const planned = plannedArgv({ media, input, outputDir, source }).map(withoutOverwriteFlag);
  const recorded = argv.map((run) => withoutOverwriteFlag(run.args));
  const argvCheck =
    JSON.stringify(planned) === JSON.stringify(recorded)
      ? `argv check: the ${recorded.length} spawned argv equal what the plan functions build (fluent-ffmpeg only adds a second -y).`
      : `argv check: the spawned argv DIFFER from the plan functions' output (a poster fallback, or ffmpeg.ts rewrote them); the bare runs replay what was spawned:\n${recorded.map((args) => `  ffmpeg ${args.join(' ')}`).join('\n')}`;

  const p = addSpans(pipeline.map((pass) => pass.span));
  const b = addSpans(bare.map((pass) => pass.span));
  const wallRatio = p.wallSeconds / b.wallSeconds;
  const cpuRatio = p.cpuSeconds / b.cpuSeconds;
  const pipelineSteps = meanSteps(pipeline);
  const bareSteps = meanSteps(bare);
  const n = reps;
  const stepRows = pipelineSteps.map((step, i) => [
    step.label,
    seconds(step.wallSeconds),
    seconds(bareSteps[i].wallSeconds),
    bareSteps[i].wallSeconds > 0 ? times(step.wallSeconds / bareSteps[i].wallSeconds) : '',
    cpuSeconds(step.cpuSeconds),
    cpuSeconds(bareSteps[i].cpuSeconds),
  ]);
  const outsideFfmpeg = (span: CpuSpan, steps: StepTime[]) => ({
    wall: span.wallSeconds / n - steps.reduce((sum, step) => sum + step.wallSeconds, 0),
    cpu: span.cpuSeconds / n - steps.reduce((sum, step) => sum + step.cpuSeconds, 0),
  });
  const po = outsideFfmpeg(p, pipelineSteps);
  const bo = outsideFfmpeg(b, bareSteps);
  stepRows.push(['outside ffmpeg (node)', seconds(po.wall), seconds(bo.wall), '', cpuSeconds(po.cpu), cpuSeconds(bo.cpu)]);
  stepRows.push(['total', seconds(p.wallSeconds / n), seconds(b.wallSeconds / n), times(wallRatio), cpuSeconds(p.cpuSeconds / n), cpuSeconds(b.cpuSeconds / n)]);
  const detail = [
    `${clipName}; mean of ${n} rep(s), order ${Array.from({ length: n }, (_, rep) => (rep % 2 === 0 ? 'P B' : 'B P')).join(' ')}`,
    table(['step', 'pipeline wall', 'bare wall', 'ratio', 'pipeline CPU', 'bare CPU'], stepRows),
    argvCheck,
  ].join('\n');

  const verdictWord = (ratio: number, max: number) => (ratio <= max ? 'PASS' : 'WARN');
  return {
    pipelineSteps,
    bareSteps,
    detail,
    metrics: [
      {
        name: 'transcodeVideo vs bare spawn: wall',
        value: seconds(p.wallSeconds / n),
        baseline: seconds(b.wallSeconds / n),
        ratio: wallRatio,
        targetMax: 1.1,
        summary: `transcodeVideo took ${times(wallRatio)} the wall time of the same ${argv.length} ffmpeg argv spawned bare (${n} rep(s)); target ≤ 1.10: ${verdictWord(wallRatio, 1.1)}.`,
      },
      {
        name: 'transcodeVideo vs bare spawn: CPU',
        value: cpuSeconds(p.cpuSeconds / n),
        baseline: cpuSeconds(b.cpuSeconds / n),
        ratio: cpuRatio,
        targetMax: 1.05,
        summary: `transcodeVideo used ${times(cpuRatio)} the CPU (node ${cpuSeconds(p.selfCpuSeconds / n)} + ffmpeg ${cpuSeconds(p.childCpuSeconds / n)} per run) of the bare runs; target ≤ 1.05: ${verdictWord(cpuRatio, 1.05)}.`,
      },
    ],
  };
}
